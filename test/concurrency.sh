#!/usr/bin/env bash
# Concurrent load and crash consistency of the knowledge base, in a throwaway
# cluster.  8 pgbench clients insert, update and delete documents for
# GB_BENCH_SECONDS (default 60) seconds; no transaction may fail and none may
# deadlock, and afterwards every document has exactly its derived rows
# (test/concurrency/audit.sql).  Then a batch ingest is killed with kill -9
# in the middle of a batch: after crash recovery the committed batches are
# there, whole, the interrupted one is not, and the audit passes again.
# Needs the extension installed (test/setup.sh).  Last line:
# "concurrency: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_CONCURRENCY_INNER:-}" ]; then
    GB_CONCURRENCY_INNER=1 exec pg_virtualenv "$0" "$@"
fi

seconds=${GB_BENCH_SECONDS:-60}
clients=${GB_BENCH_CLIENTS:-8}
dir=test/concurrency
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
. test/lib.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d kbc "$@"; }
audit() { # when
    local out
    if ! out=$(q -f "$dir/audit.sql" 2>&1); then
        fail "audit $1: the audit ran" "$out"
        return
    fi
    while IFS='|' read -r status name detail; do
        if [ "$status" = ok ]; then ok "$1: $name"; else fail "$1: $name" "$detail"; fi
    done <<< "$out"
}

echo "== load 300 generated reports; a pool of 400 bodies for the clients"
createdb kbc
q -c "CREATE EXTENSION giaoban"
python3 test/gen_reports.py --count 300 --seed 21 --prefix base > "$work/base.tsv"
python3 test/gen_reports.py --count 400 --seed 22 --prefix pool > "$work/pool.tsv"
q -c "CREATE TABLE staging (ref text, published date, body text)" \
  -c "\\copy staging FROM '$work/base.tsv'" \
  -c "CREATE TABLE pool (n int PRIMARY KEY, ref text, published date, body text)" \
  -c "CREATE TEMP TABLE p (ref text, published date, body text)" \
  -c "\\copy p FROM '$work/pool.tsv'" \
  -c "INSERT INTO pool SELECT row_number() OVER (ORDER BY ref), * FROM p" \
  -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging ORDER BY ref', 100)" \
  -c "ANALYZE" 2>&1 | grep -v NOTICE
check "300 documents loaded" "q -c 'SELECT count(*) = 300 FROM gb_document'"
audit "after loading"

echo "== pgbench: $clients clients for $seconds s inserting, updating, deleting"
pgbench -n -c "$clients" -j "$clients" -T "$seconds" --failures-detailed \
    -f "$dir/insert.sql@4" -f "$dir/insert_many.sql@1" -f "$dir/update.sql@4" \
    -f "$dir/update_many.sql@1" -f "$dir/delete.sql@4" -f "$dir/read.sql@1" kbc \
    > "$work/bench.out" 2> "$work/bench.err"
status=$?
grep -E '^(number of|latency average|tps|duration|number of clients)' "$work/bench.out"
grep -vE '^pgbench \(' "$work/bench.err" | head -20
xacts=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$work/bench.out")
fails=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$work/bench.out")
deadlocks=$(sed -nE 's/^number of deadlock failures: ([0-9]+).*/\1/p' "$work/bench.out")
if [ $status -eq 0 ] && ! grep -qiE 'error|abort' "$work/bench.err" && ! grep -qiE 'abort' "$work/bench.out"; then
    ok "pgbench ran to the end without a client aborting"
else
    fail "pgbench ran to the end without a client aborting (status $status)" "$(head -20 "$work/bench.err")"
fi
check "pgbench processed transactions" "[ '${xacts:-0}' -gt 0 ] && echo t"
check "no failed transaction" "[ '${fails:-x}' = 0 ] && echo t || echo '${fails:-no count} failed'"
check "no deadlock" "[ '${deadlocks:-x}' = 0 ] && echo t || echo '${deadlocks:-no count} deadlocks'"
check "the clients inserted, updated and deleted" \
    "q -c \"SELECT count(*) FILTER (WHERE url = 'bench') > 0 AND count(*) FILTER (WHERE ref LIKE 'base%') < 300 FROM gb_document\""
audit "after pgbench"

echo "== re-extracting everything gives the same knowledge base"
state() {
    q <<'SQL'
SELECT 'cit', c.doc_id, c.ord, g.key FROM gb_doc_citation c JOIN gb_regulation g ON g.id = c.reg_id ORDER BY 2, 3;
SELECT 'reg', key, kind, number, code, issued, issuer, plenum, term, subject FROM gb_regulation ORDER BY key;
SQL
}
state > "$work/state1"
q -c "CALL gb_reextract(500)" 2>&1 | grep -v NOTICE
state > "$work/state2"
check "the same regulations, attributes and resolutions" \
    "diff -q '$work/state1' '$work/state2' >/dev/null && echo t || diff '$work/state1' '$work/state2' | head"

echo "== kill -9 a backend in the middle of a batch ingest"
python3 test/gen_reports.py --count 2000 --seed 23 --prefix crash > "$work/crash.tsv"
q -c "CREATE TABLE big (n serial, ref text, published date, body text)" \
  -c "\\copy big (ref, published, body) FROM '$work/crash.tsv'"
before=$(q -c "SELECT count(*) FROM gb_document")
batch=40
PGAPPNAME=gb_crash psql -X -q -d kbc \
    -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM big ORDER BY n', $batch)" \
    > "$work/ingest.out" 2>&1 &
ingest=$!
# wait until three batches are committed, then kill the backend during the next
loaded=0
for _ in $(seq 600); do
    loaded=$(q -c "SELECT count(*) FROM gb_document WHERE ref LIKE 'crash%'" 2>/dev/null || echo 0)
    [ "${loaded:-0}" -ge $((3 * batch)) ] && break
    sleep 0.1
done
pid=$(q -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'gb_crash' AND state = 'active'")
sleep 0.$((RANDOM % 9 + 1))
if [ -n "$pid" ] && kill -9 "$pid"; then
    ok "killed the ingest's backend $pid after $loaded documents"
else
    fail "found the ingest's backend to kill" "pid '$pid', $loaded loaded"
fi
wait $ingest
# the postmaster restarts every backend and replays the WAL
up=0
for _ in $(seq 120); do
    if q -c "SELECT 1" >/dev/null 2>&1; then up=1; break; fi
    sleep 0.5
done
check "the server is back after crash recovery" "[ $up = 1 ] && echo t"
check "the ingest did not finish" "! grep -q 'loaded 2000 of 2000' '$work/ingest.out' && echo t"
check "the ingest's session was lost" \
    "grep -qiE 'terminated abnormally|server closed the connection|connection to server' '$work/ingest.out' && echo t || cat '$work/ingest.out'"
check "the committed batches are whole, the interrupted one is absent" \
    "q -c \"WITH l AS (SELECT b.n, d.id IS NOT NULL AS loaded FROM big b LEFT JOIN gb_document d ON d.ref = b.ref)
            SELECT count(*) FILTER (WHERE loaded) > 0
               AND count(*) FILTER (WHERE loaded) % $batch = 0
               AND count(*) FILTER (WHERE loaded) < 2000
               AND coalesce(max(n) FILTER (WHERE loaded), 0) = count(*) FILTER (WHERE loaded)
            FROM l\""
check "the documents loaded before are all there" \
    "q -c \"SELECT count(*) = $before FROM gb_document WHERE ref IS NULL OR ref NOT LIKE 'crash%'\""
audit "after crash recovery"
check "the knowledge base takes documents again" \
    "q -c \"CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM big ORDER BY n', 500)\" 2>&1 | grep -v NOTICE; q -c 'SELECT count(*) = $before + 2000 FROM gb_document'"
audit "after finishing the ingest"

echo "concurrency: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
