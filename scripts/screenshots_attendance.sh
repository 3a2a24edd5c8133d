#!/usr/bin/env bash
# Screenshots of attendance for the README: the crew sign-in list, the signing form
# with a drawn signature, the confirmation, and the locked sign-in mode. Runs the app
# full screen at 1920x1080 under Xvfb and drives it with xdotool (keys and clicks at
# the positions of this layout).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots
TMP=$(mktemp -d)
cargo build --release --quiet
cargo build --release --quiet --example demo_day
for c in Xvfb xdotool import openbox; do command -v $c >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick openbox >/dev/null; break; }; done
target/release/examples/demo_day briefings/coyote-pass-day-12.ron "$TMP/data" 14 open >/dev/null
export DISPLAY=:$((200 + RANDOM % 50))
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
openbox >/dev/null 2>&1 & wm=$!
mkdir -p -m 700 "$TMP/xdg"
env -u WAYLAND_DISPLAY XDG_RUNTIME_DIR="$TMP/xdg" target/release/setbrief --data-dir "$TMP/data" briefings/coyote-pass-day-12.ron >/dev/null 2>&1 & app=$!
trap 'kill $app $wm $xvfb 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 4
shot() { sleep 0.8; import -window root "$OUT/$1.png"; convert "$OUT/$1.png" -resize 960x "$OUT/$1.png"; }
xdotool key a; sleep 0.5; xdotool key F
shot attendance-list
xdotool mousemove 777 919 click 1            # a name in the list
for y in 145 196 250 294 337 380 423 467 509; do xdotool mousemove 582 $y click 1; sleep 0.15; done
python3 - <<'PY'
import math, subprocess, time
def stroke(points):
    # Move first and let the app see it, as a hand does, then press.
    subprocess.run(["xdotool", "mousemove", *map(str, points[0])]); time.sleep(0.1)
    subprocess.run(["xdotool", "mousedown", "1"]); time.sleep(0.05)
    for p in points[1:]:
        subprocess.run(["xdotool", "mousemove", *map(str, p)]); time.sleep(0.01)
    subprocess.run(["xdotool", "mouseup", "1"])
stroke([(int(633 + i * 5), int(660 + math.sin(i / 6) * 36 - i * 0.3)) for i in range(100)])
stroke([(int(790 + i * 5), int(700 + math.cos(i / 3) * 8)) for i in range(40)])
PY
shot signature-pad
xdotool mousemove 677 860 click 1            # Sign
shot signed
xdotool mousemove 165 348 click 1            # Hand to crew (locked sign-in)
shot locked-sign-in
echo "wrote $OUT/attendance-list.png signature-pad.png signed.png locked-sign-in.png"
