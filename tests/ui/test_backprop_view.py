"""The Backpropagation panel on XOR 2-2-1 with fixed weights: every number it shows at every step
equals the engine's trace and a hand computation; stepping with the keys; what it traces (the
display, never the live network)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from guiapp.engine import NetworkSpec
from guiapp.state.example_ref import ExampleRef
from guiapp.ui.panels import backprop_steps as bs

W1 = np.array([[0.5, -0.4], [0.3, 0.8]])
B1 = np.array([0.1, -0.2])
W2 = np.array([[0.8], [-1.2]])
B2 = np.array([0.05])
X = np.array([1.0, 0.0])     # XOR row (1, 0), target 1
T = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def by_hand():
    """The tutorials' rules written out for this one example (sigmoid everywhere, binary cross-entropy)."""
    z1 = X @ W1 + B1
    a1 = sigmoid(z1)
    z2 = a1 @ W2 + B2
    a2 = sigmoid(z2)
    loss = -(T * np.log(a2[0]) + (1 - T) * np.log(1 - a2[0]))
    d2 = a2 - T                                   # sigmoid + BCE: δ = a − t
    d1 = a1 * (1 - a1) * (W2 @ d2)                # σ′(z)·Σₖ wₖ·δₖ
    return dict(z1=z1, a1=a1, z2=z2, a2=a2, loss=loss, d1=d1, d2=d2, gW1=np.outer(X, d1), gW2=np.outer(a1, d2),
                gx=W1 @ d1)


@pytest.fixture
def xor_window(window, session, qtbot):
    spec = NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid"))
    session.set_config(replace(session.config, learning_rate=0.5))   # η of the README's worked example
    assert session.set_spec(spec, params=[W1, B1, W2, B2])
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id)
    return window


def _panel(window):
    return window.panels["backpropDock"]


def _pick_row(window, qtbot, row=2):
    data = window.panels["dataDock"]
    window.docks["dataDock"].raise_()
    qtbot.waitUntil(lambda: data.table.isVisible())
    rect = data.table.visualItemRect(data.table.item(row, 0))
    qtbot.mouseClick(data.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _values(panel, quantity):
    return {(line.layer, line.i, line.j): line.value for line in panel.shown_lines() if line.quantity == quantity}


def test_every_step_shows_the_traces_numbers_and_the_hand_computation(xor_window, session, qtbot):
    panel = _panel(xor_window)
    _pick_row(xor_window, qtbot, 2)
    assert session.example is not None and session.example.index == 2
    np.testing.assert_array_equal(session.example.x, X)
    qtbot.waitUntil(lambda: panel.traced is not None and panel.isVisible())
    tr, hand = panel.traced.trace, by_hand()
    np.testing.assert_allclose(tr.delta[1], hand["d2"], rtol=1e-12)
    np.testing.assert_allclose(tr.delta[0], hand["d1"], rtol=1e-12)

    seen = []
    for k in range(len(panel.steps)):
        panel.set_step(k)
        step = panel.current_step()
        seen.append(step.kind)
        texts = "\n".join(panel.formulas.texts())
        if step.kind == bs.FORWARD and step.layer == 0:
            z = _values(panel, bs.Z)
            assert z == pytest.approx({(0, None, 0): hand["z1"][0], (0, None, 1): hand["z1"][1]}, rel=1e-12)
            assert "z = Σᵢ xᵢ·wᵢ + b = 1·0.5 + 0·0.3 + 0.1 = 0.6" in texts
            assert "a = σ(z) = σ(0.6) = 0.646" in texts
        if step.kind == bs.LOSS:
            assert _values(panel, bs.L_)[(-1, None, None)] == pytest.approx(hand["loss"], rel=1e-12)
            assert panel.diagram.scene.side_lines[0] == "L = 0.625"
        if step.kind == bs.BACKWARD and step.layer == 1:
            assert _values(panel, bs.DELTA) == pytest.approx({(1, None, 0): hand["d2"][0]}, rel=1e-12)
            dw = _values(panel, bs.DLDW)
            assert dw == pytest.approx({(1, 0, 0): hand["gW2"][0, 0], (1, 1, 0): hand["gW2"][1, 0]}, rel=1e-12)
            assert "δ = a − t = 0.535 − 1 = −0.465" in texts
            assert "δ = −0.465" in panel.diagram.scene.neuron_lines[(2, 0)]
            # dL/dw on each link: colour for the sign, width for the size (the scene carries the values)
            np.testing.assert_allclose(panel.diagram.scene.link_values[1], tr.grad_W[1], rtol=0)
            assert panel.diagram.scene.link_strong[1] and panel.diagram.scene.link_values[0] is None
        if step.kind == bs.BACKWARD and step.layer == 0:
            deltas = _values(panel, bs.DELTA)
            assert deltas == pytest.approx({(0, None, 0): hand["d1"][0], (0, None, 1): hand["d1"][1]}, rel=1e-12)
            dw = _values(panel, bs.DLDW)
            assert dw == pytest.approx({(0, i, j): hand["gW1"][i, j] for i in range(2) for j in range(2)}, rel=1e-12)
            assert _values(panel, bs.DLDX) == pytest.approx({(-1, 0, None): hand["gx"][0], (-1, 1, None): hand["gx"][1]},
                                                          rel=1e-12)
            # the hidden δ shows the fan-out sum term by term
            line = next(x for x in panel.shown_lines() if x.quantity == bs.DELTA and x.j == 1)
            assert line.text == "δ = σ′(z)·w·δ = 0.229·(−1.2)·(−0.465) = 0.128"
            assert line.terms[0] == "w(h1.2 → out)·δ(out) = (−1.2)·(−0.465) = 0.558"
        if step.kind == bs.UPDATE:
            dw = _values(panel, bs.DW)
            lr = session.config.learning_rate
            assert dw[(0, 0, 1)] == pytest.approx(-lr * hand["gW1"][0, 1], rel=1e-12)
            new = _values(panel, bs.W_NEW)
            assert new[(1, 1, 0)] == pytest.approx(W2[1, 0] - lr * hand["gW2"][1, 0], rel=1e-12)
            assert "Δw = −η·g = −0.5·(−0.3) = 0.15" in texts
    assert seen == ["input", "forward", "forward", "loss", "backward", "backward", "update"]


def test_arrow_keys_step_forward_and_back(xor_window, session, qtbot):
    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None and panel.diagram.isVisible())
    panel.diagram.setFocus()
    qtbot.waitUntil(lambda: panel.diagram.hasFocus())
    assert panel.index == 0
    for k in range(1, 7):
        qtbot.keyClick(panel.diagram, Qt.Key.Key_Right)
        assert panel.index == k
        assert panel.step_label.text().startswith(f"Step {k + 1} of 7")
    qtbot.keyClick(panel.diagram, Qt.Key.Key_Right)          # already at the update: stays
    assert panel.index == 6 and not panel.next_button.isEnabled()
    qtbot.keyClick(panel.diagram, Qt.Key.Key_Left)
    assert panel.current_step().kind == bs.BACKWARD and panel.current_step().layer == 0
    qtbot.keyClick(panel.formulas, Qt.Key.Key_Home)           # from the formula list too
    assert panel.index == 0 and not panel.back_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.index == 1


def test_it_traces_the_display_never_the_live_network(xor_window, session, controller, qtbot):
    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None)
    first = session.display
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy)
    qtbot.waitUntil(lambda: np.array_equal(panel.traced.trace.weights[0], session.display.params[0]))
    assert not np.array_equal(panel.traced.trace.weights[0], W1)
    session.show_snapshot(first)                 # rewound: the view follows the shown epoch
    qtbot.waitUntil(lambda: np.array_equal(panel.traced.trace.weights[0], W1))
    assert "untrained" in panel.note_label.text()


def test_a_target_of_the_students_choice(xor_window, session, qtbot):
    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None)
    panel.target_combo.setCurrentIndex(0)
    panel.target_combo.activated.emit(0)
    qtbot.waitUntil(lambda: panel.traced.target == 0)
    assert panel.traced.trace.delta[1][0] == pytest.approx(by_hand()["a2"][0] - 0.0)


def test_clicking_a_link_shows_its_formula_and_the_gradient_check_follows(xor_window, session, qtbot):
    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None and panel.diagram.isVisible())
    panel.set_step(5)                               # backward through the hidden layer
    point = panel.diagram.link_point(0, 0, 1, 0.7)
    qtbot.mouseClick(panel.diagram, Qt.MouseButton.LeftButton, pos=point.toPoint())
    picked = panel.formulas.picked_lines()
    assert [(x.quantity, x.layer, x.i, x.j) for x in picked] == [(bs.DLDW, 0, 0, 1)]
    assert session.selected_weight is not None and session.selected_weight.j == 1
    text = panel._tooltip(panel.diagram.hit_test(point))
    assert "dL/dw = xᵢ·δⱼ = 1·0.128 = 0.128" in text


def test_a_window_rebuilt_in_another_language_follows_the_same_example_and_step(xor_window, session, controller,
                                                                                  qtbot):
    from guiapp.ui.main_window import MainWindow

    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None)
    panel.set_step(4)
    view = xor_window.capture_view()
    new = MainWindow(session, controller, None)
    qtbot.addWidget(new)
    new.restore_view(view)
    new.show()
    again = _panel(new)
    qtbot.waitUntil(lambda: again.traced is not None)
    assert again.index == 4 and again.traced.trace.delta[1][0] == pytest.approx(by_hand()["d2"][0])
    new.retire()


def test_switching_to_other_data_while_following_an_example(xor_window, session, qtbot):
    from guiapp.state.dataset_spec import DatasetSpec

    panel = _panel(xor_window)
    session.select_example(ExampleRef("truth_table", 2, X, 1))
    qtbot.waitUntil(lambda: panel.traced is not None)
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))     # raised nothing on the way
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id)
    assert session.example is None and panel.traced is None
    assert panel.stack.currentWidget() is panel.empty_page
