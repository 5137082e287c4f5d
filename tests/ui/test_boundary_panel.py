"""The Decision boundary panel as a student meets it: XOR's four corners on the network's answer
over the plane, test points and flat class regions on demand, one map per hidden neuron, the right
classes at the corners once XOR is learned, and a friendly note for data with no plane to draw."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QLabel

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.widgets.boundary_render import boundary_rgb, predicted_classes, region_colors
from guiapp.ui.widgets.neuron_maps import MAX_MAPS_PER_LAYER, NeuronMapTile
from guiapp.ui.widgets.colormaps import class_color, diverging_lut


def _panel(window, qtbot):
    window.docks["boundaryDock"].raise_()
    panel = window.panels["boundaryDock"]
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    return panel


def _wait_for_boundary(session, panel, qtbot, epoch=None):
    """Until the panel shows the latest snapshot's boundary."""
    def ready():
        snap = session.snapshot
        return (snap is not None and snap.network_id == session.network_id and snap.boundary is not None
                and (epoch is None or snap.epoch == epoch) and panel._boundary is snap.boundary)
    qtbot.waitUntil(ready, timeout=5000)
    return session.snapshot


def _neutral(panel):
    c = panel.palette().color(QPalette.ColorRole.Base)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float32)


def _colours(img):
    return {tuple(int(v) for v in px) for px in img.reshape(-1, 3)}


def _cell_of(bv, x, y):
    return int(np.abs(bv.ys - y).argmin()), int(np.abs(bv.xs - x).argmin())


def test_xor_shows_the_plane_the_four_corners_and_the_neuron_maps(window, session, qtbot):
    panel = _panel(window, qtbot)
    snap = _wait_for_boundary(session, panel, qtbot)
    img = panel.image_array()
    assert img.ndim == 3 and img.shape[0] >= 100 and img.shape[1] >= 100 and img.shape[2] == 3
    assert img.shape[:2] == snap.boundary.outputs.shape[:2]
    # the image covers the grid the worker computed
    rect = panel.image.mapRectToView(panel.image.boundingRect())
    assert rect.left() < snap.boundary.xs[0] < snap.boundary.xs[-1] < rect.right()
    # the four corners of the truth table, each in its class colour, outlined
    pts = panel.train_scatter.data
    assert len(pts) == 4
    ds = session.dataset
    got = {(float(p["x"]), float(p["y"])): p["brush"].color().name() for p in pts}
    want = {(float(x), float(y)): class_color(c).name() for (x, y), c in zip(ds.X_train, ds.y_train)}
    assert got == want
    assert set(got) == {(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)}
    outline = panel.train_scatter.opts["pen"].color()   # one contrasting outline for every point
    assert outline == panel.palette().color(QPalette.ColorRole.WindowText)
    assert all(outline != p["brush"].color() for p in pts)
    # axes named after the inputs
    assert panel.plot.getAxis("bottom").labelText == ds.feature_names[0]
    assert panel.plot.getAxis("left").labelText == ds.feature_names[1]
    # square cells: one unit on x is as long on screen as one unit on y
    vb = panel.plot.getViewBox()
    w, h = vb.viewPixelSize()
    assert w == pytest.approx(h, rel=1e-3)
    # one map per hidden neuron, named h1.1 .. h1.4, showing the worker's activations
    tiles = panel.maps.tiles()
    assert [t.name for t in tiles] == [f"h1.{j}" for j in range(1, 5)]
    H = snap.boundary.hidden[0]
    for t, h_map in zip(tiles, H):
        assert t.isVisible()
        rgb = t.image_array()
        assert rgb.shape == H.shape[1:] + (3,)
        # tanh maps: −1 blue … 0 neutral … +1 red; the picture's top row is the plane's top (largest y)
        lut = diverging_lut()
        for (row, col), (i, j) in (((0, 0), (-1, 0)), ((-1, -1), (0, -1)), ((0, -1), (-1, -1))):
            index = int(np.clip((h_map[i, j] + 1.0) * 127.5, 0, 255))
            np.testing.assert_array_equal(rgb[row, col], lut[index])
        lo, hi = (float(v) for v in t.range_text.split(" … "))   # its activation range, under the map
        assert lo == pytest.approx(h_map.min(), rel=0.05, abs=0.006)
        assert hi == pytest.approx(h_map.max(), rel=0.05, abs=0.006)
    # the same table is the test set: nothing else to show
    check = window.findChild(QCheckBox, "showTestPointsCheck")
    assert not check.isEnabled()


def test_test_points_toggle_on_a_toy_set(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200}))
    panel = _panel(window, qtbot)
    _wait_for_boundary(session, panel, qtbot)
    ds = session.dataset
    check = window.findChild(QCheckBox, "showTestPointsCheck")
    assert check.isEnabled() and not check.isChecked()
    assert len(panel.train_scatter.data) == ds.n_train
    assert not panel.test_scatter.isVisible()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    assert panel.test_scatter.isVisible()
    pts = panel.test_scatter.data
    assert len(pts) == ds.n_test
    np.testing.assert_allclose(np.column_stack([pts["x"], pts["y"]]), ds.X_test)
    assert [p["brush"].color().name() for p in pts] == [class_color(c).name() for c in ds.y_test]
    assert panel.test_scatter.opts["symbol"] != panel.train_scatter.opts["symbol"]   # a different symbol
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not panel.test_scatter.isVisible()
    assert panel.train_scatter.isVisible()


def test_discretize_paints_flat_class_colours(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200, "n_classes": 3}))
    panel = _panel(window, qtbot)
    snap = _wait_for_boundary(session, panel, qtbot)
    flat = {tuple(int(v) for v in c) for c in region_colors(3, _neutral(panel))}
    graded = _colours(panel.image_array())
    assert len(graded) > 3                      # a gradient of how sure the network is
    check = window.findChild(QCheckBox, "discretizeCheck")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    img = panel.image_array()
    assert _colours(img) <= flat                # only the classes' flat colours
    cls, _ = predicted_classes(snap.boundary.outputs)
    expected = region_colors(3, _neutral(panel))[cls]
    np.testing.assert_array_equal(img, expected)   # each cell in the colour of the argmax class
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert len(_colours(panel.image_array())) > 3


def test_one_map_per_hidden_neuron_capped(window, session, qtbot):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200, "n_classes": 3}))
    panel = _panel(window, qtbot)
    _wait_for_boundary(session, panel, qtbot)
    hidden = session.spec.layer_sizes[1:-1]
    names = [t.name for t in panel.maps.tiles()]
    assert len(names) == sum(hidden)
    assert names[0] == "h1.1" and names[hidden[0]] == "h2.1" and names[-1] == f"h2.{hidden[1]}"
    session.set_spec(NetworkSpec((2, 40, 3), ("relu", "softmax")))
    snap = _wait_for_boundary(session, panel, qtbot)
    tiles = panel.maps.tiles()
    assert len(tiles) == MAX_MAPS_PER_LAYER
    header = window.findChild(QLabel, "neuronLayerHeader1")
    assert "40 neurons" in header.text() and f"first {MAX_MAPS_PER_LAYER}" in header.text()
    # relu maps: colours centred on zero, range under each map
    H = snap.boundary.hidden[0]
    hi = float(tiles[5].range_text.split(" … ")[1])
    assert hi == pytest.approx(H[5].max(), rel=0.05, abs=0.006)
    session.set_spec(NetworkSpec((2, 3), ("softmax",)))
    _wait_for_boundary(session, panel, qtbot)
    assert panel.maps.tiles() == []
    assert window.findChild(QLabel, "neuronMapsEmptyLabel").isVisible()


def _pump(qapp, until, timeout=30.0):
    """Run the event loop the way a script driving the app does (processEvents only: Qt's deferred
    deletions never run), until ``until()`` is true."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        qapp.processEvents()
        if until():
            return
        time.sleep(0.005)
    pytest.fail("timed out")


def _shown_maps(panel):
    """What the neuron-map area shows, top to bottom: layer headers and the names of their maps."""
    content = panel.maps.widget()
    layout = content.layout()
    shown = []
    for i in range(layout.count()):
        w = layout.itemAt(i).widget()
        if w is None or not w.isVisibleTo(content):
            continue
        if isinstance(w, QLabel) and w.objectName().startswith("neuronLayerHeader"):
            shown.append(re.sub(r"<[^>]+>", "", w.text()))
        elif not isinstance(w, QLabel):
            shown.append([t.name for t in w.findChildren(NeuronMapTile) if t.isVisibleTo(content)])
    return shown


def test_switching_from_xor_to_a_bigger_network_replaces_the_old_maps(window, session, controller, qtbot, qapp):
    panel = _panel(window, qtbot)
    controller.start()
    _pump(qapp, lambda: session.epochs_done > 2000)
    controller.pause()
    _pump(qapp, lambda: session.state != "running")
    _pump(qapp, lambda: panel._boundary is not None)
    assert _shown_maps(panel) == ["Hidden layer 1 · tanh · 4 neurons", [f"h1.{j}" for j in range(1, 5)]]
    # the spiral: the toy preset 2-16-16-3
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 600, "noise": 0.03, "n_classes": 3}))
    assert session.spec.layer_sizes == (2, 16, 16, 3)
    want = ["Hidden layer 1 · tanh · 16 neurons", [f"h1.{j}" for j in range(1, 17)],
            "Hidden layer 2 · tanh · 16 neurons", [f"h2.{j}" for j in range(1, 17)]]
    assert "Hidden layer 1 · tanh · 4 neurons" not in _shown_maps(panel)   # XOR's maps gone at once
    _pump(qapp, lambda: len(_shown_maps(panel)) >= 4)
    assert _shown_maps(panel) == want                  # the new network's two layers, nothing else
    controller.start()
    _pump(qapp, lambda: session.epochs_done >= 3 and panel._boundary is not None
          and session.snapshot.network_id == session.network_id)
    controller.pause()
    _pump(qapp, lambda: session.state != "running")
    assert _shown_maps(panel) == want
    assert all(t.image_array() is not None for t in panel.maps.tiles())   # the new maps are drawn
    # nothing of XOR's network is left anywhere in the panel
    headers = [w for w in panel.findChildren(QLabel) if w.objectName().startswith("neuronLayerHeader")]
    assert sorted(re.sub(r"<[^>]+>", "", w.text()) for w in headers) == [want[0], want[2]]
    assert len(panel.findChildren(NeuronMapTile)) == 32


def test_trained_xor_has_the_right_class_at_each_corner(window, session, controller, qtbot):
    panel = _panel(window, qtbot)
    controller.start()
    qtbot.waitUntil(lambda: (session.history.last("train_loss") or 1) < 0.05, timeout=15_000)
    controller.pause()
    snap = _wait_for_boundary(session, panel, qtbot, epoch=session.epochs_done)
    bv = snap.boundary
    ds = session.dataset
    neutral = _neutral(panel)
    img = panel.image_array()
    colours = np.array([[class_color(k).red(), class_color(k).green(), class_color(k).blue()]
                                       for k in range(2)], dtype=np.float32)
    for (x, y), label in zip(ds.X_train, ds.y_train):
        i, j = _cell_of(bv, x, y)
        px = img[i, j].astype(np.float32)
        # the pixel lies on the way from the background to its class's colour, not the other's
        dist = [np.linalg.norm((px - neutral) / max(np.linalg.norm(px - neutral), 1e-6)
                               - (c - neutral) / np.linalg.norm(c - neutral)) for c in colours]
        assert int(np.argmin(dist)) == label, (x, y)
        assert np.linalg.norm(px - neutral) > 0.4 * np.linalg.norm(colours[label] - neutral)  # sure of it
    qtbot.mouseClick(window.findChild(QCheckBox, "discretizeCheck"), Qt.MouseButton.LeftButton)
    flat = region_colors(2, neutral)
    img = panel.image_array()
    for (x, y), label in zip(ds.X_train, ds.y_train):
        np.testing.assert_array_equal(img[_cell_of(bv, x, y)], flat[label])


def test_hover_reads_the_network_answer(window, session, qtbot):
    panel = _panel(window, qtbot)
    snap = _wait_for_boundary(session, panel, qtbot)
    view = panel.plot_widget
    turn = [0]

    def hovered():
        turn[0] += 1   # alternate with a corner: Qt sends nothing for a move to the same place
        target = view.mapFromScene(panel.scene_pos_of(0.0, 1.0)) if turn[0] % 2 else QPoint(1 + turn[0] % 4, 1)
        qtbot.mouseMove(view.viewport(), target)
        return turn[0] % 2 == 1 and "→" in panel.hover_label.text()
    qtbot.waitUntil(hovered, timeout=2000)
    text = panel.hover_label.text()
    m = re.match(r"A = (-?[\d.]+), B = (-?[\d.]+)  →  ", text)
    assert m and float(m[1]) == pytest.approx(0.0, abs=0.02) and float(m[2]) == pytest.approx(1.0, abs=0.02)
    # the mouse sits on a whole pixel: the cell under it is (0, 1)'s or a neighbour
    i, j = _cell_of(snap.boundary, 0.0, 1.0)
    near = snap.boundary.outputs[i - 1:i + 2, j - 1:j + 2, 0].ravel()
    shown = float(text.split("output ")[1].split(" ")[0])
    p = near[np.abs(near - shown).argmin()]
    assert shown == pytest.approx(p, abs=5e-4)
    assert text.endswith(f"class {int(p >= 0.5)}")


def test_mnist_shows_a_note_instead(window, session, qtbot):
    if not session.load_dataset_spec(DatasetSpec("mnist", "sample")):
        pytest.skip("no MNIST sample")
    panel = _panel(window, qtbot)
    note = window.findChild(QLabel, "boundaryNoteLabel")
    assert note.isVisible()
    assert "784" in note.text() and "Weights" in note.text()
    assert not panel.plot_widget.isVisible()
    # and back to a 2-D set: the map returns
    assert session.load_dataset_spec(DatasetSpec("logic", "XOR"))
    _wait_for_boundary(session, panel, qtbot)
    assert not note.isVisible() and panel.plot_widget.isVisible()


def test_three_input_gate_explains_the_cube(window, session, qtbot):
    from guiapp.data.logic import truth_table_names

    name = next((n for n in truth_table_names() if "3" in n), None)
    if name is None or not session.load_dataset_spec(DatasetSpec("logic", name)):
        pytest.skip("no 3-input truth table")
    _panel(window, qtbot)
    note = window.findChild(QLabel, "boundaryNoteLabel")
    assert note.isVisible() and "cube" in note.text()


def test_colouring_helpers():
    neutral = np.array([255, 255, 255], dtype=np.float32)
    # a sigmoid output: 0.5 is unsure (background), 0 and 1 are sure (strong class colours)
    out = np.array([[[0.5], [1.0], [0.0]]], dtype=np.float32)
    rgb = boundary_rgb(out, 2, neutral)
    assert tuple(rgb[0, 0]) == (255, 255, 255)
    np.testing.assert_array_equal(rgb[0, 1], region_colors(2, neutral)[1])
    np.testing.assert_array_equal(rgb[0, 2], region_colors(2, neutral)[0])
    # softmax: the argmax class's colour, fading as the top probability falls to 1/k
    out = np.array([[[0.1, 0.1, 0.8], [1 / 3, 1 / 3, 1 / 3], [0.0, 1.0, 0.0]]], dtype=np.float32)
    rgb = boundary_rgb(out, 3, neutral)
    flat = region_colors(3, neutral)
    np.testing.assert_array_equal(rgb[0, 2], flat[1])
    assert tuple(rgb[0, 1]) == (255, 255, 255)
    assert np.linalg.norm(rgb[0, 0].astype(float) - neutral) < np.linalg.norm(flat[2].astype(float) - neutral)
    np.testing.assert_array_equal(boundary_rgb(out, 3, neutral, discrete=True)[0], flat[[2, 0, 1]])
