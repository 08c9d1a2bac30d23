# shellcheck shell=bash disable=SC2034 # (variables are used by the scripts sourcing this file)
# Shared by every script in infra/scripts/ (sourced, never executed).
#
# Resolves: the repo root, the pinned versions (infra/versions.env), the instance
# (PARLEY_INSTANCE, default dev), its directories under .parley/<instance>/ and its ports.
# Provides small helpers: logging, PID files, port probes, template rendering, start/stop.

if [[ -n "${PARLEY_LIB_LOADED:-}" ]]; then
  return 0
fi
PARLEY_LIB_LOADED=1

PARLEY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
INFRA_DIR="$PARLEY_ROOT/infra"
SCRIPTS_DIR="$INFRA_DIR/scripts"
CP_DIR="$PARLEY_ROOT/.parley/cp"

# shellcheck source-path=SCRIPTDIR source=../versions.env
source "$INFRA_DIR/versions.env"

PARLEY_INSTANCE="${PARLEY_INSTANCE:-dev}"
if [[ ! "$PARLEY_INSTANCE" =~ ^[A-Za-z0-9][A-Za-z0-9_-]*$ ]]; then
  echo "error: PARLEY_INSTANCE='$PARLEY_INSTANCE' must match [A-Za-z0-9][A-Za-z0-9_-]*" >&2
  exit 2
fi
export PARLEY_INSTANCE

INSTANCE_DIR="$PARLEY_ROOT/.parley/$PARLEY_INSTANCE"
LOG_DIR="$INSTANCE_DIR/logs"
RUN_DIR="$INSTANCE_DIR/run"
KAFKA_DIR="$INSTANCE_DIR/kafka"
CASSANDRA_DIR="$INSTANCE_DIR/cassandra"

# --- ports -------------------------------------------------------------------------------------
# Defaults per instance; every port can be overridden from the environment. Any other instance
# name has no defaults: all five PARLEY_*_PORT variables must then be set.
case "$PARLEY_INSTANCE" in
  dev)  _d_kafka=9092  _d_ctrl=9093  _d_cql=9042  _d_storage=7000  _d_jmx=7199 ;;
  test) _d_kafka=19092 _d_ctrl=19093 _d_cql=19042 _d_storage=17000 _d_jmx=17199 ;;
  *)    _d_kafka=""    _d_ctrl=""    _d_cql=""    _d_storage=""    _d_jmx="" ;;
esac
KAFKA_PORT="${PARLEY_KAFKA_PORT:-$_d_kafka}"
KAFKA_CONTROLLER_PORT="${PARLEY_KAFKA_CONTROLLER_PORT:-$_d_ctrl}"
CASSANDRA_PORT="${PARLEY_CASSANDRA_PORT:-$_d_cql}"
CASSANDRA_STORAGE_PORT="${PARLEY_CASSANDRA_STORAGE_PORT:-$_d_storage}"
CASSANDRA_JMX_PORT="${PARLEY_CASSANDRA_JMX_PORT:-$_d_jmx}"
unset _d_kafka _d_ctrl _d_cql _d_storage _d_jmx

# Dies unless every port this instance needs is known and numeric.
require_ports() {
  local var missing=()
  for var in KAFKA_PORT KAFKA_CONTROLLER_PORT CASSANDRA_PORT CASSANDRA_STORAGE_PORT CASSANDRA_JMX_PORT; do
    if [[ ! "${!var}" =~ ^[0-9]+$ ]]; then
      missing+=("PARLEY_$var")
    fi
  done
  if ((${#missing[@]})); then
    die "instance '$PARLEY_INSTANCE' has no default ports; set ${missing[*]}"
  fi
}

# --- output ------------------------------------------------------------------------------------
info() { printf '[%s] %s\n' "$PARLEY_INSTANCE" "$*"; }
warn() { printf '[%s] warning: %s\n' "$PARLEY_INSTANCE" "$*" >&2; }
die() {
  printf '[%s] error: %s\n' "$PARLEY_INSTANCE" "$*" >&2
  exit 1
}

# Path relative to the repo root, for messages.
rel() { printf '%s' "${1#"$PARLEY_ROOT"/}"; }

# --- java --------------------------------------------------------------------------------------
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

require_java17() {
  local version major
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (set JAVA_HOME or put java 17 on PATH)"
  version="$("$JAVA" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  major="${version%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot parse the java version from: $JAVA -version"
  if ((major < 17)); then
    die "java $version found; Kafka ${KAFKA_VERSION} and these scripts need Java 17"
  fi
}

# --- processes ---------------------------------------------------------------------------------
# Every server JVM gets these markers on its command line, so that a PID read from a PID file
# is only trusted when it really is that server of this instance (PIDs get reused).
process_markers() { # <server>
  printf '%s\n' "-Dparley.server=$1" "-Dparley.instance=$PARLEY_INSTANCE" "-Dparley.dir=$INSTANCE_DIR"
}

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# True when <pid> exists and is not a zombie.
pid_alive() {
  local pid="$1" state
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z* ]]
}

pid_cmdline() {
  if [[ -r "/proc/$1/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$1/cmdline"
  else
    ps -ww -o args= -p "$1" 2>/dev/null || true
  fi
}

# Prints the PID of <server> of this instance and succeeds when it is running.
server_pid() { # <server>
  local file pid cmd
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(tr -dc '0-9' <"$file")"
  [[ -n "$pid" ]] || return 1
  pid_alive "$pid" || return 1
  cmd="$(pid_cmdline "$pid")"
  [[ "$cmd" == *"-Dparley.server=$1 "* && "$cmd" == *"-Dparley.dir=$INSTANCE_DIR "* ]] || return 1
  printf '%s' "$pid"
}

# Stops <server> by its PID file only: SIGTERM, wait up to <grace> seconds, then SIGKILL.
# Not running (or a stale PID file) is a no-op.
stop_server() { # <server> [grace-seconds]
  local server="$1" grace="${2:-30}" file pid start waited
  file="$(pid_file "$server")"
  if ! pid="$(server_pid "$server")"; then
    if [[ -f "$file" ]]; then
      rm -f "$file"
      info "$server not running (removed stale $(rel "$file"))"
    else
      info "$server not running"
    fi
    return 0
  fi
  info "stopping $server (pid $pid) ..."
  start=$SECONDS
  kill -TERM "$pid" 2>/dev/null || true
  while pid_alive "$pid"; do
    if ((SECONDS - start >= grace)); then
      warn "$server (pid $pid) still alive after ${grace}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      waited=0
      while pid_alive "$pid" && ((waited < 50)); do
        sleep 0.1
        waited=$((waited + 1))
      done
      break
    fi
    sleep 0.2
  done
  pid_alive "$pid" && die "$server (pid $pid) did not exit"
  rm -f "$file"
  info "$server stopped in $((SECONDS - start))s"
}

# --- ports -------------------------------------------------------------------------------------
# True when something accepts TCP connections on 127.0.0.1:<port>.
port_open() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Dies when one of the given "name=port" pairs is already taken by some other process.
require_ports_free() { # <server> name=port ...
  local server="$1" pair busy=()
  shift
  for pair in "$@"; do
    if port_open "${pair#*=}"; then
      busy+=("${pair%%=*} 127.0.0.1:${pair#*=}")
    fi
  done
  if ((${#busy[@]})); then
    die "cannot start $server: port(s) already in use: ${busy[*]} (another instance? override with PARLEY_*_PORT)"
  fi
}

# --- files -------------------------------------------------------------------------------------
# Renders <template> into <dest>, replacing every {{KEY}} by its value. Dies on leftovers.
render_template() { # <template> <dest> KEY=VALUE ...
  local template="$1" dest="$2" pair key value content
  shift 2
  content="$(<"$template")"
  for pair in "$@"; do
    key="${pair%%=*}"
    value="${pair#*=}"
    content="${content//"{{$key}}"/$value}"
  done
  if [[ "$content" =~ \{\{[A-Z_]+\}\} ]]; then
    die "$(rel "$template"): no value for ${BASH_REMATCH[0]}"
  fi
  printf '%s\n' "$content" >"$dest.tmp.$$"
  mv -f "$dest.tmp.$$" "$dest"
}

# Moves this run's log files aside (<file>.prev), so each start writes fresh ones and the
# readiness check can only match lines from the current run.
rotate_logs() { # <file> ...
  local f
  for f in "$@"; do
    if [[ -s "$f" ]]; then
      mv -f "$f" "$f.prev"
    else
      rm -f "$f"
    fi
  done
}

# Polls <check-function> every 0.25 s until it succeeds (returns 0), the process dies (returns 1)
# or <timeout> seconds pass (returns 2). Prints the elapsed time in seconds on success.
wait_until_ready() { # <pid> <timeout-seconds> <check-function>
  local pid="$1" timeout="$2" check="$3" t0 now
  t0="$(date +%s%N)"
  while :; do
    if "$check"; then
      now="$(date +%s%N)"
      printf '%d.%01d' $(((now - t0) / 1000000000)) $((((now - t0) / 100000000) % 10))
      return 0
    fi
    pid_alive "$pid" || return 1
    now="$(date +%s%N)"
    (((now - t0) / 1000000000 >= timeout)) && return 2
    sleep 0.25
  done
}

# Waits for a just-started (or still starting) server to become ready. On death or timeout it
# prints the last 30 lines of <log>..., stops what is left (so that a retry starts afresh) and dies.
await_server() { # <server> <pid> <timeout-seconds> <check-function> <what-ready-means> <log>...
  local server="$1" pid="$2" timeout="$3" check="$4" meaning="$5" elapsed rc=0
  shift 5
  elapsed="$(wait_until_ready "$pid" "$timeout" "$check")" || rc=$?
  case "$rc" in
    0)
      info "$server ready in ${elapsed}s (pid $pid)"
      return 0
      ;;
    1)
      show_tail 30 "$@"
      rm -f "$(pid_file "$server")"
      die "$server (pid $pid) exited during startup; see $(rel "$LOG_DIR")/$server.*"
      ;;
    *)
      show_tail 30 "$@"
      warn "$server (pid $pid) not ready after ${timeout}s ($meaning); stopping it"
      stop_server "$server" 10 >&2
      die "$server did not start within ${timeout}s; see $(rel "$LOG_DIR")/$server.*"
      ;;
  esac
}

# Serialises start/stop of <server> of this instance across concurrent callers (flock(1) is
# used when available). The lock is on file descriptor 9, which launched servers must not inherit.
PARLEY_LOCKED=""
lock_server() { # <server>
  [[ -z "$PARLEY_LOCKED" ]] || return 0
  command -v flock >/dev/null 2>&1 || return 0
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/$1.lock"
  flock -w 300 9 || die "timed out waiting for the $1 lock $(rel "$RUN_DIR/$1.lock")"
  PARLEY_LOCKED="$1"
}

# Prints the last <n> lines of each existing file, for failure reports.
show_tail() { # <n> <file> ...
  local n="$1" f
  shift
  for f in "$@"; do
    [[ -s "$f" ]] || continue
    printf -- '----- last %s lines of %s -----\n' "$n" "$(rel "$f")" >&2
    tail -n "$n" "$f" >&2
  done
}

# Prints the runtime classpath of <kafka|cassandra>, resolving it on first use.
classpath_of() { # <server>
  "$SCRIPTS_DIR/classpath.sh" "$1"
}
