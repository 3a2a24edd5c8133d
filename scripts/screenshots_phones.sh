#!/usr/bin/env bash
# Screenshots of phone sign-in on the laptop for the README: the console with phone
# sign-in on (QR code, address, sign-ins from phones and a flag) and the closing slide
# with the QR code in one language and two, and the question when quitting with a
# session open, at 1366x768 (SIZE=1920x1080 for the other). Phone sign-in is bound to 127.0.0.1 (--phone-bind), and
# the simulated phones talk to it there only. Clicks are at the positions of this layout.
# (The phone page's own screenshots come from the browser test: target/phone-shots/.)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots
TMP=$(mktemp -d)
SIZE=${SIZE:-1366x768}
cargo build --release --quiet --bin setbrief --example demo_day
for c in Xvfb xdotool import openbox; do command -v $c >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick openbox >/dev/null; break; }; done
target/release/examples/demo_day briefings/coyote-pass-day-12.ron "$TMP/data" 14 open >/dev/null
export DISPLAY=:$((200 + RANDOM % 50))
Xvfb "$DISPLAY" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
openbox >/dev/null 2>&1 & wm=$!
mkdir -p -m 700 "$TMP/xdg"
env -u WAYLAND_DISPLAY XDG_RUNTIME_DIR="$TMP/xdg" target/release/setbrief --data-dir "$TMP/data" \
    --phone-bind 127.0.0.1 briefings/coyote-pass-day-12.ron >/dev/null 2>&1 & app=$!
trap 'kill $app $wm $xvfb 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 4
shot() { sleep 0.8; import -window root "$OUT/$1.png"; }
xdotool key F11; sleep 0.5                   # full screen, as on the day
xdotool key a; sleep 0.5
xdotool mousemove 162 610 click 1            # Let phones sign in
sleep 1
shot phones-console
xdotool key a; sleep 0.3; xdotool key End   # the slides, at the closing slide
shot phones-closing-slide
xdotool key l; sleep 0.3; xdotool key l     # in both languages
shot phones-closing-slide-bilingual
xdotool key alt+F4                           # quitting with a session open asks
shot quit-question
xdotool key Escape
echo "wrote $OUT/phones-console.png $OUT/phones-closing-slide.png $OUT/phones-closing-slide-bilingual.png $OUT/quit-question.png"
