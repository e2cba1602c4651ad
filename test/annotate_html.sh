#!/usr/bin/env bash
# Write the sample reports as annotated HTML pages, for review at a glance:
#
#   bash test/annotate_html.sh OUTDIR [--screenshot]
#
# Each page shows the report with citations, officials, the meeting date and
# bridge points marked in colour (hover for the key), under a table of what
# gb_extract() found.  With --screenshot, headless Chromium (Debian's
# chromium package) renders the first page to OUTDIR/annotated.png.
# Needs the extension installed (test/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:?usage: test/annotate_html.sh OUTDIR [--screenshot]}
shot=${2:-}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ -z "${GB_HTML_INNER:-}" ]; then
    GB_HTML_INNER=1 exec pg_virtualenv "$0" "$out" "$shot"
fi

psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION giaoban"
for f in test/data/seeds/*.txt; do
    name=$(basename "$f" .txt)
    {
        cat <<'HTML'
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>giaoban</title>
<style>
body { font: 15px/1.6 sans-serif; max-width: 60em; margin: 2em auto; color: #222; }
pre { white-space: pre-wrap; font: inherit; }
mark { border-radius: 3px; padding: 0 2px; }
mark[data-kind=citation] { background: #ffe08a; }
mark[data-kind=official] { background: #a8e6a1; }
mark[data-kind=date] { background: #9fd3ff; }
mark[data-kind=bridge_point] { background: #f5b3d6; }
mark::after { content: " [" attr(data-key) "]"; font-size: 70%; color: #555; }
table { border-collapse: collapse; font-size: 13px; margin-bottom: 1.5em; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
.legend mark::after { content: ""; }
</style></head><body>
<p class="legend"><mark data-kind="citation">citation</mark> <mark data-kind="official">official</mark>
<mark data-kind="date">meeting date</mark> <mark data-kind="bridge_point">bridge point</mark></p>
HTML
        printf '%s\n' "SELECT '<h1>' || coalesce(replace(replace((r).title, '&', '&amp;'), '<', '&lt;'), '(no headline)') || '</h1><table>'
            || '<tr><th>held on</th><td>' || coalesce((r).held_on::text, '') || ' ' || coalesce((r).time_of_day, '') || '</td></tr>'
            || '<tr><th>organizer</th><td>' || coalesce((r).organizer, '') || '</td></tr>'
            || '<tr><th>period</th><td>' || coalesce((r).period_text, '') || '</td></tr>'
            || '<tr><th>chairs</th><td>' || coalesce(array_to_string((r).chairs, ', '), '') || '</td></tr>'
            || '<tr><th>bridge points</th><td>' || coalesce(array_to_string((r).bridge_points, ', '), '') || '</td></tr>'
            || '</table><pre>' || gb_annotate(:'body') || '</pre></body></html>'
            FROM (SELECT gb_extract(:'body') AS r) s;" |
            psql -X -q -At -v ON_ERROR_STOP=1 -v body="$(cat "$f")"
    } > "$out/$name.html"
    echo "$out/$name.html"
done

if [ "$shot" = "--screenshot" ]; then
    first=$(ls "$out"/*.html | head -1)
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --window-size=1280,1600 \
        --screenshot="$out/annotated.png" "file://$first" 2>/dev/null
    rm -rf "$profile"
    echo "$out/annotated.png"
fi
