#!/usr/bin/env bash
# Crash safety, proven (make test-crash): runs the built jar against its own database
# (rapport_crash, on its own local cluster and ports), drives concurrent writes with
# idempotency keys, SIGKILLs the backend mid-load several times and the PostgreSQL postmaster
# once, restarting each, then checks that every acknowledged write is there exactly once, that
# nothing is half-done (counters agree with their rows, connections have both follows) and
# that the backend answered 503 problem+json while the database was down and recovered by
# itself. See crash/crash-test.mjs; prints its counts and exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(dirname "$here")"

# Its own cluster: the postmaster it kills is never one that `make run` or another test uses.
export RAPPORT_PG_PORT="${CRASH_PG_PORT:-15497}"
export RAPPORT_PG_DIR="${CRASH_PG_DIR:-/tmp/rapport-pg-crash}"
port="${CRASH_PORT:-8219}"
jar="$backend/target/quarkus-app/quarkus-run.jar"
out="$backend/target/crash"
mkdir -p "$out"

if [[ ! -f "$jar" ]]; then
  echo "[crash] building the jar (./mvnw package -DskipTests)" >&2
  (cd "$backend" && ./mvnw -B -q package -DskipTests)
fi

FRESH_DB=1 "$here/with-db.sh" rapport_crash env \
  CRASH_PORT="$port" CRASH_JAR="$jar" CRASH_OUT="$out" CRASH_WITH_DB="$here/with-db.sh" \
  node "$here/crash/crash-test.mjs"
