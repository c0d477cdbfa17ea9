#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers and that database $1 exists on it, then runs the
# rest of the command line with QUARKUS_DATASOURCE_* (and PG*) pointing at that database.
#
# Which server:
#   1. DATABASE_URL (postgres://user:pass@host:port/db) when set and answering; the database
#      name in the URL is replaced by $1 so that run, test and e2e never share data.
#   2. otherwise a project-local cluster from the machine's PostgreSQL binaries, kept under
#      $RAPPORT_PG_DIR (default /tmp/rapport-pg) on port $RAPPORT_PG_PORT (default 15429).
#      Every project-local port sits below the kernel's ephemeral range (32768-60999): a port in
#      it can be held at any moment by some client's outgoing connection, and a server then
#      fails to bind it ("Address already in use") although nothing listens there.
# Docker users have docker-compose.yml instead. FRESH_DB=1 drops and recreates the database first.
set -euo pipefail

db="${1:?usage: with-db.sh DATABASE command...}"; shift

pg_bin="${RAPPORT_PG_BIN:-}"
if [[ -z "$pg_bin" ]]; then
  for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && pg_bin="$d"; done
fi

say() { echo "[with-db] $*" >&2; }

as_postgres() {
  if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

use_url() {
  # postgres://user:pass@host:port/db?params  ->  host, port, user, pass
  local rest="${DATABASE_URL#*://}"
  local cred="" hostpart="$rest"
  if [[ "$rest" == *@* ]]; then cred="${rest%%@*}"; hostpart="${rest#*@}"; fi
  hostpart="${hostpart%%/*}"
  PGUSER="${cred%%:*}"; PGPASSWORD=""
  [[ "$cred" == *:* ]] && PGPASSWORD="${cred#*:}"
  PGHOST="${hostpart%%:*}"; PGPORT=5432
  [[ "$hostpart" == *:* ]] && PGPORT="${hostpart#*:}"
  export PGUSER PGPASSWORD PGHOST PGPORT
}

start_local() {
  local dir="${RAPPORT_PG_DIR:-/tmp/rapport-pg}" port="${RAPPORT_PG_PORT:-15429}"
  export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGPASSWORD=""
  if pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then return 0; fi
  if [[ -z "$pg_bin" ]]; then
    say "No database: DATABASE_URL is unset or does not answer, no PostgreSQL binaries were"
    say "found under /usr/lib/postgresql/*/bin (apt-get install postgresql), and no Docker"
    say "engine is assumed. Set DATABASE_URL or install PostgreSQL."
    exit 1
  fi
  mkdir -p "$dir"
  if [[ "$(id -u)" == "0" ]]; then chown postgres:postgres "$dir"; fi
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    say "initialising a local PostgreSQL cluster in $dir/data"
    as_postgres "$pg_bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  say "starting local PostgreSQL on 127.0.0.1:$port"
  as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c fsync=on" >/dev/null \
    || { tail -20 "$dir/server.log" >&2; exit 1; }
}

if [[ -n "${DATABASE_URL:-}" ]]; then
  use_url
  if pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
    say "using the server named by DATABASE_URL ($PGHOST:$PGPORT)"
  else
    say "DATABASE_URL ($PGHOST:$PGPORT) does not answer; falling back to a local cluster"
    start_local
  fi
else
  start_local
fi

if [[ "${FRESH_DB:-}" == "1" ]]; then
  say "recreating database $db"
  dropdb --if-exists --force "$db"
fi
if ! psql -d postgres -Atqc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  say "creating database $db"
  createdb "$db" 2>/dev/null || psql -d postgres -Atqc "select 1 from pg_database where datname = '$db'" | grep -q 1
fi

export PGDATABASE="$db"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export QUARKUS_DATASOURCE_USERNAME="$PGUSER"
export QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD"
exec "$@"
