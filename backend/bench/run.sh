#!/usr/bin/env bash
# Feed benchmark: API (open-loop load at fixed arrival rates) versus the same SQL on pgbench.
# Builds the dataset into its own database (rapport_bench) once, starts the built app on its
# own port, measures, and writes a table plus EXPLAIN ANALYZE of both plans to bench/results/.
# Knobs: BENCH_PORT (8190), BENCH_SECONDS (15), BENCH_CONC (8), BENCH_RATE (200), BENCH_THRESHOLD (500),
# BENCH_DB (rapport_bench; e.g. a copy made with CREATE DATABASE x TEMPLATE rapport_bench).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKEND="$(dirname "$BENCH")"
BENCH_DB="${BENCH_DB:-rapport_bench}"
if [[ "${PGDATABASE:-}" != "$BENCH_DB" ]]; then
  exec "$BACKEND/scripts/with-db.sh" "$BENCH_DB" bash "${BASH_SOURCE[0]}" "$@"
fi
# pgbench runs with the session settings the app sets on its connections (see application.properties).
export PGOPTIONS="-c jit=off"

PORT="${BENCH_PORT:-8190}"; SECONDS_PER_RUN="${BENCH_SECONDS:-15}"; CONC="${BENCH_CONC:-8}"
RATE="${BENCH_RATE:-200}"; THRESHOLD="${BENCH_THRESHOLD:-500}"
RESULTS="$BENCH/results"; mkdir -p "$RESULTS"
STAMP="$(date +%Y%m%d-%H%M%S)"; OUT="$RESULTS/bench-$STAMP.txt"; WORK="$RESULTS/work"; mkdir -p "$WORK"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
[[ -f "$JAR" ]] || { echo "build first: make build (or ./mvnw package -DskipTests)"; exit 1; }
export RAPPORT_JWT_PUBLIC_KEY_LOCATION="${RAPPORT_JWT_PUBLIC_KEY_LOCATION:-$BACKEND/.dev-keys/public.pem}"
export RAPPORT_JWT_PRIVATE_KEY_LOCATION="${RAPPORT_JWT_PRIVATE_KEY_LOCATION:-$BACKEND/.dev-keys/private.pem}"
API="http://127.0.0.1:$PORT"
log() { echo "[bench] $*" >&2; }
q() { psql -X -Atq -c "$1"; }

log "starting the app on :$PORT against $BENCH_DB (plan threshold $THRESHOLD)"
# A dataset built by an older schema lacks migrations numbered below its newest: apply them anyway.
# Rate limits off: the load generator reads far beyond a member's 600 a minute on purpose (the
# limiter's own cost is measured apart, see README "Security and limits").
PORT="$PORT" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false QUARKUS_FLYWAY_OUT_OF_ORDER=true RAPPORT_FEED_PLAN_THRESHOLD="$THRESHOLD" \
  RAPPORT_RATE_LIMITS_ENABLED=false \
  java -Xmx1g -jar "$JAR" >"$RESULTS/app-$STAMP.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$API/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$API/q/health/ready" >/dev/null || { tail -30 "$RESULTS/app-$STAMP.log"; exit 1; }

PASSWORD="bench-password-1"
if [[ "$(q "select count(*) from members where handle like 'bench\_%'")" -lt 100000 ]]; then
  log "building the dataset (100k members, ~5M edges, 2M posts, 2M likes)..."
  curl -s -o /dev/null -X POST "$API/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"seed@bench.test\",\"password\":\"$PASSWORD\",\"handle\":\"seed_bench\",\"displayName\":\"Seed\"}"
  HASH="$(q "select password_hash from members where handle = 'seed_bench'")"
  t0=$(date +%s)
  psql -X -q -v ON_ERROR_STOP=1 -v hash="$HASH" -f "$BENCH/dataset.sql"
  log "dataset built in $(( $(date +%s) - t0 ))s"
else
  log "reusing the dataset in $BENCH_DB"
fi

token() { curl -sf -X POST "$API/api/tokens" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken; }
HEAVY_ID="$(q "select id from members where handle = 'bench_1'")"
HEAVY_TOKEN="$(token bench1@bench.test)"
CLIENTS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Clients'")"
PROSPECTS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Prospects'")"
PARTNERS="$(q "select id from tags where owner_id = $HEAVY_ID and name = 'Partners'")"
log "logging in 40 typical members"
: >"$WORK/home_typical.urls"; : >"$WORK/page1.urls"; : >"$WORK/page50.urls"; : >"$WORK/profile.urls"
declare -a TYP_IDS=()
while IFS='|' read -r id email; do
  tok="$(token "$email")"; TYP_IDS+=("$id")
  printf '%s\t%s\n' "$API/api/feeds/home" "$tok" >>"$WORK/home_typical.urls"
  printf '%s\t%s\n' "$API/api/feeds/home?limit=20" "$tok" >>"$WORK/page1.urls"
  printf '%s\t%s\n' "$API/api/profiles/bench_$(( (id % 1000) + 2 ))/posts" "$tok" >>"$WORK/profile.urls"
done < <(q "select m.id, m.email from bench_typical b join members m on m.id = b.member_id order by b.i limit 40")
printf '%s\t%s\n' "$API/api/feeds/home" "$HEAVY_TOKEN" >"$WORK/home_heavy.urls"
printf '%s\t%s\n' "$API/api/feeds/tagged?tagId=$CLIENTS&tagId=$PROSPECTS&tagId=$PARTNERS&mode=ANY" "$HEAVY_TOKEN" >"$WORK/tag_any.urls"
printf '%s\t%s\n' "$API/api/feeds/tagged?tagId=$CLIENTS&tagId=$PROSPECTS&mode=ALL" "$HEAVY_TOKEN" >"$WORK/tag_all.urls"

log "walking 49 pages for each typical member to find page-50 cursors"
declare -A P50_TS=() P50_ID=()
while IFS=$'\t' read -r url tok; do
  cursor=""
  for _ in $(seq 1 49); do
    cursor="$(curl -sf -H "Authorization: Bearer $tok" "$url${cursor:+&cursor=$cursor}" | jq -r '.nextCursor // empty')"
    [[ -z "$cursor" ]] && break
  done
  [[ -n "$cursor" ]] && printf '%s\t%s\n' "$url&cursor=$cursor" "$tok" >>"$WORK/page50.urls"
done <"$WORK/page1.urls"
# The same keyset position for pgbench (decoded from the first page-50 cursor).
C50="$(head -1 "$WORK/page50.urls" | sed -E 's/.*cursor=([^\t]*)\t.*/\1/')"
DECODED="$(python3 -c "import base64,sys;s=sys.argv[1];print(base64.urlsafe_b64decode(s+'='*(-len(s)%4)).decode().replace(chr(31),' '))" "$C50")"
P50_TS_VAL="${DECODED% *}"; P50_ID_VAL="${DECODED##* }"
P50_MEMBER="${TYP_IDS[0]}"

log "dumping the application's feed SQL for pgbench and EXPLAIN"
SQL="$WORK/sql"
java -cp "$BACKEND/target/quarkus-app/app/*:$BACKEND/target/quarkus-app/lib/main/*" "$BENCH/SqlDump.java" "$SQL" >/dev/null

# One pgbench script per scenario: the statements the API runs for one request
# (plan choice counts, feed streams, then rendering the page: posts with authors and my likes
# in one statement, and the liking connections' summaries).
pgscript() { # name, who (typical|heavy|page50), posts-sql-file, liked-sql-file-or-empty
  local f="$WORK/$1.pgbench"
  {
    case "$2" in
      typical) echo '\set i random(1, 40)'; echo 'SELECT member_id AS me FROM bench_typical WHERE i = :i \gset' ;;
      page50) echo "\\set me $P50_MEMBER" ;;
      heavy) echo "\\set me $HEAVY_ID" ;;
    esac
    if [[ "$1" == profile ]]; then
      echo "SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :me AND blocked_id = :me % 1000 + 3) OR (blocker_id = :me % 1000 + 3 AND blocked_id = :me));"
    fi
    if [[ "$1" == tag_* ]]; then
      echo "SELECT count(*) AS size FROM (SELECT 1 FROM tagged_members WHERE tag_id IN (:tags) LIMIT :cap) x \\gset"
    elif [[ "$1" == profile ]]; then
      echo "SELECT id AS author FROM members WHERE lower(handle) = lower('bench_' || (:me % 1000 + 2)) \\gset"
    else
      echo "SELECT * FROM ($(cat "$SQL/HOME_SIZES.sql")) s(fsize, csize) \\gset"
    fi
    echo "SELECT coalesce(string_agg(id::text, ','), '0') AS pids FROM ($(cat "$SQL/$3.sql")) q \\gset"
    if [[ -n "$4" ]]; then
      echo "SELECT coalesce(string_agg(post_id::text, ','), '0') AS lids, coalesce(string_agg(member_id::text, ','), '0') AS aids FROM ($(cat "$SQL/$4.sql")) q \\gset"
      echo "SELECT id, handle, display_name, headline, current_title, current_company, location FROM members WHERE id IN (:aids);"
    else
      echo "SELECT '0' AS lids \\gset"
    fi
    echo "$(sed -E 's/\(:ids\)/(:pids, :lids)/g' "$SQL/VIEW_ROWS.sql" | tr '\n' ' ');"
  } | sed -E 's/:limit\b/21/g' >"$f"
  echo "$f"
}
# Plans as the service picks them: typical members are under the threshold, bench_1 is over.
declare -A SCRIPT=(
  [home_typical]="$(pgscript home_typical typical HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [home_heavy]="$(pgscript home_heavy heavy HOME_NEWEST_FIRST LIKED_NEWEST_FIRST)"
  [tag_any]="$(pgscript tag_any heavy TAG_ANY_NEWEST_FIRST "")"
  [tag_all]="$(pgscript tag_all heavy TAG_ALL_NEWEST_FIRST "")"
  [page1]="$(pgscript page1 page50 HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [page50]="$(pgscript page50 page50 HOME_PER_AUTHOR LIKED_PER_AUTHOR)"
  [profile]="$(pgscript profile typical AUTHOR_PAGE "")"
)
END_TS="'9999-12-31 00:00:00+00'"; END_ID=9223372036854775807
PG_END_TS="\"$END_TS\""   # PGVARS go through eval: keep the SQL quotes
declare -A PGVARS=(
  [home_typical]="-D ts=$PG_END_TS -D id=$END_ID -D cap=$((THRESHOLD + 1))"
  [home_heavy]="-D ts=$PG_END_TS -D id=$END_ID -D cap=$((THRESHOLD + 1))"
  [tag_any]="-D ts=$PG_END_TS -D id=$END_ID -D cap=$((THRESHOLD + 1)) -D tags=$CLIENTS,$PROSPECTS,$PARTNERS"
  [tag_all]="-D ts=$PG_END_TS -D id=$END_ID -D cap=$((THRESHOLD + 1)) -D tags=$CLIENTS,$PROSPECTS -D ntags=2"
  [page1]="-D ts=$PG_END_TS -D id=$END_ID -D cap=$((THRESHOLD + 1))"
  [page50]="-D ts=\"'$P50_TS_VAL'\" -D id=$P50_ID_VAL -D cap=$((THRESHOLD + 1))"
  [profile]="-D ts=$PG_END_TS -D id=$END_ID"
)
declare -A RATES=([home_typical]=$RATE [home_heavy]=50 [tag_any]=50 [tag_all]=50 [page1]=100 [page50]=100 [profile]=100)
declare -A LABEL=([home_typical]="home feed, typical member" [home_heavy]="home feed, 30k-connection member"
  [tag_any]="tag feed ANY of 3 tags (30k member)" [tag_all]="tag feed ALL of 2 tags (30k member)"
  [page1]="home feed page 1" [page50]="home feed page 50" [profile]="profile activity read")
ORDER=(home_typical home_heavy tag_any tag_all page1 page50 profile)

ROWS=()
for s in "${ORDER[@]}"; do
  log "$s: open loop at ${RATES[$s]}/s for ${SECONDS_PER_RUN}s"
  open="$(java "$BENCH/LoadGen.java" open "$WORK/$s.urls" "${RATES[$s]}" "$SECONDS_PER_RUN")"
  log "$s: closed loop, $CONC clients, 10s"
  closed="$(java "$BENCH/LoadGen.java" closed "$WORK/$s.urls" "$CONC" 10)"
  log "$s: pgbench, $CONC clients, 10s"
  # shellcheck disable=SC2086
  pg="$(eval pgbench -n -M simple -c "$CONC" -j 2 -T 10 ${PGVARS[$s]} -f "${SCRIPT[$s]}" "$BENCH_DB" 2>&1 || true)"
  pgtps="$(grep -Eo 'tps = [0-9.]+' <<<"$pg" | head -1 | awk '{print $3}' || true)"
  pglat="$(grep -Eo 'latency average = [0-9.]+' <<<"$pg" | awk '{print $4}' || true)"
  get() { grep -Eo "$1=[0-9.]+" <<<"$2" | cut -d= -f2; }
  ROWS+=("$(printf '%-38s %6s %8s %8s %6s | %9s %9s | %9s %8s | %6s' "${LABEL[$s]}" "${RATES[$s]}" \
    "$(get p50 "$open")" "$(get p99 "$open")" "$(get errors "$open")" "$(get rps "$closed")" "$(get p50 "$closed")" \
    "${pgtps:-?}" "${pglat:-?}" "$(python3 -c "print(f'{float(\"$(get rps "$closed")\")/float(\"${pgtps:-0}\" or 1):.2f}')" 2>/dev/null || echo '?')")")
done

{
  echo "Rapport feed benchmark — $(date -u +%FT%TZ) — $(nproc) cores, PostgreSQL $(q 'show server_version'), plan threshold $THRESHOLD"
  echo "Dataset: $(q "select count(*) from members") members, $(q "select count(*) from follows") follows, $(q "select count(*) from connections") connections, $(q "select count(*) from posts") posts, $(q "select count(*) from post_likes") likes, $(q "select count(*) from tagged_members") tagged contacts"
  echo
  printf '%-38s %6s %8s %8s %6s | %9s %9s | %9s %8s | %6s\n' "scenario" "rate/s" "p50 ms" "p99 ms" "errors" "API rps" "API p50" "pgbench" "pg ms" "ratio"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "open loop: latency from the scheduled send time at the fixed rate; API rps and pgbench tps: $CONC concurrent clients for 10 s; ratio = API rps / pgbench tps (same statements)."
  echo
  explain() { # title, sql file, psql vars...
    local title="$1" file="$2"; shift 2
    echo "---- EXPLAIN ANALYZE: $title"
    sed -E 's/:limit\b/21/g' "$SQL/$file.sql" | { echo "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)"; cat; } \
      | psql -X -q -v ts="$END_TS" -v id=$END_ID "$@" -f - 2>&1
    echo
  }
  T1="${TYP_IDS[0]}"
  explain "home posts, typical member, PER_AUTHOR (chosen)" HOME_PER_AUTHOR -v me="$T1"
  explain "home posts, typical member, NEWEST_FIRST (not chosen)" HOME_NEWEST_FIRST -v me="$T1"
  explain "home posts, 30k member, NEWEST_FIRST (chosen)" HOME_NEWEST_FIRST -v me="$HEAVY_ID"
  explain "home posts, 30k member, PER_AUTHOR (not chosen)" HOME_PER_AUTHOR -v me="$HEAVY_ID"
  explain "liked by connections, typical member, PER_AUTHOR (chosen)" LIKED_PER_AUTHOR -v me="$T1"
  explain "liked by connections, 30k member, NEWEST_FIRST (chosen)" LIKED_NEWEST_FIRST -v me="$HEAVY_ID"
  explain "tag feed ANY of 3, NEWEST_FIRST (chosen)" TAG_ANY_NEWEST_FIRST -v me="$HEAVY_ID" -v tags="$CLIENTS,$PROSPECTS,$PARTNERS"
  explain "tag feed ANY of 3, PER_AUTHOR (not chosen)" TAG_ANY_PER_AUTHOR -v me="$HEAVY_ID" -v tags="$CLIENTS,$PROSPECTS,$PARTNERS"
  explain "home posts, page 50 position, PER_AUTHOR (chosen)" HOME_PER_AUTHOR -v me="$P50_MEMBER" -v ts="'$P50_TS_VAL'" -v id="$P50_ID_VAL"
  explain "tag feed ALL of 2, NEWEST_FIRST (chosen)" TAG_ALL_NEWEST_FIRST -v me="$HEAVY_ID" -v tags="$CLIENTS,$PROSPECTS" -v ntags=2
} >"$OUT"
grep -v '^ \|^----\|QUERY PLAN\|^-\+$\|^$\|^(' "$OUT" | head -20
echo "Full results with EXPLAIN ANALYZE: $OUT"
