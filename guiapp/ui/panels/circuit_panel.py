"""Circuits of gates (tutorial 1, Karpathy's hacker's guide): the circuit drawn with every wire's
value and gradient, Forward / Backward / Step, every input editable, and the numerical gradient
beside the analytic one for each input, next to the numbers the tutorial prints.

The panel owns its own small circuit (``guiapp.engine.circuit``); it does not touch the session's
network. A lesson can open it on a preset and lock or hide controls by their objectNames
(:meth:`CircuitPanel.load_preset`, :meth:`CircuitPanel.controls`).

What the buttons do, as the guide does it:
- Forward: every gate computes its value from its inputs (editing an input does this too).
- Backward: the output's gradient is set to 1 ("pull the output up"), and each gate multiplies the
  gradient from above by its local derivative and adds it into its inputs' gradients.
- Step: every input moves by step size × its gradient, then forward again: the output grows.
  It needs fresh gradients (Backward after the last change), as the guide's loop does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...engine.circuit import PRESETS as CIRCUIT_FACTORIES
from ..i18n.formatting import DASH, arg, format_number
from ..widgets.circuit_graph import CircuitGraph
from ..widgets.number_boxes import CompactDoubleSpinBox
from ..widgets.tutorial_match import agrees_to_printed
from .base import DockPanel

#: Digits in the table (the graph shows 4 significant digits).
TABLE_DIGITS = 6


@dataclass(frozen=True)
class Printed:
    """A number as the tutorial prints it: its value and how many decimals it shows."""

    value: float
    decimals: int


@dataclass(frozen=True)
class CircuitPreset:
    """A worked example of the guide: its title, and the numbers it prints for the starting
    values: the output, each input's gradient, and the output after one step of ``step``."""

    name: str
    title: str
    output: Printed
    grads: dict
    after_step: Printed | None
    step: float = 0.01


PRESETS = {
    "sum_times": CircuitPreset(
        "sum_times", QT_TRANSLATE_NOOP("CircuitPanel", "(x + y)·z: two gates"), Printed(-12.0, 0),
        {"x": Printed(-4.0, 0), "y": Printed(-4.0, 0), "z": Printed(3.0, 0)}, None),
    "single_neuron": CircuitPreset(
        "single_neuron", QT_TRANSLATE_NOOP("CircuitPanel", "σ(a·x + b·y + c): one neuron"), Printed(0.8808, 4),
        {"a": Printed(-0.105, 3), "b": Printed(0.315, 3), "c": Printed(0.105, 3), "x": Printed(0.105, 3),
         "y": Printed(0.210, 3)}, Printed(0.8825, 4)),
}


class CircuitPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("CircuitPanel", "Circuit")
    DOCK_NAME = "circuitDock"
    OBJECT_NAME = "circuitPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.circuit = None
        self.preset: CircuitPreset | None = None
        self.grads_fresh = False
        self._pristine = True     # inputs as the preset set them (or moved only by steps of its size)
        self._steps = 0           # steps since the preset was loaded
        self._rows: dict = {}     # input name -> (value box, gradient label, numerical label, tutorial label)

        self.help_label = QLabel(self.tr(
            "Values flow forward (<b style='color:#1b7a2f'>green</b>, above each wire); gradients flow "
            "back (<b style='color:#c62828'>red</b>, below): how much the output grows per unit of that "
            "wire. Press Backward, then Step: every input moves by step size × its gradient."))
        self.help_label.setObjectName("circuitHelpLabel")
        self.help_label.setWordWrap(True)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("circuitPresetCombo")
        self.preset_combo.setAccessibleName(self.tr("Example circuit"))
        self.preset_combo.setToolTip(self.tr("The worked examples of the hacker's guide to neural networks"))
        for p in PRESETS.values():
            self.preset_combo.addItem(self.tr(p.title), p.name)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        self.reset_button = self._button("circuitResetButton", self.tr("Reset"),
                                         self.tr("Put the inputs back to the example's values"), self.reset)
        self.forward_button = self._button("circuitForwardButton", self.tr("Forward"),
                                           self.tr("Forward pass: every gate computes its value from its inputs"),
                                           self.forward)
        self.backward_button = self._button("circuitBackwardButton", self.tr("Backward"),
                                            self.tr("Backward pass: the output's gradient is 1; each gate passes "
                                                    "its local derivative × the gradient from above to its inputs"),
                                            self.backward)
        self.step_button = self._button("circuitStepButton", self.tr("Step"),
                                        self.tr("Move every input by step size × its gradient, then run forward "
                                                "again: the output grows"), self.step)
        self.step_spin = CompactDoubleSpinBox(decimals=4)
        self.step_spin.setObjectName("circuitStepSizeSpin")
        self.step_spin.setRange(0.0001, 10.0)
        self.step_spin.setSingleStep(0.01)
        self.step_spin.setValue(0.01)
        self.step_spin.setAccessibleName(self.tr("Step size"))
        self.step_spin.setToolTip(self.tr("How far each input moves per unit of its gradient (the guide uses 0.01)"))
        step_label = QLabel(self.tr("Step size"))
        step_label.setBuddy(self.step_spin)

        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(14)
        choose = QHBoxLayout()
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(self.preset_combo, 1)
        choose.addWidget(self.reset_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.backward_button)
        buttons.addWidget(self.step_button)
        buttons.addSpacing(6)
        buttons.addWidget(step_label)
        buttons.addWidget(self.step_spin)
        buttons.addStretch(1)

        self.graph = CircuitGraph()
        self.graph.input_clicked.connect(self._focus_input)

        # the table: one row per input, and the output
        self.table_host = QWidget()
        self.table_host.setObjectName("circuitTable")
        self.grid = QGridLayout(self.table_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)

        self.h_spin = CompactDoubleSpinBox(decimals=8)
        self.h_spin.setObjectName("circuitHSpin")
        self.h_spin.setRange(1e-8, 1.0)
        self.h_spin.setSingleStep(0.0001)
        self.h_spin.setValue(1e-4)
        self.h_spin.setAccessibleName(self.tr("h of the numerical gradient"))
        self.h_spin.setToolTip(self.tr("The small nudge h of the numerical gradient (the guide uses 0.0001)"))
        self.h_spin.valueChanged.connect(self._show_numbers)
        h_label = QLabel(self.tr("h"))
        h_label.setBuddy(self.h_spin)
        self.central_check = QCheckBox(self.tr("Central difference"))
        self.central_check.setObjectName("circuitCentralCheck")
        self.central_check.setAccessibleName(self.tr("Central difference"))
        self.central_check.setToolTip(self.tr("Numerical gradient as (f(x + h) − f(x − h)) / 2h instead of the "
                                              "guide's (f(x + h) − f(x)) / h: more accurate for the same h"))
        self.central_check.toggled.connect(self._show_numbers)
        h_row = QHBoxLayout()
        h_row.setContentsMargins(0, 0, 0, 0)
        h_row.addWidget(h_label)
        h_row.addWidget(self.h_spin)
        h_row.addWidget(self.central_check)
        h_row.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setObjectName("circuitStatusLabel")
        self.status_label.setAccessibleName(self.tr("What the last button did"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(buttons)
        side.addWidget(self.table_host)
        side.addLayout(h_row)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side_host = QWidget()
        side_host.setLayout(side)
        side_host.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(choose)
        left.addWidget(self.graph, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 1)
        body.addWidget(side_host, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.help_label)
        layout.addLayout(body, 1)

        self.load_preset("single_neuron")

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.clicked.connect(slot)
        return b

    # ---- for lessons ------------------------------------------------------------------------------
    @staticmethod
    def preset_names() -> list[str]:
        return list(PRESETS)

    def load_preset(self, name: str) -> None:
        """Open the worked example ``name`` ("sum_times" or "single_neuron") with its starting
        values, after a forward pass (gradients not computed yet)."""
        if name not in PRESETS:
            raise ValueError(f"unknown circuit preset {name!r}: one of {', '.join(PRESETS)}")
        self.preset = PRESETS[name]
        index = self.preset_combo.findData(name)
        if index != self.preset_combo.currentIndex():
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(index)
            self.preset_combo.blockSignals(False)
        self.circuit = CIRCUIT_FACTORIES[name]()
        self.grads_fresh = False
        self._pristine, self._steps = True, 0
        self.step_spin.setValue(self.preset.step)
        self._build_rows()
        self.graph.set_circuit(self.circuit)
        self.circuit.forward()
        self._say(arg(self.tr("Forward pass: %1 = %2. Press Backward for the gradients."),
                      self.circuit.output.name, self._num(self.circuit.output.value)))
        self._show_numbers()

    def controls(self) -> dict:
        """Every control by objectName (a lesson locks or hides them)."""
        widgets = [self.preset_combo, self.reset_button, self.forward_button, self.backward_button,
                   self.step_button, self.step_spin, self.h_spin, self.central_check]
        widgets += [row[0] for row in self._rows.values()]
        return {w.objectName(): w for w in widgets}

    def view_state(self) -> dict:
        """What a window rebuilt in another language needs to look the same."""
        return {"preset": self.preset.name, "inputs": {u.name: u.value for u in self.circuit.inputs},
                "step": self.step_spin.value(), "h": self.h_spin.value(), "central": self.central_check.isChecked()}

    def restore_view_state(self, state: dict) -> None:
        self.load_preset(state["preset"])
        self.step_spin.setValue(state["step"])
        self.h_spin.setValue(state["h"])
        self.central_check.setChecked(state["central"])
        values = state["inputs"]
        if any(self.circuit[name].value != v for name, v in values.items()):
            for name, v in values.items():
                self.circuit[name].value = v
            self._pristine = False
            self.forward()

    # ---- the table ---------------------------------------------------------------------------------
    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget()
            if w is not None:   # out of the panel at once (findChild must not see the old rows)
                w.setParent(None)
                w.deleteLater()
        self._rows = {}
        out_name = self.circuit.output.name
        headers = [self.tr("Input"), self.tr("Value"), arg(self.tr("∂%1/∂input"), out_name),
                   self.tr("Numerical"), self.tr("Tutorial")]
        tips = ["", self.tr("Type a new value: the forward pass runs again"),
                self.tr("The analytic gradient, from the backward pass (the chain rule)"),
                self.tr("The numerical gradient: nudge the input by h and see how the output changes"),
                self.tr("The number the tutorial prints, and whether the app's agrees to its digits")]
        for col, (text, tip) in enumerate(zip(headers, tips)):
            label = QLabel(text)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            label.setToolTip(tip)
            self.grid.addWidget(label, 0, col)
        for r, u in enumerate(self.circuit.inputs, start=1):
            name = QLabel(u.name)
            box = CompactDoubleSpinBox(decimals=6)
            box.setObjectName(f"circuitInput_{u.name}")
            box.setRange(-1e6, 1e6)
            box.setSingleStep(0.1)
            box.setAccessibleName(arg(self.tr("Input %1"), u.name))
            box.setToolTip(arg(self.tr("The value of input %1: change it and the forward pass runs again"), u.name))
            box.setValue(u.value)
            box.valueChanged.connect(lambda v, unit=u: self._on_input_edited(unit, v))
            name.setBuddy(box)
            labels = [QLabel() for _ in range(3)]
            for k, label in enumerate(labels):
                label.setObjectName(f"circuit{('Grad', 'Numerical', 'Tutorial')[k]}Label_{u.name}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, r, 0)
            self.grid.addWidget(box, r, 1)
            for k, label in enumerate(labels):
                self.grid.addWidget(label, r, 2 + k)
            self._rows[u.name] = (box, *labels)
        r = len(self.circuit.inputs) + 1
        self.output_value_label = QLabel()
        self.output_value_label.setObjectName("circuitOutputLabel")
        self.output_value_label.setAccessibleName(self.tr("The circuit's output"))
        self.output_tutorial_label = QLabel()
        self.output_tutorial_label.setObjectName("circuitOutputTutorialLabel")
        for label in (self.output_value_label, self.output_tutorial_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        out_label = QLabel(arg(self.tr("output %1"), out_name))
        bold = out_label.font()
        bold.setBold(True)
        out_label.setFont(bold)
        self.grid.addWidget(out_label, r, 0)
        self.grid.addWidget(self.output_value_label, r, 1)
        self.grid.addWidget(self.output_tutorial_label, r, 4)

    def _num(self, v: float) -> str:
        return format_number(v, significant=TABLE_DIGITS)

    def _printed(self, p: Printed, value: float) -> str:
        text = format_number(p.value, decimals=p.decimals)
        ok = agrees_to_printed(value, p.value, p.decimals)
        return arg(self.tr("%1 ✓") if ok else self.tr("%1 ✗"), text)

    @Slot()
    def _show_numbers(self) -> None:
        """Every number in the table and the graph, from the circuit as it is."""
        c = self.circuit
        h, central = self.h_spin.value(), self.central_check.isChecked()
        at_start = self._pristine and self._steps == 0
        for u in c.inputs:
            box, grad_label, num_label, tut_label = self._rows[u.name]
            if box.value() != u.value:
                box.blockSignals(True)
                box.setValue(u.value)
                box.blockSignals(False)
            has = c.output.grad != 0.0
            grad_label.setText(self._num(u.grad) if has else DASH)
            grad_label.setEnabled(self.grads_fresh)
            grad_label.setToolTip("" if self.grads_fresh or not has else
                                  self.tr("From the last backward pass, before the values changed: press Backward"))
            num_label.setText(self._num(c.numerical_grad(u, h, central=central)))
            printed = self.preset.grads.get(u.name) if at_start else None
            tut_label.setText(self._printed(printed, u.grad) if printed is not None and self.grads_fresh else
                              (format_number(printed.value, decimals=printed.decimals) if printed else DASH))
        out = c.output.value
        self.output_value_label.setText(self._num(out))
        expected = None
        if at_start:
            expected = self.preset.output
        elif self._pristine and self._steps == 1:
            expected = self.preset.after_step
        self.output_tutorial_label.setText(self._printed(expected, out) if expected is not None else DASH)
        self.step_button.setEnabled(self.grads_fresh)
        self.step_button.setToolTip(self.tr("Move every input by step size × its gradient, then run forward again: "
                                            "the output grows") if self.grads_fresh else
                                    self.tr("Press Backward first: a step needs the gradients of these values"))
        self.graph.refresh(self.grads_fresh)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    # ---- the buttons -------------------------------------------------------------------------------
    @Slot()
    def _on_preset_chosen(self, _index: int) -> None:
        self.load_preset(self.preset_combo.currentData())

    @Slot()
    def reset(self) -> None:
        self.load_preset(self.preset.name)

    @Slot()
    def forward(self) -> None:
        out = self.circuit.forward()
        self.grads_fresh = False
        self._say(arg(self.tr("Forward pass: %1 = %2."), self.circuit.output.name, self._num(out)))
        self._show_numbers()

    @Slot()
    def backward(self) -> None:
        self.circuit.forward()
        self.circuit.backward()
        self.grads_fresh = True
        name = self.circuit.output.name
        self._say(arg(self.tr("Backward pass: ∂%1/∂%1 = 1, then the chain rule back to every input. "
                              "A positive gradient means: increase that input and %1 grows."), name))
        self._show_numbers()

    @Slot()
    def step(self) -> None:
        """One step up the gradient (needs fresh gradients)."""
        if not self.grads_fresh:
            return
        size = self.step_spin.value()
        before = self.circuit.output.value
        after = self.circuit.step(size)
        self.grads_fresh = False
        if abs(size - self.preset.step) > 1e-15:
            self._pristine = False
        self._steps += 1
        self._say(arg(self.tr("Step of %1: every input moved by %1 × its gradient; %2 went from %3 to %4."),
                      format_number(size), self.circuit.output.name, self._num(before), self._num(after)))
        self._show_numbers()

    def _on_input_edited(self, unit, value: float) -> None:
        unit.value = float(value)
        self._pristine = False
        self.forward()

    @Slot(str)
    def _focus_input(self, name: str) -> None:
        row = self._rows.get(name)
        if row is not None:
            row[0].setFocus(Qt.FocusReason.MouseFocusReason)
            row[0].selectAll()

    # ---- for tests and tools -----------------------------------------------------------------------
    def shown(self) -> dict:
        """What the table shows: {input: (gradient, numerical, tutorial)} and "output": (value, tutorial)."""
        out = {name: (g.text(), n.text(), t.text()) for name, (_b, g, n, t) in self._rows.items()}
        out["output"] = (self.output_value_label.text(), self.output_tutorial_label.text())
        return out
