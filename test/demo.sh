#!/usr/bin/env bash
# Install giaoban, start a throwaway cluster, load the sample reports and
# print what was extracted.  The cluster is dropped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh

SEEDS=${SEEDS:-test/data/seeds}

pg_virtualenv bash -c '
set -euo pipefail
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION giaoban" \
     -c "CREATE TABLE report (name text PRIMARY KEY, body text NOT NULL)"
for f in "$0"/*.txt; do
    printf "%s\n" "INSERT INTO report VALUES (:'"'"'name'"'"', :'"'"'body'"'"');" |
        psql -X -q -v ON_ERROR_STOP=1 -v name="$(basename "$f" .txt)" -v body="$(cat "$f")"
done
psql -X -v ON_ERROR_STOP=1 -f test/demo.sql
' "$SEEDS"
