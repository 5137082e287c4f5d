"""The Network panel: design the multilayer perceptron and watch its weights.

- Hidden layers: add, remove, neurons per layer (1 to ``MAX_NEURONS``), activation per layer.
- Input and output sizes follow the data (shown, not editable). The output activation and the loss
  are set to fit the data when it changes (one sigmoid neuron + binary cross-entropy for two
  classes, softmax + cross-entropy for more) and can be overridden; combinations that cannot
  train (cross-entropy without softmax, binary cross-entropy without sigmoid) are greyed out in
  the loss list and, if reached anyway, explained and never applied.
- Initializer and bias on/off.
- A live parameter count (784-16-10 → 12,730) and an estimate of the memory training needs; a
  large design is flagged with a warning.
- When edits apply: the count and the diagram follow every edit at once. The new network is built
  by itself ``APPLY_DELAY_MS`` after the last edit as long as nothing would be lost (no training
  progress) and the design is not large; otherwise the Apply button lights up, and Apply asks
  before throwing away the training so far ("No" puts the widgets back). While training runs the
  design is locked (pause or stop first), so the network is never rebuilt under the worker.
- The diagram (``NetworkDiagram``) draws the network with its live weights from the session's
  snapshots: sign by colour, size by width; hover for values.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from ...engine.output_rules import default_loss_for, loss_problem, output_size_for
from ...engine.specs import NetworkSpec
from ...state.session import LARGE_NETWORK_PARAMS, RUNNING
from ..widgets.network_diagram import ACTIVATION_TITLES, NetworkDiagram

#: Neurons per hidden layer: at least 1 (0 cannot be typed), at most this.
MAX_NEURONS = 4096
MAX_HIDDEN_LAYERS = 8
#: Estimated training memory above which a design counts as large (as do > LARGE_NETWORK_PARAMS).
LARGE_MEMORY_MB = 1024.0
#: Automatic apply waits this long after the last edit (typing "128" builds one network, not three).
APPLY_DELAY_MS = 300

HIDDEN_ACTIVATIONS = {
    "sigmoid": "σ(z) = 1 / (1 + e^−z): squashes into (0, 1). The classic; learns slowly when saturated.",
    "tanh": "tanh(z): squashes into (−1, 1), centred on zero. A good choice for small networks.",
    "relu": "ReLU: max(0, z). Fast and the usual choice for deep or large networks; a neuron can “die”.",
    "leaky_relu": "Leaky ReLU: z for z > 0, else 0.01·z. Like ReLU but never completely silent.",
    "linear": "linear: z unchanged. Layers of linear neurons together are still just one linear map.",
}
OUTPUT_ACTIVATIONS = {
    "sigmoid": "sigmoid: each output between 0 and 1 (one neuron for two classes: the probability of the second).",
    "softmax": "softmax: the outputs are probabilities over the classes that add up to 1.",
    "tanh": "tanh: outputs between −1 and 1, trained with mean squared error.",
    "linear": "linear: raw scores, trained with mean squared error.",
}
LOSS_TITLES = {"mse": "mean squared error", "bce": "binary cross-entropy", "cross_entropy": "cross-entropy"}
#: What the loss combo shows (it is narrow): short names first.
LOSS_ITEMS = {"mse": "MSE (mean squared error)", "bce": "BCE (binary cross-entropy)",
              "cross_entropy": "cross-entropy (softmax)"}
LOSS_SHORT = {"mse": "MSE", "bce": "BCE", "cross_entropy": "cross-entropy"}
LOSS_TIPS = {
    "auto": "Pick the loss that fits the output layer: cross-entropy for softmax, binary cross-entropy for "
            "sigmoid outputs, otherwise mean squared error.",
    "mse": "Mean squared error: the average of (output − target)². Works with any output; learns slowly "
           "when sigmoid or softmax outputs saturate.",
    "bce": "Binary cross-entropy: −[t·log y + (1 − t)·log(1 − y)]. Needs sigmoid outputs (between 0 and 1).",
    "cross_entropy": "Cross-entropy: −Σ t·log p over the classes. Needs a softmax output layer.",
}
INITIALIZERS = {
    "auto": ("auto", "Per layer: He for ReLU layers, Xavier otherwise."),
    "uniform": ("uniform(−1, 1)", "Every weight uniform in (−1, 1), as in the classic tutorials. "
                                  "Too large for wide layers."),
    "xavier": ("Xavier", "Xavier/Glorot: uniform, scaled by √(6 / (fan_in + fan_out)). Suits sigmoid and tanh."),
    "he": ("He", "He/Kaiming: normal with variance 2 / fan_in. Suits ReLU."),
    "small": ("small (0.01)", "Small random numbers: normal with standard deviation 0.01. Image tiles then show what "
                              "training wrote, not the random start."),
}
APPLY_TIP = ("Build the network you designed (fresh random weights).\n"
             "The diagram and the parameter count follow every edit at once. While the network has not been "
             "trained yet, a new design is built by itself a moment after your last edit. Once training has made "
             "progress (or for a very large design) the design waits for Apply, which asks before the training "
             "so far is thrown away.")


def describe_loss_problem(problem) -> str | None:
    """A sentence for the user about an ``OutputProblem`` (engine.output_rules), or None."""
    if problem is None:
        return None
    act = ACTIVATION_TITLES.get(problem.activation, problem.activation)
    if problem.code == "loss_needs_activation" and problem.loss == "bce":
        return (f"Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output layer "
                f"is {act}. Choose the sigmoid output, or another loss.")
    if problem.code == "loss_needs_activation" and problem.loss == "cross_entropy":
        return (f"Cross-entropy needs a softmax output layer (probabilities that add up to 1), but the output "
                f"layer is {act}. Choose the softmax output, or another loss.")
    if problem.code == "softmax_needs_two":
        return "A softmax output needs at least two neurons: over a single neuron it always outputs 1."
    return problem.sentence()


def estimate_training_mb(spec: NetworkSpec, batch: int, itemsize: int) -> float:
    """Rough memory to train ``spec`` in MB: weights, gradients and two optimizer buffers per parameter,
    plus inputs, pre-activations, activations and their gradients for one batch."""
    params = spec.num_params * itemsize * 4
    activations = batch * (spec.layer_sizes[0] + 3 * sum(spec.layer_sizes[1:])) * itemsize
    return (params + activations) / 1e6


def format_mb(mb: float) -> str:
    """12 kB, 3.4 MB, 1,234 MB."""
    if mb < 1:
        return f"{max(1.0, mb * 1000):.0f} kB"
    if mb < 10:
        return f"{mb:.1f} MB"
    return f"{mb:,.0f} MB"


class _FitScrollArea(QScrollArea):
    """A scroll area that asks for the height of its contents (so the splitter starts with the
    controls fully visible and gives the rest to the diagram)."""

    def sizeHint(self) -> QSize:
        w = self.widget()
        if w is None:
            return super().sizeHint()
        hint = w.sizeHint()
        f = 2 * self.frameWidth()
        return QSize(hint.width() + f, hint.height() + f)


class _HiddenRow:
    """The widgets of one hidden layer: caption, neuron count, activation, remove button."""

    def __init__(self, panel: "NetworkPanel", number: int):
        self.caption = QLabel(f"Hidden {number}")
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_NEURONS)
        self.spin.setSuffix(" neurons")
        self.spin.valueChanged.connect(self._fix_suffix)
        self.spin.setAccelerated(True)
        self.spin.setObjectName(f"hiddenSizeSpin{number}")
        self.spin.setAccessibleName(f"Neurons in hidden layer {number}")
        self.spin.setToolTip(f"How many neurons hidden layer {number} has (1 to {MAX_NEURONS:,}). "
                             "More neurons can bend the decision boundary more, but train slower.")
        self.caption.setBuddy(self.spin)
        self.combo = QComboBox()
        self.combo.setObjectName(f"hiddenActivationCombo{number}")
        self.combo.setAccessibleName(f"Activation of hidden layer {number}")
        self.combo.setToolTip(f"The activation function of hidden layer {number}: what each neuron does "
                              "with its weighted sum z")
        for i, (name, tip) in enumerate(HIDDEN_ACTIVATIONS.items()):
            self.combo.addItem(ACTIVATION_TITLES[name], name)
            self.combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName(f"removeLayerButton{number}")
        self.remove.setAccessibleName(f"Remove hidden layer {number}")
        self.remove.setToolTip(f"Remove hidden layer {number}")
        self.remove.setAutoRaise(True)
        self.spin.valueChanged.connect(panel._on_edited)
        self.combo.currentIndexChanged.connect(panel._on_edited)
        self.remove.clicked.connect(lambda: panel.remove_layer(number - 1))

    def widgets(self):
        return (self.caption, self.spin, self.combo, self.remove)

    def _fix_suffix(self, value: int) -> None:
        suffix = " neuron" if value == 1 else " neurons"
        if self.spin.suffix() != suffix:
            self.spin.setSuffix(suffix)

    def set(self, size: int, activation: str) -> None:
        with QSignalBlocker(self.spin), QSignalBlocker(self.combo):
            if self.spin.value() != size:
                self.spin.setValue(size)
            self._fix_suffix(size)
            i = self.combo.findData(activation)
            if i < 0:
                self.combo.addItem(ACTIVATION_TITLES.get(activation, activation), activation)
                i = self.combo.count() - 1
            self.combo.setCurrentIndex(i)

    def value(self) -> tuple[int, str]:
        return self.spin.value(), self.combo.currentData()


class NetworkPanel(QWidget):
    TITLE = "Network"
    DOCK_NAME = "networkDock"

    def __init__(self, session, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkPanel")
        self.session = session
        self.controller = controller
        self._rows: list[_HiddenRow] = []
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_DELAY_MS)
        self._apply_timer.timeout.connect(self._auto_apply)

        self.diagram = NetworkDiagram()
        self.controls = QWidget()
        self.controls.setObjectName("networkControls")
        self._build_controls()

        scroll = _FitScrollArea()
        scroll.setObjectName("networkControlsScroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("networkSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.diagram)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.splitter)

        self._controls_hint = -1
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_controls)

        session.dataset_changed.connect(self._on_dataset_changed)
        session.spec_changed.connect(self.sync_from_session)
        session.config_changed.connect(self._refresh)
        session.network_changed.connect(self._on_network_changed)
        session.snapshot_changed.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state_changed)
        session.history_changed.connect(self._update_buttons)
        self._on_dataset_changed()
        self._on_state_changed(session.state)
        if session.snapshot is not None:
            self.diagram.set_params(session.snapshot.params)

    # ---- building -------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        v = QVBoxLayout(self.controls)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.grid = grid

        self.input_caption = QLabel("Input")
        self.input_label = QLabel()
        self.input_label.setObjectName("inputSizeLabel")
        self.input_label.setAccessibleName("Input size")
        self.input_label.setWordWrap(True)
        self.input_label.setToolTip("One input neuron per feature of the data; it follows the data you pick.")

        self.add_button = QPushButton("+ Add hidden layer")
        self.add_button.setObjectName("addLayerButton")
        self.add_button.setAccessibleName("Add hidden layer")
        self.add_button.setToolTip("Add a hidden layer before the output (a copy of the last hidden layer). "
                                   f"Up to {MAX_HIDDEN_LAYERS} hidden layers.")
        self.add_button.clicked.connect(self.add_layer)

        self.output_caption = QLabel("Output")
        self.output_label = QLabel()
        self.output_label.setObjectName("outputSizeLabel")
        self.output_label.setAccessibleName("Output size")
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("outputActivationCombo")
        self.output_combo.setAccessibleName("Output activation")
        self.output_combo.setToolTip("The activation of the output layer. It is chosen to fit the data when "
                                     "the data changes; you can override it.")
        self.output_combo.currentIndexChanged.connect(self._on_edited)
        self.output_caption.setBuddy(self.output_combo)

        self.loss_combo = QComboBox()
        self.loss_combo.setObjectName("lossCombo")
        self.loss_combo.setAccessibleName("Loss function")
        self.loss_combo.setToolTip("What training minimises: how far the outputs are from the targets.")
        for i, name in enumerate(("auto", "mse", "bce", "cross_entropy")):
            self.loss_combo.addItem(name if name == "auto" else LOSS_ITEMS[name], name)
            self.loss_combo.setItemData(i, LOSS_TIPS[name], Qt.ItemDataRole.ToolTipRole)
        self.loss_combo.currentIndexChanged.connect(self._on_edited)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("initCombo")
        self.init_combo.setAccessibleName("Weight initializer")
        self.init_combo.setToolTip("How the starting weights are drawn at random")
        for i, (name, (title, tip)) in enumerate(INITIALIZERS.items()):
            self.init_combo.addItem(title, name)
            self.init_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.init_combo.currentIndexChanged.connect(self._on_edited)
        self.bias_check = QCheckBox("Bias")
        self.bias_check.setObjectName("biasCheck")
        self.bias_check.setAccessibleName("Bias")
        self.bias_check.setToolTip("Give every neuron a bias b (y = x·W + b). Without it every boundary has to "
                                   "pass through the origin.")
        self.bias_check.toggled.connect(self._on_edited)
        self.loss_caption = QLabel("Loss")
        self.loss_caption.setBuddy(self.loss_combo)
        init_caption = QLabel("Init")
        init_caption.setBuddy(self.init_combo)
        self.init_caption = init_caption

        self.param_caption = QLabel("Parameters:")
        self.param_label = QLabel()
        self.param_label.setObjectName("paramCountLabel")
        self.param_label.setAccessibleName("Parameter count")
        self.param_label.setToolTip("Weights plus biases the network learns: Σ (inputs + 1) × neurons over the "
                                    "layers. It follows your edits before you apply them.")
        self.param_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.param_label.font()
        font.setBold(True)
        self.param_label.setFont(font)
        self.memory_label = QLabel()
        self.memory_label.setObjectName("memoryLabel")
        self.memory_label.setAccessibleName("Training memory estimate")

        self.apply_button = QPushButton("Apply")
        self.apply_button.setObjectName("applyDesignButton")
        self.apply_button.setAccessibleName("Apply the design")
        self.apply_button.setToolTip(APPLY_TIP)
        self.apply_button.clicked.connect(self.apply_design)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setObjectName("revertDesignButton")
        self.revert_button.setAccessibleName("Revert the design")
        self.revert_button.setToolTip("Forget the edits: show the network that is built now")
        self.revert_button.clicked.connect(self.sync_from_session)

        def note(name: str, accessible: str, border: str | None) -> QLabel:
            label = QLabel()
            label.setObjectName(name)
            label.setAccessibleName(accessible)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if border:
                label.setStyleSheet(f"QLabel {{ border: 1px solid {border}; border-radius: 3px; padding: 3px; }}")
            label.hide()
            return label

        self.warning_label = note("largeDesignWarning", "Large network warning", "#c19c00")
        self.problem_label = note("designProblemLabel", "Design problem", "#d13438")
        self.status_label = note("designStatusLabel", "Design status", None)
        self.status_label.setStyleSheet("QLabel { font-style: italic; }")

        # rows: input, hidden layers (rebuilt as needed), add button, output
        grid.addWidget(self.input_caption, 0, 0)
        grid.addWidget(self.input_label, 0, 1, 1, 3)
        v.addLayout(grid)

        rest = QGridLayout()
        rest.setContentsMargins(0, 0, 0, 0)
        rest.setHorizontalSpacing(6)
        rest.setVerticalSpacing(3)
        rest.addWidget(self.loss_caption, 0, 0)
        rest.addWidget(self.loss_combo, 0, 1)
        rest.addWidget(self.init_caption, 0, 2)
        rest.addWidget(self.init_combo, 0, 3)
        rest.addWidget(self.bias_check, 0, 4)
        rest.setColumnStretch(1, 3)
        rest.setColumnStretch(3, 2)
        v.addLayout(rest)

        counts = QHBoxLayout()
        counts.setSpacing(6)
        counts.addWidget(self.param_caption)
        counts.addWidget(self.param_label)
        counts.addWidget(self.memory_label, 1)
        counts.addWidget(self.revert_button)
        counts.addWidget(self.apply_button)
        v.addLayout(counts)
        v.addWidget(self.warning_label)
        v.addWidget(self.problem_label)
        v.addWidget(self.status_label)
        v.addStretch(1)
        for w in (self.loss_combo, self.init_combo, self.output_combo):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _layout_rows(self, count: int) -> None:
        """Make ``count`` hidden-layer rows and place every row of the grid."""
        if count == len(self._rows) and self.grid.indexOf(self.output_combo) >= 0:
            return
        if count != len(self._rows):
            for row in self._rows[count:]:
                for w in row.widgets():
                    self.grid.removeWidget(w)
                    w.deleteLater()
            del self._rows[count:]
            while len(self._rows) < count:
                self._rows.append(_HiddenRow(self, len(self._rows) + 1))
        for w in (self.add_button, self.output_caption, self.output_label, self.output_combo):
            self.grid.removeWidget(w)
        for i, row in enumerate(self._rows, start=1):
            for col, w in enumerate(row.widgets()):
                self.grid.addWidget(w, i, col)
        n = len(self._rows) + 1
        self.grid.addWidget(self.add_button, n, 1, 1, 2)
        self.grid.addWidget(self.output_caption, n + 1, 0)
        self.grid.addWidget(self.output_label, n + 1, 1)
        self.grid.addWidget(self.output_combo, n + 1, 2, 1, 2)
        self.add_button.setEnabled(count < MAX_HIDDEN_LAYERS)
        self.controls.updateGeometry()

    # ---- the design in the widgets ---------------------------------------------------------------
    def _output_size(self, activation: str) -> int:
        spec = self.session.spec
        if activation == spec.activations[-1]:
            return spec.layer_sizes[-1]  # keep what is built (e.g. a loaded model's two sigmoid outputs)
        return output_size_for(activation, self.session.dataset.n_classes)

    def design(self) -> NetworkSpec:
        """The design the widgets show (applied or not)."""
        out_act = self.output_combo.currentData() or self.session.spec.activations[-1]
        hidden = [row.value() for row in self._rows]
        sizes = (self.session.dataset.n_features, *[s for s, _ in hidden], self._output_size(out_act))
        acts = (*[a for _, a in hidden], out_act)
        return NetworkSpec(sizes, acts, init=self.init_combo.currentData(), bias=self.bias_check.isChecked(),
                           loss=self.loss_combo.currentData())

    def is_pending(self) -> bool:
        """Do the widgets show a design that is not built?"""
        return self.design() != self.session.spec

    def _problem(self, spec: NetworkSpec) -> str | None:
        return describe_loss_problem(loss_problem(spec.loss, spec.activations[-1], spec.layer_sizes[-1]))

    def _estimate(self, spec: NetworkSpec) -> tuple[float, int]:
        ds = self.session.dataset
        batch = self.session.config.batch_size or ds.n_train
        itemsize = np.dtype(self.session.dtype).itemsize
        return estimate_training_mb(spec, batch, itemsize), batch

    def is_large(self, spec: NetworkSpec | None = None) -> bool:
        spec = spec or self.design()
        return spec.num_params > LARGE_NETWORK_PARAMS or self._estimate(spec)[0] > LARGE_MEMORY_MB

    # ---- from the session ----------------------------------------------------------------------
    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        d = ds.n_features
        if ds.image_shape:
            text = f"{d:,} pixels ({ds.image_shape[0]}×{ds.image_shape[1]} image)"
        elif ds.feature_names and len(ds.feature_names) <= 4:
            text = f"{d} input{'s' if d != 1 else ''}: " + ", ".join(ds.feature_names)
        else:
            text = f"{d:,} inputs"
        self.input_label.setText(text)
        self.input_label.setToolTip(f"One input neuron per feature of {ds.name}: {d:,}. It follows the data.")
        self._fill_output_combo()
        self.sync_from_session()

    def _fill_output_combo(self) -> None:
        k = self.session.dataset.n_classes
        spec_act = self.session.spec.activations[-1]
        names = list(OUTPUT_ACTIVATIONS) if k == 2 else ["softmax", "sigmoid", "tanh", "linear"]
        if spec_act not in names:
            names.append(spec_act)
        with QSignalBlocker(self.output_combo):
            self.output_combo.clear()
            for i, name in enumerate(names):
                n = output_size_for(name, k)
                title = ACTIVATION_TITLES.get(name, name)
                self.output_combo.addItem(f"{title} ({n} neuron{'s' if n != 1 else ''})" if k == 2 else title, name)
                self.output_combo.setItemData(i, OUTPUT_ACTIVATIONS.get(name, title), Qt.ItemDataRole.ToolTipRole)

    @Slot()
    def sync_from_session(self) -> None:
        """Show the built design in the widgets (edits not applied are dropped)."""
        self._apply_timer.stop()
        spec = self.session.spec
        if self.output_combo.findData(spec.activations[-1]) < 0:
            self._fill_output_combo()
        hidden = list(zip(spec.layer_sizes[1:-1], spec.activations[:-1]))
        self._layout_rows(len(hidden))
        for row, (size, act) in zip(self._rows, hidden):
            row.set(size, act)
        with QSignalBlocker(self.output_combo), QSignalBlocker(self.loss_combo), \
                QSignalBlocker(self.init_combo), QSignalBlocker(self.bias_check):
            self.output_combo.setCurrentIndex(self.output_combo.findData(spec.activations[-1]))
            self.loss_combo.setCurrentIndex(max(0, self.loss_combo.findData(spec.loss)))
            self.init_combo.setCurrentIndex(max(0, self.init_combo.findData(spec.init)))
            self.bias_check.setChecked(spec.bias)
        self._refresh()

    @Slot()
    def _on_network_changed(self) -> None:
        self.diagram.set_params(None)   # the first snapshot of the new network brings its weights
        self._refresh()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.diagram.set_params(snap.params)   # kept by reference; repaint throttled by the diagram

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        running = state == RUNNING
        self.controls.setEnabled(not running)
        self._refresh()
        if not running and self.is_pending():
            self._schedule_auto_apply()

    # ---- edits ----------------------------------------------------------------------------------
    @Slot()
    def _on_edited(self, *_args) -> None:
        self._refresh()
        self._schedule_auto_apply()

    @Slot()
    def add_layer(self) -> None:
        if len(self._rows) >= MAX_HIDDEN_LAYERS:
            return
        if self._rows:
            size, act = self._rows[-1].value()
        else:
            size, act = (4, "tanh") if self.session.dataset.n_features <= 16 else (32, "relu")
        self._layout_rows(len(self._rows) + 1)
        self._rows[-1].set(size, act)
        self._rows[-1].spin.setFocus()
        self._on_edited()

    def remove_layer(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        values = [row.value() for row in self._rows]
        del values[index]
        self._layout_rows(len(values))
        for row, (size, act) in zip(self._rows, values):
            row.set(size, act)
        self._on_edited()

    def _schedule_auto_apply(self) -> None:
        if self._can_auto_apply():
            self._apply_timer.start()
        else:
            self._apply_timer.stop()

    def _can_auto_apply(self) -> bool:
        s = self.session
        if s.state == RUNNING or s.has_progress or not self.is_pending():
            return False
        spec = self.design()
        return self._problem(spec) is None and not self.is_large(spec)

    @Slot()
    def _auto_apply(self) -> None:
        if self._can_auto_apply():
            self._build(self.design())

    @Slot()
    def apply_design(self) -> bool:
        """Build the design in the widgets; asks first if training has made progress. True if built."""
        self._apply_timer.stop()
        if self.session.state == RUNNING:
            self.session.message.emit("warning", "Pause or stop training before changing the network.")
            return False
        spec = self.design()
        problem = self._problem(spec)
        if problem:
            self.session.message.emit("error", problem)
            return False
        if spec == self.session.spec:
            self._refresh()
            return True
        if self.session.has_progress:
            epochs = self.session.epochs_done
            done = f"{epochs:,} epoch{'s' if epochs != 1 else ''} of training" if epochs else "the training so far"
            if not self._ask("Build the new network?",
                             f"The new design starts from fresh random weights: {done} will be lost.\n\n"
                             "Build it now?"):
                self.sync_from_session()
                return False
        return self._build(spec)

    def _build(self, spec: NetworkSpec) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.set_spec(spec)
        except (MemoryError, ValueError) as exc:
            self.session.message.emit("error", f"Could not build the network: {exc or 'not enough memory'}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _ask(self, title: str, text: str) -> bool:
        w = self.parentWidget()
        while w is not None:
            ask = getattr(w, "ask", None)
            if callable(ask):
                return bool(ask(title, text))
            w = w.parentWidget()
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ---- showing the state -------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._controls_hint = -1
        self._fit_timer.start()

    @Slot()
    def _fit_controls(self) -> None:
        """Give the controls the height they need (rows added, a warning shown) and the diagram the
        rest; left alone while the content keeps its size, so a dragged splitter stays put."""
        hint = self.controls.sizeHint().height()
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if hint == self._controls_hint or total <= 0:
            return
        self._controls_hint = hint
        top = max(0, min(hint + 2, total - self.diagram.minimumHeight()))
        self.splitter.setSizes([top, total - top])

    @Slot()
    def _refresh(self, *_args) -> None:
        """Count, memory, warnings, loss choices, buttons and diagram for the design in the widgets."""
        ds = self.session.dataset
        spec = self.design()
        out_n, out_act = spec.layer_sizes[-1], spec.activations[-1]
        if ds.n_classes == 2 and out_n == 1:
            what = f"the probability of “{ds.class_names[1]}”"
        elif out_n == ds.n_classes:
            what = f"one per class of {ds.name}"
        else:
            what = f"{ds.name} has {ds.n_classes} classes"
        self.output_label.setText(f"{out_n:,} neuron{'s' if out_n != 1 else ''}")
        self.output_label.setToolTip(f"{out_n:,} output neuron{'s' if out_n != 1 else ''}: {what}. "
                                     "The output size follows the data.")
        self.param_label.setText(f"{spec.num_params:,}")
        mb, batch = self._estimate(spec)
        batch_text = "the full batch" if self.session.config.batch_size is None else "batch size"
        self.memory_label.setText(f"≈ {format_mb(mb)}")
        self.memory_label.setToolTip(f"Rough memory to train this network: weights, gradients and optimizer state, "
                                     f"plus the activations of one batch ({batch_text}: {batch:,} samples).")

        # loss choices that fit the output layer
        model = self.loss_combo.model()
        if isinstance(model, QStandardItemModel):
            for i in range(self.loss_combo.count()):
                name = self.loss_combo.itemData(i)
                item = model.item(i)
                if name == "auto":
                    auto = default_loss_for(out_act, out_n)
                    item.setText(f"auto ({LOSS_SHORT[auto]})")
                    item.setToolTip(f"{LOSS_TIPS['auto']}\nHere: {LOSS_TITLES[auto]}.")
                    continue
                why = describe_loss_problem(loss_problem(name, out_act, out_n))
                item.setEnabled(why is None)
                item.setToolTip(why or LOSS_TIPS[name])

        if self.is_large(spec):
            self.warning_label.setText(
                f"⚠ A large network: {spec.num_params:,} parameters, about {format_mb(mb)} of memory to train "
                f"(batch of {batch:,}). Building it takes a moment and training will be slow. "
                "It is only built when you press Apply.")
            self.warning_label.show()
        else:
            self.warning_label.hide()
        problem = self._problem(spec)
        self.problem_label.setText(f"✕ {problem}" if problem else "")
        self.problem_label.setVisible(bool(problem))
        self._update_buttons()

        current = self.loss_combo.currentData()
        self.loss_combo.setToolTip("What training minimises: how far the outputs are from the targets.\n"
                                   + self.loss_combo.itemData(self.loss_combo.currentIndex(),
                                                              Qt.ItemDataRole.ToolTipRole) if current else "")
        self._fit_timer.start()

        pending = spec != self.session.spec
        self.diagram.set_design(spec.layer_sizes, spec.activations, bias=spec.bias, input_names=ds.feature_names,
                                image_shape=ds.image_shape, class_names=ds.class_names)
        self.diagram.set_preview(pending, "Preview: this design is not built yet" if pending else "")

    @Slot()
    def _update_buttons(self, *_args) -> None:
        s = self.session
        running = s.state == RUNNING
        spec = self.design()
        pending = spec != s.spec
        problem = self._problem(spec)
        ready = pending and not running and problem is None
        self.apply_button.setEnabled(ready)
        self.revert_button.setEnabled(pending and not running)
        if self.apply_button.font().bold() != ready:   # lit up when there is something to apply
            font = self.apply_button.font()
            font.setBold(ready)
            self.apply_button.setFont(font)
            self.apply_button.setDefault(ready)
        if running:
            status = "Training is running: pause or stop it to change the design."
        elif pending and problem is None:
            if self._can_auto_apply():
                status = "Building the new network…"
            elif s.has_progress:
                status = "Press Apply to build this design: it starts again from fresh weights."
            else:
                status = "Press Apply to build this design."
        else:
            status = ""
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
