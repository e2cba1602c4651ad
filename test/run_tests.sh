#!/usr/bin/env bash
# The whole test suite: set-up, the core's unit tests, and the pg_regress
# suite against a throwaway cluster.  Exits non-zero on any failure; the last
# line counts the checks that passed and failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# add the counts a runner printed: "core: N passed, M failed",
# "All N tests passed.", "M of N tests failed."
tally() { # status
    local p f
    p=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 | cut -d' ' -f1)
    f=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 | cut -d' ' -f3)
    if [ -z "$p" ]; then
        p=$(grep -oE 'All [0-9]+ tests passed' "$log" | grep -oE '[0-9]+')
        f=0
        if grep -qE '[0-9]+ of [0-9]+ tests failed' "$log"; then
            f=$(grep -oE '[0-9]+ of [0-9]+ tests failed' "$log" | cut -d' ' -f1)
            p=$(( $(grep -oE '[0-9]+ of [0-9]+ tests failed' "$log" | cut -d' ' -f3) - f ))
        fi
    fi
    p=${p:-0}
    f=${f:-0}
    [ "$1" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    passed=$((passed + p))
    failed=$((failed + f))
}

echo "== core unit tests"
make -s check-core 2>&1 | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== safe SQL: every name in the install scripts qualified"
python3 test/lint_sql.py 2>&1 | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== core unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
make -s check-core-asan 2>&1 | tee "$log"
tally "${PIPESTATUS[0]}"

# A brief fuzz run (ASan, UBSan); the long one is "make fuzz-run
# FUZZ_SECONDS=1800".  Any crash or invariant failure fails the suite and
# leaves its input in test/fuzz/artifacts.
echo "== fuzzing the core for ${GB_FUZZ_SECONDS:-60} s"
make -s fuzz-run FUZZ_SECONDS="${GB_FUZZ_SECONDS:-60}" >"$log.fuzz" 2>&1
status=$?
grep -E '^(stat::|INFO: Seed|Done)|ERROR|SUMMARY|invariant' "$log.fuzz" | head -40
if [ $status -eq 0 ]; then echo "fuzz: 1 passed, 0 failed"; else echo "fuzz: 0 passed, 1 failed"; fi | tee "$log"
rm -f "$log.fuzz"
tally "$status"

echo "== pg_regress (UTF8, no locale) in a throwaway cluster"
pg_virtualenv make -s installcheck 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ $status -ne 0 ] && [ -f regression.diffs ] && head -c 20000 regression.diffs
tally "$status"

echo "== end to end: knowledge base, dump and restore, upgrade"
bash test/e2e.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== the incremental knowledge base equals 0.3.0's"
bash test/kb_equiv.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== concurrency: pgbench on the knowledge base, kill -9 during an ingest"
# GB_BENCH_SECONDS (default 60) is how long the 8 clients run
bash test/concurrency.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*|\s)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== parallel query: a whole-table extraction with 2 workers"
bash test/parallel.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== multi-node: a coordinator and two shards with postgres_fdw"
bash test/multinode.sh 2>&1 | tee "$log"
tally "${PIPESTATUS[0]}"

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
