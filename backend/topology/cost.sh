#!/usr/bin/env bash
# What one instance costs: CPU time of the backend process (and of PostgreSQL and PgBouncer)
# per home-feed read and per write, read from /proc before and after a fixed number of requests,
# against a seeded dataset (the benchmark's generator at one fifth of its size: 20k members).
# Starts the topology with rate limits off when it is not up; leaves it up (down.sh stops it).
# Knobs: COST_READS (2000), COST_WRITES (600), COST_CONC (4).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(dirname "$here")"
export TOPO_DIR="${TOPO_DIR:-/tmp/rapport-topo}"
pg_port="${TOPO_PG_PORT:-15442}"
lb="http://127.0.0.1:${TOPO_HAPROXY_PORT:-8220}"
q() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d rapport -X -Atqc "$1"; }

if ! curl -fs "$lb/q/health/ready" >/dev/null 2>&1; then
  TOPO_JAVA_OPTS="-Drapport.rate-limits.enabled=false -Dquarkus.http.access-log.enabled=false" "$here/up.sh"
fi
if [[ "$(q "select count(*) from members where handle like 'bench\_%'")" -lt 20000 ]]; then
  echo "[cost] seeding 20k members, ~1M edges, 200k posts, 200k likes (bench/dataset.sql at 1/5)..." >&2
  curl -fs -o /dev/null -X POST "$lb/api/accounts" -H 'Content-Type: application/json' \
    -d '{"email":"seed@bench.test","password":"bench-password-1","handle":"seed_bench","displayName":"Seed"}' || true
  hash="$(q "select password_hash from members where handle = 'seed_bench'")"
  t0=$(date +%s)
  # Triggers off while loading (the per-row counters would update a few popular members' rows
  # hundreds of thousands of times in one transaction); the graph counters are computed once after.
  { echo "SET session_replication_role = replica;"
    sed -e 's/100000/20000/g; s/99999/19999/g; s/2000000/200000/g; s/300000/60000/g; s/LIMIT 30000/LIMIT 3000/' \
      "$backend/bench/dataset.sql"
    echo "SET session_replication_role = origin;"
    echo "INSERT INTO member_graph_counts (member_id) SELECT id FROM members ON CONFLICT DO NOTHING;"
    echo "UPDATE member_graph_counts g SET
            connections = (SELECT count(*) FROM connections c WHERE c.member_a_id = g.member_id OR c.member_b_id = g.member_id),
            followers = (SELECT count(*) FROM follows f WHERE f.followee_id = g.member_id),
            following = (SELECT count(*) FROM follows f WHERE f.follower_id = g.member_id);"
    echo "VACUUM ANALYZE;"
  } | psql -h 127.0.0.1 -p "$pg_port" -U postgres -d rapport -X -q -v ON_ERROR_STOP=1 -v hash="$hash" -f -
  echo "[cost] seeded in $(( $(date +%s) - t0 )) s" >&2
fi
node "$here/cost.mjs"
