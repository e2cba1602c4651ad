#!/usr/bin/env bash
# The knowledge base at scale, in a throwaway cluster:
#
#   bash test/kb_scale.sh [REPORTS]      (default 100000)
#   CITED_DATES=random bash test/kb_scale.sh [REPORTS]
#
# Loads REPORTS generated reports in batches (reporting reports per second,
# on one backend), then times typical questions against the views: top
# regulations, a person's timeline, who held a post, meetings of a province
# in a quarter, the reports citing one regulation, an accent-insensitive
# search.  Needs the extension installed (test/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_SCALE_INNER:-}" ]; then
    GB_SCALE_INNER=1 exec pg_virtualenv -o shared_buffers=2GB -o max_wal_size=8GB \
        -o checkpoint_timeout=30min "$0" "$@"
fi

N=${1:-100000}
BATCH=${BATCH:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# reports cite as real ones do (one issue date per regulation); with
# CITED_DATES=random every citation takes any number and year, which keeps
# changing the regulations' attributes: a stress test of resolution
CITED_DATES=${CITED_DATES:-stable}
python3 test/gen_reports.py --count "$N" --seed 5 --cited-dates "$CITED_DATES" > "$work/reports.tsv"
q -c "CREATE EXTENSION giaoban" \
  -c "CREATE TABLE staging (ref text, published date, body text)" \
  -c "\\copy staging FROM '$work/reports.tsv'"
echo "loading $N reports ($CITED_DATES cited dates) in batches of $BATCH"
start=$(date +%s.%N)
# the loading backend reads its own CPU time (user and system, in clock
# ticks) from /proc after the load, in the same session
q -c "CALL gb_ingest('SELECT ref, NULL AS url, published, body FROM staging', $BATCH)" \
  -c "SELECT 'cpu ' || split_part(s, ' ', 14) || ' ' || split_part(s, ' ', 15)
      FROM pg_read_file('/proc/self/stat') s" > "$work/load.out" 2>&1
end=$(date +%s.%N)
grep -v '^cpu ' "$work/load.out" | awk 'NR % 5 == 0 || /of '"$N"' documents/' | tail -3
awk "BEGIN {printf \"ingest: %d reports in %.0f s, %.0f reports per second\n\", $N, $end - $start, $N / ($end - $start)}"
# A large share of system time is the kernel zeroing and copying pages it
# has not used before; on a virtual machine whose memory the host backs
# only when first touched, that share is several times larger on a fresh
# machine than after its memory has been used (docs/performance.md, stop 33)
grep '^cpu ' "$work/load.out" | awk -v hz="$(getconf CLK_TCK)" '{u = $2 / hz; s = $3 / hz;
    printf "loading backend CPU: user %.1f s, system %.1f s (system %.0f%%)\n", u, s, 100 * s / (u + s)}'
q -c "VACUUM ANALYZE"
q -c "SELECT 'documents', count(*) FROM gb_document UNION ALL SELECT 'citations', count(*) FROM gb_doc_citation
      UNION ALL SELECT 'regulations', count(*) FROM gb_regulation UNION ALL SELECT 'officials', count(*) FROM gb_doc_official"

ask() { # title, query
    local t
    t=$( { q -c '\timing on' -c "$2" >/dev/null; } 2>&1; q -c '\timing on' -c "$2" | grep -oE 'Time: [0-9.]+' | awk '{print $2}')
    printf '%-55s %8s ms\n' "$1" "$t"
}
echo
ask "top 10 regulations by reports" \
    "SELECT key, reports FROM gb_regulations ORDER BY reports DESC LIMIT 10"
# the regulation most reports cite (numbers are drawn anew for each load)
top=$(q -c "SELECT key FROM gb_regulations ORDER BY reports DESC, key LIMIT 1")
ask "one regulation and the reports citing it" \
    "SELECT ref, report_date FROM gb_citing_reports WHERE key = '$top'"
ask "a person's timeline (positions)" \
    "SELECT title, first_seen, last_seen FROM gb_positions WHERE name_key = 'truong thi mai'"
ask "who held Trưởng Ban Tổ chức Trung ương when" \
    "SELECT name, first_seen, last_seen FROM gb_positions WHERE title_key = 'truong ban to chuc trung uong' ORDER BY first_seen"
ask "a person's appearances" \
    "SELECT ref, held_on, roles FROM gb_appearances WHERE name_key = 'pham minh chinh' ORDER BY held_on"
ask "meetings at a province's bridge point in a quarter" \
    "SELECT ref, held_on FROM gb_meetings WHERE held_on >= '2021-07-01' AND held_on < '2021-10-01' AND 'tỉnh Cà Mau' = ANY (bridge_points)"
ask "accent-insensitive search" \
    "SELECT count(*) FROM gb_search('truong thi mai')"
ask "one person (gb_people)" \
    "SELECT * FROM gb_people WHERE name_key = 'le minh hung'"
