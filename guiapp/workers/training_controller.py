"""The one owner of the training thread: start, pause/resume, step, stop, reset, shutdown.

    Start        train until stopped (or the epoch limit); resumes where Pause left off
    Pause        stop between two minibatches, keeping the exact place in the epoch
    Step epoch   finish the current epoch;  Step batch: one minibatch
    Stop         end this run (weights and history stay; the next Start begins a fresh run)
    Reset        new random weights from the seed, history cleared

The worker (a QObject without parent) lives on a QThread for the controller's whole life; jobs
go to it through queued signals, so they run in order. ``shutdown()`` cancels, quits and waits:
closing the window mid-training never leaves the thread running.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine.augment import random_shift
from ..engine.training import Trainer
from ..state.session import IDLE, PAUSED, RUNNING, STOPPED, Session
from .training_worker import TrainingWorker


class TrainingController(QObject):
    _request_run = Signal(int, str)
    _request_network = Signal(object)
    _request_trainer = Signal(object)
    _request_publish = Signal()

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._next_id = 0
        self._active_id = -1          # the run whose end changes the state
        self._trainer: Trainer | None = None
        self._trainer_stale = False   # settings changed while running: rebuild at next start
        self._config = session.config
        self._thread = QThread()
        self._thread.setObjectName("trainingThread")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self._thread)
        self._request_run.connect(self.worker.run)
        self._request_network.connect(self.worker.set_network)
        self._request_trainer.connect(self.worker.set_trainer)
        self._request_publish.connect(self.worker.publish)
        self.worker.snapshot_ready.connect(self._on_snapshot)
        self.worker.run_finished.connect(self._on_run_finished)
        self.worker.diverged.connect(self._on_diverged)
        self.worker.failed.connect(self._on_failed)
        self._thread.start()
        session.network_changed.connect(self._on_network_changed)
        session.config_changed.connect(self._on_config_changed)
        self._on_network_changed()

    # ---- state ---------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.session.state

    @property
    def is_running(self) -> bool:
        return self.session.state == RUNNING

    def _cancel(self) -> None:
        """End every run requested so far (takes effect within one minibatch)."""
        self.worker.cancel_before = self._next_id

    def _queue_run(self, mode: str) -> None:
        if self._trainer is None or self._trainer_stale:
            self._make_trainer()
        request_id = self._next_id
        self._next_id += 1
        self._active_id = request_id
        self._request_run.emit(request_id, mode)

    def _make_trainer(self) -> None:
        s = self.session
        ds, config = s.dataset, s.config
        # The worker owns the network while it trains: the trainer is built here (cheap, no
        # training) and handed over through the queued job.
        trainer = Trainer(s.network, ds.X_train, ds.y_train,
                          loss=None if s.spec.loss == "auto" else s.spec.loss,
                          optimizer=config.make_optimizer(), batch_size=config.batch_size,
                          shuffle=config.shuffle, seed=config.seed + s.epochs_done,
                          X_test=ds.X_test if ds.kind != "logic" else None,
                          Y_test=ds.y_test if ds.kind != "logic" else None,
                          augment=(random_shift(ds.image_shape, config.augment_shift)
                                   if ds.image_shape is not None and config.augment_shift else None))
        trainer.epoch = s.epochs_done
        self._trainer = trainer
        self._trainer_stale = False
        self._config = config
        self._request_trainer.emit((s.network_id, trainer, config.epochs))

    # ---- commands --------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Start training, or resume after Pause."""
        if self.is_running:
            return
        limit = self.session.config.epochs
        if limit is not None and self.session.epochs_done >= limit:
            self.session.message.emit("info", f"The epoch limit ({limit}) is reached: raise it or press Reset.")
            return
        self.session.set_state(RUNNING)
        self._queue_run("run")

    @Slot()
    def pause(self) -> None:
        if self.is_running:
            self._cancel()
            self.session.set_state(PAUSED)

    @Slot()
    def toggle(self) -> None:
        """Space: start, pause or resume."""
        if self.is_running:
            self.pause()
        else:
            self.start()

    @Slot()
    def step_epoch(self) -> None:
        self._step("epoch")

    @Slot()
    def step_batch(self) -> None:
        self._step("batch")

    def _step(self, mode: str) -> None:
        self._cancel()
        self.session.set_state(PAUSED)
        self._queue_run(mode)

    @Slot()
    def stop(self) -> None:
        self._cancel()
        self._trainer = None
        if self.session.state != IDLE or self.session.has_progress:
            self.session.set_state(STOPPED)

    @Slot()
    def reset(self) -> None:
        self._cancel()
        self._trainer = None
        self.session.reset_network()  # -> _on_network_changed

    def publish(self) -> None:
        """Ask the worker for a fresh snapshot of the current network."""
        self._request_publish.emit()

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate now, even mid-epoch."""
        self.session.set_learning_rate(lr)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop training and end the thread; True if it ended in time."""
        self._cancel()
        self._thread.quit()
        ok = self._thread.wait(timeout_ms)
        return bool(ok)

    # ---- from the session --------------------------------------------------------------------------
    @Slot()
    def _on_network_changed(self) -> None:
        self._cancel()
        self._trainer = None
        self._active_id = -1
        s = self.session
        self._request_network.emit((s.network_id, s.network, s.view_spec()))
        self._request_publish.emit()
        self.session.set_state(IDLE)

    @Slot()
    def _on_config_changed(self) -> None:
        new, old = self.session.config, self._config
        self._config = new
        if self._trainer is None:
            return
        if replace(old, learning_rate=new.learning_rate) == new:
            self.worker.set_learning_rate(new.learning_rate)
        elif self.is_running:
            self.worker.set_learning_rate(new.learning_rate)
            self._trainer_stale = True
        else:
            self._trainer = None

    # ---- from the worker ---------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.worker.gui_busy = False
        self.session.apply_snapshot(snap)

    @Slot(int, str)
    def _on_run_finished(self, request_id: int, reason: str) -> None:
        if request_id != self._active_id:
            return
        if reason == "limit":
            self._trainer = None
            self.session.set_state(STOPPED)
            self.session.message.emit("info", f"Reached the epoch limit ({self.session.config.epochs}).")
        elif reason == "step" and self.session.state == RUNNING:
            self.session.set_state(PAUSED)

    @Slot(int, str, int)
    def _on_diverged(self, request_id: int, message: str, restored_epoch: int) -> None:
        if request_id != self._active_id:
            return
        self.session.truncate_history(restored_epoch)
        self._trainer = None
        self.session.set_state(PAUSED)
        self.session.message.emit("error", message)

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id != self._active_id:
            return
        self._trainer = None
        self.session.set_state(STOPPED)
        self.session.message.emit("error", f"Training failed: {message}")
