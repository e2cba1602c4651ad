#!/usr/bin/env bash
# The incremental knowledge base equals the one 0.3.0 builds, which resolves
# every group a batch touches again: the same reports loaded into a 0.3.0
# install and into two current ones (one in reverse order), in batches, then
# edited, deleted and added to one by one; every view compared.  Needs the
# extension installed (test/setup.sh).  Last line: "kb_equiv: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_EQUIV_INNER:-}" ]; then
    GB_EQUIV_INNER=1 exec pg_virtualenv "$0" "$@"
fi

N=${1:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. test/lib.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }


python3 test/gen_reports.py --count "$N" --seed 11 > "$work/gen.tsv"
for db in old new rev; do
    createdb $db
    if [ $db = old ]; then
        q $db -c "CREATE EXTENSION giaoban VERSION '0.3.0'"
    else
        q $db -c "CREATE EXTENSION giaoban"
    fi
    q $db -c "CREATE TABLE staging (n serial, ref text, published date, body text)" \
          -c "\\copy staging (ref, published, body) FROM '$work/gen.tsv'"
    for f in test/data/seeds/*.txt; do
        printf '%s\n' "INSERT INTO staging (ref, body) VALUES (:'ref', :'body');" |
            q $db -v ref="$(basename "$f" .txt)" -v body="$(cat "$f")"
    done
    order=n
    [ $db = rev ] && order="n DESC"
    q $db -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging WHERE n % 3 <> 0 ORDER BY $order', 150)" \
          -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging WHERE n % 3 = 0 ORDER BY $order', 400)" \
          >/dev/null 2>&1
    q $db -c "UPDATE gb_document d SET body = s2.body, published = s2.published
              FROM staging s1 JOIN staging s2 ON s2.n = s1.n + 7 WHERE d.ref = s1.ref AND s1.n % 50 = 1" \
          -c "DELETE FROM gb_document d USING staging s WHERE d.ref = s.ref AND s.n % 40 = 2" \
          -c "INSERT INTO gb_document (ref, published, body)
              SELECT ref || 'x', published, body FROM staging WHERE n % 97 = 5"
    snapshot $db > "$work/$db"
done

check "the snapshot is not empty" "[ \$(wc -l < '$work/new') -gt 1000 ] && echo t"
check "batches give what 0.3.0 gives" \
    "diff -q '$work/old' '$work/new' >/dev/null && echo t || diff '$work/old' '$work/new' | head"
check "the order of loading changes nothing" \
    "diff -q '$work/new' '$work/rev' >/dev/null && echo t || diff '$work/new' '$work/rev' | head"
check "the extensions are 0.3.0 and the current version" \
    "[ \"\$(q old -c \"SELECT extversion FROM pg_extension WHERE extname = 'giaoban'\")\" = 0.3.0 ] && [ \"\$(q new -c \"SELECT extversion FROM pg_extension WHERE extname = 'giaoban'\")\" != 0.3.0 ] && echo t"

# The votes each regulation keeps (see gb_count_votes()): the winners'
# counted again over all citations are the same, and so are their votes;
# the others' stored most is at least what they have.
VOTES="BEGIN;
CREATE TEMP TABLE kept AS SELECT id, code, issued, issuer, subject, votes FROM gb_regulation;
SELECT gb_refresh_attributes(ARRAY(SELECT id FROM gb_regulation));
SELECT count(*) FROM kept b JOIN gb_regulation g USING (id)
WHERE b.code IS DISTINCT FROM g.code OR b.issued IS DISTINCT FROM g.issued
   OR b.issuer IS DISTINCT FROM g.issuer OR b.subject IS DISTINCT FROM g.subject
   OR cardinality(b.votes) <> 16
   OR EXISTS (SELECT 1 FROM generate_series(0, 12, 4) k
              WHERE b.votes[k + 1] <> g.votes[k + 1] OR b.votes[k + 2] <> g.votes[k + 2]
                 OR b.votes[k + 3] < g.votes[k + 3] OR b.votes[k + 4] < g.votes[k + 4]);
ROLLBACK;"
# (never counted: only where no citation has given a value yet)
UNCOUNTED="SELECT count(*) FROM gb_regulation WHERE votes IS NULL
           AND (code IS NOT NULL OR issued IS NOT NULL OR issuer IS NOT NULL OR subject IS NOT NULL)"
check "the votes kept are the winners' counts and bound the others'" \
    "[ \"\$(q new -c \"\$VOTES\" | tail -1)\" = 0 ] && [ \"\$(q rev -c \"\$VOTES\" | tail -1)\" = 0 ] && [ \"\$(q new -c \"\$UNCOUNTED\")\" = 0 ] && echo t"

# 0.3.0 updated, then more reports loaded into it and into a current
# install: regulations it counted without votes are counted when cited
python3 test/gen_reports.py --count 600 --seed 12 --prefix more > "$work/more.tsv"
q old -c "ALTER EXTENSION giaoban UPDATE" >/dev/null 2>&1
for db in old new; do
    q $db -c "CREATE TABLE more (ref text, published date, body text)" \
          -c "\\copy more FROM '$work/more.tsv'" \
          -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM more', 200)" >/dev/null 2>&1
    snapshot $db > "$work/$db.more"
done
check "an updated 0.3.0 goes on as a current install" \
    "[ \$(wc -l < '$work/new.more') -gt \$(wc -l < '$work/new') ] && diff -q '$work/old.more' '$work/new.more' >/dev/null && echo t || diff '$work/old.more' '$work/new.more' | head"
check "and keeps its votes right, where it has counted them" \
    "[ \"\$(q old -c \"\$VOTES\" | tail -1)\" = 0 ] && [ \"\$(q old -c 'SELECT count(*) FROM gb_regulation WHERE votes IS NOT NULL')\" -gt 100 ] && echo t"

echo "kb_equiv: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
