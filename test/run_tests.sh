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

echo "== pg_regress (UTF8, no locale) in a throwaway cluster"
pg_virtualenv make -s installcheck 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ $status -ne 0 ] && [ -f regression.diffs ] && head -c 20000 regression.diffs
tally "$status"

echo "== end to end: knowledge base, dump and restore, upgrade"
bash test/e2e.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== parallel query: a whole-table extraction with 2 workers"
bash test/parallel.sh 2>&1 | grep -vE '^(20[0-9]{2}-|\*\*\*)' | tee "$log"
tally "${PIPESTATUS[0]}"

echo "== multi-node: a coordinator and two shards with postgres_fdw"
bash test/multinode.sh 2>&1 | tee "$log"
tally "${PIPESTATUS[0]}"

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
