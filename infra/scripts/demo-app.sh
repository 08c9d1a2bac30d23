#!/usr/bin/env bash
# Creates (once) the demo app of a running stack and prints how to call it like Tencent IM.
# Env: PARLEY_DEMO_SDKAPPID (1400000001), PARLEY_DEMO_SECRET (a fixed development key, see README),
#      PARLEY_DEMO_ADMIN (administrator), PARLEY_DEMO_EDITION (trial).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="${PARLEY_DEMO_SDKAPPID:-1400000001}"
SECRET="${PARLEY_DEMO_SECRET:-5f2b1f0c8e4d3a7b9c6e1d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b}"
ADMIN="${PARLEY_DEMO_ADMIN:-administrator}"
EDITION="${PARLEY_DEMO_EDITION:-trial}"
port_of() { awk -F'\t' -v n="$1" '$1 == n {print $3}' "$INFRA_DIR/services.tsv"; }
AUTH="http://127.0.0.1:${PARLEY_PORT_AUTH_SERVICE:-$(port_of auth-service)}"
GATEWAY_PORT="${PARLEY_PORT_GATEWAY_SERVICE:-$(port_of gateway-service)}"
HTTPS_PORT="${PARLEY_HTTPS_PORT:-8443}"

status="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$AUTH/console/v1/apps" -H 'Content-Type: application/json' \
  -d "{\"sdkAppId\":\"$APP\",\"name\":\"Demo\",\"edition\":\"$EDITION\",\"region\":\"china\",\"secretKey\":\"$SECRET\",\"admins\":[\"$ADMIN\"]}")"
case "$status" in
  201) info "created demo app $APP ($EDITION)" ;;
  409) info "demo app $APP exists already (its key and admins are the ones it was created with)" ;;
  *) die "could not create the demo app (HTTP $status from $AUTH)" ;;
esac
SIG="$(curl -s -X POST "$AUTH/console/v1/apps/$APP/usersig" -H 'Content-Type: application/json' \
  -d "{\"identifier\":\"$ADMIN\"}" | sed -n 's/.*"userSig":"\([^"]*\)".*/\1/p')"
[[ -n "$SIG" ]] || die "could not generate a UserSig for $ADMIN"
QUERY="sdkappid=$APP&identifier=$ADMIN&usersig=$SIG&random=1&contenttype=json"

# The gateway learns the app from Kafka; wait until it accepts the admin's UserSig.
for _ in $(seq 1 120); do
  if curl -s -X POST "http://127.0.0.1:$GATEWAY_PORT/v4/im_open_login_svc/account_check?$QUERY" \
    -d '{"CheckItem":[{"UserID":"'"$ADMIN"'"}]}' | grep -q '"ErrorCode":0'; then
    break
  fi
  sleep 0.5
done

cat <<MSG

Demo app (Tencent IM compatible REST API at http://127.0.0.1:$GATEWAY_PORT and https://localhost:$HTTPS_PORT)
  SDKAppID    $APP
  Admin       $ADMIN
  Secret key  $SECRET   (development default unless PARLEY_DEMO_SECRET was set when the app was created)
  UserSig     $SIG

Import an account (HTTPS with the self-signed development certificate; drop -k with a real one):
  curl -sk -X POST 'https://localhost:$HTTPS_PORT/v4/im_open_login_svc/account_import?$QUERY' \\
       -d '{"UserID":"alice","Nick":"Alice"}'
Check it:
  curl -s -X POST 'http://127.0.0.1:$GATEWAY_PORT/v4/im_open_login_svc/account_check?$QUERY' \\
       -d '{"CheckItem":[{"UserID":"alice"}]}'
MSG
