#!/usr/bin/env bash
# Cold start of the release binary to its first frame, under Xvfb, 20 runs.
# Prints each run's "first frame after N ms" (measured inside the process from the
# start of main) and the whole process time including window teardown.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
command -v Xvfb >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb libgl1-mesa-dri libegl1 libegl-mesa0 libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 >/dev/null; }
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
mkdir -p -m 700 /tmp/setbrief-xdg
for _ in $(seq 20); do
    start=$(date +%s%N)
    env -u WAYLAND_DISPLAY XDG_RUNTIME_DIR=/tmp/setbrief-xdg DISPLAY="$display" target/release/setbrief --exit-after-first-frame 2>/dev/null | tr '\n' ' '
    echo "(process $(( ($(date +%s%N) - start) / 1000000 )) ms)"
done
