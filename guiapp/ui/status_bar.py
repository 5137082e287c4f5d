"""The status bar's permanent labels: what training is doing, the epoch, the speed, the last
training loss and the time spent, in the user's language (numbers through ``i18n.formatting``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..state.session import IDLE, PAUSED, RUNNING, STOPPED
from .i18n.formatting import DASH, arg, format_elapsed, format_int, format_loss


class TrainingStatus(QObject):
    """Adds the labels to ``bar`` and keeps them up to date (``show_state``, ``update``)."""

    def __init__(self, bar: QStatusBar, session):
        super().__init__(bar)
        self.session = session
        self.state_label = QLabel()
        self.epoch_label = QLabel()
        self.speed_label = QLabel()
        self.loss_label = QLabel()
        self.time_label = QLabel()
        tips = {self.state_label: self.tr("What training is doing"), self.epoch_label: self.tr("Epochs finished"),
                self.speed_label: self.tr("Training speed"),
                self.loss_label: self.tr("Training loss of the last epoch"),
                self.time_label: self.tr("Time spent training")}
        for name, label in (("stateLabel", self.state_label), ("epochLabel", self.epoch_label),
                            ("speedLabel", self.speed_label), ("lossLabel", self.loss_label),
                            ("elapsedLabel", self.time_label)):
            label.setObjectName(name)
            label.setToolTip(tips[label])
            label.setAccessibleName(tips[label])
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        # Wide enough for big numbers, so the labels don't jump or clip as they grow.
        fm = bar.fontMetrics()
        samples = {self.state_label: [self._state_text(s) for s in (IDLE, RUNNING, PAUSED, STOPPED)],
                   self.epoch_label: [self._epoch_text(9_999_999)], self.speed_label: [self._speed_text(99_999)],
                   self.loss_label: [self._loss_text(0.0001234)], self.time_label: [format_elapsed(0.0)]}
        for label, texts in samples.items():
            label.setMinimumWidth(max(fm.horizontalAdvance(t) for t in texts) + 14)

    def _state_text(self, state: str) -> str:
        return {IDLE: self.tr("Ready"), RUNNING: self.tr("Training…"), PAUSED: self.tr("Paused"),
                STOPPED: self.tr("Stopped")}.get(state, state)

    def _epoch_text(self, epoch: int) -> str:
        return arg(self.tr("Epoch %1"), format_int(epoch))

    def _speed_text(self, steps_per_sec: float | None) -> str:
        if steps_per_sec is None:
            return arg(self.tr("%1 steps/s", "no speed yet: a dash"), DASH)
        return self.tr("%Ln step(s)/s", "", round(steps_per_sec))

    def _loss_text(self, loss: float | None) -> str:
        return arg(self.tr("Loss %1"), format_loss(loss))

    def show_state(self, state: str) -> None:
        self.state_label.setText(self._state_text(state))

    def update(self, snap) -> None:
        """Show the latest snapshot (None: no new one, e.g. a fresh network)."""
        self.epoch_label.setText(self._epoch_text(self.session.epoch))
        if snap is not None and snap.steps_per_sec > 0:
            self.speed_label.setText(self._speed_text(snap.steps_per_sec))
        elif snap is None or self.session.state != RUNNING:
            self.speed_label.setText(self._speed_text(None))
        self.loss_label.setText(self._loss_text(self.session.history.last("train_loss")))
        self.time_label.setText(format_elapsed(snap.elapsed if snap is not None else 0.0))
