#!/bin/sh
# Runs once, when the primary's volume is initialised: lets the replica stream the WAL.
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >>"$PGDATA/pg_hba.conf"
