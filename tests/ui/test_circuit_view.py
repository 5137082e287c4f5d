"""The Circuit view (tutorial 1, the hacker's guide): the two worked examples show the numbers the
engine computes and the tutorial prints, Step climbs as the tutorial says, editing an input runs
the forward pass again, and the numerical gradient sits beside the analytic one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QPushButton

from guiapp.engine.circuit import single_neuron_circuit, sum_times_circuit
from guiapp.ui.i18n.formatting import format_number
from i18n_fixtures import language_fixture  # noqa: F401


def num(v: float) -> str:
    """How the table writes a number (6 significant digits, the locale's notation)."""
    return format_number(v, significant=6)


@pytest.fixture
def panel(qtbot, session):
    from guiapp.ui.panels.circuit_panel import CircuitPanel

    p = CircuitPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 420)
    p.show()
    qtbot.waitExposed(p)
    return p


def click(qtbot, panel, name: str) -> None:
    button = panel.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_sum_times_shows_minus_12_and_gradients_minus_4_minus_4_3(qtbot, panel):
    combo = panel.findChild(QComboBox, "circuitPresetCombo")
    combo.setCurrentIndex(combo.findData("sum_times"))
    assert panel.preset.name == "sum_times"
    shown = panel.shown()
    assert shown["output"] == ("-12", "-12 ✓")
    assert [shown[n][0] for n in "xyz"] == ["–"] * 3          # no gradients before Backward
    click(qtbot, panel, "circuitBackwardButton")
    engine = sum_times_circuit()
    engine.backward()
    shown = panel.shown()
    for name, printed in zip("xyz", ("-4 ✓", "-4 ✓", "3 ✓")):
        assert shown[name][0] == num(engine[name].grad)
        assert shown[name][2] == printed
    assert (shown["x"][0], shown["y"][0], shown["z"][0]) == ("-4", "-4", "3")
    # the drawing: every wire's value above, the gradient flowing back along it below
    wires = {(a, b): (v, g) for a, b, v, g in panel.graph.wire_texts()}
    assert wires[("f", "")] == ("-12", "1")
    assert wires[("q", "f")] == ("3", "-4")
    assert wires[("z", "f")] == ("-4", "3")
    assert wires[("x", "q")] == ("-2", "-4") and wires[("y", "q")] == ("5", "-4")


def test_the_neuron_shows_0_8808_and_the_tutorials_five_gradients(qtbot, panel):
    panel.load_preset("single_neuron")
    assert panel.shown()["output"] == (num(0.8807970779778823), "0.8808 ✓")
    click(qtbot, panel, "circuitBackwardButton")
    engine = single_neuron_circuit()
    engine.backward()
    shown = panel.shown()
    printed = {"a": "-0.105", "b": "0.315", "c": "0.105", "x": "0.105", "y": "0.210"}
    for name, text in printed.items():
        grad, numerical, tutorial = shown[name]
        assert grad == num(engine[name].grad)
        assert round(float(grad), 3) == float(text)                       # the tutorial's digits
        assert numerical == num(engine.numerical_grad(engine[name], 1e-4, central=False))   # the guide's formula
        assert tutorial == f"{text} ✓"
    assert [shown[n][0] for n in "abcxy"] == ["-0.104994", "0.314981", "0.104994", "0.104994", "0.209987"]
    wires = {(a, b): (v, g) for a, b, v, g in panel.graph.wire_texts()}
    assert wires[("s", "")] == ("0.8808", "1")


def test_step_climbs_to_0_8825_as_the_tutorial_says(qtbot, panel):
    panel.load_preset("single_neuron")
    step = panel.findChild(QPushButton, "circuitStepButton")
    assert not step.isEnabled()                                         # gradients first
    click(qtbot, panel, "circuitBackwardButton")
    click(qtbot, panel, "circuitStepButton")
    engine = single_neuron_circuit()
    engine.backward()
    expected = engine.step(0.01)
    assert panel.circuit.output.value == expected
    assert panel.shown()["output"] == (num(expected), "0.8825 ✓")
    assert num(expected) == "0.88255"
    for name in "abcxy":                                                # every input moved by 0.01 × its gradient
        assert panel.circuit[name].value == engine[name].value
    assert not step.isEnabled()                                         # the gradients are now stale
    assert "0.880797" in panel.status_label.text() and "0.88255" in panel.status_label.text()
    click(qtbot, panel, "circuitBackwardButton")
    click(qtbot, panel, "circuitStepButton")
    assert panel.circuit.output.value > expected                         # and up again
    assert panel.shown()["output"][1] == "–"                             # the tutorial prints no second step


def test_editing_an_input_runs_the_forward_pass_again(qtbot, panel):
    panel.load_preset("single_neuron")
    click(qtbot, panel, "circuitBackwardButton")
    box = panel.findChild(QAbstractSpinBox, "circuitInput_x")
    box.selectAll()
    qtbot.keyClicks(box.lineEdit(), "2")                                  # a student types 2
    engine = single_neuron_circuit(x=2.0)
    assert panel.circuit["x"].value == 2.0
    assert panel.circuit.output.value == engine.output.value
    assert panel.shown()["output"] == (num(engine.output.value), "–")    # no longer the tutorial's example
    assert not panel.findChild(QPushButton, "circuitStepButton").isEnabled()   # old gradients: Backward again
    assert not panel._rows["a"][1].isEnabled()                           # drawn faded
    assert panel.shown()["a"][1] == num(engine.numerical_grad(engine["a"], 1e-4, central=False))
    click(qtbot, panel, "circuitBackwardButton")
    engine.backward()
    assert panel.shown()["a"][0] == num(engine["a"].grad)
    click(qtbot, panel, "circuitResetButton")
    assert panel.circuit["x"].value == -1.0 and panel.shown()["output"][1] == "0.8808 ✓"


def test_h_and_the_central_difference_change_the_numerical_gradient(qtbot, panel):
    panel.load_preset("single_neuron")
    engine = single_neuron_circuit()
    h = panel.findChild(QAbstractSpinBox, "circuitHSpin")
    h.setValue(0.01)
    assert panel.shown()["b"][1] == num(engine.numerical_grad(engine["b"], 0.01, central=False))
    panel.findChild(QCheckBox, "circuitCentralCheck").setChecked(True)
    assert panel.shown()["b"][1] == num(engine.numerical_grad(engine["b"], 0.01, central=True))
    assert panel.shown()["b"][1] != num(engine.numerical_grad(engine["b"], 0.01, central=False))


def test_a_lesson_opens_a_preset_and_finds_every_control(panel):
    assert panel.preset_names() == ["sum_times", "single_neuron"]
    panel.load_preset("sum_times")
    controls = panel.controls()
    for name in ("circuitPresetCombo", "circuitForwardButton", "circuitBackwardButton", "circuitStepButton",
                 "circuitStepSizeSpin", "circuitHSpin", "circuitInput_x", "circuitInput_z"):
        assert name in controls and controls[name].objectName() == name
    with pytest.raises(ValueError):
        panel.load_preset("nope")


def test_numbers_follow_the_locale(qtbot, session, language):
    language("ru")
    from guiapp.ui.panels.circuit_panel import CircuitPanel

    p = CircuitPanel(session)
    qtbot.addWidget(p)
    p.backward()
    shown = p.shown()
    assert shown["output"] == ("0,880797", "0,8808 ✓")
    assert shown["y"][0] == "0,209987" and shown["y"][2] == "0,210 ✓"
