#!/usr/bin/env bash
# Usage: infra/scripts/topics.sh [topics.tsv]
#
# Creates every topic of infra/kafka/topics.tsv (or the given table) on the Kafka of instance
# $PARLEY_INSTANCE (default dev), idempotently and in one JVM: missing topics are created with
# their partitions, retention.ms and cleanup.policy; existing ones are left as they are (a
# difference from the table is printed as a warning). Prints "created N, existing M".
# Env: PARLEY_KAFKA_BOOTSTRAP (default 127.0.0.1:<instance Kafka port>).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

table="${1:-$INFRA_DIR/kafka/topics.tsv}"
[[ -f "$table" ]] || die "no such topics table: $table"

if [[ -n "${PARLEY_KAFKA_BOOTSTRAP:-}" ]]; then
  bootstrap="$PARLEY_KAFKA_BOOTSTRAP"
else
  [[ "$KAFKA_PORT" =~ ^[0-9]+$ ]] || die "instance '$PARLEY_INSTANCE' has no default Kafka port; set PARLEY_KAFKA_PORT"
  bootstrap="127.0.0.1:$KAFKA_PORT"
  port_open "$KAFKA_PORT" ||
    die "Kafka is not reachable on $bootstrap (start it with: PARLEY_INSTANCE=$PARLEY_INSTANCE infra/scripts/infra.sh up)"
fi
require_java17

cp="$(classpath_of kafka)"
info "creating topics of $(rel "$table") on $bootstrap"
"$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
  -Dlog4j2.configurationFile="$INFRA_DIR/kafka/log4j2-tools.xml" \
  -cp "$cp" "$INFRA_DIR/kafka/CreateTopics.java" "$bootstrap" "$table"
