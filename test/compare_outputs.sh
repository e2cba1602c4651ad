#!/usr/bin/env bash
# Compare the extraction core's output of the working tree with that of an
# earlier revision, text by text: what a rule or a speed change moved.
#
#   bash test/compare_outputs.sh [REV] [MEGABYTES]   (default HEAD, 12)
#
# Builds test/core/gb_cli from REV (git archive into a temp dir) and from
# the working tree, runs both on the sample reports, the development set's
# texts (../shared/eval/dev/*.jsonl, when beside the checkout), MEGABYTES of
# generated reports (test/gen_reports.py --seed 13, one file each) and the
# fuzzer's hostile seeds, each with and without a publication date, and
# prints "identical on N texts" or, for each text whose JSON differs, its
# name and the diff.  Exit status 0 when identical, 1 when not.  No
# PostgreSQL needed; about a minute for 12 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
mb=${2:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
core() { ls "$1"/src/*.c | grep -vE '/(giaoban|pg_extract|pg_search)\.c$'; }

mkdir -p "$work/base" "$work/texts"
git archive "$rev" src test/core/gb_cli.c | tar -x -C "$work/base"
# shellcheck disable=SC2046
gcc -O2 -I"$work/base/src" -o "$work/cli_base" "$work/base/test/core/gb_cli.c" $(core "$work/base") $icu
# shellcheck disable=SC2046
gcc -O2 -Isrc -o "$work/cli_new" test/core/gb_cli.c $(core .) $icu

python3 - "$work/texts" "$mb" <<'PY'
import glob, json, os, shutil, subprocess, sys
out, mb = sys.argv[1], sys.argv[2]
for f in glob.glob("test/data/seeds/*") + glob.glob("test/fuzz/seeds/*"):
    shutil.copy(f, os.path.join(out, "seed_" + os.path.basename(f)))
for f in glob.glob("../shared/eval/dev/*.jsonl"):
    for line in open(f, encoding="utf-8"):
        c = json.loads(line)
        if "text" in c:
            open(os.path.join(out, "dev_%s.txt" % c["id"]), "w", encoding="utf-8").write(c["text"])
gen = subprocess.run([sys.executable, "test/gen_reports.py", "--megabytes", mb, "--seed", "13"],
                     check=True, capture_output=True, text=True).stdout
for i, row in enumerate(gen.splitlines()):
    body = row.split("\t")[2]
    # COPY's text format: \n, \t, \r and \\ escaped
    body = body.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
    open(os.path.join(out, "gen_%05d.txt" % i), "w", encoding="utf-8").write(body)
PY

n=0
changed=0
for f in "$work"/texts/*; do
    n=$((n + 1))
    for cli in base new; do
        { "$work/cli_$cli" "$f"; "$work/cli_$cli" --published 2024-05-02 "$f"; } > "$work/out_$cli" 2>&1 || true
    done
    if ! cmp -s "$work/out_base" "$work/out_new"; then
        changed=$((changed + 1))
        echo "== $(basename "$f")"
        diff "$work/out_base" "$work/out_new" | head -20 || true
    fi
done
if [ "$changed" -eq 0 ]; then
    echo "identical on $n texts ($rev and the working tree)"
else
    echo "$changed of $n texts differ ($rev and the working tree)"
    exit 1
fi
