"""scripts/screenshots.py photographs what the user sees: its event pump delivers Qt's deferred
deletions, which ``processEvents`` alone never does outside the event loop (removed widgets such as
a dock's old tab bar stayed on screen and in the README's pictures)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def load_script():
    spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pump_delivers_deferred_deletions(qapp, qtbot):
    script = load_script()
    host = QWidget()
    qtbot.addWidget(host)
    gone = QLabel("removed by the app", host)
    gone.deleteLater()
    qapp.processEvents()
    assert shiboken6.isValid(gone)        # what the old pump did: the label is still there
    script.pump(qapp, 0.05)
    assert not shiboken6.isValid(gone)    # the new one runs the deletion, like the event loop
