# Sourced by the screenshot scripts: the release app on a virtual screen with a window
# manager (without one, full screen does nothing), and the clicks an ignored UI test
# placed. The caller sets TMP (a fresh folder) and, for `tap`, POSITIONS.

# Starts Xvfb at $1 (e.g. 1366x768), openbox, and the app with the rest of the arguments.
run_app_on_screen() {
    local size=$1; shift
    export DISPLAY=:$((200 + RANDOM % 50))
    Xvfb "$DISPLAY" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    sleep 1
    openbox >/dev/null 2>&1 & wm=$!
    mkdir -p -m 700 "$TMP/xdg"
    env -u WAYLAND_DISPLAY XDG_RUNTIME_DIR="$TMP/xdg" target/release/setbrief "$@" >/dev/null 2>&1 & app=$!
    sleep 4
}
stop() { kill "$app" "$wm" "$xvfb" 2>/dev/null || true; sleep 0.5; rm -rf "$TMP"; }
at() { grep "^POS $1|" "$POSITIONS" | head -1 | cut -d'|' -f2,3 | tr '|' ' '; }
tap() { read -r x y < <(at "$1"); xdotool mousemove "$x" "$y" click 1; sleep 0.4; }
