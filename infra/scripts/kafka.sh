#!/usr/bin/env bash
# Usage: infra/scripts/kafka.sh start|stop|status|restart
#
# Runs a single-node KRaft Kafka (broker + controller) of instance $PARLEY_INSTANCE (default dev)
# as a local JVM from Maven Central jars, bound to 127.0.0.1 only.
#   start    idempotent; formats the storage once, renders server.properties, starts the broker
#            in the background and waits (PARLEY_KAFKA_START_TIMEOUT, default 60 s) until it is
#            ready; on timeout prints the last log lines, stops it again and exits 1
#   stop     by PID file only: SIGTERM, up to 30 s, then SIGKILL; a no-op when not running
#   status   one line; exit 0 when running, 3 when stopped
#   restart  stop + start (data is kept)
# Env: PARLEY_KAFKA_PORT, PARLEY_KAFKA_CONTROLLER_PORT, PARLEY_KAFKA_HEAP_OPTS (default
#      "-Xms512m -Xmx512m"), PARLEY_KAFKA_JVM_OPTS (extra JVM flags, appended).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVER=kafka
DATA_DIR="$KAFKA_DIR/data"
CONFIG="$KAFKA_DIR/server.properties"
CLUSTER_ID_FILE="$KAFKA_DIR/cluster.id"
LOG_FILE="$LOG_DIR/kafka.log"
OUT_FILE="$LOG_DIR/kafka.out"
START_TIMEOUT="${PARLEY_KAFKA_START_TIMEOUT:-60}"
READY_MEANS="'Kafka Server started' logged and 127.0.0.1:$KAFKA_PORT accepting"

# A KRaft cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'
# (the same rules as org.apache.kafka.common.Uuid.randomUuid), without paying for a JVM start.
new_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [[ "$id" != -* && "$id" != AAAAAAAAAAAAAAAAAAAAAA && "$id" != AAAAAAAAAAAAAAAAAAAAAQ ]] && break
  done
  printf '%s' "$id"
}

ready() {
  grep -q 'Kafka Server started' "$LOG_FILE" 2>/dev/null && port_open "$KAFKA_PORT"
}

start() {
  local pid cp cluster_id heap
  local -a jvm
  require_ports
  lock_server "$SERVER"
  if pid="$(server_pid "$SERVER")"; then
    if ready; then
      info "kafka already running: pid $pid, bootstrap 127.0.0.1:$KAFKA_PORT"
      return 0
    fi
    info "kafka already starting (pid $pid), waiting for it"
    await_server "$SERVER" "$pid" "$START_TIMEOUT" ready "$READY_MEANS" "$OUT_FILE" "$LOG_FILE"
    return 0
  fi
  require_java17
  rm -f "$(pid_file "$SERVER")"
  require_ports_free kafka "kafka=$KAFKA_PORT" "kafka-controller=$KAFKA_CONTROLLER_PORT"

  cp="$(classpath_of kafka)"
  mkdir -p "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"
  render_template "$INFRA_DIR/kafka/server.properties.template" "$CONFIG" \
    "KAFKA_PORT=$KAFKA_PORT" \
    "KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT" \
    "KAFKA_LOG_DIRS=$DATA_DIR"

  if [[ ! -f "$DATA_DIR/meta.properties" ]]; then
    [[ -s "$CLUSTER_ID_FILE" ]] || new_cluster_id >"$CLUSTER_ID_FILE"
    cluster_id="$(<"$CLUSTER_ID_FILE")"
    info "formatting kafka storage $(rel "$DATA_DIR") (cluster id $cluster_id)"
    CLASSPATH="$cp" "$JAVA" -Dlog4j2.configurationFile="$INFRA_DIR/kafka/log4j2-tools.xml" \
      kafka.tools.StorageTool format --standalone --ignore-formatted \
      -t "$cluster_id" -c "$CONFIG" >"$LOG_DIR/kafka-format.out" 2>&1 9>&- ||
      {
        show_tail 30 "$LOG_DIR/kafka-format.out"
        die "kafka storage format failed"
      }
    rm -f "$LOG_DIR/kafka-format.out"
  fi

  heap="${PARLEY_KAFKA_HEAP_OPTS:--Xms512m -Xmx512m}"
  # shellcheck disable=SC2206 # word splitting of the user's flag strings is intended
  jvm=(
    $heap
    -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
    -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true
    -Djava.net.preferIPv4Stack=true
    -XX:+ExitOnOutOfMemoryError
    -Dlog4j2.configurationFile="$INFRA_DIR/kafka/log4j2.xml"
    -Dkafka.logs.dir="$LOG_DIR"
    ${PARLEY_KAFKA_JVM_OPTS:-}
  )
  mapfile -t -O "${#jvm[@]}" jvm < <(process_markers "$SERVER")

  rotate_logs "$LOG_FILE" "$OUT_FILE"
  cd "$INSTANCE_DIR"
  CLASSPATH="$cp" nohup "$JAVA" "${jvm[@]}" kafka.Kafka "$CONFIG" >"$OUT_FILE" 2>&1 </dev/null 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$SERVER")"
  info "kafka starting: pid $pid, bootstrap 127.0.0.1:$KAFKA_PORT, controller 127.0.0.1:$KAFKA_CONTROLLER_PORT"
  await_server "$SERVER" "$pid" "$START_TIMEOUT" ready "$READY_MEANS" "$OUT_FILE" "$LOG_FILE"
}

status() {
  local pid
  if pid="$(server_pid "$SERVER")"; then
    if port_open "$KAFKA_PORT"; then
      printf '%-10s running  pid %-7s 127.0.0.1:%s (controller %s)\n' kafka "$pid" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
    else
      printf '%-10s starting pid %-7s 127.0.0.1:%s not accepting yet\n' kafka "$pid" "$KAFKA_PORT"
    fi
    return 0
  fi
  printf '%-10s stopped\n' kafka
  return 3
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
  *)
    echo "usage: $0 start|stop|status|restart" >&2
    exit 2
    ;;
esac
