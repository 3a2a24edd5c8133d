#!/usr/bin/env bash
# Builds a realistic day for each example briefing (examples/demo_day.rs), exports its
# report, checks it with `setbrief verify`, and renders every PDF page to PNG with
# pdftoppm (Debian's poppler-utils) into OUT (default /tmp/setbrief-report-pages).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/setbrief-report-pages}
command -v pdftoppm >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
cargo build --release --quiet
cargo build --release --quiet --example demo_day
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
for briefing in briefings/*.ron; do
    name=$(basename "$briefing" .ron)
    day=$(target/release/examples/demo_day "$briefing" "$TMP/data-$name")
    target/release/setbrief --data-dir "$TMP/data-$name" report --day-folder "$day" --out "$TMP/report-$name" >/dev/null
    target/release/setbrief verify "$TMP/report-$name"
    pdftoppm -png -r 80 "$TMP/report-$name/report.pdf" "$OUT/$name"
done
ls -1 "$OUT"
