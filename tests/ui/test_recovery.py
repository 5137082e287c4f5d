"""Crash recovery: the restore offer ("Restore the session from 10:42 — MNIST sample, 784-64-10,
epoch 37?"), restoring and declining in the window, and the real thing: the app in a child process
with a throwaway XDG_DATA_HOME trains, is killed with SIGKILL, starts again, offers the session,
and restoring brings back the epoch and the loss history of its last autosave."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QTime

from guiapp.state.autosave import AutosaveFolder
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.project import read_project, write_project
from guiapp.state.rewind_files import entries_folder, read_rewind_files

CHILD = Path(__file__).with_name("recovery_child.py")


def test_the_offer_says_when_what_and_how_far(qtbot):
    from guiapp.ui.dialogs.restore_offer import RestoreOffer

    when = datetime(2026, 11, 23, 10, 42).astimezone()
    summary = {"saved_at": when.isoformat(), "dataset": "MNIST sample", "layer_sizes": [784, 64, 10], "epoch": 37,
               "train_loss": 0.1234, "train_acc": 0.97, "test_acc": 0.955, "document": "/home/ann/digits.bplab"}
    dialog = RestoreOffer(summary, 0.0, now=when.replace(hour=11))
    qtbot.addWidget(dialog)
    time_text = QLocale().toString(QTime(10, 42), QLocale.FormatType.ShortFormat)
    assert dialog.question.text() == f"Restore the session from {time_text} — MNIST sample, 784-64-10, epoch 37?"
    assert "10:42" in time_text
    assert "digits.bplab" in dialog.details.text() and "95.5%" in dialog.details.text()
    assert dialog.restore_button.objectName() == "restoreButton" and dialog.restore_button.isDefault()
    assert dialog.decline_button.objectName() == "declineRestoreButton"
    another_day = RestoreOffer(summary, 0.0, now=when.replace(day=25))
    qtbot.addWidget(another_day)
    assert "23" in another_day.question.text().split("—")[0]      # not today: the date too


def _crashed_autosave(qtbot, window, folder: Path) -> Path:
    """A trained session's autosave as a crashed app leaves it (no app holds its lock)."""
    from guiapp.workers.project_io import capture_project

    session = window.session
    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons", {"n": 150, "seed": 9}))
    for _ in range(4):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)
    got = []
    capture_project(session, window.controller, got.append, document="/somewhere/moons.bplab")
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "session-20261123-104200-999999-abcdef.bplab"
    write_project(path, got[0].finish(), compress=False)
    return path


@pytest.fixture
def saver(window, tmp_path):
    from guiapp.ui.project_files import enable_autosave

    autosaver = enable_autosave(window.session, window.controller, AutosaveFolder(tmp_path / "autosave"),
                                tick_ms=3_600_000)
    yield autosaver
    autosaver.clean_exit()


def test_restoring_in_the_window_brings_the_session_back(qtbot, window, session, saver, tmp_path):
    from guiapp.ui.startup import offer_recovery

    path = _crashed_autosave(qtbot, window, tmp_path / "autosave")
    saved = read_project(path)
    window.project_files.new_action.trigger()                       # the next start: XOR, untrained
    assert session.epoch == 0
    asked = []
    assert offer_recovery(window, saver, lambda w, r: asked.append(r.summary) or True)
    assert asked[0]["epoch"] == 4 and asked[0]["dataset"] == "Moons"
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == 4, timeout=10_000)
    assert session.dataset.name == "Moons" and session.epoch == 4
    np.testing.assert_array_equal(session.history.column("train_loss"), saved.history[:, 1])
    assert window.windowTitle().startswith("moons.bplab") and window.isWindowModified()   # not saved there yet
    assert "Restored the session" in window.statusBar().currentMessage()
    assert path.exists()                         # kept until a clean exit...
    saver.clean_exit()
    assert not path.exists()                     # ...which removes it


def test_a_missing_rewind_entry_is_said_and_the_others_come_back(qtbot, window, session, saver, tmp_path):
    """An autosave whose rewind entry files lost one (a disk error, a user tidying up): restoring
    brings back everything else, the other epochs to rewind to included, and says what is missing."""
    from guiapp.state.rewind_files import RewindFileWriter
    from guiapp.ui.startup import offer_recovery
    from guiapp.workers.project_io import capture_project

    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons", {"n": 150, "seed": 9}))
    for _ in range(4):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)
    got = []
    capture_project(session, window.controller, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    path = tmp_path / "autosave" / "session-20261123-104200-999999-abcdef.bplab"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = RewindFileWriter(entries_folder(path)).sync(got[0].rewind)
    write_project(path, got[0].finish(rewind_files=doc), compress=False)
    (entries_folder(path) / doc["entries"][2]["file"]).unlink()
    window.project_files.new_action.trigger()
    said = []
    session.message.connect(lambda kind, text: said.append((kind, text)))
    assert offer_recovery(window, saver, lambda w, r: True)
    qtbot.waitUntil(lambda: session.epoch == 4, timeout=10_000)
    assert list(session.rewind.epochs) == [0, 1, 3, 4]
    warnings = [text for kind, text in said if kind == "warning"]
    assert warnings == ["1 of the epochs kept for rewinding could not be restored (epoch 2); the others and "
                        "everything else were."]


def test_declining_keeps_the_file_until_a_clean_exit(qtbot, window, session, saver, tmp_path):
    from guiapp.ui.startup import offer_recovery

    path = _crashed_autosave(qtbot, window, tmp_path / "autosave")
    window.project_files.new_action.trigger()
    assert not offer_recovery(window, saver, lambda w, r: False)
    assert session.epoch == 0 and session.dataset.name == "XOR" and path.exists()
    assert "kept" in window.statusBar().currentMessage()
    assert AutosaveFolder(tmp_path / "autosave").recoverable() == []   # this app holds it now
    saver.clean_exit()
    assert not path.exists()


def test_no_offer_without_a_crashed_session(qtbot, window, saver):
    from guiapp.ui.startup import offer_recovery

    assert not offer_recovery(window, saver, lambda w, r: pytest.fail("offered nothing to restore"))


# ---- the real thing: kill -9 ---------------------------------------------------------------------------------
def _lines(proc, until, timeout=120.0):
    """JSON lines from ``proc`` until ``until(line)`` holds; all lines read."""
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = proc.stdout.readline()
        if not raw:
            break
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        lines.append(line)
        if until(line):
            return lines
    raise AssertionError(f"the app did not get there; it printed {lines}")


@pytest.mark.slow
def test_after_kill_9_the_next_start_offers_the_session_and_restores_it(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(CHILD), "train"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        lines = _lines(proc, lambda line: line.get("epoch", 0) >= 30 and line.get("saved"))
        assert lines[0].get("started")
        saves = [line for line in lines if line.get("saved")]
        assert saves[-1]["dataset"] == "Spiral"
    finally:
        os.kill(proc.pid, signal.SIGKILL)          # kill -9: no clean exit, nothing more written
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    autosave = Path(saves[-1]["saved"])
    assert autosave.parent == tmp_path / "data" / "Backprop Lab" / "Backprop Lab" / "autosave"
    assert Path(str(autosave) + ".lock").exists()    # the dead app's lock is still there
    last = read_project(autosave)                     # what the last autosave holds (maybe newer than printed)
    assert last.epoch >= 30 and len(last.history) == last.epoch
    kept, problems = read_rewind_files(last.rewind_files, entries_folder(autosave), last.spec)
    assert problems == [] and kept.epochs[0] == 0 and kept.epochs[-1] == last.epoch   # every entry it names

    again = subprocess.run([sys.executable, str(CHILD), "restore"], capture_output=True, text=True, env=env,
                           timeout=180)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report["restored"] is True
    assert len(report["offers"]) == 1
    assert "— Spiral, 2-16-16-3, epoch " + format(last.epoch, ",") + "?" in report["offers"][0]
    assert report["epoch"] == last.epoch and report["dataset"] == "Spiral" and report["state"] == "paused"
    np.testing.assert_array_equal(report["losses"], last.history[:, 1])
    assert report["rewind"] == kept.epochs.tolist()     # the epochs to rewind to came back too
    assert report["modified"] and report["title"].startswith("Untitled")
    assert list(autosave.parent.glob("*.bplab")) == []   # the clean exit removed the autosaves ...
    assert not entries_folder(autosave).exists()          # ... and their rewind entries
