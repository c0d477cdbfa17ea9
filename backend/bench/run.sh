#!/usr/bin/env bash
# Benchmark: the API under open-loop load at fixed arrival rates versus the same statements on
# pgbench (-M prepared, parameters bound like the app binds them). Builds the dataset into its
# own database (rapport_bench) once, starts the built app on its own port, measures each
# scenario, and writes a table plus EXPLAIN ANALYZE of the feed plans to bench/results/.
#
# Per scenario: the API at a fixed rate (open loop: latency from the scheduled send time) for
# BENCH_SECONDS and closed loop for throughput with BENCH_CONC clients (reads: the closed loop
# first); pgbench at the same fixed rate (-R, latency includes its schedule lag) for
# BENCH_PG_SECONDS, then closed loop with as many clients as cores (its best); the throughput
# ratio API/pgbench is the headline. The app is warmed up first (BENCH_WARMUP_SECONDS, then
# until its JIT settles). The load average at the start of each scenario is recorded.
#
# Knobs: BENCH_PORT (8190), BENCH_SECONDS (8, open loop), BENCH_CLOSED_SECONDS (3),
# BENCH_PG_SECONDS (3, pgbench at the rate), BENCH_PG_MAX_SECONDS (3, each maximum run, reads: the first second left out),
# BENCH_PG_CLIENTS (the cores; several, e.g. "2 8", for the best of them), BENCH_WARMUP_SECONDS (30, then on while the JIT
# still compiles hard, up to BENCH_WARMUP_MAX_SECONDS, 90), BENCH_CONC (8),
# BENCH_RATE (200, the typical home feed), BENCH_THRESHOLD (500), BENCH_DB (rapport_bench),
# BENCH_SCENARIOS (names to run, space-separated; default all; "none" only builds the dataset),
# BENCH_JAVA_OPTS (added to the app's JVM options, e.g. a flight recording: -XX:StartFlightRecording=...),
# BENCH_VIA=pgbouncer: the app and pgbench both go through a PgBouncer (transaction pooling, port
# BENCH_BOUNCER_PORT, 6439) started here; then nothing is prepared server-side on either side
# (app: prepareThreshold=0; pgbench: -M extended) and the event stream is off (LISTEN needs a session).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND="$(dirname "$BENCH")"
BENCH_DB="${BENCH_DB:-rapport_bench}"
if [[ "${PGDATABASE:-}" != "$BENCH_DB" ]]; then
  exec "$BACKEND/scripts/with-db.sh" "$BENCH_DB" bash "${BASH_SOURCE[0]}" "$@"
fi
# pgbench runs with the session settings the app sets on its connections (see application.properties).
export PGOPTIONS="-c jit=off"

PORT="${BENCH_PORT:-8190}"; SECONDS_PER_RUN="${BENCH_SECONDS:-8}"; PG_SECONDS="${BENCH_PG_SECONDS:-3}"
CLOSED_SECONDS="${BENCH_CLOSED_SECONDS:-3}"; PG_MAX_SECONDS="${BENCH_PG_MAX_SECONDS:-3}"
PG_CLIENTS="${BENCH_PG_CLIENTS:-$(nproc)}"; WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-30}"
WARMUP_MAX_SECONDS="${BENCH_WARMUP_MAX_SECONDS:-90}"
CONC="${BENCH_CONC:-8}"; RATE="${BENCH_RATE:-200}"; THRESHOLD="${BENCH_THRESHOLD:-500}"
RESULTS="$BENCH/results"; mkdir -p "$RESULTS"
STAMP="$(date +%Y%m%d-%H%M%S)"; OUT="$RESULTS/bench-$STAMP.txt"; WORK="$RESULTS/work"; rm -rf "$WORK"; mkdir -p "$WORK"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
[[ -f "$JAR" ]] || { echo "build first: make build (or ./mvnw package -DskipTests)"; exit 1; }
export RAPPORT_JWT_PUBLIC_KEY_LOCATION="${RAPPORT_JWT_PUBLIC_KEY_LOCATION:-$BACKEND/.dev-keys/public.pem}"
export RAPPORT_JWT_PRIVATE_KEY_LOCATION="${RAPPORT_JWT_PRIVATE_KEY_LOCATION:-$BACKEND/.dev-keys/private.pem}"
API="http://127.0.0.1:$PORT"
DATASET_VERSION=3   # bump when dataset.sql changes: an older dataset is dropped and rebuilt
log() { echo "[bench $(date +%T)] $*" >&2; }
# The load generator shares the two cores with the app and PostgreSQL: compiled once, C1 only,
# serial GC, a small heap, so that it takes as little CPU as it can (its CPU per request is printed).
javac -d "$WORK/loadgen" "$BENCH/LoadGen.java"
loadgen() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -cp "$WORK/loadgen" LoadGen "$@"; }
q() { psql -X -Atq -c "$1"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

if [[ "$(q "select to_regclass('bench_dataset') is not null")" == t ]] \
   && [[ "$(q "select coalesce(max(version), 0) from bench_dataset")" == "$DATASET_VERSION" ]]; then
  REBUILD=0
elif [[ "$(q "select to_regclass('members') is not null")" == t ]] && [[ "$(q "select count(*) > 0 from members")" == t ]]; then
  log "$BENCH_DB holds an older benchmark dataset: dropping it to rebuild"
  psql -X -q -d postgres -c "DROP DATABASE \"$BENCH_DB\" WITH (FORCE)" -c "CREATE DATABASE \"$BENCH_DB\""
  REBUILD=1
else
  REBUILD=1
fi

stop_all() {
  kill ${APP_PID:-} 2>/dev/null || true
  [[ -f "${B:-/nonexistent}/pgbouncer.pid" ]] && kill "$(cat "$B/pgbouncer.pid")" 2>/dev/null || true
  if [[ -n "${R:-}" ]]; then
    kill "${LAG_PID:-}" 2>/dev/null || true
    as_pg "$pg_bin/pg_ctl" -D "$R/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$R"
  fi
}
trap stop_all EXIT
VIA="${BENCH_VIA:-direct}"; PG_MODE=prepared; PG_CONN=()
if [[ "$VIA" == pgbouncer ]]; then
  BOUNCER_PORT="${BENCH_BOUNCER_PORT:-6439}"; B="$WORK/pgbouncer"; mkdir -p "$B"
  cat >"$B/pgbouncer.ini" <<INI
[databases]
$BENCH_DB = host=$PGHOST port=$PGPORT dbname=$BENCH_DB
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir = $B
pidfile = $B/pgbouncer.pid
logfile = $B/pgbouncer.log
auth_type = trust
auth_file = $B/userlist.txt
pool_mode = transaction
max_client_conn = 200
default_pool_size = 8
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
INI
  echo "\"$PGUSER\" \"\"" >"$B/userlist.txt"
  [[ "$(id -u)" == 0 ]] && chown -R postgres:postgres "$B"
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- pgbouncer -d "$B/pgbouncer.ini"; else pgbouncer -d "$B/pgbouncer.ini"; fi
  # Behind transaction pooling a per-connection SET does not stick: jit off for the database.
  q "ALTER DATABASE \"$BENCH_DB\" SET jit = off"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$BOUNCER_PORT/$BENCH_DB?prepareThreshold=0"
  export QUARKUS_FLYWAY_MIGRATE_AT_START=false RAPPORT_EVENTS_ENABLED=false
  PG_MODE=extended; PG_CONN=(-h 127.0.0.1 -p "$BOUNCER_PORT")
elif [[ "$VIA" == replica ]]; then
  # A streaming replica of the bench cluster (pg_basebackup -R, as backend/topology does): the app
  # routes its read-only use cases there (app.rapport.common.replica) and pgbench runs the read
  # scenarios' statements there too; writes, on both sides, go to the primary.
  REPLICA_PORT="${BENCH_REPLICA_PORT:-15439}"; R="${RAPPORT_PG_DIR:-/tmp/rapport-pg}-bench-replica"
  pg_bin=""; for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/pg_basebackup" ]] && pg_bin="$d"; done
  as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [[ -f "$R/data/postmaster.pid" ]] && as_pg "$pg_bin/pg_ctl" -D "$R/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$R"; mkdir -p "$R"; [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$R"
  log "replica: pg_basebackup of the bench cluster into $R, started on :$REPLICA_PORT"
  as_pg "$pg_bin/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -D "$R/data" -R -X stream -c fast
  as_pg "$pg_bin/pg_ctl" -D "$R/data" -l "$R/server.log" -w -t 300 start \
    -o "-p $REPLICA_PORT -k $R -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c hot_standby=on -c hot_standby_feedback=on" >/dev/null
  export QUARKUS_DATASOURCE_REPLICA_JDBC_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$BENCH_DB"
  PG_READ_CONN=(-h 127.0.0.1 -p "$REPLICA_PORT")
  replica_xacts() { psql -X -Atq "${PG_READ_CONN[@]}" -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()"; }
  REPLICA_XACTS0="$(replica_xacts)"
  # How far the replica trails, sampled every 200 ms for the whole run.
  LAG="$WORK/replica-lag.txt"
  ( while sleep 0.2; do
      psql -X -Atq -c "SELECT pg_wal_lsn_diff(sent_lsn, replay_lsn), coalesce(extract(epoch FROM replay_lag) * 1000, 0) FROM pg_stat_replication" >>"$LAG" 2>/dev/null
    done ) &
  LAG_PID=$!
fi

log "starting the app on :$PORT against $BENCH_DB via $VIA (plan threshold $THRESHOLD)"
# Rate limits off and the weekly invitation limit raised: the load generator acts far beyond
# one member's quotas on purpose (the limiter's own cost is measured apart, see README "Security
# and limits"). bcrypt cost 4 for the bench accounts: the write scenarios log in thousands of them.
PORT="$PORT" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false QUARKUS_FLYWAY_OUT_OF_ORDER=true RAPPORT_FEED_PLAN_THRESHOLD="$THRESHOLD" \
  RAPPORT_RATE_LIMITS_ENABLED=false RAPPORT_INVITATIONS_WEEKLY_LIMIT=1000000 RAPPORT_INVITATIONS_PENDING_LIMIT=1000000 \
  RAPPORT_AUTH_BCRYPT_COST=4 \
  java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -Xlog:gc:file="$RESULTS/gc-$STAMP.log" ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$RESULTS/app-$STAMP.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "$API/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$API/q/health/ready" >/dev/null || { tail -30 "$RESULTS/app-$STAMP.log"; exit 1; }

PASSWORD="bench-password-1"
if [[ "$REBUILD" == 1 ]]; then
  log "building the dataset (100k members, ~5M edges, 2M posts, 2M likes, 250k messages)..."
  curl -s -o /dev/null -X POST "$API/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"seed@bench.test\",\"password\":\"$PASSWORD\",\"handle\":\"seed_bench\",\"displayName\":\"Seed\"}"
  HASH="$(q "select password_hash from members where handle = 'seed_bench'")"
  t0=$(date +%s); l0="$(loadavg)"
  psql -X -q -e -v ON_ERROR_STOP=1 -v hash="$HASH" -f "$BENCH/dataset.sql" >"$RESULTS/dataset-$STAMP.log"
  log "dataset built in $(( $(date +%s) - t0 ))s (load average $l0 -> $(loadavg)); time per statement: $RESULTS/dataset-$STAMP.log"
  # The counters computed in bulk must be exactly what the triggers keep: recount and compare.
  WRONG="$(q "SELECT count(*) FROM member_graph_totals g
      LEFT JOIN (SELECT followee_id AS id, count(*) AS n FROM follows GROUP BY 1) fr ON fr.id = g.member_id
      LEFT JOIN (SELECT follower_id AS id, count(*) AS n FROM follows GROUP BY 1) fg ON fg.id = g.member_id
      LEFT JOIN (SELECT member_id AS id, count(*) AS n FROM connection_edges GROUP BY 1) ce ON ce.id = g.member_id
     WHERE g.followers <> coalesce(fr.n, 0) OR g.following <> coalesce(fg.n, 0) OR g.connections <> coalesce(ce.n, 0)")"
  [[ "$WRONG" == 0 ]] || { log "dataset: $WRONG members' counters disagree with their rows"; exit 1; }
  q "CREATE TABLE bench_dataset AS SELECT $DATASET_VERSION AS version, now() AS built_at"
  log "dataset: every member's counters equal a recount of the rows"
else
  # What earlier runs' write scenarios created is deleted, but the pages they touched are no longer
  # all-visible until a vacuum, which autovacuum leaves for much later on tables this size: index-only
  # scans then visit the heap (the tag feed's newest-first walk: 1,473 heap fetches for 21 rows).
  # Every run starts from the state a fresh dataset has. ~3 s.
  log "reusing the dataset in $BENCH_DB (vacuumed first)"
  q "VACUUM"
fi
# Logging in thousands of members must be cheap: bench accounts carry a bcrypt cost-4 hash.
if [[ "$(q "select left(password_hash, 7) from members where handle = 'bench_1'")" != '$2a$04$' ]]; then
  curl -s -o /dev/null -X POST "$API/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"seed4@bench.test\",\"password\":\"$PASSWORD\",\"handle\":\"seed4_bench\",\"displayName\":\"Seed\"}"
  q "UPDATE members SET password_hash = (SELECT password_hash FROM members WHERE handle = 'seed4_bench') WHERE handle LIKE 'bench\_%'"
  log "bench accounts now carry a cost-4 password hash"
fi
[[ "${BENCH_SCENARIOS:-}" == none ]] && exit 0

jsonfield() { python3 -c "import sys,json
for line in sys.stdin:
    s, _, b = line.rstrip('\n').partition('\t')
    print(json.loads(b)['$1'] if s.startswith('2') else '')"; }
# Logs members in (LoadGen fetch, 8 at a time); stdin "id|email" lines, stdout "id<TAB>token".
login_all() {
  local ids=() f="$WORK/login.$RANDOM"
  while IFS='|' read -r id email; do
    ids+=("$id")
    printf 'POST\t%s\t-\t{"email":"%s","password":"%s"}\n' "$API/api/tokens" "$email" "$PASSWORD"
  done >"$f"
  paste <(printf '%s\n' "${ids[@]}") <(loadgen fetch "$f" 8 | jsonfield accessToken)
}
token() { curl -sf -X POST "$API/api/tokens" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken; }

HEAVY_ID="$(q "select id from members where handle = 'bench_1'")"
BROKER_ID="$(q "select id from members where handle = 'bench_2'")"
HEAVY_TOKEN="$(token bench1@bench.test)"
BROKER_TOKEN="$(token bench2@bench.test)"
CLIENTS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Clients'")"
PROSPECTS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Prospects'")"
PARTNERS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Partners'")"
log "logging in the 100 typical members"
declare -A TOK=()
while IFS=$'\t' read -r id tok; do TOK[$id]="$tok"; done < <(q "select m.id, m.email from bench_typical b join members m on m.id = b.member_id order by b.i" | login_all)
mapfile -t TYP_IDS < <(q "select member_id from bench_typical order by i limit 40")
: >"$WORK/home_typical.urls"; : >"$WORK/page1.urls"; : >"$WORK/page50.urls"; : >"$WORK/profile.urls"
for id in "${TYP_IDS[@]}"; do
  tok="${TOK[$id]}"
  printf '%s\t%s\n' "$API/api/feeds/home" "$tok" >>"$WORK/home_typical.urls"
  printf '%s\t%s\n' "$API/api/feeds/home?limit=20" "$tok" >>"$WORK/page1.urls"
  printf '%s\t%s\n' "$API/api/profiles/bench_$(( (id % 1000) + 2 ))/posts" "$tok" >>"$WORK/profile.urls"
done
printf '%s\t%s\n' "$API/api/feeds/home" "$HEAVY_TOKEN" >"$WORK/home_heavy.urls"
# The ceiling of any request on this machine: no token, no database, the same HTTP server and load generator.
printf '%s\t-\n' "$API/q/health/live" >"$WORK/floor.urls"
printf '%s\t%s\n' "$API/api/feeds/tagged?tagId=$CLIENTS&tagId=$PROSPECTS&tagId=$PARTNERS&mode=ANY" "$HEAVY_TOKEN" >"$WORK/tag_any.urls"
printf '%s\t%s\n' "$API/api/feeds/tagged?tagId=$CLIENTS&tagId=$PROSPECTS&mode=ALL" "$HEAVY_TOKEN" >"$WORK/tag_all.urls"

# Page-50 cursors come from walking the API's own pages (only when the page50 scenario runs).
P50_TS_VAL="9999-12-31 00:00:00+00"; P50_ID_VAL=9223372036854775807; : >"$WORK/page50.urls"
if [[ -z "${BENCH_SCENARIOS:-}" || " $BENCH_SCENARIOS " == *" page50 "* ]]; then
  log "walking 49 pages for each typical member to find page-50 cursors (5 members side by side)"
  walk50() { # url, token -> the page-50 URL line, when the feed is that long
    local cursor=""
    for _ in $(seq 1 49); do
      cursor="$(curl -sf -H "Authorization: Bearer $2" "$1${cursor:+&cursor=$cursor}" | jq -r '.nextCursor // empty')"
      [[ -z "$cursor" ]] && return 0
    done
    printf '%s\t%s\n' "$1&cursor=$cursor" "$2"
  }
  n=0; walkers=()
  while IFS=$'\t' read -r url tok; do
    n=$((n + 1)); walk50 "$url" "$tok" >"$WORK/page50.$n" & walkers+=($!)
  done < <(head -5 "$WORK/page1.urls")
  wait "${walkers[@]}"
  cat "$WORK"/page50.[0-9]* >"$WORK/page50.urls"
  # The same keyset position for pgbench (decoded from the first page-50 cursor).
  C50="$(head -1 "$WORK/page50.urls" | sed -E 's/.*cursor=([^\t]*)\t.*/\1/')"
  DECODED="$(python3 -c "import base64,sys;s=sys.argv[1];print(base64.urlsafe_b64decode(s+'='*(-len(s)%4)).decode().replace(chr(31),' '))" "$C50")"
  P50_TS_VAL="${DECODED% *}"; P50_ID_VAL="${DECODED##* }"
fi
P50_MEMBER="${TYP_IDS[0]}"

log "dumping the application's feed SQL for pgbench and EXPLAIN"
SQL="$WORK/sql"
java -cp "$BACKEND/target/quarkus-app/app/*:$BACKEND/target/quarkus-app/lib/main/*" "$BENCH/SqlDump.java" "$SQL" >/dev/null

# pgbench scripts of the feeds: the statements the API runs for one request (plan choice
# counts, feed streams, then rendering the page: posts with authors and my likes in one
# statement, and the liking connections' summaries). Run with -M prepared, so every :name is a
# bound parameter whose type PostgreSQL infers from the statement, as for the app's. The app's
# "IN (:ids)" binds one parameter per id; here the list is one bigint[] parameter ("= ANY").
anyfy() { sed -E 's/IN \(:(ids|tags)\)/= ANY (:\1)/g'; }
pgscript() { # name, who (typical|heavy|page50), posts-sql-file, liked-sql-file-or-empty
  local f="$WORK/$1.pgbench"
  {
    echo '\set limit 21'
    case "$2" in
      typical) echo '\set i random(1, 40)'; echo 'SELECT member_id AS me FROM bench_typical WHERE i = :i \gset' ;;
      page50) echo "\\set me $P50_MEMBER" ;;
      heavy) echo "\\set me $HEAVY_ID" ;;
    esac
    if [[ "$1" == profile ]]; then # the member by handle (bench_<n>), blocks either way checked in the same statement
      echo '\set other :me % 1000 + 3'
      echo "SELECT id AS author FROM ($(sed "s/:handle/('bench_' || (:other - 1))/" "$SQL/ID_BY_HANDLE.sql" | tr '\n' ' ')) a \\gset"
    fi
    if [[ "$1" == tag_* ]]; then # the selected tags are mine, then the plan choice's count
      echo "$(sed 's/:owner/:me/; s/:ids/:tags/' "$SQL/OWNED_TAGS.sql");"
      echo "SELECT count(*) AS size FROM (SELECT 1 FROM tagged_members WHERE tag_id = ANY (:tags) LIMIT :cap) x \\gset"
    elif [[ "$1" != profile ]]; then
      echo "SELECT * FROM ($(tr '\n' ' ' <"$SQL/HOME_SIZES.sql")) s(fsize, csize) \\gset"
    fi
    echo "SELECT '{' || coalesce(string_agg(id::text, ','), '') || '}' AS pids FROM ($(anyfy <"$SQL/$3.sql" | tr '\n' ' ')) q \\gset"
    if [[ -n "$4" ]]; then
      echo "SELECT '{' || coalesce(string_agg(post_id::text, ','), '') || '}' AS lids, '{' || coalesce(string_agg(member_id::text, ','), '') || '}' AS aids FROM ($(tr '\n' ' ' <"$SQL/$4.sql")) q \\gset"
      echo "SELECT id, handle, display_name, headline, current_title, current_company, location FROM members WHERE id = ANY (:aids);"
      echo "SELECT array_cat(CAST(:pids AS bigint[]), CAST(:lids AS bigint[]))::text AS ids \\gset"
    else
      echo "SELECT :pids AS ids \\gset"
    fi
    echo "$(anyfy <"$SQL/VIEW_ROWS.sql" | tr '\n' ' ');"
  } >"$f"
  echo "$f"
}
END_TS="9999-12-31 00:00:00+00"; END_ID=9223372036854775807
declare -A SCRIPT=(
  [home_typical]="$(pgscript home_typical typical HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [home_heavy]="$(pgscript home_heavy heavy HOME_NEWEST_FIRST LIKED_NEWEST_FIRST)"
  [tag_any]="$(pgscript tag_any heavy TAG_ANY_NEWEST_FIRST "")"
  [tag_all]="$(pgscript tag_all heavy TAG_ALL_NEWEST_FIRST "")"
  [page1]="$(pgscript page1 page50 HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [page50]="$(pgscript page50 page50 HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [profile]="$(pgscript profile typical AUTHOR_PAGE "")"
)
# Variables (-D): bound as parameters too, never pasted into the SQL text.
declare -A PGVARS=(
  [home_typical]="-D cap=$((THRESHOLD + 1))"
  [home_heavy]="-D cap=$((THRESHOLD + 1))"
  [tag_any]="-D cap=$((THRESHOLD + 1)) -D tags={$CLIENTS,$PROSPECTS,$PARTNERS}"
  [tag_all]="-D cap=$((THRESHOLD + 1)) -D tags={$CLIENTS,$PROSPECTS} -D ntags=2"
  [page1]="-D cap=$((THRESHOLD + 1))"
  [page50]="-D cap=$((THRESHOLD + 1))"
  [profile]=""
)
PG_TS=(-D "ts=$END_TS" -D "id=$END_ID")
PG50_TS=(-D "ts=$P50_TS_VAL" -D "id=$P50_ID_VAL")

# shellcheck source=bench/scenarios.sh
source "$BENCH/scenarios.sh"

declare -A RATES=([home_typical]=$RATE [home_heavy]=50 [tag_any]=50 [tag_all]=50 [page1]=100 [page50]=100 [profile]=100
  [inbox]=100 [conversation]=100 [unread]=100 [review]=50 [broker]=50
  [post]=50 [like]=50 [invite]=20 [accept]=20 [follow_popular]=200 [events]=10 [floor]=100)
declare -A LABEL=([home_typical]="home feed, typical member" [home_heavy]="home feed, 30k-connection member"
  [tag_any]="tag feed ANY of 3 tags (30k member)" [tag_all]="tag feed ALL of 2 tags (30k member)"
  [page1]="home feed page 1" [page50]="home feed page 50" [profile]="profile activity read"
  [inbox]="inbox first page (5k conversations)" [conversation]="conversation page (50 msgs)"
  [unread]="unread counts" [review]="relationship review page (30k)" [broker]="broker's 1,000 pending intros"
  [post]="create a post" [like]="like a post" [invite]="send an invitation" [accept]="accept an invitation"
  [follow_popular]="follow one popular member" [events]="message -> recipient's stream"
  [floor]="HTTP floor: GET /q/health/live (no token, no SQL)")
ALL=(home_typical home_heavy tag_any tag_all page1 page50 profile inbox conversation unread review broker
     post like invite accept follow_popular events floor)
read -r -a ORDER <<<"${BENCH_SCENARIOS:-${ALL[*]}}"

pct_from_logs() { # pgbench per-transaction logs -> "p50 p99" in ms (latency + schedule lag)
  # The first second is left out, as LoadGen leaves out its first tenth: pgbench opens new
  # backends, whose first transactions load the catalog caches and plan every statement
  # (100-170 ms each on a quiet machine: they made pgbench's p99 here, not the statements).
  cat "$@" 2>/dev/null | sort -k5,5n -k6,6n \
    | awk 'NR == 1 {t0 = $5 + $6 / 1e6} $5 + $6 / 1e6 >= t0 + 1 {print ($3 + ($7 == "" ? 0 : $7)) / 1000}' | sort -n \
    | awk '{a[NR]=$1} END {if (NR == 0) {print "? ?"; exit}
        i50 = int(NR * 0.50 + 0.999); i99 = int(NR * 0.99 + 0.999); printf "%.2f %.2f\n", a[i50], a[i99]}'
}
run_pgbench() { # scenario, extra args... -> prints "tps p50 p99 rate_p50 rate_p99"
  local s="$1"; shift
  local vars=() ; [[ -n "${PGVARS[$s]:-}" ]] && read -r -a vars <<<"${PGVARS[$s]}"
  local tsv=("${PG_TS[@]}"); [[ "$s" == page50 ]] && tsv=("${PG50_TS[@]}")
  local dir="$WORK/pglog-$s"; rm -rf "$dir"; mkdir -p "$dir"
  local conn=("${PG_CONN[@]}"); [[ -z "${WRITE[$s]:-}" && -n "${PG_READ_CONN:-}" ]] && conn=("${PG_READ_CONN[@]}")
  # At the rate: as many clients as cores. Each new backend spends its first second or two
  # loading catalog caches and planning (8 of them put 400 ms on every transaction of that time,
  # and at 200/s the typical feed never caught up within a 3 s run); the first second is left out.
  pgbench "${conn[@]}" -n -M "$PG_MODE" -c "$(nproc)" -j "$(nproc)" -T "$PG_SECONDS" -R "${RATES[$s]}" -l --log-prefix="$dir/rate" \
    "${tsv[@]}" "${TIMES[@]}" "${vars[@]}" -f "${SCRIPT[$s]}" "$BENCH_DB" >"$dir/out-rate.txt" 2>&1 || true
  # Its maximum: on 2 cores PostgreSQL does most with as many busy backends as cores (a feed
  # page: ~490 tps with 2 clients, ~200 with 8; 2 won every read row of every run on 2026-12-03),
  # so reads are measured with as many clients as cores (BENCH_PG_CLIENTS may list more; the best
  # is the anchor). Writes run once, at $CONC clients: their prepared queue is used up.
  # A read's maximum leaves out its first second, as the rate run does and as the API's closed
  # loop leaves out its warm-up: its new backends plan every statement then (over three full
  # runs the home feed's 2 s maximum, first second included, read 900, 1,048 and 1,216 tps).
  local clients=("$CONC") secs="$PG_SECONDS" best="" c t maxlog=()
  [[ -z "${WRITE[$s]:-}" ]] && { clients=($PG_CLIENTS); secs="$PG_MAX_SECONDS"; }
  for c in "${clients[@]}"; do
    [[ -z "${WRITE[$s]:-}" ]] && maxlog=(-l --log-prefix="$dir/max-$c")
    pgbench "${conn[@]}" -n -M "$PG_MODE" -c "$c" -j "$(( c < 2 ? c : 2 ))" -T "$secs" "${maxlog[@]}" \
      "${tsv[@]}" "${TIMES[@]}" "${vars[@]}" -f "${SCRIPT[$s]}" "$BENCH_DB" >"$dir/out-max-$c.txt" 2>&1 || true
    if (( ${#maxlog[@]} > 0 )); then
      t="$(cat "$dir/max-$c".* 2>/dev/null | awk '{t = $5 + $6 / 1e6; a[NR] = t; if (NR == 1 || t < t0) t0 = t; if (t > t1) t1 = t}
        END {n = 0; for (i in a) if (a[i] >= t0 + 1) n++; if (t1 > t0 + 1.5) printf "%.1f", n / (t1 - t0 - 1)}')"
    else
      t="$(grep -Eo 'tps = [0-9.]+' "$dir/out-max-$c.txt" | head -1 | awk '{print $3}' || true)"
    fi
    if [[ -n "$t" ]] && { [[ -z "$best" ]] || awk -v a="$t" -v b="${best% *}" 'BEGIN { exit !(a > b) }'; }; then
      best="$t $c"
    fi
  done
  grep -h -m3 'ERROR\|aborted' "$dir"/out-*.txt >&2 || true
  echo "${best:-? -} $(pct_from_logs "$dir"/rate.*)"
}

# The app's JIT compiles its hot paths during the first seconds under load, on the same two
# cores as everything else: warm it up on the read scenarios' requests before anything is measured.
# 30 s, not 8: after 8 s the typical home feed still cost the app 2.6 ms of CPU per request and
# had p50 13 / p99 72 ms at 200/s; after 30 s, 1.55 ms and p50 4 / p99 28 (C2 had compiled it).
WARM=(); for s in "${ORDER[@]}"; do
  [[ -z "${WRITE[$s]:-}" && "$s" != events && -s "$WORK/$s.urls" ]] && WARM+=("$WORK/$s.urls")
done
# Then on while the JIT still works hard: measured with jstat, its compile time
# grew by 4-5 s of CPU in each 5 s after the first 30 (on two cores that is a quarter of the
# machine) and settled at about 55 s; the first scenarios were measured in that tail (typical
# home feed: 1.20 ms of app CPU and 618 req/s right after 30 s, 0.77 ms and 896 req/s in a run
# where the JIT had settled). At most WARMUP_MAX_SECONDS in all; without jstat, the fixed part only.
jit_cpu_seconds() { jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $4}'; }
if (( ${#WARM[@]} > 0 && WARMUP_SECONDS > 0 )); then
  log "warming the app up: ${WARMUP_SECONDS}s closed loop over the read scenarios' requests, then until the JIT settles"
  cat "${WARM[@]}" | shuf >"$WORK/warmup.urls"
  loadgen closed "$WORK/warmup.urls" 4 "$(( WARMUP_SECONDS > WARMUP_MAX_SECONDS ? WARMUP_SECONDS : WARMUP_MAX_SECONDS ))" >/dev/null &
  warmer=$!; began=$SECONDS; sleep "$WARMUP_SECONDS"
  # One load generator throughout; every 2.5 s, the JIT's compile time over the last 5 s.
  j0="$(jit_cpu_seconds)"; j1="$j0"; grew="-"; steps=0
  while [[ -n "$j0" ]] && kill -0 "$warmer" 2>/dev/null; do
    sleep 2.5; j2="$(jit_cpu_seconds)"; steps=$(( steps + 1 ))
    grew="$(awk -v a="$j0" -v b="$j2" 'BEGIN {printf "%.1f", b - a}')"; j0="$j1"; j1="$j2"
    (( steps >= 2 )) && awk -v g="$grew" 'BEGIN {exit !(g < 1.0)}' && break
  done
  pkill -P "$warmer" 2>/dev/null || true; kill "$warmer" 2>/dev/null || true; wait "$warmer" 2>/dev/null || true
  log "warm-up: $(( SECONDS - began ))s; the JIT's compile time grew by ${grew}s of CPU in its last 5 s"
fi

ROWS=(); declare -A PGTPS=(); FLOOR_RPS=""
get() { grep -Eo "$1=[0-9.]+" <<<"$2" | cut -d= -f2; }
# The server side's CPU per request (LoadGen reads /proc/<pid>/stat around its measured part):
# the app's JVM, and PostgreSQL's processes (primary and replica) when they run on this machine.
db_pids() {
  local dir pm
  for dir in "$(q 'show data_directory' 2>/dev/null)" "${R:+$R/data}"; do
    [[ -n "$dir" && -r "$dir/postmaster.pid" ]] || continue
    pm="$(head -1 "$dir/postmaster.pid")"; echo "$pm $(pgrep -P "$pm" | tr '\n' ' ')"
  done | tr '\n' ' '
}
export BENCH_APP_PIDS="$APP_PID"
for s in "${ORDER[@]}"; do
  la="$(loadavg)"
  BENCH_DB_PIDS="$(db_pids)"; export BENCH_DB_PIDS
  log "$s: open loop at ${RATES[$s]}/s for ${SECONDS_PER_RUN}s, closed loop for ${CLOSED_SECONDS}s (load average $la)"
  if [[ -n "${PREPARE[$s]:-}" ]]; then ${PREPARE[$s]}; fi
  if [[ "$s" == events ]]; then
    open="$(loadgen events "$API/api/me/events" "$EVENTS_TOKEN" "$WORK/events.urls" "${RATES[$s]}" "$SECONDS_PER_RUN")"
    closed=""
  elif [[ -n "${WRITE[$s]:-}" ]]; then
    open="$(loadgen open "$WORK/$s.open.urls" "${RATES[$s]}" "$SECONDS_PER_RUN" once)"
    closed="$(loadgen closed "$WORK/$s.closed.urls" "$CONC" "$CLOSED_SECONDS" once)"
  else
    # Reads: the closed loop first, so that the JIT has compiled this scenario's own paths
    # before its latency is measured at the fixed rate (the shared warm-up mixes every read;
    # right after it, the first scenario still ran in the JIT's compile tail: typical home feed
    # p99 27.8 ms in a full run, 16-20 ms in runs where it came later).
    closed="$(loadgen closed "$WORK/$s.urls" "$CONC" "$CLOSED_SECONDS")"
    open="$(loadgen open "$WORK/$s.urls" "${RATES[$s]}" "$SECONDS_PER_RUN")"
  fi
  if [[ -n "${AFTER[$s]:-}" ]]; then ${AFTER[$s]}; fi
  pg="- - - -"
  if [[ -n "${SCRIPT[$s]:-}" ]]; then
    log "$s: pgbench -M $PG_MODE at ${RATES[$s]}/s for ${PG_SECONDS}s, then its maximum"
    pg="$(run_pgbench "$s")"
  fi
  if [[ -n "${PG_AFTER[$s]:-}" ]]; then ${PG_AFTER[$s]}; fi
  read -r pgtps pgc pgp50 pgp99 <<<"$pg"
  apirps="$(get rps "$closed" || true)"
  [[ "$pgtps" != - && -n "$pgtps" ]] && PGTPS[$s]="$pgtps"
  [[ "$s" == floor ]] && FLOOR_RPS="$apirps"
  ratio="$(python3 -c "print(f'{float(\"$apirps\")/float(\"$pgtps\"):.2f}')" 2>/dev/null || echo '-')"
  ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "${LABEL[$s]}" "${RATES[$s]}" \
    "$(get p50 "$open")" "$(get p99 "$open")" "$(get errors "$open")" "${apirps:--}" \
    "${pgp50:--}" "${pgp99:--}" "$(if [[ "${pgtps:--}" == - ]]; then echo -; else echo "${pgtps%.*} ($pgc)"; fi)" "$ratio" \
    "$(get app_ms "$closed" || echo -)" "$(get db_ms "$closed" || echo -)" "$la")")
  log "$s: ${ROWS[-1]}"
done

{
  echo "Rapport benchmark — $(date -u +%FT%TZ) — $(nproc) cores, PostgreSQL $(q 'show server_version'), plan threshold $THRESHOLD, via $VIA (pgbench -M $PG_MODE)"
  echo "Dataset: $(q "select count(*) from members") members, $(q "select count(*) from follows") follows, $(q "select count(*) from connections") connections, $(q "select count(*) from posts") posts, $(q "select count(*) from post_likes") likes, $(q "select count(*) from messages") messages, $(q "select count(*) from introductions where state = 'REQUESTED'") pending introductions"
  echo
  echo "| scenario | rate/s | p50 ms | p99 ms | errors | API rps | pgbench p50 ms | pgbench p99 ms | pgbench tps | ratio | app CPU ms | db CPU ms | load avg |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "p50/p99: open loop at the fixed rate, from the scheduled send time (API: ${SECONDS_PER_RUN}s, first tenth left out; reads after their closed loop, writes before; pgbench -R: ${PG_SECONDS}s, latency + schedule lag, first second left out)."
  echo "API rps: $CONC concurrent clients, closed loop, ${CLOSED_SECONDS}s; pgbench tps (clients): reads the best of $(echo $PG_CLIENTS | sed 's/ / and /') clients, ${PG_MAX_SECONDS}s each, the first second left out; writes $CONC clients, ${PG_SECONDS}s or until their prepared requests run out; ratio = API rps / pgbench tps (same statements, pgbench -M $PG_MODE)."
  echo "app / db CPU ms: CPU time per request during the closed loop (after its warm-up), of the app's JVM and of PostgreSQL's processes (all of them: backends, WAL writer, checkpointer; primary and replica), from /proc."
  echo "load avg: 1-minute load average when the scenario started (2 cores; other work on the machine shows here)."
  if [[ -n "$FLOOR_RPS" ]]; then
    # An HTTP request costs the machine at least what the floor request costs (loadgen, kernel,
    # HTTP server), and at least what its SQL costs PostgreSQL at pgbench's best; with both on
    # the same cores, API rps <= 1 / (1/pgbench tps + 1/floor rps), so the ratio cannot pass
    # about 1 / (1 + pgbench tps / floor rps), however little the app itself costs. An estimate:
    # pgbench's tps also pays pgbench's own client CPU, the app's JDBC driver pays its own.
    echo "Estimated highest ratio any HTTP API could reach here (1 / (1 + pgbench tps / floor rps), floor $FLOOR_RPS rps): $(
      for k in "${ORDER[@]}"; do [[ -n "${PGTPS[$k]:-}" ]] && printf '%s %s; ' "${LABEL[$k]}" \
        "$(python3 -c "print(f'{1 / (1 + ${PGTPS[$k]} / $FLOOR_RPS):.2f}')")"; done | sed 's/; $//')."
  fi
  if [[ -n "${LAG:-}" && -s "${LAG:-/nonexistent}" ]]; then
    echo "Replica lag over the run ($(wc -l <"$LAG") samples, every 200 ms): $(awk -F'|' '{b = $1 > b ? $1 : b; m = $2 > m ? $2 : m} END {printf "max %d bytes of WAL behind, max replay_lag %.1f ms", b, m}' "$LAG"); transactions the replica served: $(( $(replica_xacts) - REPLICA_XACTS0 ))"
  fi
  echo "App GC pauses over the run: $(grep -c 'Pause' "$RESULTS/gc-$STAMP.log" 2>/dev/null || echo 0), longest $(grep 'Pause' "$RESULTS/gc-$STAMP.log" 2>/dev/null | grep -Eo '[0-9.]+ms$' | sort -n | tail -1 || echo '-')."
  echo
  explain() { # title, sql file, psql vars...
    local title="$1" file="$2"; shift 2
    echo "---- EXPLAIN ANALYZE: $title"
    sed -E 's/:limit\b/21/g' "$SQL/$file.sql" | { echo "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)"; cat; } \
      | psql -X -q -v ts="'$END_TS'" -v id=$END_ID "$@" -f - 2>&1
    echo
  }
  T1="${TYP_IDS[0]}"
  explain "home posts, typical member, PER_AUTHOR (chosen)" HOME_PER_AUTHOR -v me="$T1"
  explain "home posts, 30k member, NEWEST_FIRST (chosen)" HOME_NEWEST_FIRST -v me="$HEAVY_ID"
  explain "liked by connections, typical member, PER_AUTHOR (chosen)" LIKED_PER_AUTHOR -v me="$T1"
  explain "liked by connections, 30k member, NEWEST_FIRST (chosen)" LIKED_NEWEST_FIRST -v me="$HEAVY_ID"
  explain "tag feed ANY of 3, NEWEST_FIRST (chosen)" TAG_ANY_NEWEST_FIRST -v me="$HEAVY_ID" -v tags="$CLIENTS,$PROSPECTS,$PARTNERS"
  explain "tag feed ALL of 2, NEWEST_FIRST (chosen)" TAG_ALL_NEWEST_FIRST -v me="$HEAVY_ID" -v tags="$CLIENTS,$PROSPECTS" -v ntags=2
} >"$OUT"
grep '^|\|^Rapport\|^Dataset' "$OUT"
echo "Full results with EXPLAIN ANALYZE: $OUT"
