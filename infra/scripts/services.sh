#!/usr/bin/env bash
# Usage: infra/scripts/services.sh start|stop|status|build
#
# The eight Parley services of instance $PARLEY_INSTANCE (default dev) as local JVMs, from the list in
# infra/services.tsv, pointed at this instance's Kafka and Cassandra:
#   build   packages every module (skipping tests) unless each service jar is newer than every source file
#   start   starts each service that is not running, then waits (PARLEY_SERVICE_START_TIMEOUT, default
#           120 s) until every /q/health/ready answers UP; idempotent
#   stop    stops every service by its PID file (SIGTERM, then SIGKILL after 20 s); a no-op when stopped
#   status  one line per service
# Env: PARLEY_SERVICE_JAVA_OPTS (default "-Xms32m -Xmx256m -XX:+UseSerialGC"), PARLEY_PORT_<NAME>.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICES_FILE="$INFRA_DIR/services.tsv"
START_TIMEOUT="${PARLEY_SERVICE_START_TIMEOUT:-120}"
read -r -a JAVA_OPTS <<<"${PARLEY_SERVICE_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC}"

# Prints "name dir port" for every service, with port overrides applied.
service_rows() {
  local name dir port var
  while IFS=$'\t' read -r name dir port; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    var="PARLEY_PORT_$(tr 'a-z-' 'A-Z_' <<<"$name")"
    printf '%s %s %s\n' "$name" "$dir" "${!var:-$port}"
  done <"$SERVICES_FILE"
}

# A self-signed development certificate for the gateway's HTTPS port (valid for localhost and 127.0.0.1),
# generated once per instance. A real certificate is configured with QUARKUS_HTTP_SSL_CERTIFICATE_* instead.
TLS_STORE="$INSTANCE_DIR/tls/gateway-dev.p12"
TLS_PASSWORD="parley-dev-only"
ensure_tls() {
  [[ -f "$TLS_STORE" ]] && return 0
  mkdir -p "$(dirname "$TLS_STORE")"
  "${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -genkeypair -alias parley-gateway -keyalg RSA -keysize 2048 -validity 825 \
    -dname "CN=localhost, O=Parley development" -ext "SAN=dns:localhost,ip:127.0.0.1" \
    -storetype PKCS12 -keystore "$TLS_STORE" -storepass "$TLS_PASSWORD" -keypass "$TLS_PASSWORD" >/dev/null 2>&1 \
    || die "keytool could not create $(rel "$TLS_STORE")"
  info "generated a self-signed development certificate: $(rel "$TLS_STORE")"
}

# Prints the extra environment (NAME=value lines) of one service.
service_env() { # <name>
  local name dir port
  case "$1" in
    gateway-service)
      if [[ -z "${QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_FILE:-}" ]]; then
        printf '%s\n' "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_FILE=$TLS_STORE" \
          "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_PASSWORD=$TLS_PASSWORD"
      fi
      printf '%s\n' "PARLEY_HTTPS_PORT=${PARLEY_HTTPS_PORT:-8443}"
      ;;
  esac
  # Every service learns where the owners of commands live: PARLEY_OWNER_AUTH, PARLEY_OWNER_GROUP, ...
  local key
  while read -r name dir port; do
    key="${name%-service}"
    key="${key^^}"
    printf 'PARLEY_OWNER_%s=http://127.0.0.1:%s\n' "${key//-/_}" "$port"
  done < <(service_rows)
}

jar_of() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$PARLEY_ROOT" "$1"; }

build() {
  local name dir port jar stale=""
  while read -r name dir port; do
    jar="$(jar_of "$dir")"
    if [[ ! -f "$jar" ]]; then
      stale="$name (not built)"
      break
    fi
    if [[ -n "$(find "$PARLEY_ROOT/shared-model/src" "$PARLEY_ROOT/services/platform/src" "$PARLEY_ROOT/$dir/src" \
      "$PARLEY_ROOT/pom.xml" "$PARLEY_ROOT/$dir/pom.xml" -newer "$jar" -type f -print -quit)" ]]; then
      stale="$name (sources changed)"
      break
    fi
  done < <(service_rows)
  if [[ -z "$stale" ]]; then
    info "services are built"
    return 0
  fi
  info "building: $stale; ./mvnw package -DskipTests (the first build downloads dependencies) ..."
  (cd "$PARLEY_ROOT" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true install -pl '!e2e')
}

ready_url() { printf 'http://127.0.0.1:%s/q/health/ready' "$1"; }

is_ready() { # <port>
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$(ready_url "$1")" || true)" == 200 ]]
}

start() {
  local name dir port jar pid t0 pending
  local -a started=()
  require_ports
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  t0=$SECONDS
  while read -r name dir port; do
    if pid="$(server_pid "$name")"; then
      info "$name already running (pid $pid, port $port)"
      continue
    fi
    jar="$(jar_of "$dir")"
    [[ -f "$jar" ]] || die "$name is not built ($(rel "$jar") missing); run: make build"
    require_ports_free "$name" "http=$port"
    rotate_logs "$LOG_DIR/$name.log"
    mapfile -t markers < <(process_markers "$name")
    [[ "$name" == gateway-service ]] && ensure_tls
    mapfile -t extra_env < <(service_env "$name")
    env ${extra_env[@]+"${extra_env[@]}"} \
      PARLEY_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" \
      PARLEY_CASSANDRA_CONTACT_POINTS="127.0.0.1:$CASSANDRA_PORT" \
      QUARKUS_HTTP_PORT="$port" \
      nohup "$JAVA" "${JAVA_OPTS[@]}" "${markers[@]}" -jar "$jar" >"$LOG_DIR/$name.log" 2>&1 9>&- &
    echo $! >"$(pid_file "$name")"
    started+=("$name")
  done < <(service_rows)
  if ((${#started[@]})); then
    info "started ${#started[@]} service(s), waiting until every one is ready ..."
  fi
  while :; do
    pending=()
    while read -r name dir port; do
      if ! server_pid "$name" >/dev/null; then
        show_tail 30 "$LOG_DIR/$name.log"
        die "$name exited during start-up; see $(rel "$LOG_DIR/$name.log")"
      fi
      is_ready "$port" || pending+=("$name")
    done < <(service_rows)
    ((${#pending[@]} == 0)) && break
    if ((SECONDS - t0 >= START_TIMEOUT)); then
      for name in "${pending[@]}"; do show_tail 20 "$LOG_DIR/$name.log"; done
      die "not ready after ${START_TIMEOUT}s: ${pending[*]}"
    fi
    sleep 0.5
  done
  info "all services ready in $((SECONDS - t0))s"
}

stop() {
  local name dir port
  local -a pids=()
  while read -r name dir port; do
    stop_server "$name" 20 &
    pids+=("$!")
  done < <(service_rows)
  for pid in "${pids[@]}"; do wait "$pid" || true; done
}

status() {
  local name dir port pid state
  while read -r name dir port; do
    if pid="$(server_pid "$name")"; then
      if is_ready "$port"; then state="ready"; else state="not ready"; fi
      printf '%-26s running  pid %-7s port %-5s %s\n' "$name" "$pid" "$port" "$state"
    else
      printf '%-26s stopped\n' "$name"
    fi
  done < <(service_rows)
}

table() {
  local name dir port
  printf '\n%-26s %-6s %-44s %s\n' SERVICE PORT READINESS "METRICS / OPENAPI"
  while read -r name dir port; do
    printf '%-26s %-6s %-44s http://127.0.0.1:%s/q/metrics  /q/openapi\n' "$name" "$port" "$(ready_url "$port")" "$port"
  done < <(service_rows)
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  table) table ;;
  *)
    echo "usage: $0 build|start|stop|status|table" >&2
    exit 2
    ;;
esac
