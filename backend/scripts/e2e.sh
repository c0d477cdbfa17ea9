#!/usr/bin/env bash
# Browser tests: starts the built app on its own port against its own, freshly made database
# (rapport_e2e, with demo data), runs the SPA's Playwright flows in headless Chromium, stops
# the app. Used by `make test-e2e`; expects `make build` to have run.
set -euo pipefail
port="${1:-8181}"
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(dirname "$here")"
frontend="$(dirname "$backend")/frontend"
out="$frontend/e2e/output"
mkdir -p "$out"

# Every flow signs up and logs in from 127.0.0.1: the per-address limits would stop the run
# after five sign-ups (RateLimitResourceTest covers the limits themselves).
FRESH_DB=1 "$here/with-db.sh" rapport_e2e env PORT="$port" RAPPORT_DEMO_ENABLED=true \
  java -Drapport.rate-limits.policies.sign-up=1000/1m -Drapport.rate-limits.policies.log-in=1000/1m \
  -Drapport.rate-limits.log-in-per-email=1000/1m \
  -jar "$backend/target/quarkus-app/quarkus-run.jar" >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT

# E2E_START_SECONDS: how long the app may take to start (a busy shared machine needs more than 60).
start_seconds="${E2E_START_SECONDS:-240}"
for _ in $(seq 1 $((start_seconds * 2))); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 $app 2>/dev/null; then echo "the app did not start; see $out/app.log" >&2; tail -30 "$out/app.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "the app is not ready after $start_seconds s" >&2; exit 1; }

cd "$frontend"
E2E_BASE_URL="http://127.0.0.1:$port" npm run --silent e2e
