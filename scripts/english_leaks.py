#!/usr/bin/env python3
"""Print every string of the app that is still English when it runs in Russian, per panel.

    .venv/bin/python scripts/english_leaks.py              # counts per panel, then each string
    .venv/bin/python scripts/english_leaks.py --summary    # counts only
    .venv/bin/python scripts/english_leaks.py --lang en    # (sanity) the same walk in English

It builds the main window offscreen in Russian on a fresh session (never the user's settings) and
goes through tests/ui/russian_walk.py: every state (idle, training, paused, stopped, the epoch
limit), every kind of data (truth tables, the spiral trained, your own points, the MNIST sample
trained with a drawing, a CSV table), the designer's and the settings' notes, hover texts,
messages, and every dialog (caught before it shows: message boxes, file dialogs, CSV import,
download and its failures, load progress, a model that does not fit). tests/ui/test_i18n_russian.py
asserts the same walk finds nothing. Strings are counted once per (panel, widget, property, text).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))


def _pump(app, seconds: float, until=None) -> bool:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.005)
    return until is None


def collect(language: str = "ru") -> list:
    """Every English string of the whole walk (tests/ui/russian_walk.py), each once."""
    from PySide6.QtCore import QSettings

    tmp = tempfile.mkdtemp(prefix="backprop-lab-leaks-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp

    from russian_walk import WalkContext, walk

    from guiapp.app import build_window, create_application
    from guiapp.ui.i18n import install_language

    app = create_application()
    install_language(language)
    window, session, controller = build_window(None)
    window.ask = lambda title, text: True
    window.show()
    _pump(app, 0.5)

    def wait(condition, timeout_ms):
        if not _pump(app, timeout_ms / 1000, condition):
            raise TimeoutError("the walk waited too long")

    ctx = WalkContext(window, session, controller, wait, Path(tmp))
    try:
        walk(ctx)
    finally:
        controller.stop()
        window.close()
        controller.shutdown()
        app.processEvents()
    unique, seen = [], set()
    for leak in ctx.leaks:
        key = (leak.where, leak.widget, leak.prop, leak.text)
        if key not in seen:
            seen.add(key)
            unique.append(leak)
    return unique


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="ru", choices=("ru", "en"))
    parser.add_argument("--summary", action="store_true", help="counts per panel only")
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from english_leaks import leaks_by_panel, pattern

    leaks = collect(args.lang)
    groups = leaks_by_panel(leaks)
    print(f"{len(leaks)} English strings in {args.lang}, {len({pattern(x.text) for x in leaks})} distinct "
          f"(numbers masked; one template shown for 32 neurons counts once):")
    print(f"  {'where':40} {'strings':>7} {'distinct':>8}")
    for where, items in groups.items():
        print(f"  {where:40} {len(items):7} {len({pattern(x.text) for x in items}):8}")
    if not args.summary:
        for where, items in groups.items():
            print(f"\n== {where} ({len(items)})")
            for leak in items:
                print(f"  {leak.widget}.{leak.prop}: {leak.text[:140]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
