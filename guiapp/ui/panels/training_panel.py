"""Training: where training has got to, and how it learns.

The buttons that run training (Start/Pause, Step epoch, Step batch, Stop, Reset) live in one
place, the main window's training toolbar, always on screen whatever the docks show; this panel
shows the progress and the settings (:mod:`..widgets.training_settings`).

Every setting writes back through ``session.set_config`` and follows ``config_changed`` (the
session applies a preset when the kind of data changes). The learning rate takes effect at the
next minibatch, even mid-epoch; the other settings when training next starts (the controller
builds a new trainer then).

Switching the optimizer offers that optimizer's usual learning rate
(``engine.optimizers.usual_learning_rate``): when the student has not chosen a rate of their own
(it is still the data's preset, or the previous optimizer's usual rate) and training is not
running, it is set, and the panel says so; otherwise the rate stays and one click takes the usual
one (while training runs a new rate would reach the old optimizer at once).
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker, QSize, Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QScrollArea, QVBoxLayout

from ...engine.optimizers import usual_learning_rate
from ...state.datasets import preset_for
from ...state.session import IDLE, PAUSED, RUNNING, STOPPED
from ..error_text import describe
from ..i18n.formatting import arg, format_int, format_number
from ..terms import optimizer_name
from ..widgets.training_settings import LR_SLIDER_STEPS, TrainingSettings
from .base import DockPanel

#: Show the per-epoch progress bar when an epoch has at least this many minibatches.
LONG_EPOCH_BATCHES = 50


class _FitScrollArea(QScrollArea):
    """A scroll area whose minimum is the size of its contents (and says so when they grow): as
    tall as the settings, and as wide as their longest row needs (Russian words are longer), so
    the dock is never narrower than its labels and check boxes."""

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()   # a row shown or hidden: the dock's minimum follows
        return super().eventFilter(obj, event)

    def minimumSizeHint(self) -> QSize:
        w = self.widget()
        base = super().minimumSizeHint()
        if w is None:
            return base
        frame = 2 * self.frameWidth()
        return QSize(max(base.width(), w.minimumSizeHint().width() + frame), w.sizeHint().height() + frame)


class TrainingPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("TrainingPanel", "Training")
    DOCK_NAME = "trainingDock"
    OBJECT_NAME = "trainingPanel"

    @classmethod
    def create(cls, session, controller, parent=None) -> "TrainingPanel":
        return cls(session, controller, parent)

    def __init__(self, session, controller, parent=None):
        super().__init__(session, parent)
        self.controller = controller     # the learning rate goes to the running worker; a new seed resets
        self._pending_settings = False   # non-LR settings changed while a run was under way
        self._pending_seed = False       # seed changed after training: Reset draws from it
        self._last_snapshot = None
        self._offered_lr: float | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(4)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAccessibleName(self.tr("Training progress"))
        self.progress_label.setToolTip(self.tr("Epochs finished (of the epoch limit), and minibatches done in the "
                                               "epoch under way"))
        self.progress_label.setWordWrap(True)
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setObjectName("epochProgressBar")
        self.epoch_bar.setAccessibleName(self.tr("Progress of the current epoch"))
        self.epoch_bar.setToolTip(self.tr("How far training is through the current epoch (long epochs only)"))
        self.epoch_bar.setTextVisible(True)
        self.epoch_bar.setMaximumHeight(16)
        outer.addWidget(self.progress_label)
        outer.addWidget(self.epoch_bar)

        self.settings = TrainingSettings()
        s = self.settings
        self.form = s.form
        for name in ("lr_spin", "lr_slider", "batch_spin", "full_batch_check", "batches_label", "optimizer_combo",
                     "momentum_spin", "epoch_spin", "until_stopped_check", "l1_spin", "l2_spin", "seed_spin",
                     "shuffle_check", "shift_check"):
            setattr(self, name, getattr(s, name))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("settingsHintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Training settings hint"))
        self.hint_label.setToolTip(self.tr("Settings other than the learning rate are used from the next Start."))
        self.hint_label.setStyleSheet("font-style: italic;")
        self.hint_label.hide()
        self.form.addRow(self.hint_label)

        # The dock gets the height of all the settings (the Data panel's preview gives way); only a
        # window much smaller than a 1366x768 laptop's scrolls them.
        scroll = self.scroll = s.scroll = _FitScrollArea()
        scroll.setObjectName("trainingSettingsScroll")
        scroll.setWidget(s)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes straight to the settings
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        s.lr_spin.valueChanged.connect(self._on_lr_spin)
        s.lr_slider.valueChanged.connect(self._on_lr_slider)
        s.use_lr_button.clicked.connect(self._use_offered_lr)
        s.batch_spin.valueChanged.connect(self._on_batch)
        s.full_batch_check.toggled.connect(self._on_batch)
        s.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        s.momentum_spin.valueChanged.connect(self._on_momentum)
        s.epoch_spin.valueChanged.connect(self._on_epochs)
        s.until_stopped_check.toggled.connect(self._on_epochs)
        s.l1_spin.valueChanged.connect(self._on_penalty)
        s.l2_spin.valueChanged.connect(self._on_penalty)
        s.seed_spin.valueChanged.connect(self._on_seed)
        s.shuffle_check.toggled.connect(self._on_shuffle)
        s.shift_check.toggled.connect(self._on_shift)

        session.config_changed.connect(self._sync_from_config)
        session.dataset_changed.connect(self._on_dataset_changed)
        session.state_changed.connect(self._on_state_changed)
        session.snapshot_changed.connect(self._on_snapshot)
        session.network_changed.connect(self._on_network_changed)
        session.history_changed.connect(self.request_redraw)

        self._sync_from_config()
        self._on_state_changed(session.state)

    # ---- from the session ------------------------------------------------------------------------
    @Slot()
    def _sync_from_config(self) -> None:
        c = self.session.config
        s = self.settings
        widgets = (s.lr_spin, s.lr_slider, s.batch_spin, s.full_batch_check, s.optimizer_combo, s.momentum_spin,
                   s.l1_spin, s.l2_spin, s.epoch_spin, s.until_stopped_check, s.seed_spin, s.shuffle_check,
                   s.shift_check)
        blockers = [QSignalBlocker(w) for w in widgets]
        try:
            self._show_lr(c.learning_rate)
            full = c.batch_size is None
            s.full_batch_check.setChecked(full)
            if not full:
                s.batch_spin.setValue(c.batch_size)
            elif s.batch_spin.value() <= 1:
                s.batch_spin.setValue(min(32, max(1, self.session.dataset.n_train)))
            s.batch_spin.setEnabled(not full)
            s.optimizer_combo.setCurrentIndex(max(s.optimizer_combo.findData(c.optimizer), 0))
            s.momentum_spin.setValue(c.momentum)
            s.set_momentum_visible(c.optimizer == "momentum")
            s.l1_spin.setValue(c.l1)
            s.l2_spin.setValue(c.l2)
            s.until_stopped_check.setChecked(c.epochs is None)
            if c.epochs is not None:
                s.epoch_spin.setValue(c.epochs)
            s.epoch_spin.setEnabled(c.epochs is not None)
            s.seed_spin.setValue(c.seed)
            s.shuffle_check.setChecked(c.shuffle)
            s.shuffle_check.setEnabled(not full)
            s.shift_check.setChecked(c.augment_shift > 0)
            self.form.setRowVisible(s.shift_check, self.session.dataset.image_shape is not None)
        finally:
            del blockers
        if self._offered_lr is not None and math.isclose(c.learning_rate, self._offered_lr, rel_tol=1e-9):
            self._show_lr_note(None)   # the offered rate is in use now
        self._update_batches_label()
        self._update_progress()

    def _show_lr(self, lr: float) -> None:
        self.lr_spin.setValue(lr)
        pos = round(math.log10(max(lr, 1e-12)) * LR_SLIDER_STEPS)
        self.lr_slider.setValue(max(self.lr_slider.minimum(), min(self.lr_slider.maximum(), pos)))

    @Slot()
    def _on_dataset_changed(self) -> None:
        self.form.setRowVisible(self.shift_check, self.session.dataset.image_shape is not None)
        self._show_lr_note(None)
        self._update_batches_label()
        self._update_progress()

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        if state == RUNNING:
            self._pending_settings = False
        self._update_hint()
        self._update_progress()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self._last_snapshot = snap
        self.request_redraw()

    @Slot()
    def _on_network_changed(self) -> None:
        self._last_snapshot = None
        self._pending_settings = False
        self._pending_seed = False
        self._update_hint()
        self._update_progress()

    # ---- progress --------------------------------------------------------------------------------
    def batches_per_epoch(self) -> int:
        n = max(1, self.session.dataset.n_train)
        bs = self.session.config.batch_size
        return 1 if bs is None else -(-n // min(bs, n))

    def _update_batches_label(self) -> None:
        n = self.session.dataset.n_train
        nb = self.batches_per_epoch()
        if nb == 1:
            self.batches_label.setText(self.tr("1 step per epoch"))
            self.batches_label.setToolTip(self.tr("One step per epoch, on all the training samples (%Ln).", "", n))
        else:
            self.batches_label.setText(self.tr("%Ln batch(es) per epoch", "", nb))
            self.batches_label.setToolTip(arg(self.tr("%Ln minibatch(es) (optimizer steps) in one pass over the "
                                                      "training samples (%1)", "", nb), format_int(n)))

    def redraw(self) -> None:
        self._update_progress()

    def _update_progress(self) -> None:
        epoch, batch = self.session.epoch, self.session.batch
        limit = self.session.config.epochs
        nb = self.batches_per_epoch()
        batch = min(batch, nb)
        if limit is None and nb <= 1:
            text = arg(self.tr("Epoch %1"), format_int(epoch))
        elif limit is None:
            text = arg(self.tr("Epoch %1  ·  batch %2/%3"), format_int(epoch), format_int(batch), format_int(nb))
        elif nb <= 1:
            text = arg(self.tr("Epoch %1 of %2"), format_int(epoch), format_int(limit))
        else:
            text = arg(self.tr("Epoch %1 of %2  ·  batch %3/%4"), format_int(epoch), format_int(limit),
                       format_int(batch), format_int(nb))
        self.progress_label.setText(text)
        long_epochs = nb >= LONG_EPOCH_BATCHES
        self.epoch_bar.setVisible(long_epochs)
        if long_epochs:
            if self.epoch_bar.maximum() != nb:
                self.epoch_bar.setRange(0, nb)
            if limit is not None and epoch >= limit and batch == 0:
                self.epoch_bar.setValue(nb)
                self.epoch_bar.setFormat(self.tr("epoch limit reached"))
            else:
                self.epoch_bar.setValue(batch)
                # %p is the bar's own placeholder (the percentage); %1 the epoch
                self.epoch_bar.setFormat(arg(self.tr("epoch %1: %p%"), format_int(epoch + 1)))

    # ---- hints -------------------------------------------------------------------------------------
    def _update_hint(self) -> None:
        parts = []
        if self._pending_settings and self.session.state in (RUNNING, PAUSED):
            parts.append(self.tr("The new settings are used from the next Start, Resume or Step (the learning rate "
                                 "applies at once)."))
        if self._pending_seed and self.session.has_progress:
            parts.append(arg(self.tr("Press Reset to draw new starting weights from seed %1."),
                             format_int(self.session.config.seed)))
        self.hint_label.setText(" ".join(parts))
        self.hint_label.setVisible(bool(parts))

    def _show_lr_note(self, text: str | None, offer: float | None = None) -> None:
        """A note under the learning rate (None: hide it), with a button that takes ``offer``."""
        self._offered_lr = offer
        s = self.settings
        s.lr_note.setText(text or "")
        if offer is not None:
            s.use_lr_button.setText(arg(self.tr("Use %1"), format_number(offer, significant=6)))
        s.use_lr_button.setVisible(offer is not None)
        self.form.setRowVisible(s.lr_note_box, bool(text))

    # ---- writing back ------------------------------------------------------------------------------
    def _apply(self, **changes) -> bool:
        """session.set_config(replace(config, **changes)); an impossible value becomes a message."""
        try:
            new = replace(self.session.config, **changes)
        except ValueError as exc:
            self.session.message.emit("error", arg(self.tr("That setting cannot be used: %1"), describe(exc)))
            self._sync_from_config()
            return False
        changed = new != self.session.config
        self.session.set_config(new)
        if changed and set(changes) - {"learning_rate"} and self.session.state in (RUNNING, PAUSED):
            self._pending_settings = True
            self._update_hint()
        return True

    @Slot(float)
    def _on_lr_spin(self, value: float) -> None:
        if value > 0:
            self._set_lr_by_hand(value)

    @Slot(int)
    def _on_lr_slider(self, pos: int) -> None:
        raw = 10.0 ** (pos / LR_SLIDER_STEPS)
        self._set_lr_by_hand(float(f"{raw:.2g}"))  # two significant digits: 0.0013, 0.5, 1.1

    def _set_lr_by_hand(self, lr: float) -> None:
        if self._offered_lr is None:
            self._show_lr_note(None)   # "set to the usual rate" is out of date now
        self.controller.set_learning_rate(lr)

    @Slot()
    def _on_batch(self, *_) -> None:
        full = self.full_batch_check.isChecked()
        self.batch_spin.setEnabled(not full)
        self._apply(batch_size=None if full else self.batch_spin.value())

    def lr_was_chosen(self, old_optimizer: str) -> bool:
        """Has the student picked the current learning rate (rather than the data's preset or the
        previous optimizer's usual rate)?"""
        lr = self.session.config.learning_rate
        given = (usual_learning_rate(old_optimizer), preset_for(self.session.dataset)[1].learning_rate)
        return not any(math.isclose(lr, g, rel_tol=1e-9) for g in given)

    @Slot(int)
    def _on_optimizer(self, index: int) -> None:
        key = self.optimizer_combo.itemData(index)
        old = self.session.config.optimizer
        if not key or key == old:
            return
        usual = usual_learning_rate(key)
        name, rate = optimizer_name(key), format_number(usual, significant=6)
        lr = self.session.config.learning_rate
        # While a run goes on, a new rate would reach the old optimizer at once (the new one only
        # comes at the next start): offer it then too, never change it behind the student's back.
        if self.lr_was_chosen(old) or self.session.state == RUNNING or math.isclose(lr, usual, rel_tol=1e-9):
            if self._apply(optimizer=key) and not math.isclose(lr, usual, rel_tol=1e-9):
                self._show_lr_note(arg(self.tr("%1 usually starts well with a learning rate of %2; yours is "
                                                "kept."), name, rate), usual)
        elif self._apply(optimizer=key, learning_rate=usual):
            self._show_lr_note(arg(self.tr("Learning rate set to %1, the usual rate for %2."), rate, name))

    @Slot()
    def _use_offered_lr(self) -> None:
        if self._offered_lr is not None:
            self.controller.set_learning_rate(self._offered_lr)

    @Slot(float)
    def _on_momentum(self, value: float) -> None:
        self._apply(momentum=float(value))

    @Slot()
    def _on_penalty(self, *_) -> None:
        self._apply(l1=float(self.l1_spin.value()), l2=float(self.l2_spin.value()))

    @Slot()
    def _on_epochs(self, *_) -> None:
        until = self.until_stopped_check.isChecked()
        self.epoch_spin.setEnabled(not until)
        self._apply(epochs=None if until else self.epoch_spin.value())

    @Slot(int)
    def _on_seed(self, value: int) -> None:
        if not self._apply(seed=int(value)):
            return
        s = self.session
        if not s.has_progress and s.state in (IDLE, STOPPED):
            self.controller.reset()  # nothing to lose: show the new starting weights right away
        else:
            self._pending_seed = True
            self._update_hint()

    @Slot(bool)
    def _on_shuffle(self, on: bool) -> None:
        self._apply(shuffle=bool(on))

    @Slot(bool)
    def _on_shift(self, on: bool) -> None:
        self._apply(augment_shift=1 if on else 0)
