#!/usr/bin/env bash
# Benchmark: giaoban's extraction against the floor (reading the text) and
# against what PostgreSQL and a user would otherwise run, on the same rows,
# in a throwaway cluster, with parallel query off.
#
#   bash test/bench.sh [MEGABYTES]     (default 50)
#
# Prints MB/s for reading the text alone, length(body), to_tsvector('simple',
# body), a regular-expression citation extraction in SQL and gb_extract(body)
# (the median of RUNS rounds, default 3, each query once a round), their
# ratios, then, for single documents of 1, 10 and 100 MB, the first call and the
# best of five in a backend that has loaded the library already, time per
# MB and the backend's memory before the calls and at its peak (VmHWM, reset
# just before them), and how far these stay from the issue's targets.
# Needs the extension installed (test/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GB_BENCH_INNER:-}" ]; then
    GB_BENCH_INNER=1 exec pg_virtualenv -o shared_buffers=1GB -o work_mem=256MB "$0" "$@"
fi

MB=${1:-50}
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# The ratios depend on the processor, not only on its speed: on two hosts
# both named "AMD EPYC" the core ran 2.6x apart per MB while length(body)
# ran 1.2x apart (docs/performance.md, stop 28).  Name it exactly.
cpu_field() { grep -m1 "^$1[[:space:]]*:" /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(cpu_field 'model name') (family $(cpu_field 'cpu family'), model $(cpu_field model), stepping $(cpu_field stepping))"
echo "PostgreSQL: $(q -c 'SHOW server_version')"

python3 test/gen_reports.py --megabytes "$MB" --seed 11 > "$work/corpus.tsv"
q -c "CREATE EXTENSION giaoban" \
  -c "CREATE TABLE report (ref text, published date, body text)" \
  -c "\\copy report FROM '$work/corpus.tsv'" \
  -c "VACUUM ANALYZE report"
rows=$(q -c "SELECT count(*) FROM report")
bytes=$(q -c "SELECT sum(octet_length(body)) FROM report")
echo "corpus: $rows reports, $(awk "BEGIN {printf \"%.1f\", $bytes/1048576}") MB of text"

# one timing of one query, in ms
time_once() {
    { q -c "SET max_parallel_workers_per_gather = 0" -c '\timing on' -c "$1" ; } |
        grep -oE 'Time: [0-9.]+' | awk '{print $2}'
}

REGEX="SELECT count(*) FROM report, regexp_matches(body, \
'(Quy định|Quyết định|Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn|Thông báo|Kế hoạch)( số:?)? ([0-9]+)(-[A-ZĐ]+/[A-ZĐ]+)?(,? ngày ([0-9]+)[/-]([0-9]+)[/-]([0-9]{4}))?( của ((Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Ban Tổ chức Trung ương|Chính phủ)))?', 'g')"

declare -A sql ms permb runs
sql[length]="SELECT sum(length(body)) FROM report"
# the text read and decompressed, with one copy and no per-character work
# (length() also counts the characters): what no function of the text can
# go below
sql[reading]="SELECT sum(octet_length(body || '')) FROM report"
sql[tsvector]="SELECT sum(length(to_tsvector('simple', body))) FROM report"
sql[regex]=$REGEX
sql[gb_extract]="SELECT sum(cardinality((gb_extract(body, published)).citations)) FROM report"
sql[gb_citations]="SELECT count(*) FROM report, gb_citations(body, published)"
order=(reading length tsvector regex gb_citations gb_extract)

# RUNS rounds, each query once a round, and the median of each: a drift of
# the machine's speed during the run (it is shared) then moves every query
# alike, not the ones that happened to run at a slow moment, and the ratios
# stay steady
for i in $(seq "$RUNS"); do
    for k in "${order[@]}"; do
        runs[$k]="${runs[$k]:-} $(time_once "${sql[$k]}")"
    done
done
for k in "${order[@]}"; do
    ms[$k]=$(echo "${runs[$k]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
done

echo
printf '%-14s %10s %10s\n' "query" "ms" "MB/s"
for k in "${order[@]}"; do
    printf '%-14s %10.0f %10.1f\n' "$k" "${ms[$k]}" "$(awk "BEGIN {print $bytes/1048576/(${ms[$k]}/1000)}")"
done
echo
awk "BEGIN {printf \"gb_extract vs to_tsvector('simple'): %.1fx the throughput (target >= 20x)\n\", ${ms[tsvector]}/${ms[gb_extract]}}"
awk "BEGIN {printf \"gb_extract vs length(body): %.1fx the time (target <= 3x)\n\", ${ms[gb_extract]}/${ms[length]}}"
awk "BEGIN {printf \"(20x to_tsvector would be %.0f ms; reading the text alone takes %.0f ms)\n\", ${ms[tsvector]}/20, ${ms[reading]}}"
awk "BEGIN {printf \"gb_extract vs SQL regular expressions: %.1fx the throughput\n\", ${ms[regex]}/${ms[gb_extract]}}"

echo
echo "single documents: the first call and the best of five in one backend,"
echo "time per MB (best), and the backend's memory before and at its peak"
printf '%-8s %-8s %10s %10s %10s %10s %10s\n' "size" "text" "first ms" "best ms" "ms per MB" "RSS MB" "peak MB"
for size in 1 10 100; do
    for kind in report repeat; do
        if [ "$kind" = report ]; then
            # the corpus's reports one after another, all different (cycling
            # through them where the corpus is smaller than the document)
            unit="(SELECT string_agg(body, E'\\n\\n' ORDER BY ref) FROM report)"
        else
            unit="'Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; đồng chí Nguyễn Văn A, '"
        fi
        out=$(q <<SQL
CREATE TEMP TABLE doc AS
    SELECT left(repeat(u, ($size * 1048576 / octet_length(u)) + 1), $size * 1048576) AS body
    FROM (SELECT $unit AS u) s;
-- load the library and build its tables first: the figure is per MB of text
SELECT gb_extract('Hội nghị') IS NOT NULL AS warm \\gset
SELECT pg_backend_pid() AS pid \\gset
SELECT 'bytes ' || octet_length(body) FROM doc;
\\setenv GB_PID :pid
\\! awk '/VmRSS/ {printf "base %.0f\\n", \$2/1024}' /proc/\$GB_PID/status
\\! echo 5 > /proc/\$GB_PID/clear_refs 2>/dev/null
\\timing on
SELECT cardinality((gb_extract(body)).citations) FROM doc;
SELECT cardinality((gb_extract(body)).citations) FROM doc;
SELECT cardinality((gb_extract(body)).citations) FROM doc;
SELECT cardinality((gb_extract(body)).citations) FROM doc;
SELECT cardinality((gb_extract(body)).citations) FROM doc;
\\timing off
\\! awk '/VmHWM/ {printf "rss %.0f\\n", \$2/1024}' /proc/\$GB_PID/status
SQL
)
        first=$(echo "$out" | grep -oE 'Time: [0-9.]+' | awk '{print $2}' | head -1)
        t=$(echo "$out" | grep -oE 'Time: [0-9.]+' | awk '{print $2}' | sort -n | head -1)
        base=$(echo "$out" | awk '/^base/ {print $2}')
        rss=$(echo "$out" | awk '/^rss/ {print $2}')
        mb=$(echo "$out" | awk '/^bytes/ {print $2/1048576}')
        printf '%-8s %-8s %10.0f %10.0f %10.1f %10s %10s\n' "$(printf %.1f "$mb") MB" "$kind" "$first" "$t" \
            "$(awk "BEGIN {print $t/$mb}")" "$base" "$rss"
        permb[$kind]="${permb[$kind]:-} $(awk "BEGIN {print $t/$mb}")"
        growth="${growth:-} $(awk "BEGIN {print ($rss - $base)/$mb}")"
    done
done
echo
for kind in report repeat; do
    echo "${permb[$kind]}" | awk -v k="$kind" '{mn=$1; mx=$1; for (i=2;i<=NF;i++) {if ($i<mn) mn=$i; if ($i>mx) mx=$i}
        printf "time per MB, %s, 1 to 100 MB: %.1f to %.1f ms, the largest %.0f%% above the smallest (target <= 30%%)\n", k, mn, mx, (mx/mn-1)*100}'
done
echo "$growth" | awk '{mx=$1; for (i=2;i<=NF;i++) if ($i>mx) mx=$i
    printf "peak memory: at most %.1fx the document above the backend before the call (target <= 8x)\n", mx}'
