#!/bin/sh
# Runs QtTest functions on the xcb platform with the AT-SPI bridge active (ctest atspi_value_events_*):
# accessibility events, such as a changed value, are sent only where a bridge listens, which the
# offscreen platform of the other GUI tests never has. The bus launcher is started first, so that Qt's
# bridge finds the accessibility bus at once. Outside CI a missing tool skips (exit 77); in CI it fails.
# Usage: run-qtest.sh TEST_EXECUTABLE FUNCTION...
unavailable() {
    if [ -n "${CI:-}" ]; then
        echo "atspi QtTest run: $1 — required in CI" >&2
        exit 1
    fi
    echo "atspi QtTest run SKIPPED: $1 (./test.sh installs it through tools/setup.sh)"
    exit 77
}
command -v dbus-run-session >/dev/null || unavailable "dbus-run-session is missing (package dbus)"
command -v xvfb-run >/dev/null || unavailable "xvfb-run is missing (package xvfb)"
command -v xauth >/dev/null || unavailable "xauth is missing (package xauth)"
command -v dbus-send >/dev/null || unavailable "dbus-send is missing (package dbus)"
[ -x /usr/libexec/at-spi-bus-launcher ] || unavailable "the AT-SPI bus is missing (package at-spi2-core)"
if [ "${1:-}" = "--in-session" ]; then
    shift
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    # Until the launcher owns its name (at most 20 s), so that the bridge finds it on its first try.
    tries=0
    while [ $tries -lt 100 ] && ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q "boolean true"; do
        sleep 0.2
        tries=$((tries + 1))
    done
    "$@"
    status=$?
    kill "$launcher" 2>/dev/null
    exit $status
fi
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
# Settings of its own: QtTest keeps a test program's settings under HOME (~/.qttest), and ctest runs the
# same program at the same time without the bridge (tst_gui_results), whose language changes would
# otherwise reach this run between its init() and its window.
home=$(mktemp -d) || exit 1
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config"
dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" "$0" --in-session "$@"
