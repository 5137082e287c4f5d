"""Autosave: while the project has unsaved changes, copy the session to this app's autosave file
at least every 30 s and whenever training pauses or stops (``guiapp.state.autosave`` has the
files and the timing).

The copy is taken between two minibatches without stopping training (``capture_project``); the
file is written by the archive's atomic writer (temp file, fsync, rename), on a thread of its own
when the project is large (more than ``SYNC_LIMIT`` bytes of arrays: MNIST's weights and optimizer
state), directly for small ones (XOR: a few milliseconds). Autosave files are stored
uncompressed: weights barely compress, and compressing would cost training time. At most one
write runs at a time; a save asked for meanwhile follows it.

The rewind store (up to 200 MB) is not rewritten at every save: its entries never change once
kept, so each goes into a file of its own beside the autosave once (``state.rewind_files``), and
the autosave names them. A save then writes the weights, the optimizer's state, the history and
only the epochs kept since the last save.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..state import training_state as ts
from ..state.autosave import AUTOSAVE_SECONDS, AutosaveFolder, AutosaveSchedule
from ..state.project import write_project
from ..state.rewind_files import RewindFileWriter, entries_folder
from .project_io import ProjectDraft, capture_project

#: Projects with more bytes of arrays than this are written on a thread of their own.
SYNC_LIMIT = 1 << 20
#: How often the schedule is looked at (ms).
TICK_MS = 1000


class Autosaver(QObject):
    saved = Signal(str, float)     # (path, seconds the write took)
    failed = Signal(str)           # why (the changes stay unsaved; retried later)
    _written = Signal(object, object, float)  # from the writing thread: (draft, error or None, seconds)

    def __init__(self, session, controller, document, folder: AutosaveFolder | None = None, *,
                 interval: float = AUTOSAVE_SECONDS, clock: Callable[[], float] = time.monotonic,
                 tick_ms: int = TICK_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.controller, self.document = session, controller, document
        self.folder = folder or AutosaveFolder()
        self.schedule = AutosaveSchedule(interval, clock)
        #: () -> dict: the view settings to keep (set by the window; {} without one).
        self.view_provider: Callable[[], dict] = dict
        self.enabled = True
        self.last_error = ""
        self.saves = 0
        #: Seconds of CPU the writes took on their thread, in all (what a benchmark reports).
        self.write_cpu_seconds = 0.0
        self.entry_files = RewindFileWriter(entries_folder(self.folder.own_path))
        self._capturing = False
        self._thread: threading.Thread | None = None
        self._again = False
        self._written.connect(self._on_written)
        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._on_modified_changed)
        # A run that ended (Pause, Stop, a step, the limit, divergence) has sent its last epochs:
        # the controller counts it first (connected before), then this saves.
        worker = controller.worker
        worker.run_finished.connect(self._on_run_ended)
        worker.diverged.connect(self._on_run_ended)
        worker.failed.connect(self._on_run_ended)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # ---- when --------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Is a copy or a write under way?"""
        return self._capturing or (self._thread is not None and self._thread.is_alive())

    @Slot()
    def _on_changed(self) -> None:
        self.schedule.changed()

    @Slot(bool)
    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:  # saved by the user (or a project opened): the file is current
            self.schedule.clear()
            if not self.busy:
                self._remove_own()

    @Slot()
    def _on_run_ended(self, *_args) -> None:
        """Training paused or stopped: save now (if anything changed)."""
        if self.session.state != ts.RUNNING:
            self.schedule.request()
            self.tick()

    @Slot()
    def tick(self) -> None:
        """Save if it is time (the timer calls this every second)."""
        if not self.enabled or not self.document.modified:
            return
        if self.schedule.due():
            self.save_now()

    # ---- how ---------------------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Copy the session and write the autosave (now, whatever the schedule). False if a save
        is already under way (another follows it) or the folder cannot be used."""
        if self.busy:
            self._again = True
            return False
        if not self.folder.prepare():
            self._fail(f"cannot write to {self.folder.folder}")
            return False
        self.schedule.begin()
        self._capturing = True
        capture_project(self.session, self.controller, self._on_draft, self._on_capture_failed,
                        view=self.view_provider(), document=self.document.path,
                        generation=self.document.generation)
        return True

    def _on_capture_failed(self, reason: str) -> None:
        self._capturing = False
        self.schedule.failed()  # (a new network: it is a change, and is saved on its own turn)

    def _on_draft(self, draft: ProjectDraft) -> None:
        self._capturing = False
        if draft.nbytes <= SYNC_LIMIT:
            self._write(draft)
            return
        self._thread = threading.Thread(target=self._write, args=(draft,), name="autosaveWriter")
        self._thread.start()

    def _write(self, draft: ProjectDraft) -> None:
        t0, cpu0 = time.perf_counter(), time.thread_time()
        error = None
        try:
            # the new rewind entries first, then the autosave naming them, then the files it no
            # longer names: the autosave on disk only ever names files that exist
            files = self.entry_files.sync(draft.rewind) if draft.rewind is not None else None
            write_project(self.folder.own_path, draft.finish(rewind_files=files), compress=False)
            self.entry_files.prune(files or {})
        except Exception as exc:  # disk full, no permission, ...: said, retried later
            error = exc
        self.write_cpu_seconds += time.thread_time() - cpu0
        self._written.emit(draft, error, time.perf_counter() - t0)

    @Slot(object, object, float)
    def _on_written(self, draft, error, seconds: float) -> None:
        if self._thread is not None:  # it has sent its last signal: it ends at once
            self._thread.join()
            self._thread = None
        if error is not None:
            self.schedule.failed()
            self._fail(str(error))
        else:
            self.schedule.succeeded()
            self.saves += 1
            self.last_error = ""
            if not self.document.modified:  # saved by the user meanwhile
                self._remove_own()
            self.saved.emit(str(self.folder.own_path), seconds)
        if self._again:
            self._again = False
            self.tick()

    def _remove_own(self) -> None:
        """The project is saved by the user: this app's autosave and its rewind entries go."""
        self.folder.remove_own()
        self.entry_files.forget()

    def _fail(self, reason: str) -> None:
        self.last_error = reason
        self.failed.emit(reason)

    # ---- the end -------------------------------------------------------------------------------------
    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for a write under way to end (True if none is left)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def shutdown(self) -> None:
        """No more autosaves; wait for the one being written."""
        self.enabled = False
        self.timer.stop()
        self.wait()

    def clean_exit(self) -> None:
        """The app quits normally (the project saved or discarded): remove the autosave files."""
        self.shutdown()
        self.folder.clean_exit()
