#!/usr/bin/env bash
# `make stop`: stops every service, then Kafka and Cassandra, of the instance (default dev), by PID.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$SCRIPTS_DIR/services.sh" stop
"$SCRIPTS_DIR/infra.sh" down
info "stopped"
