#!/usr/bin/env bash
# Regenerates the README screenshots: each example briefing's opening, emergency,
# a hazardous scene and closing slide, full screen at 1920x1080 under Xvfb, plus the
# presenter view, the night theme and the diagnostics view.
# Needs ../shared/tools/shoot (it installs Xvfb, openbox, xdotool and ImageMagick).
set -euo pipefail
cd "$(dirname "$0")/.."
SHOOT=${SHOOT:-../shared/tools/shoot}
OUT=assets/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cargo build --release --quiet
cargo build --release --quiet --example print_deck
BIN=target/release/setbrief
mkdir -p "$OUT"

# Slide number (1-based) of the first slide whose header line matches $2, or whose text has $3.
slide_of() {
    target/release/examples/print_deck "$1" | awk -v kind="$2" -v text="$3" '
        found { next }
        /^==== slide / { n = $3; if (kind != "" && index($0, kind)) { print n; found = 1 } next }
        text != "" && index($0, text) { print n; found = 1 }'
}

# Keys that jump to slide $1 (digits, then Return), for xdotool.
jump() { echo "$1" | sed 's/./& /g; s/ $//' | sed 's/$/ Return/'; }

shoot_slides() {
    local file=$1 name=$2 scene_text=$3
    local emergency scene closing
    emergency=$(slide_of "$file" "(Emergency part 1" "")
    scene=$(slide_of "$file" "" "$scene_text")
    closing=$(slide_of "$file" "(Closing part 1" "")
    "$SHOOT" -k "F $(jump "$emergency") $(jump "$scene") $(jump "$closing")" "$TMP/$name" -- "$BIN" "$file" >/dev/null
    # One screenshot per key: F, then each digit and Return of each jump.
    local e=$((1 + ${#emergency} + 1)) s c
    s=$((e + ${#scene} + 1))
    c=$((s + ${#closing} + 1))
    cp "$TMP/$name-1.png" "$OUT/$name-opening.png"
    cp "$TMP/$name-$e.png" "$OUT/$name-emergency.png"
    cp "$TMP/$name-$s.png" "$OUT/$name-scene.png"
    cp "$TMP/$name-$c.png" "$OUT/$name-closing.png"
}

shoot_slides briefings/coyote-pass-day-12.ron coyote-pass "No live ammunition on set"
shoot_slides briefings/nightline-day-23.ron nightline "Ride only in the assigned positions"
shoot_slides briefings/kitchen-table-day-05.ron kitchen-table "The stove is a practical"

# Bilingual, night theme, presenter view.
firearms=$(slide_of briefings/coyote-pass-day-12.ron "" "No live ammunition on set")
"$SHOOT" -k "F $(jump "$firearms") l l t" "$TMP/extra" -- "$BIN" briefings/coyote-pass-day-12.ron >/dev/null
cp "$TMP/extra-$((${#firearms} + 4)).png" "$OUT/coyote-pass-bilingual.png"
cp "$TMP/extra-$((${#firearms} + 5)).png" "$OUT/coyote-pass-night.png"
"$SHOOT" -k "F $(jump "$firearms") s" "$TMP/presenter" -- "$BIN" briefings/coyote-pass-day-12.ron >/dev/null
cp "$TMP/presenter-$((${#firearms} + 3)).png" "$OUT/presenter-view.png"

# A broken file opens to its diagnostics.
sed 's/Firearms(/Firarms(/; s/(role: SetMedic, name: "Marisol Chávez", phone: "+1 505 555 0160"),//' \
    briefings/coyote-pass-day-12.ron > "$TMP/broken-day.ron"
"$SHOOT" "$TMP/diag" -- "$BIN" "$TMP/broken-day.ron" >/dev/null
cp "$TMP/diag-0.png" "$OUT/diagnostics.png"

# Shrink for the README: 960 px wide is plenty to read the slides.
# Only what this script wrote: the phone and tour screenshots have sizes of their own.
for f in "$OUT"/{coyote-pass,nightline,kitchen-table}-*.png "$OUT"/presenter-view.png "$OUT"/diagnostics.png; do
    convert "$f" -resize 960x "$f"
done
ls -1 "$OUT"
