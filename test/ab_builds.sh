#!/usr/bin/env bash
# Compare builds of giaoban.so in a backend: the CPU time gb_extract takes
# over the benchmark's rows, each build in turn, ROUNDS rounds, medians.
#
#   bash test/ab_builds.sh ROUNDS A.so B.so ...
#
# For a developer choosing between two versions of the code or two sets of
# compiler flags: build each (make), copy giaoban.so aside, then run this.
# It times what test/bench.sh times (length(body), then gb_extract(body,
# published), parallel query off) but reads the backend's own CPU time
# (/proc/PID/schedstat) around each query instead of the wall clock, so
# that other work on the machine moves the figures less; the builds
# alternate round by round, so that a slow moment falls on all of them.
#
# Each build is moved in turn into PostgreSQL's library directory (a new
# file, renamed over the old one: a backend that has the old one loaded
# keeps it) and a new session loads it; the installed library is put back
# at the end.  Run it alone: not while tests install the extension.
set -euo pipefail
if [ -z "${GB_AB_INNER:-}" ]; then
    # the builds' paths as given, before the cd below
    args=("$1")
    for so in "${@:2}"; do
        args+=("$(realpath -- "$so")")
    done
    set -- "${args[@]}"
fi
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
    echo "usage: $0 ROUNDS A.so [B.so ...]" >&2
    exit 2
fi
if [ -z "${GB_AB_INNER:-}" ]; then
    GB_AB_INNER=1 exec pg_virtualenv -t -o shared_buffers=1GB "$0" "$@"
fi

rounds=$1
shift
for so in "$@"; do
    [ -f "$so" ] || { echo "$so: no such file" >&2; exit 2; }
done
lib=$(pg_config --pkglibdir)
work=$(mktemp -d)
cp "$lib/giaoban.so" "$work/installed.so"
put() { cp "$1" "$lib/giaoban.so.ab" && mv -f "$lib/giaoban.so.ab" "$lib/giaoban.so"; }
trap 'put "$work/installed.so"; rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

python3 test/gen_reports.py --megabytes "${MB:-50}" --seed 11 > "$work/corpus.tsv"
q -c "CREATE EXTENSION giaoban" \
  -c "CREATE TABLE report (ref text, published date, body text)" \
  -c "\\copy report FROM '$work/corpus.tsv'" \
  -c "VACUUM ANALYZE report"

# one session: warm both queries, then the backend's CPU time (ns) before
# and after each
cat > "$work/ab.sql" <<SQL
SET max_parallel_workers_per_gather = 0;
SELECT pg_backend_pid() AS pid \\gset
\\setenv GB_AB_PID :pid
SELECT sum(length(body)) IS NOT NULL AS w FROM report \\gset
SELECT sum(cardinality((gb_extract(body, published)).citations)) IS NOT NULL AS w FROM report \\gset
\\! cut -d' ' -f1 /proc/\$GB_AB_PID/schedstat > $work/t
SELECT sum(length(body)) IS NOT NULL AS w FROM report \\gset
\\! cut -d' ' -f1 /proc/\$GB_AB_PID/schedstat >> $work/t
SELECT sum(cardinality((gb_extract(body, published)).citations)) IS NOT NULL AS w FROM report \\gset
\\! cut -d' ' -f1 /proc/\$GB_AB_PID/schedstat >> $work/t
SQL

for r in $(seq "$rounds"); do
    for so in "$@"; do
        put "$so"
        q -f "$work/ab.sql" >/dev/null
        awk -v so="$so" 'NR == 1 {a = $1} NR == 2 {b = $1} NR == 3 {c = $1}
            END {printf "%s %.1f %.1f\n", so, (b - a) / 1e6, (c - b) / 1e6}' "$work/t"
    done
done | tee "$work/runs"

echo "medians of $rounds rounds (backend CPU ms):"
python3 - "$work/runs" <<'PY'
import collections, statistics, sys
runs = collections.OrderedDict()
for line in open(sys.argv[1]):
    so, length, gb = line.split()
    runs.setdefault(so, ([], []))
    runs[so][0].append(float(length))
    runs[so][1].append(float(gb))
for so, (length, gb) in runs.items():
    ml, mg = statistics.median(length), statistics.median(gb)
    print(f"{so}: length(body) {ml:.1f}  gb_extract {mg:.1f} (best {min(gb):.1f})  {mg / ml:.2f}x")
PY
