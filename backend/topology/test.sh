#!/usr/bin/env bash
# `make test-topology`: starts the scaled topology (up.sh), runs check.mjs against it, stops it.
# The instances raise the limits every test client meets from one address (the same flags as
# scripts/e2e.sh); log-in-per-email keeps its default, since check.mjs proves it is shared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export TOPO_DIR="${TOPO_DIR:-/tmp/rapport-topo}"
export TOPO_JAVA_OPTS="${TOPO_JAVA_OPTS:--Drapport.rate-limits.policies.sign-up=1000/1m -Drapport.rate-limits.policies.log-in=1000/1m -Drapport.demo.enabled=false -Dquarkus.http.access-log.enabled=false}"
for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/pg_ctl" ]] && TOPO_PG_BIN="$d"; done
export TOPO_PG_BIN
[[ "$(id -u)" == "0" ]] && export TOPO_AS_POSTGRES="runuser -u postgres --"
start=$(date +%s)
# The compose profile cannot run here (no Docker engine), but its file must stay valid.
if command -v docker-compose >/dev/null; then
  (cd "$here/../.." && docker-compose --profile scaled config -q) || { echo "[topology] docker-compose.yml is invalid" >&2; exit 1; }
  echo "[topology] docker-compose.yml (profile scaled) is valid"
else
  echo "[topology] docker-compose not installed: compose profile not validated" >&2
fi
trap '"$here/down.sh" >/dev/null 2>&1 || true' EXIT
"$here/up.sh"
echo "[topology] started in $(( $(date +%s) - start )) s"
if ! node "$here/check.mjs"; then
  for f in "$TOPO_DIR"/app/app*.log; do echo "--- $f (last 40 lines)"; tail -40 "$f"; done
  exit 1
fi
echo "[topology] test took $(( $(date +%s) - start )) s"
