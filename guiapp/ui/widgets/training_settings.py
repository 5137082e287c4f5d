"""The controls of the Training panel: learning rate (a 1-2-5 spin box and a log slider), the
optimizer (with momentum beside it when it has one), batch size, epoch limit, L1/L2, seed and
shuffling, and the image shift. Laid out compactly, a row each, so every one of them is on screen
at once on a 1366×768 laptop. It only holds the widgets; the panel wires them to the session.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QSlider, QSpinBox, QWidget)

from ..i18n.formatting import arg, format_number
from ..i18n.number_input import LocaleDoubleSpinBox
from .training_log_spin import LogSpinBox

#: The learning-rate slider covers 10^LR_SLIDER_MIN .. 10^LR_SLIDER_MAX in LR_SLIDER_STEPS per decade.
LR_SLIDER_MIN, LR_SLIDER_MAX, LR_SLIDER_STEPS = -5, 1, 20

OPTIMIZER_CHOICES = (
    ("sgd", QT_TRANSLATE_NOOP("TrainingSettings", "SGD (plain gradient descent)"),
     QT_TRANSLATE_NOOP("TrainingSettings", "Plain gradient descent: every step moves each weight by −learning rate × "
                                           "its gradient.")),
    ("momentum", QT_TRANSLATE_NOOP("TrainingSettings", "SGD with momentum"),
     QT_TRANSLATE_NOOP("TrainingSettings", "Gradient descent that keeps a running velocity: steps build up speed "
                                           "along a steady slope and damp zig-zags.")),
    ("adam", QT_TRANSLATE_NOOP("TrainingSettings", "Adam"),
     QT_TRANSLATE_NOOP("TrainingSettings", "Adam: adapts the step size of every weight from running averages of its "
                                           "gradients. Works well with small learning rates such as %1.")),
)


def _named(widget, name: str, accessible: str, tip: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


def _row(*items) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    for item, stretch in items:
        row.addWidget(item, stretch)
    return row


class TrainingSettings(QWidget):
    """The settings form. ``scroll`` is the wheel's fallback: a wheel over a control without focus
    scrolls the surrounding area instead of changing the value (set by the panel)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingSettings")
        self.scroll: QScrollArea | None = None
        f = self.form = QFormLayout(self)
        f.setContentsMargins(0, 0, 0, 0)
        f.setVerticalSpacing(4)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        later = self.tr("Takes effect the next time training starts (Start, Resume or Step).")
        # learning rate: a 1-2-5 spin box and a log slider, both live while training
        lr_tip = arg(self.tr("How big a step gradient descent takes each minibatch. Too small: slow learning; too "
                             "big: the loss jumps around or training diverges. Changes apply at once, even while "
                             "training (from the next minibatch). Arrows step 1-2-5 per decade; you can type %1."),
                     "1e-4")
        self.lr_spin = _named(LogSpinBox(10.0 ** -6, 1e6, decimals=6), "learningRateSpin", self.tr("Learning rate"),
                              lr_tip)
        self.lr_slider = _named(QSlider(Qt.Orientation.Horizontal), "learningRateSlider",
                                self.tr("Learning rate (logarithmic slider)"),
                                arg(self.tr("Drag to change the learning rate on a log scale, from %1 to %2. %3"),
                                    format_number(10.0 ** LR_SLIDER_MIN), format_number(10.0 ** LR_SLIDER_MAX), lr_tip))
        self.lr_slider.setRange(LR_SLIDER_MIN * LR_SLIDER_STEPS, LR_SLIDER_MAX * LR_SLIDER_STEPS)
        self.lr_slider.setPageStep(LR_SLIDER_STEPS // 2)
        f.addRow(self._label(self.tr("&Learning rate:"), self.lr_spin, lr_tip),
                 _row((self.lr_spin, 0), (self.lr_slider, 1)))
        # the usual rate of a newly picked optimizer (shown after a switch)
        self.lr_note = QLabel()
        self.lr_note.setObjectName("learningRateNoteLabel")
        self.lr_note.setAccessibleName(self.tr("About the learning rate"))
        self.lr_note.setWordWrap(True)
        self.lr_note.setStyleSheet("font-style: italic;")
        self.use_lr_button = _named(QPushButton(), "useUsualLearningRateButton", self.tr("Use the usual learning rate"),
                                    self.tr("Set the learning rate to the one this optimizer usually starts well "
                                            "with"))
        self.lr_note_box = QWidget()
        self.lr_note_box.setObjectName("learningRateNoteBox")
        note = QHBoxLayout(self.lr_note_box)
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.lr_note, 1)
        note.addWidget(self.use_lr_button, 0, Qt.AlignmentFlag.AlignVCenter)
        f.addRow(self.lr_note_box)
        f.setRowVisible(self.lr_note_box, False)

        # optimizer, with its momentum beside it
        opt_tip = arg(self.tr("How the gradient turns into a weight change. %1"), later)
        self.optimizer_combo = _named(QComboBox(), "optimizerCombo", self.tr("Optimizer"), opt_tip)
        for i, (key, text, tip) in enumerate(OPTIMIZER_CHOICES):
            self.optimizer_combo.addItem(self.tr(text), key)
            tip = arg(self.tr(tip), format_number(0.001)) if key == "adam" else self.tr(tip)
            self.optimizer_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.optimizer_combo.setMinimumContentsLength(10)
        mom_tip = arg(self.tr("How much of the previous step carries over into the next (0 = plain SGD, %1 is usual). "
                              "%2"), format_number(0.9), later)
        self.momentum_spin = _named(LocaleDoubleSpinBox(), "momentumSpin", self.tr("Momentum"), mom_tip)
        self.momentum_spin.setRange(0.0, 0.999)
        self.momentum_spin.setDecimals(3)
        self.momentum_spin.setSingleStep(0.05)
        self.momentum_label = self._label(self.tr("&Momentum:"), self.momentum_spin, mom_tip)
        f.addRow(self._label(self.tr("&Optimizer:"), self.optimizer_combo, opt_tip),
                 _row((self.optimizer_combo, 1), (self.momentum_label, 0), (self.momentum_spin, 0)))

        # batch size
        batch_tip = arg(self.tr("How many training samples each step averages its gradient over. Small batches: many "
                                "noisy steps per epoch; full batch: one exact step per epoch. %1"), later)
        self.batch_spin = _named(QSpinBox(), "batchSizeSpin", self.tr("Batch size"), batch_tip)
        self.batch_spin.setRange(1, 1_000_000)
        self.full_batch_check = _named(QCheckBox(self.tr("Full batch")), "fullBatchCheck", self.tr("Full batch"),
                                       arg(self.tr("Use every training sample in each step (one step per epoch). %1"),
                                           later))
        self.batches_label = _named(QLabel(), "batchesPerEpochLabel", self.tr("Batches per epoch"),
                                    self.tr("Minibatches (optimizer steps) in one pass over the training data"))
        f.addRow(self._label(self.tr("&Batch size:"), self.batch_spin, batch_tip),
                 _row((self.batch_spin, 1), (self.full_batch_check, 0), (self.batches_label, 0)))

        # epochs
        ep_tip = self.tr("Stop by itself after this many epochs in total (passes over the training data).")
        self.epoch_spin = _named(QSpinBox(), "epochLimitSpin", self.tr("Epoch limit"), ep_tip)
        self.epoch_spin.setRange(1, 10_000_000)
        self.epoch_spin.setGroupSeparatorShown(True)
        self.epoch_spin.setValue(100)
        self.until_stopped_check = _named(QCheckBox(self.tr("Until stopped")), "runUntilStoppedCheck",
                                          self.tr("Run until stopped"),
                                          self.tr("Train until you press Pause or Stop (no epoch limit)"))
        f.addRow(self._label(self.tr("&Epochs:"), self.epoch_spin, ep_tip),
                 _row((self.epoch_spin, 1), (self.until_stopped_check, 0)))

        # penalties
        l1_tip = arg(self.tr("L1 penalty λ₁: adds λ₁·Σ|w| to the loss, pushing unneeded weights to exactly zero "
                             "(0 = off; biases are not penalised). %1"), later)
        l2_tip = arg(self.tr("L2 penalty (weight decay) λ₂: adds λ₂/2·Σw² to the loss, keeping weights small so the "
                             "network generalises better (0 = off; biases are not penalised). %1"), later)
        self.l1_spin = _named(LogSpinBox(0.0, 1.0, allow_zero=True, decimals=6), "l1Spin", self.tr("L1 penalty"),
                              l1_tip)
        self.l2_spin = _named(LogSpinBox(0.0, 1.0, allow_zero=True, decimals=6), "l2Spin", self.tr("L2 penalty"),
                              l2_tip)
        f.addRow(self._label(self.tr("L&1:"), self.l1_spin, l1_tip),
                 _row((self.l1_spin, 1), (self._label(self.tr("L&2:"), self.l2_spin, l2_tip), 0), (self.l2_spin, 1)))

        # seed and shuffling
        seed_tip = self.tr("The random seed for the starting weights and the shuffling order: the same seed gives "
                           "the same run again. New weights are drawn from it at the next Reset (at once if nothing "
                           "has been trained yet); the shuffling follows it from the next Start.")
        self.seed_spin = _named(QSpinBox(), "seedSpin", self.tr("Random seed"), seed_tip)
        self.seed_spin.setRange(0, 2_147_483_647)
        self.shuffle_check = _named(QCheckBox(self.tr("Shuffle every epoch")), "shuffleCheck",
                                    self.tr("Shuffle every epoch"),
                                    arg(self.tr("Visit the training samples in a new random order each epoch "
                                                "(minibatches only). %1"), later))
        f.addRow(self._label(self.tr("&Seed:"), self.seed_spin, seed_tip),
                 _row((self.seed_spin, 1), (self.shuffle_check, 0)))

        # data augmentation (image data only)
        self.shift_check = _named(
            QCheckBox(self.tr("Shift each training image by up to 1 pixel")), "augmentShiftCheck",
            self.tr("Shift training images randomly"),
            arg(self.tr("Data augmentation: every minibatch moves each image by −1, 0 or +1 pixel at random, so the "
                        "network never sees exactly the same digit twice and learns shapes rather than pixel "
                        "positions. Test images are never shifted. %1"), later))
        f.addRow("", self.shift_check)

        for w in (self.batch_spin, self.momentum_spin, self.epoch_spin, self.seed_spin):
            w.setKeyboardTracking(False)  # typing "500" makes one change, not three
        for w in (self.lr_spin, self.batch_spin, self.l1_spin, self.l2_spin, self.epoch_spin, self.seed_spin):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            w.setMinimumWidth(70)
        self.lr_spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Scrolling past the settings must not change a value the wheel happens to pass over
        # (say the learning rate, mid-training): the wheel only edits a control that has focus.
        for w in (self.lr_spin, self.lr_slider, self.batch_spin, self.optimizer_combo, self.momentum_spin,
                  self.l1_spin, self.l2_spin, self.epoch_spin, self.seed_spin):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(self)

    @staticmethod
    def _label(text: str, buddy, tip: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(tip)
        label.setBuddy(buddy)
        return label

    def set_momentum_visible(self, on: bool) -> None:
        self.momentum_label.setVisible(on)
        self.momentum_spin.setVisible(on)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            if self.scroll is not None:
                QApplication.sendEvent(self.scroll.verticalScrollBar(), event)  # scroll the form instead
            return True
        return super().eventFilter(obj, event)
