#!/usr/bin/env bash
# Usage: infra/scripts/infra.sh up|down|status|logs [--no-follow]
#
# Local Kafka + Cassandra of instance $PARLEY_INSTANCE (default dev):
#   up      starts Cassandra and Kafka side by side, waits for both, then creates the topics
#           (topics.sh); a no-op for servers that are already running
#   down    stops both, by PID
#   status  one line per server (running pid/port or stopped); always exits 0
#   logs    tails the instance's logs: .parley/<instance>/logs/*.log and *.out (servers and
#           services); --no-follow prints the last lines and returns
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

up() {
  local t0 cpid kpid rc=0
  require_ports
  t0=$SECONDS
  # Resolve both classpaths before starting anything in parallel, so that two Maven runs never
  # race on the local repository; Kafka's (cheap) is resolved while Cassandra boots.
  "$SCRIPTS_DIR/classpath.sh" cassandra >/dev/null
  "$SCRIPTS_DIR/cassandra.sh" start &
  cpid=$!
  if ! "$SCRIPTS_DIR/classpath.sh" kafka >/dev/null; then
    wait "$cpid" || true
    die "could not resolve the kafka classpath"
  fi
  "$SCRIPTS_DIR/kafka.sh" start &
  kpid=$!
  wait "$cpid" || rc=1
  wait "$kpid" || rc=1
  ((rc == 0)) || die "infra did not come up (see the messages above; logs in $(rel "$LOG_DIR"))"
  "$SCRIPTS_DIR/topics.sh"
  info "infra up in $((SECONDS - t0))s: Kafka 127.0.0.1:$KAFKA_PORT, Cassandra 127.0.0.1:$CASSANDRA_PORT (datacenter1)"
}

down() {
  local cpid kpid rc=0
  "$SCRIPTS_DIR/kafka.sh" stop &
  kpid=$!
  "$SCRIPTS_DIR/cassandra.sh" stop &
  cpid=$!
  wait "$kpid" || rc=1
  wait "$cpid" || rc=1
  return "$rc"
}

status() {
  echo "instance $PARLEY_INSTANCE ($(rel "$INSTANCE_DIR"))"
  "$SCRIPTS_DIR/cassandra.sh" status || true
  "$SCRIPTS_DIR/kafka.sh" status || true
}

logs() {
  local -a files=()
  local f
  shopt -s nullglob
  for f in "$LOG_DIR"/*.log "$LOG_DIR"/*.out; do
    files+=("$f")
  done
  ((${#files[@]})) || die "no logs yet in $(rel "$LOG_DIR")"
  if [[ "${1:-}" == --no-follow ]]; then
    tail -n 20 "${files[@]}"
  else
    exec tail -n 20 -F "${files[@]}"
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  logs) logs "${2:-}" ;;
  *)
    echo "usage: $0 up|down|status|logs [--no-follow]" >&2
    exit 2
    ;;
esac
