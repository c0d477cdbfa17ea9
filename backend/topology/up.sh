#!/usr/bin/env bash
# Starts the scaled topology on this machine from Debian packages (postgresql, pgbouncer, haproxy):
#
#   HAProxy :8220 ──> backend instances :8221, :8222 (the built jar)
#                        │ pooled (PgBouncer :6442, transaction pooling)      │ LISTEN, migrations
#                        ├──> primary PostgreSQL :15442  <──────────────────┘ (direct)
#                        └──> streaming replica :15452 (pg_basebackup -R; direct): feeds, search, profiles, lists
#
# Everything lives under $TOPO_DIR (default /tmp/rapport-topo), made afresh on every start;
# down.sh stops it. Ports and sizes come from the environment (defaults above):
#   TOPO_PG_PORT TOPO_REPLICA_PORT TOPO_BOUNCER_PORT TOPO_HAPROXY_PORT TOPO_APP_PORTS="8221 8222"
#   (all below the kernel's ephemeral range 32768-60999, see scripts/with-db.sh)
#   TOPO_JAVA_OPTS (extra -D flags for every instance), TOPO_JAR (default: the built quarkus-run.jar)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(dirname "$here")"
dir="${TOPO_DIR:-/tmp/rapport-topo}"
pg_port="${TOPO_PG_PORT:-15442}"
replica_port="${TOPO_REPLICA_PORT:-15452}"
bouncer_port="${TOPO_BOUNCER_PORT:-6442}"
haproxy_port="${TOPO_HAPROXY_PORT:-8220}"
read -r -a app_ports <<<"${TOPO_APP_PORTS:-8221 8222}"
jar="${TOPO_JAR:-$backend/target/quarkus-app/quarkus-run.jar}"
keys="${RAPPORT_JWT_PUBLIC_KEY_LOCATION:-$backend/.dev-keys/public.pem}"

say() { echo "[topology] $*" >&2; }
die() { say "$*"; exit 1; }
as_postgres() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && pg_bin="$d"; done
[[ -n "$pg_bin" ]] || die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
command -v pgbouncer >/dev/null || die "pgbouncer is missing (apt-get install pgbouncer)"
command -v haproxy >/dev/null || die "haproxy is missing (apt-get install haproxy)"
[[ -f "$jar" ]] || die "no jar at $jar: build it first (cd backend && ./mvnw package -DskipTests)"
[[ -f "$keys" ]] || die "no JWT keys: run make keys"
for p in "$pg_port" "$replica_port" "$bouncer_port" "$haproxy_port" "${app_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    die "port $p is taken (a topology still up? run $here/down.sh)"
  fi
done

rm -rf "$dir"
mkdir -p "$dir"/{primary,replica,pgbouncer,haproxy,app}
[[ "$(id -u)" == "0" ]] && chown -R postgres:postgres "$dir/primary" "$dir/replica" "$dir/pgbouncer"

# --- PostgreSQL primary -----------------------------------------------------------------------
say "primary: initdb, start on 127.0.0.1:$pg_port"
as_postgres "$pg_bin/initdb" -D "$dir/primary/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
  >"$dir/primary/initdb.log" 2>&1 || { cat "$dir/primary/initdb.log" >&2; exit 1; }
# jit off for every session: behind transaction pooling a per-connection SET would not stick.
pg_opts="-c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=128MB -c jit=off"
pg_opts+=" -c wal_level=replica -c max_wal_senders=4 -c wal_keep_size=256MB -c hot_standby=on -c hot_standby_feedback=on"
as_postgres "$pg_bin/pg_ctl" -D "$dir/primary/data" -l "$dir/primary/server.log" -w -t 60 start \
  -o "-p $pg_port -k $dir/primary $pg_opts" >/dev/null || { tail -20 "$dir/primary/server.log" >&2; exit 1; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qAtc "CREATE DATABASE rapport"

# --- streaming replica --------------------------------------------------------------------------
say "replica: pg_basebackup -R from the primary, start on 127.0.0.1:$replica_port"
as_postgres "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$pg_port" -U postgres -D "$dir/replica/data" \
  -R -X stream -c fast >"$dir/replica/basebackup.log" 2>&1 || { cat "$dir/replica/basebackup.log" >&2; exit 1; }
as_postgres "$pg_bin/pg_ctl" -D "$dir/replica/data" -l "$dir/replica/server.log" -w -t 60 start \
  -o "-p $replica_port -k $dir/replica $pg_opts" >/dev/null || { tail -20 "$dir/replica/server.log" >&2; exit 1; }
[[ "$(psql -h 127.0.0.1 -p "$replica_port" -U postgres -d postgres -qAtc 'select pg_is_in_recovery()')" == "t" ]] \
  || die "the replica is not in recovery"

# --- PgBouncer ------------------------------------------------------------------------------------
say "pgbouncer: transaction pooling on 127.0.0.1:$bouncer_port (rapport -> primary)"
sed -e "s|@PRIMARY_HOST@|127.0.0.1|; s|@PRIMARY_PORT@|$pg_port|; s|@REPLICA_HOST@|127.0.0.1|; s|@REPLICA_PORT@|$replica_port|" \
    -e "s|@LISTEN_ADDR@|127.0.0.1|; s|@LISTEN_PORT@|$bouncer_port|; s|@DIR@|$dir/pgbouncer|g" \
    "$here/pgbouncer.ini" >"$dir/pgbouncer/pgbouncer.ini"
cp "$here/userlist.txt" "$dir/pgbouncer/userlist.txt"
[[ "$(id -u)" == "0" ]] && chown -R postgres:postgres "$dir/pgbouncer"
as_postgres pgbouncer -d "$dir/pgbouncer/pgbouncer.ini" || { tail -20 "$dir/pgbouncer/pgbouncer.log" >&2; exit 1; }
for _ in $(seq 1 50); do
  psql -h 127.0.0.1 -p "$bouncer_port" -U postgres -d rapport -qAtc "select 1" >/dev/null 2>&1 && break
  sleep 0.1
done
psql -h 127.0.0.1 -p "$bouncer_port" -U postgres -d rapport -qAtc "select 1" >/dev/null \
  || die "pgbouncer does not reach the primary; see $dir/pgbouncer/pgbouncer.log"

# --- backend instances --------------------------------------------------------------------------
# All start at once: Flyway's lock (on the direct connection) lets one migrate while the others wait.
# Through PgBouncer: prepareThreshold=0, as this PgBouncer (1.18) keeps no server-side prepared
# statements across the server connections it hands out (max_prepared_statements came in 1.21).
# Flyway (advisory lock) and the live-events LISTEN hold a session: they go to the primary directly.
# The replica is reached directly too: behind PgBouncer a dead replica makes queries wait in its
# queue (query_wait_timeout, 120 s) instead of failing at once and falling back to the primary;
# directly, the replica's statements also stay prepared.
pooled="jdbc:postgresql://127.0.0.1:$bouncer_port"
direct="jdbc:postgresql://127.0.0.1:$pg_port/rapport"
i=0
for port in "${app_ports[@]}"; do
  i=$((i + 1))
  say "instance $i: 127.0.0.1:$port"
  # shellcheck disable=SC2086
  env PORT="$port" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_DATASOURCE_JDBC_URL="$pooled/rapport?prepareThreshold=0" \
    RAPPORT_JWT_PUBLIC_KEY_LOCATION="$keys" \
    RAPPORT_JWT_PRIVATE_KEY_LOCATION="${RAPPORT_JWT_PRIVATE_KEY_LOCATION:-$backend/.dev-keys/private.pem}" \
    java -Xmx384m -XX:+UseSerialGC \
      -Dquarkus.datasource.replica.jdbc.url="jdbc:postgresql://127.0.0.1:$replica_port/rapport" \
      -Dquarkus.flyway.jdbc-url="$direct" -Dquarkus.flyway.username=postgres -Dquarkus.flyway.password=trust-auth \
      -Drapport.events.listen-url="$direct" \
      -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
      -Dquarkus.http.proxy.trusted-proxies=127.0.0.1 \
      ${TOPO_JAVA_OPTS:-} -jar "$jar" >"$dir/app/app$i.log" 2>&1 &
  echo $! >"$dir/app/app$i.pid"
  echo "$port" >"$dir/app/app$i.port"
done
for n in $(seq 1 "$i"); do
  port="$(cat "$dir/app/app$n.port")"
  for _ in $(seq 1 720); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$(cat "$dir/app/app$n.pid")" 2>/dev/null || { tail -30 "$dir/app/app$n.log" >&2; die "instance $n died"; }
    sleep 0.25
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "instance $n is not ready after 180 s"
done

# --- HAProxy ------------------------------------------------------------------------------------
say "haproxy: 127.0.0.1:$haproxy_port -> ${app_ports[*]}"
{
  sed -e "s|@BIND@|127.0.0.1:$haproxy_port|" "$here/haproxy.cfg" | sed '/^ *# @SERVERS@$/,$d'
  n=0
  for port in "${app_ports[@]}"; do n=$((n + 1)); echo "    server app$n 127.0.0.1:$port"; done
} >"$dir/haproxy/haproxy.cfg"
haproxy -c -q -f "$dir/haproxy/haproxy.cfg" || die "invalid haproxy configuration"
haproxy -D -p "$dir/haproxy/haproxy.pid" -f "$dir/haproxy/haproxy.cfg"
for _ in $(seq 1 40); do
  curl -fs "http://127.0.0.1:$haproxy_port/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
curl -fs "http://127.0.0.1:$haproxy_port/q/health/ready" >/dev/null || die "haproxy does not answer"
say "up: http://127.0.0.1:$haproxy_port  (logs and pids under $dir; stop with $here/down.sh)"
