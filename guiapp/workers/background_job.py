"""Run one slow function (a download, loading a big file) on its own QThread, with progress,
status text, and a cancel flag — so the window never freezes.

    job = BackgroundJob(lambda ctx: download_mnist(folder, progress=ctx.progress, cancel=ctx.cancel))
    job.progress.connect(...); job.succeeded.connect(...); job.failed.connect(...)
    job.start()

The function gets a ``JobContext``: ``ctx.progress(done, total)``, ``ctx.status(text)`` and
``ctx.cancel`` (a ``threading.Event`` it should check). Signals arrive on the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class JobContext:
    """What the job function may use; its callbacks are safe to call from the job's thread."""

    def __init__(self, runner: "_Runner"):
        self._runner = runner
        self.cancel = threading.Event()

    def progress(self, done, total) -> None:
        self._runner.progress.emit(done, total)

    def status(self, text: str) -> None:
        self._runner.status.emit(str(text))


class _Runner(QObject):
    progress = Signal(object, object)
    status = Signal(str)
    done = Signal(bool, object)  # (ok, result or exception)

    def __init__(self, fn: Callable[[JobContext], Any]):
        super().__init__()
        self.fn = fn
        self.ctx = JobContext(self)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.ctx)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.done.emit(False, exc)
        else:
            self.done.emit(True, result)


class BackgroundJob(QObject):
    """One run of ``fn(ctx)`` on a fresh QThread. Emits ``succeeded(result)`` or ``failed(exc)``,
    then ``finished()`` once the thread has ended."""

    progress = Signal(object, object)   # (done, total or None)
    status = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[JobContext], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("backgroundJobThread")
        self._runner = _Runner(fn)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.status.connect(self.status)
        self._runner.done.connect(self._on_done)
        self.done = False
        self.ok = False
        self.result: Any = None

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the function to stop (it checks ``ctx.cancel``)."""
        self._runner.ctx.cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._runner.ctx.cancel.is_set()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has ended (used when closing)."""
        return bool(self._thread.wait(timeout_ms))

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @Slot(bool, object)
    def _on_done(self, ok: bool, value) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done, self.ok, self.result = True, ok, value
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()
