"""The training worker: a QObject that lives on its own QThread, owns the live network while it
exists, and builds and drives the engine's Trainer.

The GUI thread sends it plain descriptions (``RunRequest`` holding a ``TrainingJob``: which network,
the data, the settings); the worker builds its Trainer from them and, when the settings changed,
rebuilds it here, carrying over its own counters, so the epoch count never goes back and no
epoch is counted twice, however far behind the GUI's copy of the history is.

It never touches widgets. Everything it sends is a copy (``Snapshot``), throttled to about 30 a
second, with at most one snapshot in flight: while the GUI has not taken the previous one, the
worker keeps training and gathers the finished epochs into the next one (none is lost).

Cancelling is lock-free: every run request carries an id, and ``cancel(before)`` (called on the
GUI thread) ends every run with a smaller id. The loop looks between minibatches, so a cancel
takes effect within one batch. ``cancel`` also sets an event, the one the timed wait between
epochs waits on, so a cancel interrupts that wait as well.

Pace (``guiapp.state.pace``): at a pace of p epochs a second the worker trains each epoch at full
speed, sends it, and waits until 1/p seconds after the epoch began, on that event (no busy loop,
no sleep on the GUI thread); ``set_pace`` wakes it so a new pace applies at once. Full speed
(``pace`` None) is the same loop without the wait.

Rewind (``guiapp.state.rewind``): at the end of the epochs the ``RewindSchedule`` keeps (every
epoch at first, then log-spaced), the worker copies where training stands (``TrainerState``) and
sends the copies (``rewind_captured``) just before the snapshot that carries their epochs.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from threadpoolctl import threadpool_limits

from ..engine.trainer_state import TrainerState
from ..engine.training import Trainer, TrainingDiverged
from ..state.rewind import RewindSchedule
from ..state.snapshot import EPOCH_COLUMNS, Snapshot, ViewSpec
from ..state.tr_context import TrContext
from ..state.training_job import TrainingJob
from ..user_errors import UserError
from .snapshot_extras import ExtrasMaker
from .trainer_builder import update_trainer
from .views import compute_boundary, compute_evaluation

TrainingMessages = TrContext("TrainingMessages")

EMIT_INTERVAL = 1.0 / 30.0
#: BLAS threads while training (see TrainingWorker.run).
BLAS_THREADS = 1

#: Run modes: train until cancelled (or the epoch limit), finish one epoch, train one minibatch.
RUN, EPOCH, BATCH = "run", "epoch", "batch"


@dataclass(frozen=True)
class RunRequest:
    """One Start or Step, as the GUI thread sends it.

    request_id: increasing; ``cancel(before)`` ends the runs below ``before``.
    mode: ``RUN`` | ``EPOCH`` | ``BATCH``.
    job: what to train (the settings in force from this run on).
    fresh: a new run (after Stop, the epoch limit or a failure): a fresh optimizer, from the
        start of an epoch; the epoch and step counters go on.
    """

    request_id: int
    mode: str
    job: TrainingJob
    fresh: bool = False


class TrainingWorker(QObject):
    """Runs the training jobs the TrainingController hands it (queued slots, in order)."""

    snapshot_ready = Signal(object)        # Snapshot
    run_finished = Signal(int, str)        # (request id, reason: "limit" | "cancelled" | "step")
    diverged = Signal(int, object, int)    # (request id, the TrainingDiverged error, epoch restored to)
    failed = Signal(int, object)           # (request id, the UserError, or a text for a bug)
    state_captured = Signal(int, int, object)  # (token, network id, TrainerState): see request_capture
    rewind_captured = Signal(int, object)  # (network id, tuple of TrainerState): copies kept for rewinding
    restore_failed = Signal(int, object)   # (network id, the error or a text): a saved place could not be restored

    def __init__(self):
        super().__init__()
        self.cancel_before = 0           # runs with an id below this stop at the next batch
        self.gui_busy = False            # a snapshot is in flight; the GUI clears this flag
        #: The learning rate, live: set from the GUI thread (a float assignment), used from the
        #: next minibatch on, whatever run or Trainer is current.
        self.learning_rate: float | None = None
        self._wake = threading.Event()   # set by cancel(): interrupts timed waits
        self._trainer: Trainer | None = None
        self._job: TrainingJob | None = None  # the job self._trainer was made for
        self._net = None
        self._network_id = 0
        self._views = ViewSpec()
        self._pending: list[tuple] = []  # epoch rows not yet sent
        self._elapsed = 0.0
        self._evaluated_epoch = -1
        self._evaluation = None
        self._captures: list[int] = []   # tokens of state copies asked for (appended by the GUI thread)
        #: Epochs per second (None: full speed), live: set from the GUI thread, read between epochs.
        self.pace: float | None = None
        self._mark = (0.0, 0, 0)         # (time, steps, epochs) at the last snapshot sent
        self._rewind = RewindSchedule()
        self._rewind_pending: list[TrainerState] = []   # copies not sent yet
        self._rewind_last = -1           # the last epoch copied for rewinding
        #: Snapshot extras the views ask for (``state.snapshot.EXTRAS``): set from the GUI thread.
        self.extras: frozenset = frozenset()
        self._extras = ExtrasMaker()

    @property
    def trainer(self) -> Trainer | None:
        """The worker's Trainer (for tests and tools; read it only while no run is going)."""
        return self._trainer

    # ---- from the GUI thread (thread-safe: plain assignments) --------------------------------
    def cancel(self, before: int) -> None:
        """End every run whose id is below ``before`` (within one minibatch)."""
        if before > self.cancel_before:
            self.cancel_before = before
        self._wake.set()

    def set_learning_rate(self, lr: float) -> None:
        """Train at ``lr`` from the next minibatch on."""
        self.learning_rate = float(lr)

    def set_pace(self, epochs_per_second: float | None) -> None:
        """Train at this many epochs a second (None: full speed) from now on: a wait under way is
        cut short or stretched at once."""
        self.pace = None if epochs_per_second is None else float(epochs_per_second)
        self._wake.set()
    def set_extras(self, extras) -> None:
        """Add these extras (``state.snapshot.EXTRAS``) to the snapshots from the next one on."""
        self.extras = frozenset(extras)

    def request_capture(self, token: int) -> None:
        """Ask for a copy of where training stands (``TrainerState``), sent as ``state_captured``
        with ``token``: between two minibatches while a run goes on, else as soon as the queued
        ``serve_captures`` runs. Training is not interrupted."""
        self._captures.append(token)  # (list.append is atomic; only the worker thread pops)

    # ---- state copies and restores (worker thread) ----------------------------------------------
    @Slot()
    def serve_captures(self) -> None:
        """Send the state copies asked for (queued after ``request_capture``)."""
        self._serve_captures(self._trainer)

    def _serve_captures(self, trainer: Trainer | None) -> None:
        if not self._captures or self._net is None:
            return
        if trainer is not None:
            state = trainer.capture_state()
        else:  # nothing trained on this network yet: its weights at epoch 0
            state = TrainerState(params=self._net.flat_params.copy())
        while self._captures:
            self.state_captured.emit(self._captures.pop(0), self._network_id, state)

    @Slot(object)
    def restore(self, job: tuple) -> None:
        """job = (network_id, TrainingJob, TrainerState): put the live network and a Trainer at that
        place (weights, optimizer state, counters, shuffle generator), then send a snapshot."""
        network_id, training_job, state = job
        if self._net is None or network_id != self._network_id:
            return
        try:
            trainer = update_trainer(None, None, training_job, self._net, fresh=True,
                                     learning_rate=self.learning_rate)
            trainer.restore_state(state)
        except Exception as exc:  # a state that does not fit: the network keeps what it had
            self.restore_failed.emit(network_id, self._describe(exc))
            return
        self._trainer, self._job = trainer, training_job
        self._extras.reset(trainer.steps)
        self._pending = []
        self._rewind_pending, self._rewind_last = [], trainer.epoch   # the store keeps up to here
        self._evaluation = None
        self._evaluated_epoch = -1
        self._emit(trainer, 0.0, 0.0, force_heavy=True)

    # ---- jobs (queued from the GUI thread, so they run in order with run()) -------------------
    @Slot(object)
    def set_network(self, job: tuple) -> None:
        """job = (network_id, net, views): the new live network, now the worker's, and what to
        compute for the views. Its Trainer is made at the next run."""
        self._network_id, self._net, self._views = job
        self._trainer = None
        self._job = None
        self._pending = []
        self._rewind_pending, self._rewind_last = [], -1
        self._elapsed = 0.0
        self._evaluation = None
        self._evaluated_epoch = -1
        self._extras.reset(0)

    @Slot(object)
    def run(self, request: RunRequest) -> None:
        """Train as ``request`` says until it is done or cancelled.

        BLAS runs on one thread meanwhile (DESIGN §3): on a 2-core laptop the GUI thread needs
        the other core, and 2-thread BLAS stalls 10-200x whenever the cores are contended.
        """
        with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
            self._run(request)

    def _trainer_for(self, request: RunRequest) -> Trainer | None:
        """The Trainer for this request, built or updated here (None: a job for another network)."""
        job = request.job
        if self._net is None or job.network_id != self._network_id:
            return None
        trainer = update_trainer(self._trainer, self._job, job, self._net, fresh=request.fresh,
                                 learning_rate=self.learning_rate)
        self._trainer, self._job = trainer, job
        return trainer

    def _run(self, request: RunRequest) -> None:
        request_id, mode = request.request_id, request.mode
        self._wake.clear()
        if request_id < self.cancel_before:
            self.run_finished.emit(request_id, "cancelled")
            return
        try:
            trainer = self._trainer_for(request)
        except Exception as exc:  # settings the engine refuses: tell the user, keep the old trainer
            self.failed.emit(request_id, self._describe(exc))
            return
        if trainer is None:
            self.run_finished.emit(request_id, "cancelled")
            return
        reason = "cancelled"
        self._mark = (time.perf_counter(), trainer.steps, trainer.epoch)
        epoch_began = self._mark[0]     # when the epoch under way began (for the pace)
        limit = request.job.epoch_limit
        self._keep_for_rewind(trainer)  # the start (epoch 0), unless kept already
        try:
            while request_id >= self.cancel_before:
                if limit is not None and trainer.epoch >= limit and trainer.batch == 0:
                    reason = "limit"
                    break
                lr = self.learning_rate
                if lr is not None and lr != trainer.optimizer.learning_rate:
                    trainer.optimizer.learning_rate = lr
                result = trainer.step_batch()
                if self._captures:
                    self._serve_captures(trainer)
                if result is not None:
                    self._epoch_finished(result)
                    self._keep_for_rewind(trainer)
                    if mode == EPOCH:
                        reason = "step"
                        break
                if mode == BATCH:
                    reason = "step"
                    break
                now = time.perf_counter()
                if now - self._mark[0] >= EMIT_INTERVAL and not self.gui_busy:
                    self._emit_progress(trainer, now)
                if result is not None and mode == RUN:   # the next epoch begins now, or when the pace says
                    epoch_began = self._wait_for_pace(request_id, trainer, epoch_began) if self.pace is not None else now
        except TrainingDiverged as exc:  # the Trainer put its last good weights back, and its epoch
            self._pending[:] = [row for row in self._pending if row[0] <= exc.restored_epoch]
            self._rewind_pending[:] = [s for s in self._rewind_pending if s.epoch <= exc.restored_epoch]
            self._rewind_last = min(self._rewind_last, exc.restored_epoch)
            self._emit(trainer, 0.0, 0.0, force_heavy=True)
            self.diverged.emit(request_id, exc, exc.restored_epoch)
            return
        except Exception as exc:  # a bug or bad data: tell the user, keep the app alive
            self.failed.emit(request_id, self._describe(exc))
            return
        self._emit_progress(trainer, time.perf_counter(), force_heavy=True)
        self.run_finished.emit(request_id, reason)

    def _emit_progress(self, trainer: Trainer, now: float, force_heavy: bool = False) -> None:
        """Send a snapshot, with the speed measured since the last one."""
        last, steps, epochs = self._mark
        dt = max(now - last, 1e-9)
        self._elapsed += now - last
        self._emit(trainer, (trainer.steps - steps) / dt, (trainer.epoch - epochs) / dt, force_heavy=force_heavy)
        self._mark = (now, trainer.steps, trainer.epoch)

    def _wait_for_pace(self, request_id: int, trainer: Trainer, began: float) -> float:
        """The pace: after an epoch that began at ``began``, send it (unless one was sent a moment
        ago: about 30 snapshots a second at most), then wait until the next epoch is due, 1/pace
        after ``began``, on the event a cancel or a new pace sets. Returns when the next epoch
        begins (its due time: the average pace stays exact; after an epoch that took longer than
        1/pace, now: no burst to catch up)."""
        while True:
            self._wake.clear()   # before looking: a cancel or pace set after this wakes the wait
            pace = self.pace
            now = time.perf_counter()
            if request_id < self.cancel_before or pace is None:
                return now
            if self._pending and not self.gui_busy and now - self._mark[0] >= EMIT_INTERVAL - 0.5 / pace:
                self._emit_progress(trainer, now)
                now = time.perf_counter()
            due = began + 1.0 / pace
            if now >= due:
                return due if now - due < 1.0 / pace else now
            # while an epoch waits to be sent (the GUI was busy), look again every frame
            self._wake.wait(min(due - now, EMIT_INTERVAL) if self._pending else due - now)

    def _keep_for_rewind(self, trainer: Trainer) -> None:
        """At the end of an epoch the rewind schedule keeps: a copy of where training stands, sent
        just before the next snapshot."""
        epoch = trainer.epoch
        if trainer.batch != 0 or epoch <= self._rewind_last:
            return
        schedule = self._rewind
        schedule.configure(self._net.flat_params.nbytes, len(trainer.optimizer.state_arrays))
        if schedule.wants(epoch):
            self._rewind_pending.append(schedule.prepare(trainer.capture_state()))
            self._rewind_last = epoch

    def _epoch_finished(self, result) -> None:
        """An epoch ended: its row goes out with the next snapshot."""
        self._pending.append((result.epoch, result.train_loss, result.train_acc,
                              np.nan if result.test_loss is None else result.test_loss,
                              np.nan if result.test_acc is None else result.test_acc,
                              result.penalty))

    @staticmethod
    def _describe(exc: Exception):
        """What goes to the GUI about a failure: a UserError as it is (the GUI says it in the
        user's language), anything else (a bug) as a text with where it happened."""
        if isinstance(exc, UserError):
            return exc
        return f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=3)}"

    @Slot()
    def publish(self) -> None:
        """Send a snapshot of the current network (after a reset or a new design)."""
        self._emit(self._trainer, 0.0, 0.0, force_heavy=True)

    def _evaluate(self, net, trainer: Trainer | None, views: ViewSpec, force: bool):
        """The test-set view (confusion matrix, gallery guesses), as of the last finished epoch:
        built from the outputs the trainer kept when it measured the test set, so the test
        digits go through the network once per epoch, not again for the view. Before any epoch
        (a new network) it is computed here."""
        n = len(views.X_eval)
        outputs = trainer.last_test_outputs if trainer is not None else None
        if outputs is not None and len(outputs) >= n:
            if trainer.last_test_epoch != self._evaluated_epoch or self._evaluation is None:
                self._evaluated_epoch = trainer.last_test_epoch
                return compute_evaluation(net, views, outputs[:n], epoch=trainer.last_test_epoch)
            return self._evaluation
        if force or self._evaluation is None:
            return compute_evaluation(net, views, epoch=trainer.epoch if trainer else 0,
                                      batch=trainer.batch if trainer else 0)
        return self._evaluation

    def _emit(self, trainer: Trainer | None, steps_per_sec: float, epochs_per_sec: float,
              force_heavy: bool = False) -> None:
        net = self._net
        if net is None:
            return
        if self._rewind_pending:   # first: the store has them when the snapshot's epochs arrive
            self.rewind_captured.emit(self._network_id, tuple(self._rewind_pending))
            self._rewind_pending = []
        views = self._views
        boundary = compute_boundary(net, views.grid) if views.grid is not None else None
        if views.X_eval is not None and len(views.X_eval):
            self._evaluation = self._evaluate(net, trainer, views, force_heavy)
        epochs = np.array(self._pending, dtype=np.float64).reshape(-1, len(EPOCH_COLUMNS))
        self._pending.clear()
        snap = Snapshot(
            network_id=self._network_id,
            epoch=trainer.epoch if trainer else 0,
            batch=trainer.batch if trainer else 0,
            steps=trainer.steps if trainer else 0,
            params=tuple(net.copy_params()),
            layer_sizes=tuple(net.layer_sizes),
            epochs=epochs,
            steps_per_sec=steps_per_sec,
            epochs_per_sec=epochs_per_sec,
            elapsed=self._elapsed,
            learning_rate=trainer.optimizer.learning_rate if trainer else (self.learning_rate or 0.0),
            boundary=boundary,
            evaluation=self._evaluation,
            **self._extras.fields(self.extras, net, trainer, views, force_heavy),
        )
        self.gui_busy = True
        self.snapshot_ready.emit(snap)

