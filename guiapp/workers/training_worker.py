"""The training worker: a QObject that lives on its own QThread and drives the engine's Trainer.

It never touches widgets. Everything it sends is a copy (``Snapshot``), throttled to about 30 a
second, with at most one snapshot in flight: while the GUI has not taken the previous one, the
worker keeps training and gathers the finished epochs into the next one (none is lost).

Cancelling is lock-free: every run request carries an id, and the controller raises
``cancel_before`` (a plain int, set from the GUI thread) to end every run with a smaller id.
The loop looks at it between minibatches, so a cancel takes effect within one batch.
"""

from __future__ import annotations

import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from threadpoolctl import threadpool_limits

from ..engine.training import Trainer, TrainingDiverged
from ..state.snapshot import EPOCH_COLUMNS, Snapshot, ViewSpec
from .views import compute_boundary, compute_evaluation

EMIT_INTERVAL = 1.0 / 30.0
#: BLAS threads while training (see TrainingWorker.run).
BLAS_THREADS = 1


class TrainingWorker(QObject):
    """Runs training jobs handed to it by the TrainingController (queued slots, in order)."""

    snapshot_ready = Signal(object)        # Snapshot
    run_finished = Signal(int, str)        # (request id, reason: "limit" | "cancelled" | "step")
    diverged = Signal(int, str, int)       # (request id, message, epoch the weights were restored to)
    failed = Signal(int, str)              # (request id, message)

    def __init__(self):
        super().__init__()
        self.cancel_before = 0           # runs with an id below this stop at the next batch
        self.gui_busy = False            # a snapshot is in flight; the GUI clears this flag
        self._trainer: Trainer | None = None
        self._net = None
        self._network_id = 0
        self._views = ViewSpec()
        self._epoch_limit: int | None = None
        self._pending: list[tuple] = []  # epoch rows not yet sent
        self._elapsed = 0.0
        self._evaluated_epoch = -1
        self._evaluation = None

    # ---- job set-up (queued from the GUI thread, so they run in order with run()) -----------
    @Slot(object)
    def set_network(self, job: tuple) -> None:
        """job = (network_id, net, views): a new network to show (training job cleared)."""
        self._network_id, self._net, self._views = job
        self._trainer = None
        self._pending = []
        self._elapsed = 0.0
        self._evaluation = None
        self._evaluated_epoch = -1

    @Slot(object)
    def set_trainer(self, job: tuple) -> None:
        """job = (network_id, trainer, epoch_limit)."""
        network_id, trainer, epoch_limit = job
        if network_id != self._network_id:
            return
        self._trainer = trainer
        self._epoch_limit = epoch_limit

    def set_learning_rate(self, lr: float) -> None:
        """Thread-safe: a float assignment the loop picks up at the next batch."""
        trainer = self._trainer
        if trainer is not None:
            trainer.optimizer.learning_rate = float(lr)

    # ---- running ----------------------------------------------------------------------------
    @Slot(int, str)
    def run(self, request_id: int, mode: str) -> None:
        """mode "run": until cancelled or the epoch limit; "epoch": finish one epoch; "batch": one batch.

        BLAS runs on one thread meanwhile (DESIGN §3): on a 2-core laptop the GUI thread needs
        the other core, and 2-thread BLAS stalls 10-200x whenever the cores are contended.
        """
        with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
            self._run(request_id, mode)

    def _run(self, request_id: int, mode: str) -> None:
        trainer = self._trainer
        if trainer is None or request_id < self.cancel_before:
            self.run_finished.emit(request_id, "cancelled")
            return
        reason = "cancelled"
        start = last_emit = time.perf_counter()
        steps_at_emit, epochs_at_emit = trainer.steps, trainer.epoch
        pending = self._pending
        limit = self._epoch_limit
        try:
            while request_id >= self.cancel_before:
                if limit is not None and trainer.epoch >= limit and trainer.batch == 0:
                    reason = "limit"
                    break
                result = trainer.step_batch()
                if result is not None:
                    pending.append((result.epoch, result.train_loss, result.train_acc,
                                    np.nan if result.test_loss is None else result.test_loss,
                                    np.nan if result.test_acc is None else result.test_acc,
                                    result.penalty))
                    if mode == "epoch":
                        reason = "step"
                        break
                if mode == "batch":
                    reason = "step"
                    break
                now = time.perf_counter()
                if now - last_emit >= EMIT_INTERVAL and not self.gui_busy:
                    self._elapsed += now - last_emit
                    dt = now - last_emit
                    self._emit(trainer, (trainer.steps - steps_at_emit) / dt, (trainer.epoch - epochs_at_emit) / dt)
                    last_emit, steps_at_emit, epochs_at_emit = now, trainer.steps, trainer.epoch
        except TrainingDiverged as exc:
            self._drop_pending_after(exc.restored_epoch)
            self._emit(trainer, 0.0, 0.0, force_heavy=True)
            self.diverged.emit(request_id, str(exc), exc.restored_epoch)
            return
        except Exception as exc:  # a bug or bad data: tell the user, keep the app alive
            detail = traceback.format_exc(limit=3)
            self.failed.emit(request_id, f"{type(exc).__name__}: {exc}\n\n{detail}")
            return
        now = time.perf_counter()
        self._elapsed += now - last_emit
        dt = max(now - last_emit, 1e-9)
        self._emit(trainer, (trainer.steps - steps_at_emit) / dt, (trainer.epoch - epochs_at_emit) / dt,
                   force_heavy=True)
        self.run_finished.emit(request_id, reason)

    def _drop_pending_after(self, epoch: int) -> None:
        self._pending[:] = [row for row in self._pending if row[0] <= epoch]

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
            learning_rate=trainer.optimizer.learning_rate if trainer else 0.0,
            boundary=boundary,
            evaluation=self._evaluation,
        )
        self.gui_busy = True
        self.snapshot_ready.emit(snap)
