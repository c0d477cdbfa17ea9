#!/bin/sh
# The streaming replica: on first start, a base backup of the primary with -R (standby.signal and
# primary_conninfo written for us); then PostgreSQL in hot standby, serving reads.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h primary -U "$POSTGRES_USER" -d rapport; do sleep 1; done
  PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h primary -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on -c jit=off
