#!/usr/bin/env bash
# `make test`: every test of every module against real Kafka and Cassandra. Uses the separate `test`
# instance (Kafka 19092, Cassandra 19042 by default) so a running `make run` stack is not disturbed.
# When the test instance is not running it is started from empty data and stopped again at the end;
# when it is already running (a developer iterating) it is reused and left running.
# Extra arguments go to Maven, e.g. `infra/scripts/test.sh -pl services/auth -am`.
set -euo pipefail
export PARLEY_INSTANCE=test
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=no
cleanup() {
  if [[ "$started" == yes ]]; then
    "$SCRIPTS_DIR/services.sh" stop >/dev/null 2>&1 || true
    "$SCRIPTS_DIR/infra.sh" down || true
  fi
}
trap cleanup EXIT

if "$SCRIPTS_DIR/kafka.sh" status >/dev/null 2>&1 && "$SCRIPTS_DIR/cassandra.sh" status >/dev/null 2>&1; then
  info "reusing the running test instance"
  "$SCRIPTS_DIR/topics.sh"
else
  "$SCRIPTS_DIR/infra.sh" down >/dev/null 2>&1 || true
  rm -rf "$KAFKA_DIR" "$CASSANDRA_DIR"
  started=yes
  "$SCRIPTS_DIR/infra.sh" up
fi

cd "$PARLEY_ROOT"
./mvnw -B verify \
  -Dparley.test.kafka="127.0.0.1:$KAFKA_PORT" \
  -Dparley.test.cassandra="127.0.0.1:$CASSANDRA_PORT" \
  "$@"
