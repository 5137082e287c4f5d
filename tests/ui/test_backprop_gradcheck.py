"""The gradient check in the UI: one weight (picked by a click on a link or a heatmap cell), h
editable; "Check all gradients" on a background thread, below 1e-7 for smooth activations, and
cancellable; the ReLU note."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from guiapp.engine import NetworkSpec
from guiapp.state.example_ref import ExampleRef
from guiapp.state.weight_ref import WeightRef

PARAMS = [np.array([[0.5, -0.4], [0.3, 0.8]]), np.array([0.1, -0.2]), np.array([[0.8], [-1.2]]), np.array([0.05])]


@pytest.fixture
def xor(window, session, qtbot):
    assert session.set_spec(NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid")), params=PARAMS)
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id)
    session.select_example(ExampleRef("truth_table", 2, [1.0, 0.0], 1))
    panel = window.panels["backpropDock"]
    qtbot.waitUntil(lambda: panel.traced is not None)
    return window


def _dialog(window):
    return window.panels["backpropDock"].check_dialog


def test_a_link_clicked_in_the_network_diagram_opens_its_check(xor, session, qtbot):
    net_panel = xor.panels["networkDock"]
    xor.docks["networkDock"].raise_()
    diagram = net_panel.diagram
    qtbot.waitUntil(lambda: diagram.isVisible() and diagram.has_weights())
    point = diagram.link_point(0, 0, 1, 0.6)
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point.toPoint())
    dialog = _dialog(xor)
    assert dialog is not None and dialog.isVisible()
    assert dialog.weight() == WeightRef(0, 0, 1)
    check = dialog.last_check
    tr = xor.panels["backpropDock"].traced.trace
    assert check.backprop == pytest.approx(tr.grad_W[0][0, 1], rel=1e-12)
    assert check.rel_error < 1e-8
    h = 1e-5
    assert check.loss_plus == pytest.approx(tr.loss_with([PARAMS[0] + np.array([[0, h], [0, 0]]), PARAMS[2]],
                                                         [PARAMS[1], PARAMS[3]]), rel=1e-14)
    assert "W1[A → h1.2]" in dialog.weight_label.text()
    numerical = dialog.values["numerical"].text()
    assert numerical.startswith("(L(w + h) − L(w − h)) / 2h = (") and numerical.endswith("/ (2·1e−05) = 0.12758762")
    # h is editable: a big h shows the curve's bend in the difference
    dialog.h_combo.setCurrentText("0.5")
    big = dialog.last_check
    assert big.h == 0.5 and big.rel_error > 1e-4
    dialog.h_combo.setCurrentText("-1")
    assert "positive" in dialog.single_verdict.text()


def test_a_heatmap_cell_and_a_bias(xor, session, qtbot):
    weights = xor.panels["weightsDock"]
    xor.docks["weightsDock"].raise_()
    qtbot.waitUntil(lambda: weights.plot_widget.isVisible() and weights.layer_items(2).W is not None)
    scene_pos = weights.scene_pos_of_cell(2, 1, 0)          # W2[h1.2 → out]
    view = weights.plot_widget
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_pos))
    dialog = _dialog(xor)
    assert dialog.weight() == WeightRef(1, 1, 0) and dialog.isVisible()
    session.select_weight(WeightRef(0, None, 1), True)      # a bias
    assert dialog.weight() == WeightRef(0, None, 1)
    assert dialog.last_check.param == "b" and dialog.last_check.rel_error < 1e-8


def test_check_all_is_below_1e_7_for_sigmoid(xor, session, qtbot):
    xor.panels["backpropDock"].open_gradient_check()
    dialog = _dialog(xor)
    qtbot.mouseClick(dialog.check_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.job is None, timeout=10_000)
    report = dialog.report
    assert not report.cancelled and report.checked == report.total == 9
    assert report.max_rel_error < 1e-7
    assert dialog.table.rowCount() == 2 and "below" in dialog.all_verdict.text()
    assert dialog.relu_note.text() == ""


def test_check_all_can_be_cancelled(window, session, qtbot):
    # 2-512-512-1: about 264,000 parameters, several seconds of nudging
    assert session.set_spec(NetworkSpec((2, 512, 512, 1), ("relu", "relu", "sigmoid")))
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id)
    session.select_example(ExampleRef("truth_table", 1, [0.0, 1.0], 1))
    panel = window.panels["backpropDock"]
    qtbot.waitUntil(lambda: panel.traced is not None)
    panel.open_gradient_check()
    dialog = _dialog(window)
    dialog.check_all()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.isVisible()
                    and dialog.progress.value() > 0, timeout=20_000)
    cancel = dialog.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)        # the progress dialog's Cancel
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    report = dialog.report
    assert report.cancelled and 0 < report.checked < report.total
    assert "Cancelled" in dialog.all_verdict.text()
    assert dialog.check_all_button.isEnabled()


def test_relu_note_explains_the_kink(window, session, qtbot):
    assert session.set_spec(NetworkSpec((2, 4, 1), ("relu", "sigmoid")))
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id)
    session.select_example(ExampleRef("truth_table", 3, [1.0, 1.0], 0))
    panel = window.panels["backpropDock"]
    qtbot.waitUntil(lambda: panel.traced is not None)
    panel.open_gradient_check()
    dialog = _dialog(window)
    dialog.check_all()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.job is None, timeout=10_000)
    assert "kink" in dialog.relu_note.text()
    dialog.close()
