"""Fixtures for UI tests (pytest-qt, offscreen; tests/conftest.py sets the platform and a
throwaway settings folder).

- ``session``: a Session on XOR (2-4-1), as on first launch, but training at full speed (tests of
  the pace set it themselves: tests/ui/test_pace.py).
- ``controller``: its TrainingController; shut down (thread joined) after the test.
- ``window``: the MainWindow (no stored settings), shown; closed after the test.
- Every UI test fails if it leaves a QThread or a Python thread running.
"""

from __future__ import annotations

import gc
import os
import threading
import time

import pytest


def _running_qthreads():
    from PySide6.QtCore import QThread

    return [o for o in gc.get_objects() if isinstance(o, QThread) and _is_running(o)]


def _is_running(thread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # the C++ object is already gone
        return False


#: waitUntil timeouts are stretched by this factor: a wait ends as soon as its condition holds,
#: so this only matters when the 2 cores are busy (CI, other jobs) and a test would time out.
WAIT_SCALE = float(os.environ.get("BACKPROP_TEST_WAIT_SCALE", "5"))


@pytest.fixture(autouse=True)
def english_by_default(qapp):
    """Every test starts in English, as the app does with ``--lang en``: the English catalogue (its
    plural forms: "1 epoch", "2 epochs") and English numbers (12,730; 0.5), whatever this machine's
    locale is (C.UTF-8 here writes 12730). A test that wants Russian installs it (the ``language``
    fixture of i18n_fixtures)."""
    from guiapp.ui.i18n import current_language, install_language, installed_files

    if current_language() != "en" or not installed_files():
        install_language("en")
    yield


@pytest.fixture(autouse=True)
def patient_waits(qtbot, monkeypatch):
    original = type(qtbot).waitUntil

    def wait_until(self, callback, *, timeout=5000):
        return original(self, callback, timeout=int(timeout * WAIT_SCALE))

    monkeypatch.setattr(type(qtbot), "waitUntil", wait_until)


@pytest.fixture(autouse=True)
def no_leftover_threads(qapp):
    before = {t.ident for t in threading.enumerate()}
    yield
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        qapp.processEvents()
        # A _DummyThread is Python's record of a thread it did not start (a QThread that ran
        # Python code); it never ends, and QThreads are checked below instead.
        extra_py = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()
                    and not isinstance(t, threading._DummyThread)]
        qthreads = _running_qthreads()
        if not extra_py and not qthreads:
            return
        time.sleep(0.02)
    names = [t.name for t in extra_py] + [q.objectName() or "QThread" for q in qthreads]
    pytest.fail(f"threads left running after the test: {names}")


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: cycles are collected on the GUI thread only (``guiapp.ui.gui_thread_gc``);
    a collection on a training thread that frees Qt objects deadlocks or crashes."""
    from guiapp.ui.gui_thread_gc import install_gui_thread_collector

    return install_gui_thread_collector(qapp)


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp, gui_thread_collector):
    """Windows a test leaves (a language switch's replaced window, a host's window that was only
    closed) are deleted right after it, while their Python objects are
    whole. Left to the garbage collector, a window would be destroyed at some random later moment
    (inside another test), after the collector had already emptied the Python side of its panels'
    event filters, which Qt still calls while it takes the window apart."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMainWindow

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMainWindow):   # (not pyqtgraph's parentless menus, which Python still uses)
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gui_thread_collector.collect_now()   # their cycles too, here on the GUI thread


@pytest.fixture
def session(qapp):
    from guiapp.state.session import Session

    s = Session()
    s.set_pace(None)   # full speed: tests wait for thousands of XOR epochs
    return s


@pytest.fixture
def controller(session):
    from guiapp.workers.training_controller import TrainingController

    ctrl = TrainingController(session)
    yield ctrl
    assert ctrl.shutdown(), "the training thread did not stop"


@pytest.fixture
def window(qtbot, session, controller):
    from guiapp.ui.main_window import MainWindow

    win = MainWindow(session, controller, None)
    win.ask = lambda title, text: True  # confirmations answer Yes unless a test says otherwise
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def wait_until(qtbot, predicate, timeout=10_000):
    """Let the event loop run until ``predicate()`` is true (fails after ``timeout`` ms)."""
    qtbot.waitUntil(predicate, timeout=timeout)
