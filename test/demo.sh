#!/usr/bin/env bash
# Install giaoban, start a throwaway cluster, load the sample reports into
# the knowledge base and print what was extracted.  The cluster is dropped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh

SEEDS=${SEEDS:-test/data/seeds}

pg_virtualenv bash -c '
set -euo pipefail
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION giaoban"
for f in "$0"/*.txt; do
    printf "%s\n" "INSERT INTO gb_document (ref, body) VALUES (:'"'"'ref'"'"', :'"'"'body'"'"');" |
        psql -X -q -v ON_ERROR_STOP=1 -v ref="$(basename "$f" .txt)" -v body="$(cat "$f")"
done
psql -X -v ON_ERROR_STOP=1 -f test/demo.sql
' "$SEEDS"
