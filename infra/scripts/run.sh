#!/usr/bin/env bash
# `make run`: builds if needed, starts Kafka + Cassandra (dev instance), creates the topics, starts all
# eight services, waits until every one is ready and prints how to reach them. Running it again while
# everything is up changes nothing. `make stop` undoes it.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

t0=$SECONDS
"$SCRIPTS_DIR/services.sh" build
"$SCRIPTS_DIR/infra.sh" up
"$SCRIPTS_DIR/services.sh" start
"$SCRIPTS_DIR/services.sh" table
"$SCRIPTS_DIR/demo-app.sh"
cat <<MSG

Parley is running (instance $PARLEY_INSTANCE, ready in $((SECONDS - t0))s).
  Kafka      127.0.0.1:$KAFKA_PORT      Cassandra 127.0.0.1:$CASSANDRA_PORT (datacenter1)
  Console    http://127.0.0.1:8081/console/v1/apps   (apps, key reset, UserSig tool)
  Logs       make logs   (files in $(rel "$LOG_DIR"))
  Status     infra/scripts/services.sh status ; make infra-status
  Stop       make stop
MSG
