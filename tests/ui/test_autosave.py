"""Autosave with a fake clock: at the latest 30 s after the first unsaved change, at once when
training pauses or stops, never without changes, off the GUI thread for large projects; the
file is removed once the project is saved or the app exits cleanly; files crashed apps left are
found (and only those)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from guiapp.state.autosave import AutosaveFolder, AutosaveSchedule
from guiapp.state.project import read_project, read_summary
from guiapp.state.project_document import ProjectDocument


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t

    def advance(self, seconds):
        self.t += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def autosave(qtbot, session, controller, clock, tmp_path):
    from guiapp.workers.autosaver import Autosaver

    document = ProjectDocument(session)
    saver = Autosaver(session, controller, document, AutosaveFolder(tmp_path / "autosave"), clock=clock,
                      tick_ms=3_600_000)   # ticks by hand only
    yield saver
    saver.clean_exit()


def _wait_saved(qtbot, saver, count):
    qtbot.waitUntil(lambda: saver.saves >= count and not saver.busy, timeout=10_000)


def test_the_schedule_saves_30_s_after_the_first_change_and_at_once_when_asked():
    clock = FakeClock()
    s = AutosaveSchedule(30, clock)
    assert not s.due()
    s.changed()
    clock.advance(10)
    s.changed()                   # a later change does not push the save back
    clock.advance(19.9)
    assert not s.due()
    clock.advance(0.1)
    assert s.due()
    s.begin()
    assert not s.due()
    s.changed()                   # a change while writing: its own 30 s
    clock.advance(5)
    s.request()                   # training paused: now
    assert s.due()
    s.begin()
    s.failed()                    # the write failed: retry 30 s later, not at every tick
    assert not s.due()
    clock.advance(30)
    assert s.due()
    s.request()
    s.clear()                     # saved by the user: nothing to do
    assert not s.due()


def test_no_changes_no_autosave(qtbot, autosave, clock):
    clock.advance(3600)
    autosave.tick()
    assert not autosave.folder.own_path.exists() and autosave.saves == 0


def test_a_change_is_autosaved_within_30_seconds(qtbot, session, autosave, clock):
    session.set_learning_rate(0.25)
    clock.advance(29)
    autosave.tick()
    assert not autosave.folder.own_path.exists()
    clock.advance(1)
    autosave.tick()
    _wait_saved(qtbot, autosave, 1)
    assert read_project(autosave.folder.own_path).config.learning_rate == 0.25
    clock.advance(600)
    autosave.tick()               # nothing changed since
    assert autosave.saves == 1


def test_training_pausing_or_stopping_autosaves_at_once(qtbot, session, controller, autosave):
    controller.step_epoch()       # -> paused after one epoch
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    _wait_saved(qtbot, autosave, 1)
    qtbot.waitUntil(lambda: read_summary(autosave.folder.own_path)["epoch"] == session.epoch, timeout=10_000)
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 30, timeout=10_000)
    controller.stop()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    qtbot.waitUntil(lambda: autosave.saves >= 2 and not autosave.busy, timeout=10_000)
    qtbot.waitUntil(lambda: read_project(autosave.folder.own_path).epoch == session.epoch, timeout=10_000)
    p = read_project(autosave.folder.own_path)
    np.testing.assert_array_equal(p.history[:, 1], session.history.column("train_loss"))


def test_a_large_project_is_written_on_another_thread(qtbot, session, autosave, clock, monkeypatch):
    import threading

    from guiapp.state import project as project_module
    from guiapp.workers import autosaver as autosaver_module

    monkeypatch.setattr(autosaver_module, "SYNC_LIMIT", 0)
    threads = []
    real = project_module.write_project

    def recording(*args, **kw):
        threads.append(threading.current_thread().name)
        return real(*args, **kw)

    monkeypatch.setattr(autosaver_module, "write_project", recording)
    session.set_learning_rate(0.3)
    autosave.save_now()
    _wait_saved(qtbot, autosave, 1)
    assert threads == ["autosaveWriter"]
    assert read_project(autosave.folder.own_path).config.learning_rate == 0.3


def test_a_failed_write_is_said_and_retried(qtbot, session, autosave, clock, monkeypatch):
    from guiapp.state.archive import ArchiveWriteError
    from guiapp.workers import autosaver as autosaver_module

    def full(*args, **kw):
        raise ArchiveWriteError("could not save: No space left on device", file="x", reason="No space left on device")

    errors = []
    autosave.failed.connect(errors.append)
    monkeypatch.setattr(autosaver_module, "write_project", full)
    session.set_learning_rate(0.3)
    clock.advance(30)
    autosave.tick()
    qtbot.waitUntil(lambda: bool(errors) and not autosave.busy, timeout=5000)
    assert "No space left" in errors[0] and not autosave.folder.own_path.exists()
    monkeypatch.undo()
    autosave.tick()               # not at every tick...
    assert autosave.saves == 0
    clock.advance(30)             # ...but after another 30 s
    autosave.tick()
    _wait_saved(qtbot, autosave, 1)
    assert autosave.folder.own_path.exists()


def test_saving_the_project_removes_the_autosave_and_a_clean_exit_removes_everything(qtbot, session, autosave,
                                                                                      clock, tmp_path):
    session.set_learning_rate(0.3)
    autosave.save_now()
    _wait_saved(qtbot, autosave, 1)
    assert autosave.folder.own_path.exists()
    autosave.document.saved(tmp_path / "mine.bplab", autosave.document.generation)
    assert not autosave.document.modified and not autosave.folder.own_path.exists()
    session.set_learning_rate(0.4)
    autosave.save_now()
    _wait_saved(qtbot, autosave, 2)
    autosave.clean_exit()
    assert list((tmp_path / "autosave").iterdir()) == []


_CRASH = r"""
import os, sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1] + ".lock"); lock.setStaleLockTime(0); assert lock.tryLock(0)
open(sys.argv[1], "wb").write(open(sys.argv[2], "rb").read())
os._exit(0)   # like kill -9: the lock file stays
"""


def test_files_of_crashed_apps_are_found_and_those_of_running_ones_are_not(qtbot, session, autosave, tmp_path):
    session.set_learning_rate(0.3)
    autosave.save_now()
    _wait_saved(qtbot, autosave, 1)
    folder = tmp_path / "autosave"
    crashed = folder / "session-20261123-104200-1.bplab"
    subprocess.run([sys.executable, "-c", _CRASH, str(crashed), str(autosave.folder.own_path)], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (folder / (crashed.name + ".lock")).exists()
    (folder / ("." + crashed.name + ".abc.tmp")).write_bytes(b"half")   # an interrupted write

    other = AutosaveFolder(folder)          # the app started again (while this one still runs)
    found = other.recoverable()
    assert [r.path for r in found] == [crashed]              # not the running app's own file
    assert found[0].summary["dataset"] == "XOR" and found[0].summary["epoch"] == 0
    assert not (folder / ("." + crashed.name + ".abc.tmp")).exists()
    third = AutosaveFolder(folder)
    assert third.recoverable() == []                          # taken by `other` now
    other.clean_exit()                                        # declined, then a clean exit
    assert not crashed.exists() and autosave.folder.own_path.exists()


def test_the_rewind_entries_are_written_once_each_beside_the_autosave(qtbot, session, controller, autosave):
    """An autosave names its rewind entries in the folder beside it instead of holding them: the
    next save writes only the epochs kept since, and opening the autosave brings them all back."""
    from guiapp.state.rewind_files import entries_folder
    from guiapp.workers.project_io import prepare_project

    def train_and_save(epochs, saves):
        for _ in range(epochs):
            controller.step_epoch()
            qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
        qtbot.waitUntil(lambda: autosave.saves >= saves and not autosave.busy
                        and read_summary(autosave.folder.own_path)["epoch"] == session.epoch, timeout=10_000)

    train_and_save(3, 1)
    folder = entries_folder(autosave.folder.own_path)
    first = sorted(p.name for p in folder.iterdir())
    assert list(session.rewind.epochs) == [0, 1, 2, 3] and len(first) == 4
    train_and_save(2, 2)
    assert autosave.entry_files.last_written == 1            # epoch 5 (epoch 4's save wrote epoch 4)
    now = sorted(p.name for p in folder.iterdir())
    assert set(first) < set(now) and len(now) == 6
    p = read_project(autosave.folder.own_path)
    assert p.rewind is None and [e["epoch"] for e in p.rewind_files["entries"]] == [0, 1, 2, 3, 4, 5]
    prepared = prepare_project(autosave.folder.own_path)
    assert prepared.rewind_problem == "" and prepared.rewind_lost == ()
    assert list(prepared.rewind.epochs) == [0, 1, 2, 3, 4, 5]
    np.testing.assert_array_equal(prepared.rewind.state_at(2).params, session.rewind.state_at(2).params)

    autosave.document.saved(autosave.folder.own_path.with_name("mine.bplab"), autosave.document.generation)
    assert not folder.exists()                                # saved by the user: the entries go too
    session.set_learning_rate(0.4)
    autosave.save_now()
    qtbot.waitUntil(lambda: autosave.saves >= 3 and not autosave.busy, timeout=10_000)
    assert len(list(folder.iterdir())) == 6                   # all written anew for the new autosave
    autosave.clean_exit()
    assert not folder.exists() and not autosave.folder.own_path.exists()


def test_rewind_entries_nobody_names_are_swept_up(qtbot, session, autosave, tmp_path):
    """A crashed app that wrote entries but never its first autosave leaves a folder no file names."""
    folder = tmp_path / "autosave"
    folder.mkdir()
    orphan = folder / "session-20261123-104200-1-abcdef.bplab.rewind"
    orphan.mkdir()
    (orphan / "epoch-0-0123abcd.bpentry").write_bytes(b"x")
    running = AutosaveFolder(folder)
    assert running.prepare()                                  # another app, running, before its first save
    mine = folder / (running.own_path.name + ".rewind")
    mine.mkdir()
    AutosaveFolder(folder).recoverable()
    assert not orphan.exists() and mine.exists()
    running.clean_exit()
    assert not mine.exists()
