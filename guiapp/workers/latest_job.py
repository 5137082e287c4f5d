"""Compute a view's numbers off the GUI thread, newest request first: ``LatestJob``.

A view that follows training asks for a new picture with every snapshot (30 a second); only the
newest request matters. ``submit(fn)`` runs ``fn()`` on a short-lived thread if none is running,
else keeps it as the one pending request (replacing an older pending one), started when the
running one ends (after a rest as long as it took, when that was more than ``MIN_REST``: the
view's thread never takes more than half a core from training). Results arrive on the GUI thread as ``done(result)`` or ``failed(exception)``.

The thread has no event loop (``QThread.run`` is the function itself), so it ends on its own the
moment ``fn`` returns, even if the GUI thread is busy or gone; ``wait()`` joins it (the panel
calls it when it is closed; the application waits for every running one before it quits).
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

#: Jobs quicker than this (seconds) are followed at once by the next request.
MIN_REST = 0.01
#: Jobs still running, kept alive until their thread has ended (a panel may be gone by then).
_RUNNING: set["_JobThread"] = set()
_QUIT_HOOKED = False


def wait_all(timeout_ms: int = 5000) -> bool:
    """Wait for every job thread still running (at quit). True if all ended."""
    return all(thread.wait(timeout_ms) for thread in list(_RUNNING))


def _hook_quit() -> None:
    global _QUIT_HOOKED
    app = QCoreApplication.instance()
    if app is not None and not _QUIT_HOOKED:
        app.aboutToQuit.connect(wait_all)
        _QUIT_HOOKED = True


class _JobThread(QThread):
    """Runs one function; ``outcome`` is (ok, result or exception) once ``finished`` is emitted."""

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.setObjectName("viewJobThread")
        self.fn = fn
        self.outcome: tuple[bool, Any] | None = None

    def run(self) -> None:
        try:
            self.outcome = (True, self.fn())
        except Exception as exc:  # handed to the GUI thread
            self.outcome = (False, exc)


class LatestJob(QObject):
    """One view's background computations, at most one running and one waiting."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _JobThread | None = None
        self._pending: Callable[[], Any] | None = None
        self._started = 0.0
        # A job that took t seconds is followed by a pause of t before the next one: the view's
        # thread computes at most half the time, so training (MNIST: ~0.1 s a picture) keeps its core.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.timeout.connect(self._start_pending)
        self.runs = 0  # jobs started (for tests and benchmarks)

    def submit(self, fn: Callable[[], Any]) -> None:
        """Compute ``fn()`` off the GUI thread; an older request still waiting is dropped."""
        if self._thread is not None or self._rest.isActive():
            self._pending = fn
            return
        self._start(fn)

    def _start(self, fn: Callable[[], Any]) -> None:
        _hook_quit()
        thread = _JobThread(fn)
        thread.finished.connect(self._on_finished)
        _RUNNING.add(thread)
        self._thread = thread
        self.runs += 1
        self._started = time.perf_counter()
        thread.start()

    @Slot()
    def _start_pending(self) -> None:
        if self._pending is not None and self._thread is None:
            fn, self._pending = self._pending, None
            self._start(fn)

    def is_busy(self) -> bool:
        return self._thread is not None or self._pending is not None

    def cancel_pending(self) -> None:
        """Forget the request that has not started (the running one still ends and reports)."""
        self._pending = None
        self._rest.stop()

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until the running job's thread has ended (its result is then dropped)."""
        self._pending = None
        self._rest.stop()
        thread = self._thread
        return thread is None or thread.wait(timeout_ms)

    @Slot()
    def _on_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        thread.wait()  # ``finished`` comes from the thread just before it ends: a moment at most
        self._thread = None
        _RUNNING.discard(thread)
        ok, value = thread.outcome or (False, RuntimeError("the job ended without a result"))
        # (no deleteLater: the thread object is Python's; dropping the last reference deletes it once)
        took = time.perf_counter() - self._started
        (self.done if ok else self.failed).emit(value)
        if self._pending is not None and self._thread is None:
            if took < MIN_REST:
                self._start_pending()
            else:
                self._rest.start(int(1000 * took))
