#!/bin/sh
# The AT-SPI smoke test's entry point (ctest atspi_questions_smoke): checks the tools are there, then runs
# questions_smoke.py in its own D-Bus session on a virtual X screen. Outside CI a missing tool skips the
# test (exit 77); in CI (CI set) it fails, so that the bridge is known to be tested.
# Usage: run.sh PHARE EXAMPLE.phare
unavailable() {
    if [ -n "${CI:-}" ]; then
        echo "atspi smoke test: $1 — required in CI" >&2
        exit 1
    fi
    echo "atspi smoke test SKIPPED: $1 (./test.sh installs it through tools/setup.sh)"
    exit 77
}
command -v dbus-run-session >/dev/null || unavailable "dbus-run-session is missing (package dbus)"
command -v xvfb-run >/dev/null || unavailable "xvfb-run is missing (package xvfb)"
command -v xauth >/dev/null || unavailable "xauth is missing (package xauth)"
[ -x /usr/libexec/at-spi-bus-launcher ] || unavailable "the AT-SPI bus is missing (package at-spi2-core)"
# Debian's python3, which holds pyatspi (a python3 earlier on PATH, such as pyenv's, does not).
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || unavailable "pyatspi is missing (package python3-pyatspi)"
# Settings of its own: the program's settings file lives under HOME, and the user's must stay untouched.
home=$(mktemp -d) || exit 1
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config"
dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" /usr/bin/python3 "$(dirname "$0")/questions_smoke.py" "$@"
