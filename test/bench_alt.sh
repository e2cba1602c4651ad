#!/usr/bin/env bash
# Time gb_bench builds against each other, alternated round by round:
#
#   bash test/bench_alt.sh ROUNDS BENCH... [-- ARGS]
#
# runs each gb_bench binary in turn, ROUNDS rounds, on ARGS (default:
# corpus 50 /tmp/s28/corpus.tsv), with GB_BENCH_CPU set (the thread's CPU
# time, which others' work on a shared machine moves less than the wall
# clock), and prints each one's median, minimum and maximum seconds with
# the load average before and after.  Alternating puts a slow moment on
# every build alike; run it with `nice -n -5` on a busy machine.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 ROUNDS BENCH... [-- ARGS]" >&2
    exit 2
fi
rounds=$1
shift
benches=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    benches+=("$1")
    shift
done
[ $# -gt 0 ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(corpus 50 /tmp/s28/corpus.tsv)

echo "load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
declare -A times
for _ in $(seq "$rounds"); do
    for b in "${benches[@]}"; do
        s=$(GB_BENCH_CPU=1 "$b" "${args[@]}" | awk '{print $4}')
        times[$b]="${times[$b]:-} $s"
    done
done
for b in "${benches[@]}"; do
    echo "$b: $(echo ${times[$b]} | tr ' ' '\n' | sort -n | awk '{a[NR] = $1}
        END {printf "median %.3f s, min %.3f, max %.3f, %d rounds",
             (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), a[1], a[NR], NR}')"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
