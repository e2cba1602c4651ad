#!/usr/bin/env bash
# Parallel query: a whole-table extraction over generated reports (50 MB by
# default) in a throwaway cluster, with max_parallel_workers_per_gather = 2
# and = 0.  Checks that the planner chooses a parallel plan (Gather, workers
# planned and launched, gb_extract evaluated in the workers), that the answers
# are the same, and measures the speed-up (median of runs); with
# GB_PARALLEL_STRICT=1, on a quiet machine, it asserts the 1.6x target.
#
# Needs the extension installed (test/setup.sh).  About a minute.
# Environment: GB_PARALLEL_MB (corpus size, default 50), GB_PARALLEL_RUNS
# (timed runs of each setting, default 5), GB_PARALLEL_MIN_SPEEDUP (1.6).
# Last line: "parallel: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_PARALLEL_INNER:-}" ]; then
    GB_PARALLEL_INNER=1 exec pg_virtualenv "$0" "$@"
fi

MB=${GB_PARALLEL_MB:-50}
RUNS=${GB_PARALLEL_RUNS:-5}
MIN_SPEEDUP=${GB_PARALLEL_MIN_SPEEDUP:-1.6}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. test/lib.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

echo "== $MB MB of generated reports"
python3 test/gen_reports.py --megabytes "$MB" --seed 5 > "$work/reports.tsv"
q -c "CREATE EXTENSION giaoban" \
  -c "CREATE TABLE reports (id int8 GENERATED ALWAYS AS IDENTITY, ref text, published date, body text)" \
  -c "\\copy reports (ref, published, body) FROM '$work/reports.tsv'" \
  -c "VACUUM ANALYZE reports"
q -F ' ' -c "SELECT count(*) AS reports, pg_size_pretty(sum(octet_length(body))) AS text,
                    pg_size_pretty(pg_relation_size('reports')) AS heap,
                    pg_size_pretty(pg_total_relation_size('reports')) AS with_toast
             FROM reports" | sed 's/^/reports, text, heap, with TOAST: /'

check "the extraction functions declare their per-call cost" \
    "q -c \"SELECT bool_and(CASE WHEN proname IN ('gb_fold', 'gb_normalize') THEN procost >= 100 ELSE procost >= 1000 END) AND count(*) = 5 FROM pg_proc WHERE proname IN ('gb_extract', 'gb_citations', 'gb_officials', 'gb_fold', 'gb_normalize')\""

QUERY="SELECT count(*), sum(cardinality((gb_extract(body)).citations)) FROM reports"

# The bodies are in TOAST: the heap the planner sizes the scan by is small
# (under min_parallel_table_scan_size for this corpus), so the number of
# workers is given for the table, as users are advised to (docs/scaleout.md).
echo "== the plan with the table's own size"
q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN $QUERY"
q -c "ALTER TABLE reports SET (parallel_workers = 2)"

echo "== the plan with parallel_workers = 2 on the table"
q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (ANALYZE, VERBOSE) $QUERY" > "$work/plan"
cat "$work/plan"
check "a Gather with 2 workers planned" "grep -q 'Workers Planned: 2' '$work/plan' && grep -q -- '->  Gather' '$work/plan' && echo t"
check "2 workers launched" "grep -q 'Workers Launched: 2' '$work/plan' && echo t"
check "gb_extract is evaluated in the workers (partial aggregate)" \
    "grep -A1 -- '->  Partial Aggregate' '$work/plan' | grep -q 'PARTIAL sum(cardinality((gb_extract(body' && echo t"

# the set-returning functions in the select list: in FROM (LATERAL) the
# planner counts a function scan's cost once, not once per report
cat > "$work/others.sql" <<'SQL'
SELECT key, count(*) FROM (SELECT (gb_citations(body, published)).key FROM reports) s GROUP BY key
SELECT name_key, count(*) FROM (SELECT (gb_officials(body)).name_key FROM reports) s GROUP BY name_key
SELECT count(*) FROM reports WHERE gb_fold(body) LIKE '%hoi nghi%'
SELECT count(*) FROM reports WHERE gb_normalize(body) <> body
SQL
check "gb_citations, gb_officials, gb_fold and gb_normalize get parallel plans too" \
    "while read -r sql; do
         q -c 'SET max_parallel_workers_per_gather = 2' -c \"EXPLAIN (COSTS OFF) \$sql\" > '$work/p'
         grep -q 'Workers Planned: 2' '$work/p' || { echo \"\$sql\"; cat '$work/p'; }
     done < '$work/others.sql' | grep . || echo t"

echo "== timing: $RUNS runs each of 0 and 2 workers, alternating (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
run() { # workers, output file
    q -c "SET max_parallel_workers_per_gather = $1" -c '\timing on' -c "$QUERY" > "$2"
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$2"
}
: > "$work/t0"
: > "$work/t2"
for i in $(seq "$RUNS"); do
    t=$(run 0 "$work/out0.$i"); echo "$t" >> "$work/t0"; echo "run $i, 0 workers: $t ms"
    t=$(run 2 "$work/out2.$i"); echo "$t" >> "$work/t2"; echo "run $i, 2 workers: $t ms"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m0=$(median "$work/t0")
m2=$(median "$work/t2")
speedup=$(awk -v a="$m0" -v b="$m2" 'BEGIN { printf "%.2f", a / b }')
mbps0=$(awk -v t="$m0" -v mb="$MB" 'BEGIN { printf "%.1f", mb / (t / 1000) }')
mbps2=$(awk -v t="$m2" -v mb="$MB" 'BEGIN { printf "%.1f", mb / (t / 1000) }')
echo "median: 0 workers $m0 ms ($mbps0 MB/s), 2 workers $m2 ms ($mbps2 MB/s): ${speedup}x"

check "the same answer with and without workers" \
    "cat '$work'/out0.* '$work'/out2.* | grep -v '^Time:' | sort -u | wc -l | sed 's/^1\$/t/'"
# How much of 2 cores is free: two processes spin for a second each and
# report the CPU time they got.  On a machine busy with other work the
# workers cannot get their cores, and the speed-up says nothing of giaoban.
free_cores=$(python3 -c '
import multiprocessing as mp, time
def spin(q):
    t0, c0 = time.time(), time.process_time()
    while time.time() - t0 < 1.0:
        pass
    q.put(time.process_time() - c0)
q = mp.Queue()
ps = [mp.Process(target=spin, args=(q,)) for _ in range(2)]
[p.start() for p in ps]
print("%.2f" % sum(q.get() for _ in ps))
[p.join() for p in ps]')
echo "free cores: $free_cores of 2 (two spinning processes' CPU seconds in one second)"
cores=$(nproc)
# The speed-up is a benchmark figure, not a unit test: it is asserted only
# when asked for (GB_PARALLEL_STRICT=1, on a quiet machine), and printed
# otherwise, so that a busy CI machine cannot fail the suite on timing.
if [ -n "${GB_PARALLEL_STRICT:-}" ] && [ "$cores" -ge 2 ]; then
    check "2 workers at least ${MIN_SPEEDUP}x faster than none (median ${speedup}x)" \
        "awk -v s='$speedup' -v m='$MIN_SPEEDUP' 'BEGIN { print (s >= m) ? \"t\" : \"f: \" s \"x\" }'"
else
    echo "measured: 2 workers ${speedup}x faster than none (target ${MIN_SPEEDUP}x; $free_cores of $cores cores free; GB_PARALLEL_STRICT=1 asserts it)"
fi

echo "parallel: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
