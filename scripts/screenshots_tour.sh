#!/usr/bin/env bash
# Screenshots of every screen a 1st AD and a crew member see, at 1366x768 and
# 1920x1080, in English, Spanish and both, for the README: the slides (opening,
# emergency, a firearms scene, closing) and the crew's three sign-in steps and "Saved"
# in sign-in mode. Runs the release app under Xvfb with a window manager. Where to
# click comes from the app itself: an ignored UI test prints each control's position
# at that size (crew_step_positions), so the clicks follow the layout.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots/tour
mkdir -p "$OUT"
cargo build --release --quiet --bin setbrief --example demo_day
for c in Xvfb xdotool import openbox; do command -v $c >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick openbox >/dev/null; break; }; done
BRIEFING=briefings/coyote-pass-day-12.ron

. scripts/virtual_screen.sh
# The app on a fresh day; $1 size, $2 demo_day's last word.
start() {
    TMP=$(mktemp -d)
    target/release/examples/demo_day "$BRIEFING" "$TMP/data" 14 "$2" >/dev/null
    run_app_on_screen "$1" --data-dir "$TMP/data" "$BRIEFING"
}
shot() { sleep 0.8; import -window root "$OUT/$1.png"; convert "$OUT/$1.png" -resize 50% "$OUT/$1.png"; }
keys() { for k in "$@"; do xdotool key "$k"; sleep 0.3; done; }

for size in 1366x768 1920x1080; do
    # The slides, in each language mode (L cycles English, Español, both).
    for mode in en es both; do
        start "$size" open
        keys F
        case $mode in es) keys l ;; both) keys l l ;; esac
        keys Home; shot "$size-$mode-opening"
        keys Next Next; shot "$size-$mode-emergency"
        keys 5 2 e; shot "$size-$mode-scene-52"
        keys End; shot "$size-$mode-closing"
        stop
    done
    # The crew's steps in sign-in mode.
    for lang in en es; do
        POSITIONS=$(mktemp)
        SETBRIEF_SIZE=$size SETBRIEF_LANG=$lang cargo test --quiet -p setbrief-app --test it crew_step_positions \
            -- --ignored --nocapture 2>/dev/null | grep '^POS' > "$POSITIONS"
        start "$size" locked
        [ "$lang" = es ] && tap "Español"
        xdotool type --delay 60 "ortega"; sleep 0.3
        shot "$size-$lang-1-find-your-name"
        tap "Raúl Ortega"
        for i in 0 1 2 3 4; do tap "ack$i"; done
        shot "$size-$lang-2-confirm"
        for i in 5 6 7 8; do tap "ack$i"; done
        if [ "$lang" = es ]; then tap "Continuar"; else tap "Continue"; fi
        read -r px py pw ph < <(grep '^POS pad|' "$POSITIONS" | cut -d'|' -f2- | tr '|' ' ')
        python3 - "$px" "$py" "$pw" "$ph" <<'PY'
import math, subprocess, sys, time
x, y, w, h = map(float, sys.argv[1:])
def stroke(points):
    subprocess.run(["xdotool", "mousemove", *map(str, points[0])]); time.sleep(0.1)
    subprocess.run(["xdotool", "mousedown", "1"]); time.sleep(0.05)
    for p in points[1:]:
        subprocess.run(["xdotool", "mousemove", *map(str, p)]); time.sleep(0.01)
    subprocess.run(["xdotool", "mouseup", "1"])
mid = y + h * 0.5
stroke([(int(x + w * 0.15 + i * w * 0.006), int(mid + math.sin(i / 6) * h * 0.18 - i * 0.3)) for i in range(100)])
stroke([(int(x + w * 0.35 + i * w * 0.008), int(mid + h * 0.15 + math.cos(i / 3) * 6)) for i in range(40)])
PY
        shot "$size-$lang-3-sign"
        if [ "$lang" = es ]; then tap "Firmar"; else tap "Sign"; fi
        shot "$size-$lang-4-saved"
        stop
        rm -f "$POSITIONS"
    done
done
echo "wrote $(ls "$OUT" | wc -l) screenshots to $OUT"
