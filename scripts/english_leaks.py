#!/usr/bin/env python3
"""Print every string of the app that is still English when it runs in Russian, per panel.

    .venv/bin/python scripts/english_leaks.py              # counts per panel, then each string
    .venv/bin/python scripts/english_leaks.py --summary    # counts only
    .venv/bin/python scripts/english_leaks.py --lang en    # (sanity) the same walk in English

It builds the main window offscreen in Russian on a fresh session (never the user's settings) and
walks it (tests/ui/english_leaks.py) in several states: XOR idle, training, paused; the spiral;
the MNIST sample. Then the dialogs: every QMessageBox and QFileDialog the window's actions open
(caught before they show), every QDialog that reaches exec() (walked, then rejected), and the
progress dialog of loading data. Strings are counted once per (panel, widget, property, text).
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


class DialogCatcher:
    """Stands in for the blocking dialogs: records their texts as leaks of "dialogs" instead."""

    def __init__(self, find_leaks, english_words, Leak):
        self.find_leaks, self.english_words, self.Leak = find_leaks, english_words, Leak
        self.leaks = []
        self._undo = []

    def _text(self, where: str, prop: str, text: str) -> None:
        words = self.english_words(text or "")
        if words:
            self.leaks.append(self.Leak(where, "QMessageBox/QFileDialog", prop, text, tuple(words)))

    def _patch(self, owner, name, replacement) -> None:
        self._undo.append((owner, name, owner.__dict__.get(name, getattr(owner, name))))
        setattr(owner, name, replacement)

    def __enter__(self):
        from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

        catcher = self

        def message_box(kind):
            def record(parent, title, text, *args, **kwargs):
                catcher._text(f"dialogs: QMessageBox.{kind}", "windowTitle", title)
                catcher._text(f"dialogs: QMessageBox.{kind}", "text", text)
                return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
            return staticmethod(record)

        for kind in ("about", "question", "warning", "information", "critical"):
            self._patch(QMessageBox, kind, message_box(kind))

        def file_dialog(kind):
            def record(parent=None, caption="", directory="", filter="", *args, **kwargs):
                catcher._text(f"dialogs: QFileDialog.{kind}", "caption", caption)
                catcher._text(f"dialogs: QFileDialog.{kind}", "filter", filter)
                return "" if kind == "getExistingDirectory" else ("", "")
            return staticmethod(record)

        for kind in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
            self._patch(QFileDialog, kind, file_dialog(kind))

        def exec_(dialog, *args):
            catcher.leaks.extend(catcher.find_leaks(dialog))
            return QDialog.DialogCode.Rejected

        self._patch(QDialog, "exec", exec_)
        original_close = QProgressDialog.close

        def close(dialog):
            catcher.leaks.extend(catcher.find_leaks(dialog))
            return original_close(dialog)

        self._patch(QProgressDialog, "close", close)
        return self

    def __exit__(self, *exc):
        for owner, name, value in reversed(self._undo):
            setattr(owner, name, value)


def _menu_actions(menu) -> list:
    """The actions of the window's menus, submenus included (never pyqtgraph's own menus)."""
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out += _menu_actions(action.menu())
        elif not action.isSeparator():
            out.append(action)
    return out


def collect(language: str = "ru") -> list:
    from PySide6.QtCore import QSettings

    tmp = tempfile.mkdtemp(prefix="backprop-lab-leaks-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["XDG_CONFIG_HOME"] = tmp

    from english_leaks import Leak, english_words, find_leaks

    from guiapp.app import build_window, create_application
    from guiapp.state.dataset_spec import DatasetSpec
    from guiapp.ui.i18n import install_language

    app = create_application()
    install_language(language)
    window, session, controller = build_window(None)
    window.ask = lambda title, text: True
    window.show()
    _pump(app, 0.5)
    leaks = []
    try:
        leaks += find_leaks(window)                              # XOR, idle
        controller.start()
        _pump(app, 10, lambda: session.epochs_done >= 20)
        leaks += find_leaks(window)                              # training
        controller.pause()
        _pump(app, 0.3)
        leaks += find_leaks(window)                              # paused
        for spec in (DatasetSpec("toy2d", "spiral"), DatasetSpec("mnist", "sample")):
            session.load_dataset_spec(spec)
            _pump(app, 0.5)
            leaks += find_leaks(window)
        with DialogCatcher(find_leaks, english_words, Leak) as catcher:
            # Loading data shows its progress dialog (walked when it closes).
            from guiapp.ui.dialogs.load_progress import load_dataset_with_progress

            load_dataset_with_progress(window, DatasetSpec("logic", "XOR"))
            for action in _menu_actions(window.menuBar()):
                text = action.text()
                if action.isEnabled() and (text.endswith("…") or text.endswith("...")
                                           or action.objectName() in ("aboutAction", "resetAction")):
                    action.trigger()
                    _pump(app, 0.1)
            csv = Path(tmp) / "xy_table.csv"
            csv.write_text("a,b,label\n1,2,x\n3,4,y\n", encoding="utf-8")
            from guiapp.ui.dialogs.csv_import_dialog import CsvImportDialog
            from guiapp.ui.dialogs.download_dialog import MnistDownloadDialog

            catcher.leaks += find_leaks(CsvImportDialog(csv, window))
            catcher.leaks += find_leaks(MnistDownloadDialog(window, dest=Path(tmp) / "mnist"))
        leaks += catcher.leaks
    finally:
        controller.stop()
        window.close()
        controller.shutdown()
        app.processEvents()
    unique, seen = [], set()
    for leak in leaks:
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
