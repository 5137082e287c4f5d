"""Picking the example where it lives (a truth-table row, a point on the decision boundary, a test
image, the drawing) and the mark it gets there; and a 784-256-10 network stepping without freezing."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer

from guiapp.engine import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.example_ref import DRAWING, PLANE_POINT, TEST_DIGIT, TRUTH_TABLE


def _panel(window):
    return window.panels["backpropDock"]


def test_a_truth_table_row(window, session, qtbot):
    data = window.panels["dataDock"]
    window.docks["dataDock"].raise_()
    qtbot.waitUntil(lambda: data.table.isVisible())
    rect = data.table.visualItemRect(data.table.item(3, 1))
    qtbot.mouseClick(data.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ex = session.example
    assert ex.source == TRUTH_TABLE and ex.index == 3 and ex.label == 0
    np.testing.assert_array_equal(ex.x, [1.0, 1.0])
    assert data.table_picker.selected_row() == 3                  # highlighted where it came from
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.traced is not None and panel.isVisible())   # the panel came to the front
    assert "Row 4" in panel.example_label.text()
    qtbot.keyClick(data.table, Qt.Key.Key_Up)                     # ↑ picks the row above
    assert session.example.index == 2
    # the same corner clicked on the decision boundary marks it there too (a truth table's point)
    boundary = window.panels["boundaryDock"]
    assert boundary.picker.marker.isVisible()
    np.testing.assert_array_equal(boundary.picker.marker.data["x"], [1.0])


def test_a_point_on_the_decision_boundary(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons", {"n": 200, "noise": 0.1, "seed": 0}))
    boundary = window.panels["boundaryDock"]
    window.docks["boundaryDock"].raise_()
    qtbot.waitUntil(lambda: boundary.plot_widget.isVisible() and boundary._bounds is not None)
    qtbot.wait(50)
    ds = session.dataset
    k = 17
    x, y = ds.X_train[k]
    view = boundary.plot_widget
    scene_pos = boundary.scene_pos_of(float(x), float(y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_pos))
    ex = session.example
    assert ex is not None and ex.source == PLANE_POINT and ex.split == "train"
    assert ex.index == k and ex.label == int(ds.y_train[k])
    np.testing.assert_allclose(ex.x, ds.X_train[k])
    assert boundary.picker.marker.isVisible()
    np.testing.assert_allclose([boundary.picker.marker.data["x"][0], boundary.picker.marker.data["y"][0]], ex.x)
    # an empty spot: the spot itself, traced against the network's own answer
    ref = boundary.picker.pick_at(50.0, 50.0)
    assert ref.index == -1 and ref.label is None
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.traced is not None and panel.traced.guessed)
    assert "no label" in panel.note_label.text()


@pytest.fixture
def mnist_window(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert session.set_spec(NetworkSpec((784, 256, 10), ("relu", "softmax")))
    qtbot.waitUntil(lambda: session.display is not None and session.display.network_id == session.network_id,
                    timeout=10_000)
    return window


def test_a_test_image_in_the_gallery(mnist_window, session, qtbot):
    mnist = mnist_window.panels["mnistDock"]
    mnist_window.docks["mnistDock"].raise_()
    qtbot.waitUntil(lambda: mnist.gallery.isVisible() and mnist.gallery.count() > 5)
    centre = mnist.gallery.item_rect(5).center().toPoint()
    qtbot.mouseClick(mnist.gallery, Qt.MouseButton.LeftButton, pos=centre)
    ex = session.example
    assert ex.source == TEST_DIGIT and ex.index == 5 and ex.split == "test"
    np.testing.assert_array_equal(ex.x, session.dataset.X_test[5].astype(np.float64))
    assert ex.label == int(session.dataset.y_test[5])
    assert mnist.gallery.selected() == 5                                 # framed in the gallery
    panel = _panel(mnist_window)
    qtbot.waitUntil(lambda: panel.traced is not None and panel.isVisible())
    assert panel.diagram.scene.images is not None and panel.diagram.scene.images[1] is None
    panel.set_step(len(panel.steps) - 2)                                 # backward through the first layer
    x_img, g_img = panel.diagram.scene.images
    np.testing.assert_allclose(g_img, panel.traced.trace.grad_input.reshape(28, 28))
    assert [ln.quantity for ln in panel.shown_lines()].count("dL/dx") == 8   # the largest |dL/dx|
    mnist_window.docks["mnistDock"].raise_()
    qtbot.mouseClick(mnist.gallery, Qt.MouseButton.LeftButton, pos=mnist.gallery.item_rect(7).center().toPoint())
    assert session.example.index == 7 and mnist.gallery.selected() == 7


def test_the_drawing(mnist_window, session, qtbot):
    draw = mnist_window.panels["drawDock"]
    mnist_window.docks["drawDock"].raise_()
    qtbot.waitUntil(lambda: draw.canvas.isVisible())
    canvas = draw.canvas
    canvas.begin_stroke(14, 5)
    for y in np.linspace(5, 23, 10):
        canvas.stroke_to(14, float(y))
    canvas.end_stroke()
    button = draw.drawing_picker.button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ex = session.example
    assert ex.source == DRAWING and ex.label is None and ex.x.size == 784 and ex.x.max() > 0.5
    assert button.isChecked() and draw.preview.highlight() is not None      # marked where it came from
    panel = _panel(mnist_window)
    qtbot.waitUntil(lambda: panel.traced is not None and panel.traced.guessed)
    before = ex.x.copy()
    mnist_window.docks["drawDock"].raise_()
    canvas.begin_stroke(8, 8)                                            # another stroke follows along
    canvas.stroke_to(20, 8)
    canvas.end_stroke()
    assert session.example.source == DRAWING and not np.array_equal(session.example.x, before)
    session.select_example(None)
    assert not button.isChecked() and draw.preview.highlight() is None


def test_a_784_256_10_network_steps_without_freezing(mnist_window, session, qtbot):
    panel = _panel(mnist_window)
    ds = session.dataset
    from guiapp.state.example_ref import ExampleRef

    session.select_example(ExampleRef(TEST_DIGIT, 0, ds.X_test[0], int(ds.y_test[0]), "test"))
    qtbot.waitUntil(lambda: panel.traced is not None and panel.diagram.isVisible())
    assert all(len(s) <= 10 for s in panel.shown)                         # wide layers: the largest |δ|
    assert list(panel.shown[1]) == sorted(panel.traced.trace.top_neurons(0, 10))
    # the event loop's longest gap between two 5 ms ticks, in wall time and in the GUI thread's own
    # CPU time (on a busy machine the wall gap also counts the time other programs had the cores)
    stalls, busy, last = [], [], [time.perf_counter(), time.thread_time()]

    def tick():
        now, cpu = time.perf_counter(), time.thread_time()
        stalls.append(now - last[0])
        busy.append(cpu - last[1])
        last[:] = [now, cpu]

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    panel.diagram.setFocus()
    for key in [Qt.Key.Key_Right] * 6 + [Qt.Key.Key_Left] * 6:
        qtbot.keyClick(panel.diagram, key)
        qtbot.wait(20)                                                    # the event loop runs between steps
    probe.stop()
    assert panel.index == 0 and len(stalls) > 10
    assert max(busy) < 0.25, f"the GUI thread worked {max(busy) * 1000:.0f} ms without a break"
    assert max(stalls) < 3.0, f"the window froze for {max(stalls) * 1000:.0f} ms"
    panel.set_step(len(panel.steps) - 1)
    assert any(ln.quantity == "dw" for ln in panel.shown_lines())
    assert sum(ln.quantity == "dw" for ln in panel.shown_lines()) == 2 * 12    # the 12 largest |dL/dw| per layer


def test_a_new_network_forgets_the_example_and_its_marks(window, session, qtbot):
    data = window.panels["dataDock"]
    window.docks["dataDock"].raise_()
    qtbot.waitUntil(lambda: data.table.isVisible())
    rect = data.table.visualItemRect(data.table.item(1, 0))
    qtbot.mouseClick(data.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert data.table_picker.selected_row() == 1
    session.reset_network()
    assert session.example is None and data.table_picker.selected_row() is None
    assert not window.panels["boundaryDock"].picker.marker.isVisible()
    panel = _panel(window)
    assert panel.stack.currentWidget() is panel.empty_page
    panel.pick_first_example()
    assert session.example.index == 0

