"""Training: the buttons that run training, where it has got to, and how it learns.

Every setting writes back through ``session.set_config`` and follows ``config_changed`` (the
session applies a preset when the kind of data changes). The learning rate takes effect at the
next minibatch, even mid-epoch; the other settings when training next starts (the controller
builds a new trainer then).
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QSlider, QSpinBox, QStyle, QVBoxLayout, QWidget)

from ...state.session import IDLE, PAUSED, RUNNING, STOPPED
from ..widgets.training_log_spin import LogSpinBox

#: Show the per-epoch progress bar when an epoch has at least this many minibatches.
LONG_EPOCH_BATCHES = 50

#: The learning-rate slider covers 10^LR_SLIDER_MIN .. 10^LR_SLIDER_MAX in LR_SLIDER_STEPS per decade.
LR_SLIDER_MIN, LR_SLIDER_MAX, LR_SLIDER_STEPS = -5, 1, 20

OPTIMIZER_CHOICES = (
    ("sgd", "SGD (plain gradient descent)",
     "Plain gradient descent: every step moves each weight by −learning rate × its gradient."),
    ("momentum", "SGD with momentum",
     "Gradient descent that keeps a running velocity: steps build up speed along a steady slope "
     "and damp zig-zags."),
    ("adam", "Adam",
     "Adam: adapts the step size of every weight from running averages of its gradients. "
     "Works well with small learning rates such as 0.001."),
)

LATER = "Takes effect the next time training starts (Start, Resume or Step)."


class TrainingPanel(QWidget):
    TITLE = "Training"
    DOCK_NAME = "trainingDock"

    def __init__(self, session, controller, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.setObjectName("trainingPanel")
        self._pending_settings = False   # non-LR settings changed while a run was under way
        self._pending_seed = False       # seed changed after training: Reset draws from it
        self._last_snapshot = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        outer.addLayout(self._make_buttons())
        outer.addLayout(self._make_progress())

        form_host = QWidget()
        form_host.setObjectName("trainingSettings")
        self.form = QFormLayout(form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._make_settings()
        self.hint_label = QLabel()
        self.hint_label.setObjectName("settingsHintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName("Training settings hint")
        self.hint_label.setToolTip("Settings other than the learning rate are used from the next Start.")
        self.hint_label.setStyleSheet("font-style: italic;")
        self.hint_label.hide()
        self.form.addRow(self.hint_label)

        scroll = QScrollArea()
        self.scroll = scroll
        scroll.setObjectName("trainingSettingsScroll")
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        session.config_changed.connect(self._sync_from_config)
        session.dataset_changed.connect(self._on_dataset_changed)
        session.state_changed.connect(self._on_state_changed)
        session.snapshot_changed.connect(self._on_snapshot)
        session.network_changed.connect(self._on_network_changed)
        session.history_changed.connect(self._update_progress_if_visible)

        self._sync_from_config()
        self._on_state_changed(session.state)

    # ---- building ------------------------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str, icon, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setIcon(self.style().standardIcon(icon))
        button.clicked.connect(slot)
        return button

    def _make_buttons(self) -> QGridLayout:
        SP = QStyle.StandardPixmap
        self.start_button = self._button("startButton", "Start", "Start training (Space)", SP.SP_MediaPlay,
                                         self.controller.toggle)
        self.start_button.setDefault(True)
        self.stop_button = self._button("stopButton", "Stop",
                                        "End this run (Ctrl+.). The weights and the history are kept; "
                                        "the next Start begins a new run with the current settings.",
                                        SP.SP_MediaStop, self.controller.stop)
        self.reset_button = self._button("resetButton", "Reset",
                                         "New random weights (from the seed) and an empty history (Ctrl+R). "
                                         "Asks first if the network has been trained.",
                                         SP.SP_BrowserReload, self._reset)
        self.step_epoch_button = self._button("stepEpochButton", "Step epoch",
                                              "Train until the current epoch is finished, then pause (Ctrl+E)",
                                              SP.SP_MediaSkipForward, self._step_epoch)
        self.step_batch_button = self._button("stepBatchButton", "Step batch",
                                              "Train on one more minibatch, then pause (Ctrl+B)",
                                              SP.SP_MediaSeekForward, self._step_batch)
        grid = QGridLayout()
        grid.setSpacing(4)
        grid.addWidget(self.start_button, 0, 0)
        grid.addWidget(self.stop_button, 0, 1)
        grid.addWidget(self.reset_button, 0, 2)
        grid.addWidget(self.step_epoch_button, 1, 0)
        grid.addWidget(self.step_batch_button, 1, 1)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        return grid

    def _make_progress(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAccessibleName("Training progress")
        self.progress_label.setToolTip("Epochs finished (of the epoch limit), and minibatches done in the "
                                       "epoch under way")
        self.progress_label.setWordWrap(True)
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setObjectName("epochProgressBar")
        self.epoch_bar.setAccessibleName("Progress of the current epoch")
        self.epoch_bar.setToolTip("How far training is through the current epoch (long epochs only)")
        self.epoch_bar.setTextVisible(True)
        self.epoch_bar.setMaximumHeight(18)
        box.addWidget(self.progress_label)
        box.addWidget(self.epoch_bar)
        return box

    def _labelled(self, text: str, field, tip: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(tip)
        label.setBuddy(field)
        return label

    def _make_settings(self) -> None:
        f = self.form
        # learning rate: a 1-2-5 spin box and a log slider, both live while training
        lr_tip = ("How big a step gradient descent takes each minibatch. Too small: slow learning; too big: the "
                  "loss jumps around or training diverges. Changes apply at once, even while training "
                  "(from the next minibatch). Arrows step 1-2-5 per decade; you can type 1e-4.")
        self.lr_spin = LogSpinBox(10.0 ** -6, 1e6, decimals=6)
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setAccessibleName("Learning rate")
        self.lr_spin.setToolTip(lr_tip)
        self.lr_spin.valueChanged.connect(self._on_lr_spin)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setObjectName("learningRateSlider")
        self.lr_slider.setAccessibleName("Learning rate (logarithmic slider)")
        self.lr_slider.setToolTip("Drag to change the learning rate on a log scale, from 0.00001 to 10. " + lr_tip)
        self.lr_slider.setRange(LR_SLIDER_MIN * LR_SLIDER_STEPS, LR_SLIDER_MAX * LR_SLIDER_STEPS)
        self.lr_slider.setPageStep(LR_SLIDER_STEPS // 2)
        self.lr_slider.valueChanged.connect(self._on_lr_slider)
        row = QHBoxLayout()
        row.addWidget(self.lr_spin)
        row.addWidget(self.lr_slider, 1)
        f.addRow(self._labelled("&Learning rate:", self.lr_spin, lr_tip), row)

        # batch size
        batch_tip = ("How many training samples each step averages its gradient over. Small batches: many "
                     "noisy steps per epoch; full batch: one exact step per epoch. " + LATER)
        self.batch_spin = QSpinBox()
        self.batch_spin.setObjectName("batchSizeSpin")
        self.batch_spin.setAccessibleName("Batch size")
        self.batch_spin.setToolTip(batch_tip)
        self.batch_spin.setRange(1, 1_000_000)
        self.batch_spin.setKeyboardTracking(False)
        self.batch_spin.valueChanged.connect(self._on_batch)
        self.full_batch_check = QCheckBox("Full batch")
        self.full_batch_check.setObjectName("fullBatchCheck")
        self.full_batch_check.setAccessibleName("Full batch")
        self.full_batch_check.setToolTip("Use every training sample in each step (one step per epoch). " + LATER)
        self.full_batch_check.toggled.connect(self._on_batch)
        self.batches_label = QLabel()
        self.batches_label.setObjectName("batchesPerEpochLabel")
        self.batches_label.setAccessibleName("Batches per epoch")
        self.batches_label.setToolTip("Minibatches (optimizer steps) in one pass over the training data")
        self.batches_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.batch_spin, 1)
        row.addWidget(self.full_batch_check)
        col = QVBoxLayout()
        col.setSpacing(0)
        col.addLayout(row)
        col.addWidget(self.batches_label)
        f.addRow(self._labelled("&Batch size:", self.batch_spin, batch_tip), col)

        # optimizer and momentum
        opt_tip = "How the gradient turns into a weight change. " + LATER
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setObjectName("optimizerCombo")
        self.optimizer_combo.setAccessibleName("Optimizer")
        self.optimizer_combo.setToolTip(opt_tip)
        for i, (key, text, tip) in enumerate(OPTIMIZER_CHOICES):
            self.optimizer_combo.addItem(text, key)
            self.optimizer_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.optimizer_combo.setMinimumContentsLength(12)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        f.addRow(self._labelled("&Optimizer:", self.optimizer_combo, opt_tip), self.optimizer_combo)
        mom_tip = ("How much of the previous step carries over into the next (0 = plain SGD, 0.9 is usual). "
                   + LATER)
        self.momentum_spin = QDoubleSpinBox()
        self.momentum_spin.setObjectName("momentumSpin")
        self.momentum_spin.setAccessibleName("Momentum")
        self.momentum_spin.setToolTip(mom_tip)
        self.momentum_spin.setRange(0.0, 0.999)
        self.momentum_spin.setDecimals(3)
        self.momentum_spin.setSingleStep(0.05)
        self.momentum_spin.setKeyboardTracking(False)
        self.momentum_spin.valueChanged.connect(self._on_momentum)
        self.momentum_label = self._labelled("&Momentum:", self.momentum_spin, mom_tip)
        f.addRow(self.momentum_label, self.momentum_spin)

        # epochs
        ep_tip = "Stop by itself after this many epochs in total (passes over the training data)."
        self.epoch_spin = QSpinBox()
        self.epoch_spin.setObjectName("epochLimitSpin")
        self.epoch_spin.setAccessibleName("Epoch limit")
        self.epoch_spin.setToolTip(ep_tip)
        self.epoch_spin.setRange(1, 10_000_000)
        self.epoch_spin.setGroupSeparatorShown(True)
        self.epoch_spin.setKeyboardTracking(False)
        self.epoch_spin.setValue(100)
        self.epoch_spin.valueChanged.connect(self._on_epochs)
        self.until_stopped_check = QCheckBox("Until stopped")
        self.until_stopped_check.setObjectName("runUntilStoppedCheck")
        self.until_stopped_check.setAccessibleName("Run until stopped")
        self.until_stopped_check.setToolTip("Train until you press Pause or Stop (no epoch limit)")
        self.until_stopped_check.toggled.connect(self._on_epochs)
        row = QHBoxLayout()
        row.addWidget(self.epoch_spin, 1)
        row.addWidget(self.until_stopped_check)
        f.addRow(self._labelled("&Epochs:", self.epoch_spin, ep_tip), row)

        # penalties
        l1_tip = ("L1 penalty λ₁: adds λ₁·Σ|w| to the loss, pushing unneeded weights to exactly zero "
                  "(0 = off; biases are not penalised). " + LATER)
        l2_tip = ("L2 penalty (weight decay) λ₂: adds λ₂/2·Σw² to the loss, keeping weights small so the "
                  "network generalises better (0 = off; biases are not penalised). " + LATER)
        self.l1_spin = LogSpinBox(0.0, 1.0, allow_zero=True, decimals=6)
        self.l1_spin.setObjectName("l1Spin")
        self.l1_spin.setAccessibleName("L1 penalty")
        self.l1_spin.setToolTip(l1_tip)
        self.l1_spin.valueChanged.connect(self._on_penalty)
        self.l2_spin = LogSpinBox(0.0, 1.0, allow_zero=True, decimals=6)
        self.l2_spin.setObjectName("l2Spin")
        self.l2_spin.setAccessibleName("L2 penalty")
        self.l2_spin.setToolTip(l2_tip)
        self.l2_spin.valueChanged.connect(self._on_penalty)
        row = QHBoxLayout()
        row.addWidget(self.l1_spin, 1)
        l2_label = self._labelled("L&2:", self.l2_spin, l2_tip)
        row.addWidget(l2_label)
        row.addWidget(self.l2_spin, 1)
        f.addRow(self._labelled("L&1:", self.l1_spin, l1_tip), row)

        # seed and shuffling
        seed_tip = ("The random seed for the starting weights and the shuffling order: the same seed gives the "
                    "same run again. New weights are drawn from it at the next Reset (at once if nothing has been "
                    "trained yet); the shuffling follows it from the next Start.")
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setAccessibleName("Random seed")
        self.seed_spin.setToolTip(seed_tip)
        self.seed_spin.setRange(0, 2_147_483_647)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.valueChanged.connect(self._on_seed)
        self.shuffle_check = QCheckBox("Shuffle every epoch")
        self.shuffle_check.setObjectName("shuffleCheck")
        self.shuffle_check.setAccessibleName("Shuffle every epoch")
        self.shuffle_check.setToolTip("Visit the training samples in a new random order each epoch "
                                      "(minibatches only). " + LATER)
        self.shuffle_check.toggled.connect(self._on_shuffle)
        row = QHBoxLayout()
        row.addWidget(self.seed_spin, 1)
        row.addWidget(self.shuffle_check)
        f.addRow(self._labelled("&Seed:", self.seed_spin, seed_tip), row)

        # data augmentation (image data only)
        self.shift_check = QCheckBox("Shift each training image by up to 1 pixel")
        self.shift_check.setObjectName("augmentShiftCheck")
        self.shift_check.setAccessibleName("Shift training images randomly")
        self.shift_check.setToolTip("Data augmentation: every minibatch moves each image by -1, 0 or +1 pixel "
                                    "at random, so the network never sees exactly the same digit twice and learns "
                                    "shapes rather than pixel positions. Test images are never shifted. " + LATER)
        self.shift_check.toggled.connect(self._on_shift)
        f.addRow("", self.shift_check)

        for w in (self.lr_spin, self.batch_spin, self.momentum_spin, self.l1_spin, self.l2_spin,
                  self.epoch_spin, self.seed_spin):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            w.setMinimumWidth(70)
        # Scrolling through the settings must not change a value the wheel happens to pass over
        # (say the learning rate, mid-training): the wheel only edits a control that has focus.
        for w in (self.lr_spin, self.lr_slider, self.batch_spin, self.optimizer_combo, self.momentum_spin,
                  self.l1_spin, self.l2_spin, self.epoch_spin, self.seed_spin):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(self)
        self.lr_spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)  # scroll the form instead
            return True
        return super().eventFilter(obj, event)

    # ---- from the session ------------------------------------------------------------------------
    @Slot()
    def _sync_from_config(self) -> None:
        c = self.session.config
        widgets = (self.lr_spin, self.lr_slider, self.batch_spin, self.full_batch_check, self.optimizer_combo,
                   self.momentum_spin, self.l1_spin, self.l2_spin, self.epoch_spin, self.until_stopped_check,
                   self.seed_spin, self.shuffle_check, self.shift_check)
        blockers = [QSignalBlocker(w) for w in widgets]
        try:
            self._show_lr(c.learning_rate)
            full = c.batch_size is None
            self.full_batch_check.setChecked(full)
            if not full:
                self.batch_spin.setValue(c.batch_size)
            elif self.batch_spin.value() <= 1:
                self.batch_spin.setValue(min(32, max(1, self.session.dataset.n_train)))
            self.batch_spin.setEnabled(not full)
            index = self.optimizer_combo.findData(c.optimizer)
            self.optimizer_combo.setCurrentIndex(max(index, 0))
            self.momentum_spin.setValue(c.momentum)
            self.form.setRowVisible(self.momentum_spin, c.optimizer == "momentum")
            self.l1_spin.setValue(c.l1)
            self.l2_spin.setValue(c.l2)
            self.until_stopped_check.setChecked(c.epochs is None)
            if c.epochs is not None:
                self.epoch_spin.setValue(c.epochs)
            self.epoch_spin.setEnabled(c.epochs is not None)
            self.seed_spin.setValue(c.seed)
            self.shuffle_check.setChecked(c.shuffle)
            self.shuffle_check.setEnabled(not full)
            self.shift_check.setChecked(c.augment_shift > 0)
            self.form.setRowVisible(self.shift_check, self.session.dataset.image_shape is not None)
        finally:
            del blockers
        self._update_batches_label()
        self._update_progress()

    def _show_lr(self, lr: float) -> None:
        self.lr_spin.setValue(lr)
        pos = round(math.log10(max(lr, 1e-12)) * LR_SLIDER_STEPS)
        self.lr_slider.setValue(max(self.lr_slider.minimum(), min(self.lr_slider.maximum(), pos)))

    @Slot()
    def _on_dataset_changed(self) -> None:
        self.form.setRowVisible(self.shift_check, self.session.dataset.image_shape is not None)
        self._update_batches_label()
        self._update_progress()

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        SP = QStyle.StandardPixmap
        running = state == RUNNING
        text = "Pause" if running else ("Resume" if state == PAUSED else "Start")
        tip = {"Pause": "Pause training between two minibatches (Space)",
               "Resume": "Go on training from where it paused (Space)",
               "Start": "Start training (Space)"}[text]
        self.start_button.setText(text)
        self.start_button.setAccessibleName(text)
        self.start_button.setToolTip(tip)
        self.start_button.setIcon(self.style().standardIcon(SP.SP_MediaPause if running else SP.SP_MediaPlay))
        self.stop_button.setEnabled(state in (RUNNING, PAUSED))
        if running:
            self._pending_settings = False
        self._update_hint()
        self._update_progress()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self._last_snapshot = snap
        self._update_progress_if_visible()

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
            self.batches_label.setText(f"1 step per epoch, on all {n:,} training samples")
        else:
            self.batches_label.setText(f"{nb:,} batches (steps) per epoch of {n:,} samples")

    @Slot()
    def _update_progress_if_visible(self) -> None:
        if self.isVisible():
            self._update_progress()

    def _update_progress(self) -> None:
        epoch, batch = self.session.epoch, self.session.batch
        limit = self.session.config.epochs
        nb = self.batches_per_epoch()
        batch = min(batch, nb)
        text = f"Epoch {epoch:,}" + (f" of {limit:,}" if limit is not None else "")
        if nb > 1:
            text += f"  ·  batch {batch:,}/{nb:,}"
        self.progress_label.setText(text)
        long_epochs = nb >= LONG_EPOCH_BATCHES
        self.epoch_bar.setVisible(long_epochs)
        if long_epochs:
            if self.epoch_bar.maximum() != nb:
                self.epoch_bar.setRange(0, nb)
            if limit is not None and epoch >= limit and batch == 0:
                self.epoch_bar.setValue(nb)
                self.epoch_bar.setFormat("epoch limit reached")
            else:
                self.epoch_bar.setValue(batch)
                self.epoch_bar.setFormat(f"epoch {epoch + 1:,}: %p%")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_progress()

    # ---- hints -------------------------------------------------------------------------------------
    def _update_hint(self) -> None:
        parts = []
        if self._pending_settings and self.session.state in (RUNNING, PAUSED):
            parts.append("The new settings are used from the next Start, Resume or Step "
                         "(the learning rate applies at once).")
        if self._pending_seed and self.session.has_progress:
            parts.append(f"Press Reset to draw new starting weights from seed {self.session.config.seed}.")
        self.hint_label.setText(" ".join(parts))
        self.hint_label.setVisible(bool(parts))

    # ---- writing back ------------------------------------------------------------------------------
    def _apply(self, **changes) -> bool:
        """session.set_config(replace(config, **changes)); an impossible value becomes a message."""
        try:
            new = replace(self.session.config, **changes)
        except ValueError as exc:
            self.session.message.emit("error", f"That setting cannot be used: {exc}")
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
            self.controller.set_learning_rate(value)

    @Slot(int)
    def _on_lr_slider(self, pos: int) -> None:
        raw = 10.0 ** (pos / LR_SLIDER_STEPS)
        lr = float(f"{raw:.2g}")  # two significant digits: 0.0013, 0.5, 1.1
        self.controller.set_learning_rate(lr)

    @Slot()
    def _on_batch(self, *_) -> None:
        full = self.full_batch_check.isChecked()
        self.batch_spin.setEnabled(not full)
        self._apply(batch_size=None if full else self.batch_spin.value())

    @Slot(int)
    def _on_optimizer(self, index: int) -> None:
        key = self.optimizer_combo.itemData(index)
        if key:
            self._apply(optimizer=key)

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

    # ---- commands ---------------------------------------------------------------------------------
    @Slot()
    def _step_epoch(self) -> None:
        self._pending_settings = False
        self._update_hint()
        self.controller.step_epoch()

    @Slot()
    def _step_batch(self) -> None:
        self._pending_settings = False
        self._update_hint()
        self.controller.step_batch()

    @Slot()
    def _reset(self) -> None:
        """The window's Reset (it asks first when there is progress to lose); alone, ask here."""
        win = self.window()
        action = win.findChild(QAction, "resetAction") if win is not None else None
        if action is not None:
            action.trigger()
            return
        ask = getattr(win, "ask", None)
        if self.session.has_progress and callable(ask) and not ask(
                "Reset the network?", "Training progress will be lost: the weights start again from random "
                                      "values and the history is cleared."):
            return
        self.controller.reset()
