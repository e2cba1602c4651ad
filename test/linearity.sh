#!/usr/bin/env bash
# Is extraction time linear in the input?  Times gb_extract (the core, no
# PostgreSQL) on 1, 10 and 100 MB of several kinds of text and prints the
# time per MB and the peak memory of each run, then the ratio of the per-MB
# time at the largest size to that at the smallest (about 1 when linear).
# Also prints the longest stretch without an interrupt check, which bounds
# how late a cancel can arrive inside PostgreSQL.  Measurement, not a test.
#
#   bash test/linearity.sh                 # reports cite line distinct officials marks, 1 10 100 MB
#   SIZES="1 10" KINDS="reports" bash test/linearity.sh
set -euo pipefail
cd "$(dirname "$0")/.."
make -s test/core/gb_bench
kinds=${KINDS:-reports cite line distinct officials marks}
sizes=${SIZES:-1 10 100}
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%M")

printf '%-10s %7s %9s %9s %9s %10s\n' kind MB seconds ms/MB max_gap_s peak_RSS_MB
for k in $kinds; do
    first=""
    last=""
    for mb in $sizes; do
        out=$({ "${timer[@]}" test/core/gb_bench "$k" "$mb"; } 2>&1)
        line=$(echo "$out" | grep -E "^$k ")
        rss=$(echo "$out" | grep -E '^[0-9]+$' | tail -1)
        secs=$(echo "$line" | awk '{print $4}')
        permb=$(echo "$line" | awk '{print $6}')
        gap=$(echo "$line" | awk '{print $10}')
        real_mb=$(echo "$line" | awk '{print $2}')
        printf '%-10s %7s %9s %9s %9s %10s\n' "$k" "$real_mb" "$secs" "$permb" "$gap" \
            "$([ -n "$rss" ] && echo $((rss / 1024)) || echo '?')"
        [ -z "$first" ] && first=$permb
        last=$permb
    done
    awk -v a="$first" -v b="$last" -v k="$k" \
        'BEGIN { printf "%-10s per-MB time, largest / smallest: %.2f\n", k, b / a }'
done
