# test/lib.sh: what the test scripts share, sourced after they cd to the
# top of the tree.  Checks are counted, and each script ends with
# "NAME: N passed, M failed", the line test/run_tests.sh tallies.
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -30; }
check() { # description, command producing "t" on success
    local got
    got=$(eval "$2" 2>&1)
    if [ "$got" = "t" ]; then ok "$1"; else fail "$1" "$got"; fi
}

# The knowledge base's answers in database $1, without generated ids, in a
# stable order: what e2e.sh and kb_equiv.sh compare.  Needs q().
snapshot() {
    q "$1" <<'SQL'
SELECT 'doc', ref, url, published, md5(body) FROM gb_document ORDER BY ref;
SELECT 'reg', key, kind, number, code, issued, issuer, plenum, term, subject,
       first_cited, last_cited, reports
FROM gb_regulations ORDER BY key;
SELECT 'cite', key, ref, mentions, raw, span FROM gb_citing_reports ORDER BY key, ref, span;
SELECT 'meet', ref, title, held_on, organizer, period, chairs, bridge_points
FROM gb_meetings ORDER BY ref;
SELECT 'person', name_key, name, titles, first_seen, last_seen, reports FROM gb_people ORDER BY name_key;
SELECT 'pos', name_key, title_key, first_seen, last_seen, reports FROM gb_positions ORDER BY 2, 3;
SELECT 'app', name_key, ref, roles, titles, mentions FROM gb_appearances ORDER BY name_key, ref;
SELECT 'search', x, (SELECT string_agg(ref, ',' ORDER BY ref) FROM gb_search(x))
FROM unnest(ARRAY['truong thi mai', 'quy dinh 205', 'ban to chuc trung uong', 'Lê Minh Hưng']) x;
SQL
}
