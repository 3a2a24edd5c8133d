#!/usr/bin/env bash
# Screenshots of the briefing editor at 1366x768 and 1920x1080 for the README: a day
# with an error in its checks, the check clicked (the field opened), the day, key
# people, a firearms scene with its slide preview, and a crew list's import preview.
# Runs the release app under Xvfb with a window manager, full screen; where to click
# comes from an ignored UI test (editor_positions) that prints each control's position.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots/editor
mkdir -p "$OUT"
cargo build --release --quiet --bin setbrief
for c in Xvfb xdotool import openbox; do command -v $c >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick openbox >/dev/null; break; }; done

. scripts/virtual_screen.sh
start() {
    TMP=$(mktemp -d)
    # The Western's day with its muster point left out: the checks have an error to show.
    python3 -c 'import re,sys; t=open(sys.argv[1]).read(); open(sys.argv[2],"w").write(re.sub(r"\n *muster_point: \((.|\n)*?\n *\),", "", t, count=1))' \
        briefings/coyote-pass-day-12.ron "$TMP/coyote-pass-day-12.ron"
    printf 'Coyote Pass - crew list\r\nDay 12\r\n\r\nName,Dept.,Position,Cell\r\n"Pe\xf1a, In\xe9s",Hair,Stylist,555 0101\r\n,Grip,Grip,\r\nZo\xeb Marchetti,Camera,2nd AC,\r\n' > "$TMP/crew.csv"
    run_app_on_screen "$1" --data-dir "$TMP/data" "$TMP/coyote-pass-day-12.ron"
}
shot() { sleep 0.8; import -window root "$OUT/$1.png"; }

for size in 1366x768 1920x1080; do
    POSITIONS=$(mktemp)
    SETBRIEF_SIZE=$size cargo test --quiet -p setbrief-app --test it editor_positions -- --ignored --nocapture 2>/dev/null \
        | grep '^POS' > "$POSITIONS"
    start "$size"
    xdotool key F; sleep 0.5
    xdotool key ctrl+e; sleep 0.5
    shot "$size-1-day-with-an-error"
    # The error's check is the first line under "Checks": right panel, below its heading.
    w=${size%x*}
    xdotool mousemove $((w - 300)) 112 click 1; sleep 0.5
    shot "$size-2-check-clicked-opens-the-field"
    xdotool type --delay 40 "Corral behind the livery"; sleep 0.5
    tap "Key people (9)"; shot "$size-3-key-people"
    tap "52  INT. GOLDEN SPUR SALOON - DAY"; shot "$size-4-firearms-scene-and-preview"
    tap "Crew list (28)"; tap "Import a crew list…"; tap "Crew list file"
    xdotool type --delay 20 "$TMP/crew.csv"; tap "Read"
    shot "$size-5-crew-list-import-preview"
    stop
    rm -f "$POSITIONS"
done
echo "wrote $(ls "$OUT" | wc -l) screenshots to $OUT"
