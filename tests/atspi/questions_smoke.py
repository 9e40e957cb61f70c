#!/usr/bin/python3
"""AT-SPI smoke test: reads the questions page of an example through the real accessibility bridge.

Run by run.sh inside dbus-run-session and xvfb-run. Starts phare on the xcb platform with the bridge
always on, finds it on the AT-SPI bus, and checks what a screen reader (Orca) would get: the window,
the answer radio buttons, the question's text reachable from each of them (its name, its description,
a labelled-by or described-by relation, or a named group around it), and the locale the application
reports. This shows that the QAccessible-level QtTest tests reach the bridge screen readers use.

Exit codes: 0 passed, 1 failed, 77 skipped (no bridge, outside CI only).
Usage: questions_smoke.py PHARE EXAMPLE.phare
"""

import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

SKIP = 77


def unavailable(reason):
    if os.environ.get("CI"):
        print(f"FAIL: {reason} — required in CI")
        return 1
    print(f"SKIPPED: {reason}")
    return SKIP


def showing(obj):
    try:
        return obj.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # an object that went away while being read
        return False


def descendants(obj):
    """Every showing descendant of obj, depth first, in the order a screen reader walks them."""
    for child in obj:
        if child is None or not showing(child):
            continue
        yield child
        yield from descendants(child)


def normalized(text):
    return " ".join((text or "").split())


def reachable_texts(control, frame):
    """What a screen reader can say about control: its own texts, its relations' and its groups'."""
    texts = [control.name, control.description]
    for relation in control.getRelationSet():
        if relation.getRelationType() in (pyatspi.RELATION_LABELLED_BY, pyatspi.RELATION_DESCRIBED_BY):
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                texts += [target.name, target.description]
    parent = control.parent
    while parent is not None and parent != frame:
        texts += [parent.name, parent.description]
        parent = parent.parent
    return [normalized(t) for t in texts if t]


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def application_locale(process_id):
    """The locale the application reports over AT-SPI (Application.GetLocale), or None if not asked."""
    try:
        from gi.repository import Gio, GLib

        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                    GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 5000, None).unpack()[0]
        bus = Gio.DBusConnection.new_for_address_sync(
            address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        def call(name, path, interface, method, args, reply):
            return bus.call_sync(name, path, interface, method, args, GLib.VariantType.new(reply),
                                 Gio.DBusCallFlags.NONE, 5000, None).unpack()

        # The application's connection on the accessibility bus: the one of its process.
        names = call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames", None,
                     "(as)")[0]
        for name in (n for n in names if n.startswith(":")):
            try:
                pid = call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                           "GetConnectionUnixProcessID", GLib.Variant("(s)", (name,)), "(u)")[0]
            except GLib.Error:
                continue
            if pid == process_id:
                return call(name, "/org/a11y/atspi/accessible/root", "org.a11y.atspi.Application", "GetLocale",
                            GLib.Variant("(u)", (0,)), "(s)")[0]
        print("note: the application's connection to the accessibility bus was not found")
        return None
    except Exception as error:  # pylint: disable=broad-except
        print(f"note: could not ask the application's locale: {error}")
        return None


def main():
    phare, example = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="phare-atspi-")
    # A settings and data folder of its own: no recovery banner, recent files or language from the user's.
    # The system locale is English: the app must report the language of its interface (--lang fr).
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"),
               LANG="en_US.UTF-8", LC_ALL="", LANGUAGE="")
    process = subprocess.Popen([phare, "--lang", "fr", "--open", example, "--page", "questionnaire"], env=env)
    failures = []
    try:
        app = find_app("Phare", 30)
        if app is None:
            return unavailable("Phare did not appear on the AT-SPI bus within 30 s (no accessibility bridge?)")
        print(f"found the application: {app.name} ({app.toolkitName})")

        frames = [c for c in app if c is not None and c.getRole() == pyatspi.ROLE_FRAME and showing(c)]
        if not frames:
            print("FAIL: the application has no showing window")
            return 1
        frame = frames[0]
        print(f"found the window: {frame.name}")

        # Qt lays widgets out after the window is shown: give the page a moment.
        radios = []
        objects = []
        for _ in range(20):
            objects = list(descendants(frame))
            radios = [o for o in objects if o.getRole() == pyatspi.ROLE_RADIO_BUTTON]
            if radios:
                break
            time.sleep(0.5)
        if len(radios) < 2:
            print(f"FAIL: expected the answer radio buttons on the questions page, found {len(radios)}")
            return 1
        print(f"found {len(radios)} answer radio buttons: {', '.join(normalized(r.name) for r in radios)}")

        # The question is the first label after the one that numbers it ("… question N sur M").
        labels = [normalized(o.name) for o in objects if o.getRole() == pyatspi.ROLE_LABEL and normalized(o.name)]
        numbered = re.compile(r"question \d+", re.IGNORECASE)
        caption = next((i for i, label in enumerate(labels) if numbered.search(label)), None)
        question = next((label for label in labels[caption + 1:] if not numbered.search(label)), None) \
            if caption is not None else None
        if not question:
            print("FAIL: no label 'question N …' followed by the question's text")
            return 1
        print(f"the question on screen: {question}")

        for radio in radios:
            texts = reachable_texts(radio, frame)
            if not any(question in text for text in texts):
                failures.append(f"the question is not reachable from the answer '{normalized(radio.name)}' "
                                f"(it offers: {texts})")

        locale = application_locale(process.pid)
        if locale is not None:
            print(f"the application reports the locale {locale}")
            if not locale.startswith("fr"):
                failures.append(f"the interface is French but the application reports the locale {locale}")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()

    for failure in failures:
        print(f"FAIL: {failure}")
    if not failures:
        print("PASS: the questions page reads through AT-SPI")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
