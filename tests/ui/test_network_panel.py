"""The Network panel, driven through its widgets: design hidden layers, watch the parameter count,
apply (with a confirmation once training has made progress), and read weights off the diagram."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox, QToolTip, QWidget

from guiapp.data.dataset import Dataset
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import PAUSED, RUNNING


AUTO_APPLY_MS = 60


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


@pytest.fixture
def panel(window, qtbot):
    window.docks["networkDock"].raise_()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "networkDiagram").isVisible(), timeout=2000)
    panel = window.panels["networkDock"]
    panel._apply_timer.setInterval(AUTO_APPLY_MS)   # the real delay (300 ms) only slows the tests down
    return panel


def pick(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data} is not offered"
    combo.setCurrentIndex(index)


def fake_images(n_features=784, n=20) -> Dataset:
    rng = np.random.default_rng(0)
    X = rng.random((n, n_features), dtype=np.float32)
    y = np.arange(n) % 10
    return Dataset("Fake digits", "images", X, y, X, y, 10, tuple(str(i) for i in range(10)), (),
                   image_shape=(28, 28))


def train_a_little(session, controller, qtbot):
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.has_progress and session.state == PAUSED, timeout=5000)


def test_add_and_remove_hidden_layers_rebuild_the_network(window, panel, session, qtbot):
    assert session.spec.layer_sizes == (2, 4, 1)
    first_id = session.network_id
    qtbot.mouseClick(find(window, QPushButton, "addLayerButton"), Qt.MouseButton.LeftButton)
    spin2 = find(window, QSpinBox, "hiddenSizeSpin2")
    spin2.setValue(3)
    # no training yet: the design is built by itself a moment after the last edit
    qtbot.waitUntil(lambda: session.spec.layer_sizes == (2, 4, 3, 1), timeout=3000)
    assert session.spec.activations == ("tanh", "tanh", "sigmoid")
    assert session.network_id > first_id
    assert session.network.layer_sizes == [2, 4, 3, 1]

    qtbot.mouseClick(find(window, QWidget, "removeLayerButton1"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.spec.layer_sizes == (2, 3, 1), timeout=3000)
    assert window.findChild(QSpinBox, "hiddenSizeSpin2") is None
    assert find(window, QSpinBox, "hiddenSizeSpin1").value() == 3

    # no hidden layer at all: a single-layer perceptron (2 inputs straight into the output)
    qtbot.mouseClick(find(window, QWidget, "removeLayerButton1"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.spec.layer_sizes == (2, 1), timeout=3000)
    assert find(window, QLabel, "paramCountLabel").text() == "3"


def test_hidden_layers_are_capped(window, panel, session, qtbot):
    from guiapp.ui.panels.network_panel import MAX_HIDDEN_LAYERS

    add = find(window, QPushButton, "addLayerButton")
    while add.isEnabled():
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert find(window, QSpinBox, f"hiddenSizeSpin{MAX_HIDDEN_LAYERS}").value() == 4
    assert window.findChild(QSpinBox, f"hiddenSizeSpin{MAX_HIDDEN_LAYERS + 1}") is None
    qtbot.waitUntil(lambda: len(session.spec.layer_sizes) == MAX_HIDDEN_LAYERS + 2, timeout=3000)
    assert find(window, QLabel, "paramCountLabel").text() == f"{session.spec.num_params:,}"


def test_mnist_784_16_10_shows_12730_parameters(window, panel, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert "784" in find(window, QLabel, "inputSizeLabel").text()
    assert find(window, QLabel, "outputSizeLabel").text() == "10 neurons"
    spin = find(window, QSpinBox, "hiddenSizeSpin1")
    spin.selectAll()
    qtbot.keyClicks(spin, "16")
    # the count follows the edit at once, before the network is built
    assert find(window, QLabel, "paramCountLabel").text() == "12,730"
    qtbot.waitUntil(lambda: session.spec.layer_sizes == (784, 16, 10), timeout=3000)
    assert session.network.num_params == 12_730
    assert find(window, QLabel, "paramCountLabel").text() == "12,730"
    # the diagram draws a capped number of the 784 inputs, with a "⋮" that tells how many are left out
    diagram = panel.diagram
    assert diagram.neuron_center(0, 783) is not None
    assert diagram.neuron_center(0, 400) is None
    col = diagram._ensure_layout().columns[0]
    more = diagram.tooltip_at(QPoint(int(col.x), int(col.ellipsis_y)))
    assert more is not None and "more neurons are not drawn" in more


def test_zero_neurons_cannot_be_entered(window, panel, session, qtbot):
    spin = find(window, QSpinBox, "hiddenSizeSpin1")
    assert spin.minimum() == 1 and spin.maximum() >= 1024
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() >= 1
    spin.setValue(1)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 1
    qtbot.waitUntil(lambda: session.spec.layer_sizes == (2, 1, 1), timeout=3000)


def test_activation_change_updates_the_spec(window, panel, session, qtbot):
    pick(find(window, QComboBox, "hiddenActivationCombo1"), "relu")
    qtbot.waitUntil(lambda: session.spec.activations == ("relu", "sigmoid"), timeout=3000)
    pick(find(window, QComboBox, "outputActivationCombo"), "softmax")
    # two classes with softmax: two output neurons and cross-entropy
    qtbot.waitUntil(lambda: session.spec.activations == ("relu", "softmax"), timeout=3000)
    assert session.spec.layer_sizes == (2, 4, 2)
    assert session.spec.resolved_loss == "cross_entropy"
    assert find(window, QLabel, "outputSizeLabel").text() == "2 neurons"
    pick(find(window, QComboBox, "initCombo"), "uniform")
    find(window, QCheckBox, "biasCheck").setChecked(False)
    qtbot.waitUntil(lambda: session.spec.init == "uniform" and not session.spec.bias, timeout=3000)
    assert find(window, QLabel, "paramCountLabel").text() == f"{2 * 4 + 4 * 2}"


def test_with_progress_apply_asks_and_no_keeps_the_network(window, panel, session, controller, qtbot):
    train_a_little(session, controller, qtbot)
    questions = []
    window.ask = lambda title, text: questions.append(text) or False
    net_id, spec = session.network_id, session.spec
    spin = find(window, QSpinBox, "hiddenSizeSpin1")
    spin.setValue(8)
    apply = find(window, QPushButton, "applyDesignButton")
    assert apply.isEnabled()
    assert find(window, QLabel, "paramCountLabel").text() == f"{3 * 8 + 9 * 1}"   # the preview's count
    # nothing is built behind the user's back: the automatic build (its timer) is not even scheduled
    assert not panel._apply_timer.isActive()
    assert session.network_id == net_id and not questions

    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "lost" in questions[0]
    assert session.network_id == net_id and session.spec == spec and session.has_progress
    assert spin.value() == 4                      # the widgets went back to the built design
    assert not apply.isEnabled()
    assert find(window, QLabel, "paramCountLabel").text() == "17"

    window.ask = lambda title, text: questions.append(text) or True
    spin.setValue(8)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert session.spec.layer_sizes == (2, 8, 1) and session.network_id > net_id
    assert not session.has_progress and not apply.isEnabled()


def test_design_is_locked_while_training_runs(window, panel, session, controller, qtbot):
    spin = find(window, QSpinBox, "hiddenSizeSpin1")
    controller.start()
    qtbot.waitUntil(lambda: session.state == RUNNING, timeout=2000)
    for name in ("hiddenSizeSpin1", "hiddenActivationCombo1", "addLayerButton", "outputActivationCombo",
                 "lossCombo", "applyDesignButton"):
        assert not find(window, QWidget, name).isEnabled(), name
    assert "pause" in find(window, QLabel, "designStatusLabel").text().lower()
    controller.pause()
    qtbot.waitUntil(lambda: spin.isEnabled(), timeout=2000)
    controller.stop()


def test_invalid_loss_is_explained_and_not_applied(window, panel, session, qtbot):
    loss = find(window, QComboBox, "lossCombo")
    ce = loss.findData("cross_entropy")
    assert not loss.model().item(ce).isEnabled()           # greyed out for a sigmoid output
    assert "softmax" in loss.model().item(ce).toolTip()
    assert loss.itemText(0) == "auto (BCE)"
    spec = session.spec
    loss.setCurrentIndex(ce)                                # reached anyway (e.g. keyboard)
    problem = find(window, QLabel, "designProblemLabel")
    assert problem.isVisible() and "softmax" in problem.text()
    assert not find(window, QPushButton, "applyDesignButton").isEnabled()
    assert not panel._apply_timer.isActive()              # no automatic build of a design that cannot train
    assert session.spec == spec
    pick(find(window, QComboBox, "outputActivationCombo"), "softmax")   # now it fits
    qtbot.waitUntil(lambda: session.spec.loss == "cross_entropy", timeout=3000)
    assert not problem.isVisible()
    assert session.spec.activations[-1] == "softmax"


def test_diagram_hover_shows_the_snapshot_weight(window, panel, session, controller, qtbot):
    train_a_little(session, controller, qtbot)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.steps > 0, timeout=3000)
    diagram = find(window, QWidget, "networkDiagram")
    qtbot.waitUntil(lambda: diagram.has_weights(), timeout=2000)
    W1, b1, W2 = session.snapshot.params[0], session.snapshot.params[1], session.snapshot.params[2]
    text = diagram.tooltip_at(diagram.link_point(0, 1, 2, t=0.25))
    def three(x):   # the app's numbers: 3 decimals, no minus sign on a rounded zero
        return f"{x:.3f}".replace("-0.000", "0.000")

    assert text == f"w[1→2, from B to h1.3] = {three(W1[1, 2])}"     # XOR's inputs are A and B everywhere
    text = diagram.tooltip_at(diagram.link_point(1, 3, 0, t=0.75))
    assert text.startswith("w[2→3, from h1.4 to out]") and text.endswith(three(W2[3, 0]))
    neuron = diagram.tooltip_at(diagram.neuron_center(1, 0))
    assert f"bias b = {three(b1[0])}" in neuron and "tanh" in neuron
    assert diagram.tooltip_at(QPoint(2, 2)) is None
    # the same through a real tooltip event
    pos = diagram.link_point(0, 0, 1, t=0.3).toPoint()
    QApplication.sendEvent(diagram, QHelpEvent(QEvent.Type.ToolTip, pos, diagram.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == f"w[1→2, from A to h1.2] = {W1[0, 1]:.3f}"
    QToolTip.hideText()


def test_diagram_follows_training_and_repaints_throttled(window, panel, session, controller, qtbot):
    diagram = find(window, QWidget, "networkDiagram")
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 2000, timeout=10_000)
    controller.pause()
    qtbot.waitUntil(lambda: session.snapshot.epoch == session.epochs_done, timeout=3000)
    qtbot.waitUntil(lambda: diagram.has_weights(), timeout=2000)
    W1 = session.snapshot.params[0]
    assert diagram.tooltip_at(diagram.link_point(0, 0, 0, t=0.2)).endswith(f"= {W1[0, 0]:.3f}")
    diagram.paint_count = 0
    for _ in range(50):                       # a burst of snapshots: one repaint, not 50
        diagram.set_params(session.snapshot.params)
    qtbot.waitUntil(lambda: diagram.paint_count >= 1 and not diagram._timer.isActive(), timeout=2000)
    assert diagram.paint_count <= 3


def test_large_design_warns_and_waits_for_apply(window, panel, session, qtbot):
    session.set_dataset(fake_images(), DatasetSpec("file", "fake"))
    warning = find(window, QLabel, "largeDesignWarning")
    assert not warning.isVisible()
    spin1 = find(window, QSpinBox, "hiddenSizeSpin1")
    spin1.setValue(4096)
    qtbot.mouseClick(find(window, QPushButton, "addLayerButton"), Qt.MouseButton.LeftButton)
    assert find(window, QSpinBox, "hiddenSizeSpin2").value() == 4096
    # 784-4096-4096-10
    assert find(window, QLabel, "paramCountLabel").text() == "20,037,642"
    assert warning.isVisible()
    assert "20,037,642" in warning.text() and "MB" in warning.text()
    assert "MB" in find(window, QLabel, "memoryLabel").text()
    assert not panel._apply_timer.isActive()                    # not built by itself
    assert session.spec.layer_sizes != (784, 4096, 4096, 10)
    assert find(window, QPushButton, "applyDesignButton").isEnabled()
    qtbot.mouseClick(find(window, QPushButton, "revertDesignButton"), Qt.MouseButton.LeftButton)
    assert not warning.isVisible()
    assert spin1.value() == session.spec.layer_sizes[1]


def test_new_data_resets_the_widgets(window, panel, session, qtbot):
    session.set_dataset(fake_images(), DatasetSpec("file", "fake"))
    assert find(window, QLabel, "outputSizeLabel").text() == "10 neurons"
    out = find(window, QComboBox, "outputActivationCombo")
    assert out.currentData() == "softmax"
    assert find(window, QSpinBox, "hiddenSizeSpin1").value() == session.spec.layer_sizes[1]
    assert find(window, QLabel, "paramCountLabel").text() == f"{session.spec.num_params:,}"
    assert session.load_dataset_spec(DatasetSpec("logic", "AND"))
    assert find(window, QLabel, "inputSizeLabel").text() == "2 inputs: A, B"
    assert out.currentData() == "sigmoid"
    assert find(window, QLabel, "paramCountLabel").text() == f"{session.spec.num_params:,}"


def test_removing_a_hidden_layer_takes_its_row_off_the_screen_at_once(window, panel, session, qtbot):
    qtbot.mouseClick(find(window, QPushButton, "addLayerButton"), Qt.MouseButton.LeftButton)
    row2 = find(window, QSpinBox, "hiddenSizeSpin2")
    qtbot.waitUntil(row2.isVisible, timeout=2000)
    qtbot.mouseClick(find(window, QWidget, "removeLayerButton2"), Qt.MouseButton.LeftButton)
    # no event loop in between (a script pumping events never runs Qt's deferred deletions)
    assert window.findChild(QSpinBox, "hiddenSizeSpin2") is None
    assert not row2.isVisible()
    assert [w.objectName() for w in panel.controls.findChildren(QSpinBox)] == ["hiddenSizeSpin1"]


def test_the_loss_tooltips_say_what_is_computed(window, panel):
    import numpy as np

    from guiapp.engine.losses import MSE

    loss = find(window, QComboBox, "lossCombo")
    tip = loss.itemData(loss.findData("mse"), Qt.ItemDataRole.ToolTipRole)
    assert "summed over the output neurons" in tip and "averaged over the samples" in tip
    assert "average of (output − target)²" not in tip
    # what the engine computes, as the tooltip says: (1/n) Σ_samples Σ_outputs (y − t)²
    y, t = np.array([[0.5, 1.0], [0.0, 0.0]]), np.array([[0.0, 0.0], [0.0, 1.0]])
    assert MSE().value(y, t) == (0.25 + 1.0 + 1.0) / 2
