#!/usr/bin/env bash
# Stops what up.sh started (HAProxy, the instances, PgBouncer, replica, primary), by their pid files.
set -uo pipefail
dir="${TOPO_DIR:-/tmp/rapport-topo}"
as_postgres() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pid() {
  local file="$1" pid
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$file"
}
stop_pid "$dir/haproxy/haproxy.pid"
for f in "$dir"/app/app*.pid; do [[ -e "$f" ]] && stop_pid "$f"; done
stop_pid "$dir/pgbouncer/pgbouncer.pid"
pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/pg_ctl" ]] && pg_bin="$d"; done
for node in replica primary; do
  if [[ -f "$dir/$node/data/postmaster.pid" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$dir/$node/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
done
echo "[topology] down"
