#!/usr/bin/env bash
# Usage: infra/scripts/cassandra.sh start|stop|status|restart|nodetool <args>
#
# Runs a single-node Cassandra of instance $PARLEY_INSTANCE (default dev) as a local JVM from
# Maven Central jars, bound to 127.0.0.1 only (native/CQL, storage and JMX ports).
#   start    idempotent; renders cassandra.yaml, starts the node in the background and waits
#            (PARLEY_CASSANDRA_START_TIMEOUT, default 120 s) until it is ready; on timeout prints
#            the last log lines, stops it again and exits 1
#   stop     by PID file only: SIGTERM, up to 30 s, then SIGKILL; a no-op when not running
#   status   one line; exit 0 when running, 3 when stopped
#   restart  stop + start (data is kept)
#   nodetool runs nodetool against this instance over JMX, e.g. `cassandra.sh nodetool status`
# Env: PARLEY_CASSANDRA_PORT, PARLEY_CASSANDRA_STORAGE_PORT, PARLEY_CASSANDRA_JMX_PORT,
#      PARLEY_CASSANDRA_HEAP_OPTS (default "-Xms1g -Xmx1g"), PARLEY_CASSANDRA_JVM_OPTS (extra
#      JVM flags, appended), PARLEY_CASSANDRA_UNSAFE_SYSTEM (true|false; default true except for
#      dev: -Dcassandra.unsafesystem=true, see below).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVER=cassandra
CONFIG="$CASSANDRA_DIR/cassandra.yaml"
LOG_FILE="$LOG_DIR/cassandra.log"
OUT_FILE="$LOG_DIR/cassandra.out"
START_TIMEOUT="${PARLEY_CASSANDRA_START_TIMEOUT:-120}"
# Default: true for every instance but dev.
UNSAFE_SYSTEM="${PARLEY_CASSANDRA_UNSAFE_SYSTEM:-$([[ "$PARLEY_INSTANCE" == dev ]] && echo false || echo true)}"
READY_MEANS="'Startup complete' logged and 127.0.0.1:$CASSANDRA_PORT accepting"

# From Cassandra's conf/jvm17-server.options: without them Cassandra refuses to start on Java 17
# ("Cassandra is unable to access required classes"). nodetool needs the same flags.
JPMS_FLAGS=(
  -Djdk.attach.allowAttachSelf=true
  --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
  --add-exports java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED
  --add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports java.rmi/sun.rmi.server=ALL-UNNAMED
  --add-exports java.sql/java.sql=ALL-UNNAMED
  --add-exports java.base/java.lang.ref=ALL-UNNAMED
  --add-exports jdk.unsupported/sun.misc=ALL-UNNAMED
  --add-exports jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
  --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED
  --add-opens java.base/java.lang.module=ALL-UNNAMED
  --add-opens java.base/jdk.internal.loader=ALL-UNNAMED
  --add-opens java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens java.base/jdk.internal.reflect=ALL-UNNAMED
  --add-opens java.base/jdk.internal.math=ALL-UNNAMED
  --add-opens java.base/jdk.internal.module=ALL-UNNAMED
  --add-opens java.base/jdk.internal.util.jar=ALL-UNNAMED
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens java.base/java.io=ALL-UNNAMED
  --add-opens java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens jdk.compiler/com.sun.tools.javac=ALL-UNNAMED
  --add-opens java.base/java.lang=ALL-UNNAMED
  --add-opens java.base/java.util=ALL-UNNAMED
)

ready() {
  grep -q 'Startup complete' "$LOG_FILE" 2>/dev/null && port_open "$CASSANDRA_PORT"
}

# As root, Cassandra mlockall()s its whole heap (slower start, RSS pinned ~1.5 GB). Dropping
# CAP_IPC_LOCK from the launched process avoids that; elsewhere this prints nothing.
priv_prefix() {
  if [[ "$(id -u)" == 0 ]] && command -v setpriv >/dev/null 2>&1 &&
    setpriv --inh-caps=-ipc_lock --bounding-set=-ipc_lock true 2>/dev/null; then
    printf '%s\n' setpriv --inh-caps=-ipc_lock --bounding-set=-ipc_lock
  fi
}

start() {
  local pid cp heap
  local -a jvm prefix
  require_ports
  lock_server "$SERVER"
  if pid="$(server_pid "$SERVER")"; then
    if ready; then
      info "cassandra already running: pid $pid, CQL 127.0.0.1:$CASSANDRA_PORT"
      return 0
    fi
    info "cassandra already starting (pid $pid), waiting for it"
    await_server "$SERVER" "$pid" "$START_TIMEOUT" ready "$READY_MEANS" "$OUT_FILE" "$LOG_FILE"
    return 0
  fi
  require_java17
  rm -f "$(pid_file "$SERVER")"
  require_ports_free cassandra "cql=$CASSANDRA_PORT" "storage=$CASSANDRA_STORAGE_PORT" "jmx=$CASSANDRA_JMX_PORT"

  cp="$(classpath_of cassandra)"
  mkdir -p "$CASSANDRA_DIR"/{data,commitlog,saved_caches,hints,cdc_raw,triggers} "$LOG_DIR" "$RUN_DIR"
  render_template "$INFRA_DIR/cassandra/cassandra.yaml.template" "$CONFIG" \
    "CLUSTER_NAME=parley-$PARLEY_INSTANCE" \
    "DATA_DIR=$CASSANDRA_DIR" \
    "NATIVE_PORT=$CASSANDRA_PORT" \
    "STORAGE_PORT=$CASSANDRA_STORAGE_PORT"

  heap="${PARLEY_CASSANDRA_HEAP_OPTS:--Xms1g -Xmx1g}"
  # shellcheck disable=SC2206 # word splitting of the user's flag strings is intended
  jvm=(
    $heap -Xss256k
    -XX:+UseG1GC -XX:+ParallelRefProcEnabled -XX:MaxTenuringThreshold=1 -XX:MaxGCPauseMillis=300
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true
    -Dio.netty.tryReflectionSetAccessible=true
    -Dio.netty.allocator.useCacheForAllThreads=true -Dio.netty.allocator.maxOrder=11
    "${JPMS_FLAGS[@]}"
    -Dcassandra-foreground=yes
    -Dcassandra.config="file://$CONFIG"
    -Dcassandra.storagedir="$CASSANDRA_DIR"
    -Dcassandra.logdir="$LOG_DIR"
    -Dcassandra.triggers_dir="$CASSANDRA_DIR/triggers"
    -Dlogback.configurationFile="$INFRA_DIR/cassandra/logback.xml"
    # JMX (nodetool) on 127.0.0.1 only, registry and RMI server on the same port
    -Dcassandra.jmx.local.port="$CASSANDRA_JMX_PORT"
    -Dcom.sun.management.jmxremote.rmi.port="$CASSANDRA_JMX_PORT"
    -Djava.rmi.server.hostname=127.0.0.1
    # single node: no gossip settling or ring delay, no row-overhead measurement at start
    -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=0
    -Dcassandra.memtable.row_overhead_size=180
    -Dcassandra.superuser_setup_delay_ms=0
  )
  # unsafesystem: system keyspaces (schema included) skip the commit log, so schema changes are
  # faster, but a SIGKILL loses the schema changes not yet flushed (a SIGTERM stop drains first).
  if [[ "$UNSAFE_SYSTEM" == true ]]; then
    jvm+=(-Dcassandra.unsafesystem=true)
  fi
  # shellcheck disable=SC2206
  jvm+=(${PARLEY_CASSANDRA_JVM_OPTS:-})
  mapfile -t -O "${#jvm[@]}" jvm < <(process_markers "$SERVER")
  mapfile -t prefix < <(priv_prefix)

  rotate_logs "$LOG_FILE" "$OUT_FILE"
  cd "$INSTANCE_DIR"
  CLASSPATH="$cp" nohup "${prefix[@]}" "$JAVA" "${jvm[@]}" org.apache.cassandra.service.CassandraDaemon \
    >"$OUT_FILE" 2>&1 </dev/null 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$SERVER")"
  info "cassandra starting: pid $pid, CQL 127.0.0.1:$CASSANDRA_PORT, storage $CASSANDRA_STORAGE_PORT, JMX $CASSANDRA_JMX_PORT${prefix[*]:+ (without CAP_IPC_LOCK)}"
  await_server "$SERVER" "$pid" "$START_TIMEOUT" ready "$READY_MEANS" "$OUT_FILE" "$LOG_FILE"
}

status() {
  local pid
  if pid="$(server_pid "$SERVER")"; then
    if port_open "$CASSANDRA_PORT"; then
      printf '%-10s running  pid %-7s 127.0.0.1:%s (storage %s, jmx %s)\n' cassandra "$pid" \
        "$CASSANDRA_PORT" "$CASSANDRA_STORAGE_PORT" "$CASSANDRA_JMX_PORT"
    else
      printf '%-10s starting pid %-7s 127.0.0.1:%s not accepting yet\n' cassandra "$pid" "$CASSANDRA_PORT"
    fi
    return 0
  fi
  printf '%-10s stopped\n' cassandra
  return 3
}

nodetool() {
  local cp
  require_ports
  cp="$(classpath_of cassandra)"
  CLASSPATH="$cp" exec "$JAVA" -Xmx128m -XX:+UseSerialGC "${JPMS_FLAGS[@]}" \
    -Dlogback.configurationFile="$INFRA_DIR/cassandra/logback-tools.xml" \
    org.apache.cassandra.tools.NodeTool -h 127.0.0.1 -p "$CASSANDRA_JMX_PORT" "$@"
}

case "${1:-}" in
  start) start ;;
  stop)
    [[ ! -d "$RUN_DIR" ]] || lock_server "$SERVER"
    stop_server "$SERVER" 30
    ;;
  status) status ;;
  restart)
    lock_server "$SERVER"
    stop_server "$SERVER" 30
    start
    ;;
  nodetool)
    shift
    nodetool "$@"
    ;;
  *)
    echo "usage: $0 start|stop|status|restart|nodetool <args>" >&2
    exit 2
    ;;
esac
