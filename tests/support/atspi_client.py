#!/usr/bin/python3
"""Uses Stillpoint's window as a screen reader does: through libatspi, the
AT-SPI client library the Orca screen reader is built on, over the
accessibility bus of the session bus in DBUS_SESSION_BUS_ADDRESS.

Run by tests/it/screen_reader.rs against the app with process id --pid,
started in English on a new data folder. It finds the app and its window,
the library's search field, opens the pause from the library, starts it,
pauses and resumes it, and waits for one of the cues given with --cue to
show. Each finding is printed on its own line as a JSON object of one key;
the test judges them. Where something cannot be found in time it prints
{"missing": "..."}, then the app's tree as a screen reader sees it on
standard error, and exits with 1.

Needs python3-gi and gir1.2-atspi-2.0 (`make test-deps`), so it runs with
the system's Python, /usr/bin/python3.
"""

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# The English interface's words, as the test runs the app in English
# (assets/locales/en/).
SESSION_TITLE = "The pause"
START = "Start"
PAUSE = "Pause"
RESUME = "Resume"
# The ring's time while paused: "player-paused".
PAUSED = "paused"

# How often the tree is read again while waiting for it to change.
POLL_SECS = 0.1


class Missing(Exception):
    """Something a screen reader should have found, and did not."""


def say(finding, value):
    print(json.dumps({finding: value}, ensure_ascii=False), flush=True)


def children(node):
    """The node's children; none when it has gone meanwhile."""
    try:
        count = node.get_child_count()
    except GLib.Error:
        return []
    found = []
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except GLib.Error:
            continue
        if child is not None:
            found.append(child)
    return found


def walk(node, depth=0):
    """The node and all below it, depth first, with their depth."""
    yield node, depth
    for child in children(node):
        yield from walk(child, depth + 1)


def name_of(node):
    try:
        return node.get_name() or ""
    except GLib.Error:
        return ""


def role_of(node):
    try:
        return node.get_role_name() or ""
    except GLib.Error:
        return ""


def has_action(node):
    """Whether the node can be acted on, as a screen reader would press it."""
    try:
        return "Action" in node.get_interfaces() and Atspi.Action.get_n_actions(node) > 0
    except GLib.Error:
        return False


def action_name(node):
    """The name of the node's first action, as a screen reader says it."""
    try:
        return Atspi.Action.get_localized_name(node, 0)
    except GLib.Error:
        return ""


def named(node):
    """The node with its name and role, when it has a name."""
    name = name_of(node)
    return (node, name, role_of(node)) if name else None


def first(candidates):
    return next((c for c in candidates if c is not None), None)


def find(root, test):
    for node, _ in walk(root):
        if test(node):
            return node
    return None


def wait_for(what, patience_secs, look):
    """Reads the tree again until `look` finds something, or raises
    Missing(what) once `patience_secs` have passed."""
    deadline = time.monotonic() + patience_secs
    while True:
        found = look()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise Missing(what)
        time.sleep(POLL_SECS)


def button(window, name):
    return find(window, lambda n: role_of(n) == "push button" and name_of(n) == name)


def labels(window):
    return [name_of(n) for n, _ in walk(window) if role_of(n) == "label"]


def press(node, what):
    """Performs the node's first action; returns its name."""
    name = action_name(node)
    try:
        done = has_action(node) and Atspi.Action.do_action(node, 0)
    except GLib.Error:
        done = False
    if not done:
        raise Missing(f"an action on {what} that it takes")
    return name


def dump(node, out):
    for each, depth in walk(node):
        doing = f" [{action_name(each)}]" if has_action(each) else ""
        out.write(f"{'  ' * depth}{role_of(each)} {name_of(each)!r}{doing}\n")


def application(pid):
    """The app run by process `pid` and its name, once it is on the
    desktop with one: the app shows on the desktop a moment before it
    answers for itself (accesskit_unix embeds its root, then serves the
    root's Accessible interface)."""
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid and app.get_name():
                return app, app.get_name()
        except GLib.Error:
            continue
    return None


def run(pid, cues, patience_secs, seen):
    """The steps, each said as it is found. `seen` holds what to show
    of the tree when something is missing: the desktop, then the window."""
    seen.append(Atspi.get_desktop(0))
    app, name = wait_for(
        f"an application with process id {pid}, and a name, on the desktop",
        patience_secs,
        lambda: application(pid),
    )
    say("application", name)
    # The tree changes under the player; read it afresh each time, as a
    # screen reader following the app's events would see it.
    app.set_cache_mask(Atspi.Cache.NONE)
    window, name, role = wait_for(
        "a window with a name, in the application",
        patience_secs,
        lambda: first(named(c) for c in children(app) if role_of(c) in ("frame", "window")),
    )
    seen.append(window)
    say("window", {"name": name, "role": role})

    _, name, role = wait_for(
        "a text entry with a name, in the library",
        patience_secs,
        lambda: first(named(n) for n, _ in walk(window) if role_of(n) == "entry"),
    )
    say("search", {"name": name, "role": role})

    session = wait_for(
        f"{SESSION_TITLE!r} with an action, in the library",
        patience_secs,
        lambda: find(window, lambda n: name_of(n) == SESSION_TITLE and has_action(n)),
    )
    # What it was, asked before it goes with the library.
    opened = {"name": name_of(session), "role": role_of(session)}
    opened["action"] = press(session, SESSION_TITLE)
    start = wait_for(f"a {START!r} button on the session's page", patience_secs, lambda: button(window, START))
    say("opened", opened)

    started = {"name": name_of(start)}
    started["action"] = press(start, START)
    pause = wait_for(f"a {PAUSE!r} button in the player", patience_secs, lambda: button(window, PAUSE))
    say("started", started)

    press(pause, PAUSE)
    resume = wait_for(f"a {RESUME!r} button after {PAUSE!r}", patience_secs, lambda: button(window, RESUME))
    ring = wait_for(
        f"a label saying {PAUSED!r} after {PAUSE!r}",
        patience_secs,
        lambda: next((name for name in labels(window) if PAUSED in name), None),
    )
    say("paused", ring)

    press(resume, RESUME)
    pause_again = wait_for(
        f"the {PAUSE!r} button back, and no label saying {PAUSED!r}, after {RESUME!r}",
        patience_secs,
        lambda: button(window, PAUSE) if not any(PAUSED in name for name in labels(window)) else None,
    )
    say("resumed", name_of(pause_again))

    cue = wait_for(
        "a label with one of the session's cues",
        patience_secs,
        lambda: next((name for name in labels(window) if name in cues), None),
    )
    say("cue", cue)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pid", type=int, required=True, help="the app's process id")
    parser.add_argument("--cue", action="append", default=[], help="a cue of the session; repeat for each")
    parser.add_argument("--patience-secs", type=float, default=20.0, help="how long to wait for each thing")
    args = parser.parse_args()
    seen = []
    try:
        run(args.pid, set(args.cue), args.patience_secs, seen)
    except Missing as missing:
        say("missing", str(missing))
        sys.stderr.write("What a screen reader finds:\n")
        dump(seen[-1], sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
