"""The one owner of the training thread: start, pause/resume, step, stop, reset, shutdown.

    Start        train until stopped (or the epoch limit); resumes where Pause left off
    Pause        stop between two minibatches, keeping the exact place in the epoch
    Step epoch   finish the current epoch;  Step batch: one minibatch
    Stop         end this run (weights and history stay; the next Start begins a new run)
    Reset        new random weights from the seed, history cleared

The training state (idle / running / paused / stopped) is the session's state machine
(``guiapp.state.training_state``); this controller fires its events as commands come in and as
the worker reports. The worker (a QObject without parent) lives on a QThread for the controller's
whole life; jobs go to it through queued signals, so they run in order. Each Start or Step sends
a plain ``TrainingJob`` (``Session.training_job()``): the worker builds or rebuilds its Trainer
from it on its own thread, from its own counters. The GUI thread never builds a Trainer and never
reads the arrays the worker is training.

Settings changed while training: the learning rate reaches the worker at once (used from the next
minibatch); everything else applies from the next Start, Resume or Step, continuing the same epoch
count and history. The pace (``session.pace``) also reaches the worker at once (from the next epoch).

Rewinding: the worker's copies of where training stood go to ``session.add_rewind``;
``rewind_viewer`` (:mod:`.rewind_viewer`, its own thread, ended with this one) makes the views of
an earlier epoch.

``shutdown()`` cancels, quits and waits, for a bounded time: closing the window mid-training
never leaves the thread running. A minibatch cannot be interrupted, so if one outlasts the wait,
``shutdown()`` says so (False) and keeps the thread and its worker alive until that batch ends
(``lingering_threads()``): their objects are never destroyed while the thread still runs.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..state import training_state as ts
from ..state.session import Session
from ..state.formatting import arg, format_int
from .rewind_viewer import RewindViewer
from .training_worker import BATCH, EPOCH, RUN, RunRequest, TrainingMessages, TrainingWorker

#: Threads (with their workers) whose shutdown timed out, kept alive until they end.
_LINGERING: list[tuple[QThread, TrainingWorker]] = []


def lingering_threads() -> list[QThread]:
    """Training threads whose shutdown timed out and that still run (each in one last minibatch)."""
    _LINGERING[:] = [(t, w) for t, w in _LINGERING if t.isRunning()]
    return [t for t, _ in _LINGERING]


def wait_for_lingering_threads(timeout_ms: int) -> bool:
    """Wait up to ``timeout_ms`` in all for the lingering training threads; True if none is left."""
    for thread in lingering_threads():
        if not thread.wait(max(0, timeout_ms)):
            return False
    return not lingering_threads()


class TrainingController(QObject):
    _request_run = Signal(object)       # RunRequest
    _request_network = Signal(object)   # (network_id, network, ViewSpec)
    _request_publish = Signal()
    _request_captures = Signal()
    _request_restore = Signal(object)   # (network_id, TrainingJob, TrainerState)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._next_id = 0
        self._active_id = -1        # the run whose end changes the state
        self._fresh_run = False     # the next run begins anew (after Stop, the limit, a failure)
        self._unreported = 0        # runs requested whose end the worker has not reported yet
        self._shut_down = False
        self._thread = QThread()
        self._thread.setObjectName("trainingThread")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self._thread)
        self.worker.set_learning_rate(session.config.learning_rate)
        self._request_run.connect(self.worker.run)
        self._request_network.connect(self.worker.set_network)
        self._request_publish.connect(self.worker.publish)
        self._request_captures.connect(self.worker.serve_captures)
        self._request_restore.connect(self.worker.restore)
        self.worker.state_captured.connect(self._on_state_captured)
        self.worker.restore_failed.connect(self._on_restore_failed)
        self._next_token = 0
        self._capture_callbacks: dict[int, object] = {}
        self.worker.snapshot_ready.connect(self._on_snapshot)
        self.worker.run_finished.connect(self._on_run_finished)
        self.worker.diverged.connect(self._on_diverged)
        self.worker.failed.connect(self._on_failed)
        self.worker.set_pace(session.pace)
        self.worker.rewind_captured.connect(self._on_rewind_captured)
        self._thread.start()
        #: Makes the views of earlier epochs (the rewind scrubber), on a thread of its own.
        self.rewind_viewer = RewindViewer(session, self)
        session.network_changed.connect(self._on_network_changed)
        session.config_changed.connect(self._on_config_changed)
        session.pace_changed.connect(self._on_pace_changed)
        session.extras_changed.connect(self._on_extras_changed)
        self.worker.set_extras(session.extras)
        self._on_network_changed()

    # ---- state ---------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.session.state

    @property
    def is_running(self) -> bool:
        return self.session.state == ts.RUNNING

    @property
    def worker_busy(self) -> bool:
        """Has the worker runs to do or to report? False once every run requested so far has
        ended and its last snapshot has reached the session (each run ends with exactly one of
        run_finished, diverged, failed, sent after its last snapshot)."""
        return self._unreported > 0

    def _cancel(self) -> None:
        """End every run requested so far (takes effect within one minibatch)."""
        self.worker.cancel(self._next_id)

    def _queue_run(self, mode: str) -> None:
        request = RunRequest(self._next_id, mode, self.session.training_job(), fresh=self._fresh_run)
        self._fresh_run = False
        self._next_id += 1
        self._unreported += 1
        self._active_id = request.request_id
        self._request_run.emit(request)

    # ---- commands --------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Start training, or resume after Pause."""
        if self.is_running:
            return
        limit = self.session.config.epochs
        if limit is not None and self.session.epoch >= limit:
            self.session.message.emit("info", arg(TrainingMessages.tr("The epoch limit (%1) is reached: raise it or "
                                                                      "press Reset."), format_int(limit)))
            return
        self.session.training_event(ts.START)
        self._queue_run(RUN)

    @Slot()
    def pause(self) -> None:
        if self.is_running:
            self._cancel()
            self.session.training_event(ts.PAUSE)

    @Slot()
    def toggle(self) -> None:
        """Space: start, pause or resume."""
        if self.is_running:
            self.pause()
        else:
            self.start()

    @Slot()
    def step_epoch(self) -> None:
        self._step(EPOCH)

    @Slot()
    def step_batch(self) -> None:
        self._step(BATCH)

    def _step(self, mode: str) -> None:
        """A step ends a continuous run; steps asked for in a row queue up (3 clicks, 3 batches)."""
        if self.is_running:
            self._cancel()
        self.session.training_event(ts.STEP)
        self._queue_run(mode)

    @Slot()
    def stop(self) -> None:
        self._cancel()
        _, after = self.session.training_event(ts.STOP)
        if after == ts.STOPPED:
            self._fresh_run = True

    @Slot()
    def reset(self) -> None:
        self._cancel()
        self.session.reset_network()  # -> IDLE, and _on_network_changed

    def publish(self) -> None:
        """Ask the worker for a fresh snapshot of the current network."""
        self._request_publish.emit()

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate now, even mid-epoch."""
        self.session.set_learning_rate(lr)

    # ---- where training stands, copied out and put back -------------------------------------
    def capture_state(self, callback) -> None:
        """Call ``callback(state)`` on the GUI thread with a copy of where training stands (a
        ``TrainerState``: weights, optimizer state, counters, shuffle generator), taken between two
        minibatches without stopping a run. Dropped if the network changes before it arrives."""
        token = self._next_token
        self._next_token += 1
        self._capture_callbacks[token] = (self.session.network_id, callback)
        self.worker.request_capture(token)
        self._request_captures.emit()

    def restore_state(self, state) -> None:
        """Put training at ``state`` (a ``TrainerState`` for the current network's design and
        data): weights, optimizer state and counters as they were; the state becomes paused and
        Start goes on from there. The caller sets the history to match (e.g. truncated to
        ``state.epoch``). If the worker cannot use the state, an error message says so."""
        self._cancel()
        self._active_id = -1
        self._fresh_run = False
        self.session.training_event(ts.RESTORED)
        self._request_restore.emit((self.session.network_id, self.session.training_job(), state))

    @Slot(int, int, object)
    def _on_state_captured(self, token: int, network_id: int, state) -> None:
        entry = self._capture_callbacks.pop(token, None)
        if entry is None:
            return
        wanted_id, callback = entry
        if network_id == wanted_id == self.session.network_id:
            callback(state)

    @Slot(int, object)
    def _on_restore_failed(self, network_id: int, problem) -> None:
        if network_id == self.session.network_id:
            self.session.message.emit("error", self._text(problem))

    def _text(self, problem) -> str:
        """A problem the worker reported, in the user's language (UserErrors through the
        session's ``describe_error``, which the window sets)."""
        return self.session.describe_error(problem) if isinstance(problem, BaseException) else str(problem)

    def request_shutdown(self) -> None:
        """End training and ask the thread to finish, without waiting (e.g. as the app quits)."""
        self._cancel()
        self._thread.quit()
        self.rewind_viewer.request_shutdown()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop training and end the thread, waiting at most ``timeout_ms``; True if it ended.

        False means the worker is still inside one minibatch (it ends the run right after it):
        the thread and the worker are then kept alive until they finish, never destroyed while
        running (``lingering_threads()``, ``wait_for_lingering_threads()``)."""
        self.request_shutdown()
        self.rewind_viewer.shutdown(timeout_ms)
        ok = bool(self._thread.wait(max(0, int(timeout_ms))))
        if not ok and not self._shut_down:
            _LINGERING.append((self._thread, self.worker))
            print(f"Backprop Lab: the training thread is still finishing a minibatch after {timeout_ms} ms; "
                  "it stops as soon as that minibatch ends.", file=sys.stderr)
        self._shut_down = True
        return ok

    # ---- from the session --------------------------------------------------------------------------
    @Slot()
    def _on_network_changed(self) -> None:
        """A new network (the session has set the state to idle): the worker owns it from now on."""
        self._cancel()
        self._active_id = -1
        self._fresh_run = False
        s = self.session
        self._request_network.emit((s.network_id, s.network, s.view_spec()))
        self._request_publish.emit()

    @Slot()
    def _on_config_changed(self) -> None:
        # Only the learning rate is live; the rest goes with the next run's job.
        self.worker.set_learning_rate(self.session.config.learning_rate)

    @Slot()
    def _on_pace_changed(self) -> None:
        self.worker.set_pace(self.session.pace)

    @Slot(int, object)
    def _on_rewind_captured(self, network_id: int, states) -> None:
        if network_id == self.session.network_id:
            self.session.add_rewind(states)

    @Slot()
    def _on_extras_changed(self) -> None:
        """A view asks for other snapshot extras: the worker adds them from its next snapshot on; when
        it is not training, it sends one now if a view asks for more than before."""
        wanted = self.session.extras
        more = not wanted <= self.worker.extras
        self.worker.set_extras(wanted)
        if more and not self.is_running:
            self._request_publish.emit()

    # ---- from the worker ---------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.worker.gui_busy = False
        self.session.apply_snapshot(snap)

    @Slot(int, str)
    def _on_run_finished(self, request_id: int, reason: str) -> None:
        self._unreported -= 1
        if request_id != self._active_id or reason != "limit":
            return
        self._fresh_run = True
        self.session.training_event(ts.LIMIT)
        self.session.message.emit("info", arg(TrainingMessages.tr("Reached the epoch limit (%1)."),
                                              format_int(self.session.config.epochs)))

    @Slot(int, object, int)
    def _on_diverged(self, request_id: int, error, restored_epoch: int) -> None:
        self._unreported -= 1
        if request_id != self._active_id:
            return
        self.session.truncate_history(restored_epoch)
        self.session.training_event(ts.DIVERGED)
        self.session.message.emit("error", self._text(error))

    @Slot(int, object)
    def _on_failed(self, request_id: int, problem) -> None:
        self._unreported -= 1
        if request_id != self._active_id:
            return
        self._fresh_run = True
        self.session.training_event(ts.FAILED)
        self.session.message.emit("error", arg(TrainingMessages.tr("Training failed: %1"), self._text(problem)))
