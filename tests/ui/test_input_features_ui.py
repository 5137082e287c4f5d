"""Input features in the window (issue 10 §5): the Network panel's toggles change the input layer
(and the diagram's input names), a saved model remembers them and refuses data they cannot be
computed from, and the circle is solved by x1², x2² with no hidden layer, which the decision
boundary shows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from guiapp.engine.features import expand
from guiapp.engine.serialization import load_model
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import PAUSED

SQUARES = ("x1_squared", "x2_squared")


@pytest.fixture
def network_panel(window, qtbot):
    window.docks["networkDock"].raise_()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "networkDiagram").isVisible(), timeout=2000)
    panel = window.panels["networkDock"]
    panel._apply_timer.setInterval(50)
    return panel


def _tick(window, qtbot, key):
    check = window.findChild(QCheckBox, f"inputFeature_{key}")
    assert check is not None and check.isVisible()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    return check


def test_toggles_add_inputs_to_the_input_layer_and_the_diagram_names_them(window, network_panel, session, qtbot):
    assert session.spec.layer_sizes == (2, 4, 1)
    check = _tick(window, qtbot, "x1_x2")
    assert check.text() == "A·B"                                  # XOR's columns are A and B
    qtbot.waitUntil(lambda: session.spec.input_features == ("x1_x2",), timeout=3000)
    assert session.spec.layer_sizes == (3, 4, 1) and session.network.n_inputs == 3
    assert session.input_names == ("A", "B", "A·B")
    diagram = network_panel.diagram
    assert [diagram.neuron_name(0, j) for j in range(3)] == ["A", "B", "A·B"]
    # the network computes A·B itself from the table's two columns
    X = session.dataset.X_train
    np.testing.assert_array_equal(session.network.predict_proba(X), session.network.predict_proba(expand(X, ("x1_x2",))))
    _tick(window, qtbot, "x1_x2")                                  # off again
    qtbot.waitUntil(lambda: session.spec.input_features == (), timeout=3000)
    assert session.spec.layer_sizes == (2, 4, 1)


def test_toggles_are_offered_for_2d_data_only(window, network_panel, session, qtbot):
    toggles = network_panel.feature_toggles
    assert toggles.isVisible()
    session.load_dataset_spec(DatasetSpec("logic", "3-bit parity"))
    assert not toggles.isVisible() and session.spec.input_features == ()


def test_a_saved_model_remembers_its_features_and_refuses_data_without_two_columns(window, network_panel, session,
                                                                                    qtbot, tmp_path):
    _tick(window, qtbot, "x1_squared")
    _tick(window, qtbot, "sin_x2")
    qtbot.waitUntil(lambda: session.spec.input_features == ("x1_squared", "sin_x2"), timeout=3000)
    path = tmp_path / "xor-features.npz"
    assert window.save_model_to(str(path))
    net, spec, _extra = load_model(path)
    assert spec.input_features == ("x1_squared", "sin_x2") and net.input_features == spec.input_features

    session.set_spec(session.spec.__class__((2, 4, 1), ("tanh", "sigmoid")))       # features off
    assert window.load_model_from(str(path))
    assert session.spec.input_features == ("x1_squared", "sin_x2") and session.spec.layer_sizes[0] == 4
    assert network_panel.feature_toggles.selected() == ("x1_squared", "sin_x2")

    from guiapp.ui.model_fit import model_misfit

    session.load_dataset_spec(DatasetSpec("logic", "3-bit parity"))
    assert "two columns" in model_misfit(spec, session.dataset)
    questions = []
    window.ask = lambda title, text: questions.append(text) or False
    assert not window.load_model_from(str(path))
    assert questions and "two columns" in questions[0]


def test_the_circle_is_solved_with_two_squared_features_and_no_hidden_layer(window, network_panel, session,
                                                                            controller, qtbot):
    session.load_dataset_spec(DatasetSpec("toy2d", "circle", {"n": 200, "noise": 0.05, "seed": 0}))
    window.docks["networkDock"].raise_()
    while network_panel.form.rows:                                 # remove every hidden layer
        qtbot.mouseClick(network_panel.form.rows[0].remove, Qt.MouseButton.LeftButton)
    _tick(window, qtbot, "x1_squared")
    _tick(window, qtbot, "x2_squared")
    qtbot.waitUntil(lambda: session.spec.input_features == SQUARES and len(session.spec.layer_sizes) == 2,
                    timeout=3000)
    assert session.spec.layer_sizes == (4, 1)
    controller.start()
    qtbot.waitUntil(lambda: session.epoch >= 300, timeout=30000)
    controller.pause()
    qtbot.waitUntil(lambda: session.state == PAUSED, timeout=5000)
    assert session.history.last("train_acc") >= 0.98 and session.history.last("test_acc") >= 0.98
    # the boundary shows it: inside the disk class 1, on the ring and in the corners class 0
    bv = session.display.boundary
    gx, gy = np.meshgrid(bv.xs, bv.ys)
    r = np.hypot(gx, gy)
    inside = bv.outputs[..., 0] >= 0.5
    assert inside[r < 0.35].all() and not inside[r > 0.65].any()
    window.docks["boundaryDock"].raise_()
    qtbot.waitUntil(lambda: window.panels["boundaryDock"].image_array() is not None, timeout=3000)

