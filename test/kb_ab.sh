#!/usr/bin/env bash
# Two knowledge bases loaded batch for batch, for a change too small for
# the wall clock of a shared machine:
#
#   bash test/kb_ab.sh CHANGE.sql [ROUNDS]      (default 10)
#   VERSION=0.5.0 bash test/kb_ab.sh CHANGE.sql
#   CITED_DATES=stable bash test/kb_ab.sh CHANGE.sql
#
# The reports take gen_reports.py's random cited dates (every citation any
# number and year: resolution's stress test) unless CITED_DATES=stable, the
# corpus kb_scale.sh loads (issue 6's measure).
#
# Creates databases a and b with the extension (VERSION, else the default),
# runs CHANGE.sql in b (an ALTER TABLE, an index option; /dev/null for an
# A/A control), then loads the same ROUNDS batches of 5,000 generated
# reports into a and b in turn (a first in even batches, b in odd ones)
# with gb_ingest, and prints the loading
# backend's CPU time (user and system, in ticks of 10 ms) for each batch and
# the totals.  Paired batches see the same load from the rest of the
# machine; an A/A control, when b always went second, gave b +0.8% and
# +1.4% (2026-12-06), hence the alternation.  Needs the
# extension installed (test/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_AB_INNER:-}" ]; then
    GB_AB_INNER=1 exec pg_virtualenv -t -o shared_buffers=2GB -o max_wal_size=8GB \
        -o checkpoint_timeout=30min "$0" "$@"
fi

change=$(realpath "$1")
rounds=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

python3 test/gen_reports.py --count $((rounds * 5000)) --seed 5 \
    --cited-dates "${CITED_DATES:-random}" > "$work/reports.tsv"
for db in a b; do
    createdb $db
    q -d $db -c "CREATE EXTENSION giaoban${VERSION:+ VERSION '$VERSION'}" \
        -c "CREATE TABLE staging (n serial PRIMARY KEY, ref text, published date, body text)" \
        -c "\\copy staging (ref, published, body) FROM '$work/reports.tsv'"
done
q -d b -f "$change"

# the backend's own user and system time, from /proc (superuser)
cpu="SELECT split_part(s, ' ', 14)::int + split_part(s, ' ', 15)::int FROM pg_catalog.pg_read_file('/proc/self/stat') s"
total_a=0
total_b=0
for i in $(seq 0 $((rounds - 1))); do
    line="batch $i:"
    # a first in even batches, b first in odd ones: going second costs
    # nothing either way
    if [ $((i % 2)) -eq 0 ]; then order="a b"; else order="b a"; fi
    for db in $order; do
        set -- $(q -d $db -c "SET client_min_messages = warning" -c "$cpu" \
            -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging WHERE n > $((i * 5000)) AND n <= $((i * 5000 + 5000)) ORDER BY n', 5000)" \
            -c "$cpu")
        line="$line $db $(($2 - $1))"
        if [ $db = a ]; then total_a=$((total_a + $2 - $1)); else total_b=$((total_b + $2 - $1)); fi
    done
    echo "$line"
done
awk "BEGIN {printf \"total: a %d, b %d ticks: b %+.1f%%\n\", $total_a, $total_b, 100 * ($total_b - $total_a) / $total_a}"
