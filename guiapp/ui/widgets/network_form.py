"""The controls of the network designer: input size, one row per hidden layer, the add button, the
output layer, loss, initializer and bias, the parameter count and memory estimate, Apply/Revert,
and the notes under them (a large design, a design that cannot train, what happens next).

It only holds widgets: the Network panel decides what they mean (``NetworkPanel.design``) and
when a design is built. ``edited`` is emitted on every edit of a setting; ``remove_requested``
and ``add_button.clicked`` ask the panel to change the number of hidden layers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..i18n.formatting import arg
from .hidden_layer_row import HiddenLayerRow


def _note(name: str, accessible: str, border: str | None) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if border:
        label.setStyleSheet(f"QLabel {{ border: 1px solid {border}; border-radius: 3px; padding: 3px; }}")
    label.hide()
    return label


class NetworkForm(QWidget):
    """The designer's widgets. ``rows`` are the hidden layers' :class:`HiddenLayerRow` s."""

    edited = Signal()
    remove_requested = Signal(int)

    def __init__(self, loss_items, initializers, apply_tip: str, max_layers: int, parent: QWidget | None = None):
        """``loss_items``: [(key, text, tooltip)]; ``initializers``: {key: (title, tooltip)}."""
        super().__init__(parent)
        self.setObjectName("networkControls")
        self.rows: list[HiddenLayerRow] = []
        self.max_layers = max_layers
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        fm = self.fontMetrics()
        self.caption_width = max(fm.horizontalAdvance(t) for t in (HiddenLayerRow.caption_text(max_layers),
                                                                    self.tr("Output"), self.tr("Input"))) + 4

        # input, hidden rows, add button, output
        self.input_caption = QLabel(self.tr("Input"))
        self.input_caption.setFixedWidth(self.caption_width)
        self.input_label = QLabel()
        self.input_label.setObjectName("inputSizeLabel")
        self.input_label.setAccessibleName(self.tr("Input size"))
        self.input_label.setWordWrap(True)
        self.input_label.setToolTip(self.tr("One input neuron per feature of the data; it follows the data you pick."))
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.input_caption)
        row.addWidget(self.input_label, 1)
        v.addLayout(row)
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(3)
        v.addLayout(self.rows_box)

        self.add_button = QPushButton(self.tr("+ Add hidden layer"))
        self.add_button.setObjectName("addLayerButton")
        self.add_button.setAccessibleName(self.tr("Add hidden layer"))
        self.add_button.setToolTip(arg(self.tr("Add a hidden layer before the output (a copy of the last hidden "
                                               "layer). Hidden layers: up to %1."), max_layers))
        row = QHBoxLayout()
        row.addSpacing(self.caption_width + 6)
        row.addWidget(self.add_button, 1)
        v.addLayout(row)

        self.output_caption = QLabel(self.tr("Output"))
        self.output_caption.setFixedWidth(self.caption_width)
        self.output_label = QLabel()
        self.output_label.setObjectName("outputSizeLabel")
        self.output_label.setAccessibleName(self.tr("Output size"))
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("outputActivationCombo")
        self.output_combo.setAccessibleName(self.tr("Output activation"))
        self.output_combo.setToolTip(self.tr("The activation of the output layer. It is chosen to fit the data when "
                                             "the data changes; you can override it."))
        self.output_combo.currentIndexChanged.connect(self.edited)
        self.output_caption.setBuddy(self.output_combo)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.output_caption)
        row.addWidget(self.output_label, 1)
        row.addWidget(self.output_combo, 2)
        v.addLayout(row)

        # loss, initializer, bias
        self.loss_combo = QComboBox()
        self.loss_combo.setObjectName("lossCombo")
        self.loss_combo.setAccessibleName(self.tr("Loss function"))
        self.loss_combo.setToolTip(self.tr("What training minimises: how far the outputs are from the targets."))
        for i, (name, text, tip) in enumerate(loss_items):
            self.loss_combo.addItem(text, name)
            self.loss_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.loss_combo.currentIndexChanged.connect(self.edited)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("initCombo")
        self.init_combo.setAccessibleName(self.tr("Weight initializer"))
        self.init_combo.setToolTip(self.tr("How the starting weights are drawn at random"))
        for i, (name, (title, tip)) in enumerate(initializers.items()):
            self.init_combo.addItem(title, name)
            self.init_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.init_combo.currentIndexChanged.connect(self.edited)
        self.bias_check = QCheckBox(self.tr("Bias"))
        self.bias_check.setObjectName("biasCheck")
        self.bias_check.setAccessibleName(self.tr("Bias"))
        self.bias_check.setToolTip(self.tr("Give every neuron a bias b (y = x·W + b). Without it every boundary has "
                                           "to pass through the origin."))
        self.bias_check.toggled.connect(self.edited)
        self.loss_caption = QLabel(self.tr("Loss"))
        self.loss_caption.setBuddy(self.loss_combo)
        self.init_caption = QLabel(self.tr("Init", "the weight initializer, a short caption"))
        self.init_caption.setBuddy(self.init_combo)
        rest = QGridLayout()   # the loss on a row of its own: its names are long ("auto (cross-entropy)")
        rest.setContentsMargins(0, 0, 0, 0)
        rest.setHorizontalSpacing(6)
        rest.setVerticalSpacing(3)
        self.loss_caption.setFixedWidth(self.caption_width)
        self.init_caption.setFixedWidth(self.caption_width)
        rest.addWidget(self.loss_caption, 0, 0)
        rest.addWidget(self.loss_combo, 0, 1, 1, 2)
        rest.addWidget(self.init_caption, 1, 0)
        rest.addWidget(self.init_combo, 1, 1)
        rest.addWidget(self.bias_check, 1, 2)
        rest.setColumnStretch(1, 1)
        v.addLayout(rest)

        # count, memory, Apply / Revert
        self.param_caption = QLabel(self.tr("Parameters:"))
        self.param_label = QLabel()
        self.param_label.setObjectName("paramCountLabel")
        self.param_label.setAccessibleName(self.tr("Parameter count"))
        self.param_label.setToolTip(self.tr("Weights plus biases the network learns: Σ (inputs + 1) × neurons over "
                                            "the layers. It follows your edits before you apply them."))
        self.param_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.param_label.font()
        font.setBold(True)
        self.param_label.setFont(font)
        self.memory_label = QLabel()
        self.memory_label.setObjectName("memoryLabel")
        self.memory_label.setAccessibleName(self.tr("Training memory estimate"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyDesignButton")
        self.apply_button.setAccessibleName(self.tr("Apply the design"))
        self.apply_button.setToolTip(apply_tip)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertDesignButton")
        self.revert_button.setAccessibleName(self.tr("Revert the design"))
        self.revert_button.setToolTip(self.tr("Forget the edits: show the network that is built now"))
        counts = QHBoxLayout()
        counts.setSpacing(6)
        for w, stretch in ((self.param_caption, 0), (self.param_label, 0), (self.memory_label, 1),
                           (self.revert_button, 0), (self.apply_button, 0)):
            counts.addWidget(w, stretch)
        v.addLayout(counts)

        self.warning_label = _note("largeDesignWarning", self.tr("Large network warning"), "#c19c00")
        self.problem_label = _note("designProblemLabel", self.tr("Design problem"), "#d13438")
        self.status_label = _note("designStatusLabel", self.tr("Design status"), None)
        self.status_label.setStyleSheet("QLabel { font-style: italic; }")
        for w in (self.warning_label, self.problem_label, self.status_label):
            v.addWidget(w)
        v.addStretch(1)
        for w in (self.loss_combo, self.init_combo, self.output_combo):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # ---- hidden-layer rows -----------------------------------------------------------------------
    def set_row_count(self, count: int) -> None:
        """Make exactly ``count`` hidden-layer rows (removed ones leave the screen at once)."""
        while len(self.rows) > count:
            row = self.rows.pop()
            self.rows_box.removeWidget(row)
            row.discard()
        while len(self.rows) < count:
            row = HiddenLayerRow(len(self.rows) + 1, self.caption_width, self)
            row.changed.connect(self.edited)
            row.remove_requested.connect(self.remove_requested)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self.add_button.setEnabled(count < self.max_layers)
        self.updateGeometry()

    def values(self) -> list[tuple[int, str]]:
        """(neurons, activation) of every hidden layer shown."""
        return [row.value() for row in self.rows]

    def show_values(self, values: list[tuple[int, str]]) -> None:
        """Show these hidden layers (no ``edited`` signal)."""
        self.set_row_count(len(values))
        for row, (size, act) in zip(self.rows, values):
            row.set(size, act)
