#!/usr/bin/env bash
# End-to-end test of the knowledge base in a throwaway cluster: load the
# sample reports and generated ones, check the views' answers, dump and
# restore the database, and upgrade the extension from its first version.
# Needs the extension installed (test/setup.sh).  Last line:
# "e2e: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_E2E_INNER:-}" ]; then
    GB_E2E_INNER=1 exec pg_virtualenv "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. test/lib.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }


# the objects of the extension and their definitions
catalog() {
    q "$1" <<'SQL'
SELECT pg_describe_object(d.classid, d.objid, d.objsubid)
FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid
WHERE e.extname = 'giaoban' AND d.deptype = 'e' ORDER BY 1;
SELECT pg_get_functiondef(p.oid) FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid JOIN pg_extension e ON d.refobjid = e.oid
WHERE e.extname = 'giaoban' AND p.prokind IN ('f', 'p') ORDER BY p.proname;
SELECT c.relname, pg_get_viewdef(c.oid) FROM pg_class c
JOIN pg_depend d ON d.objid = c.oid JOIN pg_extension e ON d.refobjid = e.oid
WHERE e.extname = 'giaoban' AND c.relkind = 'v' ORDER BY 1;
SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
WHERE indrelid::regclass::text LIKE 'gb\_%' ORDER BY 1;
SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1;
SELECT c.relname, a.attname, a.attstorage, a.attcompression FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname LIKE 'gb\_%' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2;
SELECT relname, reloptions FROM pg_class WHERE relname LIKE 'gb\_%' AND reloptions IS NOT NULL ORDER BY 1;
SQL
}

echo "== load the sample reports and 300 generated ones"
createdb kb1
q kb1 -c "CREATE EXTENSION giaoban"
# the sample reports with the days they were published
for f in 000_5327f5567aecf496:2024-10-02 001_74db067d2dbffab4:2019-09-30 \
         002_6c05edbfbb656e89:2021-09-30 003_492413fa215982bc:2021-06-28 \
         004_08361227f022f5cb:2019-10-29; do
    printf '%s\n' "INSERT INTO gb_document (ref, published, body) VALUES (:'ref', :'day', :'body');" |
        q kb1 -v ref="${f%%:*}" -v day="${f##*:}" -v body="$(cat "test/data/seeds/${f%%:*}.txt")"
done
python3 test/gen_reports.py --count 300 --seed 7 > "$work/gen.tsv"
q kb1 -c "CREATE TABLE staging (ref text, published date, body text)" \
      -c "\\copy staging FROM '$work/gen.tsv'" \
      -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging', 100)" 2>&1 | tail -1

check "every document has its derived rows" \
    "q kb1 -c \"SELECT count(*) = 305 AND count(*) = (SELECT count(*) FROM gb_doc_report) FROM gb_document\""
check "no derived row without its document" \
    "q kb1 -c \"SELECT NOT EXISTS (SELECT 1 FROM gb_doc_citation c LEFT JOIN gb_document d ON d.id = c.doc_id WHERE d.id IS NULL)\""
check "every citation resolved to a regulation, none orphaned" \
    "q kb1 -c \"SELECT NOT EXISTS (SELECT 1 FROM gb_doc_citation WHERE reg_id IS NULL) AND NOT EXISTS (SELECT 1 FROM gb_regulation g WHERE NOT EXISTS (SELECT 1 FROM gb_doc_citation c WHERE c.reg_id = g.id))\""
check "Quy định 205 of 2021 is the 205-QĐ/TW of 23/9/2019" \
    "q kb1 -c \"SELECT count(DISTINCT key) = 1 AND min(key) = 'quy-dinh:205-qd/tw@xii' FROM gb_citing_reports WHERE ref IN ('001_74db067d2dbffab4', '002_6c05edbfbb656e89') AND key LIKE 'quy-dinh:205%'\""
check "Chỉ thị 35 of 2019 and of 2024 are two regulations" \
    "q kb1 -c \"SELECT count(DISTINCT regulation_id) = 2 FROM gb_citing_reports WHERE key LIKE 'chi-thi:35%' AND ref IN ('000_5327f5567aecf496', '004_08361227f022f5cb')\""
check "a user's table of documents joins on code" \
    "q kb1 -c \"CREATE TEMP TABLE mine (code text); INSERT INTO mine VALUES ('26-HD/BTCTW'); SELECT count(*) = 1 FROM mine JOIN gb_regulations g USING (code) JOIN gb_citing_reports c ON c.regulation_id = g.id WHERE c.ref = '004_08361227f022f5cb'\""

echo "== pg_dump and restore"
snapshot kb1 > "$work/before"
pg_dump -Fc -f "$work/kb1.dump" kb1
createdb kb2
pg_restore --no-owner -d kb2 "$work/kb1.dump"
snapshot kb2 > "$work/after"
check "a restored database answers the same" "diff -q '$work/before' '$work/after' >/dev/null && echo t || diff '$work/before' '$work/after' | head"
check "the snapshot is not empty" "[ \$(wc -l < '$work/before') -gt 300 ] && echo t"

echo "== upgrade from the first version"
createdb kb3
q kb3 -c "CREATE EXTENSION giaoban VERSION '0.1.0'" -c "ALTER EXTENSION giaoban UPDATE"
createdb kb4
q kb4 -c "CREATE EXTENSION giaoban"
catalog kb3 > "$work/upgraded"
catalog kb4 > "$work/fresh"
check "an upgraded install equals a fresh one" "diff -q '$work/upgraded' '$work/fresh' >/dev/null && echo t || diff '$work/upgraded' '$work/fresh' | head"
check "the upgraded install works" \
    "q kb3 -c \"INSERT INTO gb_document (body) VALUES ('Quy định 205- QĐ/TW ngày 23-9-2019.'); SELECT count(*) = 1 FROM gb_regulations\""

# old_kb DB VERSION: a database with the extension at VERSION and the
# sample reports loaded into its knowledge base
old_kb() {
    createdb "$1"
    q "$1" -c "CREATE EXTENSION giaoban VERSION '$2'"
    for f in test/data/seeds/*.txt; do
        printf '%s\n' "INSERT INTO gb_document (ref, body) VALUES (:'ref', :'body');" |
            q "$1" -v ref="$(basename "$f" .txt)" -v body="$(cat "$f")"
    done
}

echo "== an update keeps the knowledge base"
old_kb kb5 0.2.0
snapshot kb5 > "$work/v020"
q kb5 -c "ALTER EXTENSION giaoban UPDATE"
snapshot kb5 > "$work/v030"
check "ALTER EXTENSION giaoban UPDATE keeps every row" "diff -q '$work/v020' '$work/v030' >/dev/null && [ \$(wc -l < '$work/v020') -gt 40 ] && echo t"
check "the updated extension is 0.6.0 and annotates" \
    "q kb5 -c \"SELECT extversion = '0.6.0' AND (SELECT count(*) FROM gb_document d, gb_mentions(d.body)) > 40 FROM pg_extension WHERE extname = 'giaoban'\""
check "the updated extension searches the documents it had" \
    "q kb5 -c \"SELECT count(*) = 2 AND bool_and(body_words = gb_search_words(body)) FROM gb_search('truong thi mai')\""
# 0.5.0 cascades with statement triggers instead of foreign keys
check "the updated extension deletes a document's derived rows, and only those" \
    "q kb5 -c \"DELETE FROM gb_document WHERE ref = (SELECT min(ref) FROM gb_document)\" \
          -c \"SELECT (SELECT count(*) FROM gb_doc_report r WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = r.doc_id))
                   + (SELECT count(*) FROM gb_doc_citation c WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = c.doc_id))
                   + (SELECT count(*) FROM gb_doc_official o WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = o.doc_id))
                   + (SELECT count(*) FROM gb_doc_title t WHERE NOT EXISTS (SELECT 1 FROM gb_doc_official o WHERE (o.doc_id, o.ord) = (t.doc_id, t.ord)))
                   + (SELECT count(*) FROM gb_doc_citation c WHERE NOT EXISTS (SELECT 1 FROM gb_regulation g WHERE g.id = c.reg_id)) = 0
                   AND (SELECT count(*) FROM gb_doc_report) = (SELECT count(*) FROM gb_document)
                   AND (SELECT count(*) FROM gb_doc_citation) > 0\""

echo "== a 0.5.0 knowledge base upgrades to 0.6.0"
old_kb kb6 0.5.0
snapshot kb6 > "$work/v050"
toasted() { # the chunks in gb_document's TOAST table
    printf '%s\n' "SELECT reltoastrelid::regclass AS t FROM pg_class WHERE relname = 'gb_document' \gset" \
        "SELECT count(*) FROM :t;" | q kb6
}
chunks=$(toasted)
q kb6 -c "ALTER EXTENSION giaoban UPDATE"
snapshot kb6 > "$work/v060"
check "0.5.0 to 0.6.0 keeps every row" "diff -q '$work/v050' '$work/v060' >/dev/null && [ \$(wc -l < '$work/v050') -gt 40 ] && echo t"
check "0.5.0's documents stay where they were (no row is rewritten)" "[ \$(toasted) -eq $chunks ] && [ $chunks -gt 0 ] && echo t"
# a seed-sized report (the shorter one that names Trương Thị Mai): its body
# and words now stay in the row
src=$(q kb6 -c "SELECT ref FROM gb_search('truong thi mai') ORDER BY length(body) LIMIT 1")
printf '%s\n' "INSERT INTO gb_document (ref, body) SELECT 'copy', body FROM gb_document WHERE ref = :'src';" |
    q kb6 -v src="$src"
check "0.6.0 stores a new report's body and words in its row" "[ \$(toasted) -eq $chunks ] && echo t"
check "the upgraded knowledge base derives and searches the new report" \
    "q kb6 -c \"SELECT (SELECT count(*) FROM gb_search('truong thi mai') WHERE ref = 'copy') = 1
                   AND (SELECT count(*) FROM gb_citing_reports WHERE ref = 'copy')
                       = (SELECT count(*) FROM gb_citing_reports WHERE ref = '$src')
                   AND (SELECT count(*) FROM gb_appearances WHERE ref = 'copy')
                       = (SELECT count(*) FROM gb_appearances WHERE ref = '$src')
                   AND (SELECT body_words = gb_search_words(body) FROM gb_document WHERE ref = 'copy')\""

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
