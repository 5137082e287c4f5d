"""The Weights panel as a student meets it: one heatmap per layer that is exactly the network's W
(row i = input i, column j = neuron j, no flip or transpose), biases in a strip under it, colours
centred on zero, the weight under the mouse, and MNIST's first layer as 28×28 tiles."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QLabel

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.widgets.weight_images import MAX_TILES, index_ticks, weight_tiles
from guiapp.ui.widgets.colormaps import nice_level, steady_levels
from guiapp.ui.widgets.dock_visibility import is_on_screen


def _panel(window, qtbot):
    window.docks["weightsDock"].raise_()
    panel = window.panels["weightsDock"]
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    return panel


def _wait_for_snapshot(session, qtbot, epoch=None):
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.network_id == session.network_id
                    and (epoch is None or session.snapshot.epoch == epoch), timeout=5000)
    return session.snapshot


def _layers(snap):
    out, params = [], list(snap.params)
    while params:
        W = params.pop(0)
        b = params.pop(0) if params and params[0].ndim == 1 else None
        out.append((W, b))
    return out


def _move_until(qtbot, view, pos, predicate):
    """Move the mouse to ``pos`` (a QPoint or a function giving one: the layout may still be
    settling) until ``predicate()``. pyqtgraph drops moves closer than ~10 ms apart and Qt sends
    nothing for a move to where the mouse already is, so between tries it steps off to a corner."""
    turn = [0]

    def moved():
        turn[0] += 1
        if turn[0] % 2:
            target = pos() if callable(pos) else pos
        else:
            target = QPoint(1 + turn[0] % 4, 1)   # a corner outside every plot
        qtbot.mouseMove(view.viewport(), target)
        return turn[0] % 2 == 1 and predicate()
    qtbot.waitUntil(moved, timeout=2000)


def _hover(panel, qtbot, scene_pos):
    """Move the real mouse over a scene position (or a function giving it) of the panel's plot;
    the hover text."""
    view = panel.plot_widget
    # off the plots first: the hint comes back, so the next text is surely the new cell's
    _move_until(qtbot, view, QPoint(1, 1), lambda: "=" not in panel.hover_label.text())
    _move_until(qtbot, view, lambda: view.mapFromScene(scene_pos() if callable(scene_pos) else scene_pos),
                lambda: "=" in panel.hover_label.text())
    return panel.hover_label.text()


def _assert_covers(top, largest):
    """The colours reach a little past the largest |value| (rounded and kept steady while they
    fit, so the colour bar does not twitch every frame) but not much further."""
    assert largest <= top <= 1.25 * largest + 1e-12


def _assert_shows(panel, snap):
    for index, (W, b) in enumerate(_layers(snap), start=1):
        lay = panel.layer_items(index)
        img = lay.image.image
        assert img.shape == W.shape                      # (fan_in, fan_out): rows inputs, columns neurons
        assert img.dtype == np.float32 and img.flags.c_contiguous
        np.testing.assert_array_equal(img, W.astype(np.float32))
        np.testing.assert_array_equal(lay.bias_image.image, b.astype(np.float32).reshape(1, -1))
        lo, hi = lay.image.levels
        assert lo == -hi                                 # centred on zero
        _assert_covers(hi, max(np.abs(W).max(), np.abs(b).max()))
        assert tuple(lay.bar.levels()) == pytest.approx((lo, hi))   # the colour bar says the same
        assert tuple(lay.bias_image.levels) == pytest.approx((lo, hi))


def test_heatmaps_are_the_weights_and_follow_training(window, session, controller, qtbot):
    panel = _panel(window, qtbot)
    snap = _wait_for_snapshot(session, qtbot)
    assert session.spec.layer_sizes == (2, 4, 1)
    _assert_shows(panel, snap)
    first = panel.layer_items(1).image.image.copy()

    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 300, timeout=5000)
    controller.pause()
    snap = _wait_for_snapshot(session, qtbot, epoch=session.epochs_done)
    qtbot.waitUntil(lambda: np.array_equal(panel.layer_items(1).image.image, snap.params[0].astype(np.float32)),
                    timeout=2000)
    _assert_shows(panel, snap)
    assert not np.array_equal(first, panel.layer_items(1).image.image)   # it did change while training


def test_hover_shows_the_weight_and_the_bias(window, session, qtbot):
    panel = _panel(window, qtbot)
    snap = _wait_for_snapshot(session, qtbot)
    W1, b1 = snap.params[0], snap.params[1]
    assert _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(1, 1, 2)) == f"W1[B → h1.3] = {W1[1, 2]:.3g}"
    W2 = snap.params[2]
    assert _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(2, 3, 0)) == f"W2[h1.4 → out] = {W2[3, 0]:.3g}"
    # the bias strip under W1: the cell under neuron 2
    lay = panel.layer_items(1)
    strip = lay.bias_image.mapRectToScene(lay.bias_image.boundingRect()).center()
    x = panel.scene_pos_of_cell(1, 0, 1).x()
    strip.setX(x)
    assert _hover(panel, qtbot, strip) == f"b1[h1.2] = {b1[1]:.3g}"


def test_toy_data_names_inputs_like_the_data(window, session, qtbot):
    session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200, "n_classes": 3}))
    panel = _panel(window, qtbot)   # the window brings the boundary to the front for 2-D data
    snap = _wait_for_snapshot(session, qtbot)
    W1 = snap.params[0]
    assert _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(1, 1, 2)) == f"W1[x2 → h1.3] = {W1[1, 2]:.3g}"
    n = len(_layers(snap))
    W_last = snap.params[-2]
    text = _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(n, 0, 2))
    assert text == f"W{n}[h{n - 1}.1 → class 2] = {W_last[0, 2]:.3g}"
    _assert_shows(panel, snap)


def test_colour_scale_choices(window, session, qtbot):
    panel = _panel(window, qtbot)
    snap = _wait_for_snapshot(session, qtbot)
    combo = window.findChild(QComboBox, "weightScaleCombo")
    combo.setCurrentIndex(combo.findData("p99"))
    W1, b1 = snap.params[0], snap.params[1]
    expected = max(np.percentile(np.abs(W1), 99), np.percentile(np.abs(b1), 99))
    lo, hi = panel.layer_items(1).image.levels
    assert lo == -hi
    _assert_covers(hi, expected)
    combo.setCurrentIndex(combo.findData("shared"))
    top = max(np.abs(p).max() for p in snap.params)
    shared = panel.layer_items(1).image.levels
    _assert_covers(shared[1], top)
    for layer in (1, 2):
        assert tuple(panel.layer_items(layer).image.levels) == pytest.approx(shared)
        assert tuple(panel.layer_items(layer).bar.levels()) == pytest.approx(shared)


def test_new_design_rebuilds_the_heatmaps(window, session, qtbot):
    panel = _panel(window, qtbot)
    session.set_spec(NetworkSpec((2, 3, 5, 1), ("relu", "tanh", "sigmoid"), bias=False))
    snap = _wait_for_snapshot(session, qtbot)
    assert [panel.layer_items(i).image.image.shape for i in (1, 2, 3)] == [(2, 3), (3, 5), (5, 1)]
    assert all(panel.layer_items(i).bias_image is None for i in (1, 2, 3))   # no biases, no strip
    np.testing.assert_array_equal(panel.layer_items(2).image.image, snap.params[1].astype(np.float32))


def test_panel_behind_another_tab_waits_and_catches_up(window, session, controller, qtbot):
    panel = _panel(window, qtbot)
    _wait_for_snapshot(session, qtbot)
    before = panel.layer_items(1).image.image.copy()
    window.docks["boundaryDock"].raise_()   # Qt 6 keeps a tab behind others "visible", just off screen
    qtbot.waitUntil(lambda: not is_on_screen(panel), timeout=2000)
    controller.step_epoch()
    snap = _wait_for_snapshot(session, qtbot, epoch=1)
    assert not np.array_equal(snap.params[0], before)
    np.testing.assert_array_equal(panel.layer_items(1).image.image, before)   # no work while out of sight
    window.docks["weightsDock"].raise_()
    qtbot.waitUntil(lambda: is_on_screen(panel), timeout=2000)
    _assert_shows(panel, snap)


def test_mnist_first_layer_as_image_tiles(window, session, qtbot):
    if not session.load_dataset_spec(DatasetSpec("mnist", "sample")):
        pytest.skip("no MNIST sample")
    panel = _panel(window, qtbot)
    assert session.dataset.image_shape == (28, 28)
    snap = _wait_for_snapshot(session, qtbot)
    W1 = snap.params[0]
    n_units = W1.shape[1]
    lay = panel.layer_items(1)
    mosaic = lay.image.image
    shown = min(n_units, MAX_TILES)
    cols = lay.grid_cols
    for j in (0, 1, cols, shown - 1):
        r, c = divmod(j, cols)
        tile = mosaic[r * 29:r * 29 + 28, c * 29:c * 29 + 28]
        np.testing.assert_array_equal(tile, W1[:, j].reshape(28, 28).astype(np.float32))
    assert np.isnan(mosaic[28, :]).all()              # the gaps between tiles are see-through
    lo, hi = lay.image.levels
    assert lo == -hi
    _assert_covers(hi, np.abs(W1[:, :shown]).max())
    note = window.findChild(QLabel, "weightsNoteLabel")
    assert note.isVisible() and "28×28" in note.text()
    if n_units > MAX_TILES:
        assert f"first {MAX_TILES} of {n_units}" in note.text()
    # the output layer is still a heatmap
    W2 = snap.params[2]
    np.testing.assert_array_equal(panel.layer_items(2).image.image, W2.astype(np.float32))
    # hovering pixel (row 4, col 7) of the tile of neuron 2 (grid row 0, column 1)
    text = _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(1, 3, 29 + 6))
    assert text.startswith(f"W1[pixel (row 4, col 7) → h1.2] = {W1[3 * 28 + 6, 1]:.3g}")


def test_weight_tiles_layout():
    rng = np.random.default_rng(1)
    W = rng.normal(size=(6, 5)).astype(np.float32)      # 2×3 "images", 5 neurons: a 2×3 grid of tiles
    m = weight_tiles(W, (2, 3), max_units=64, gap=1)
    assert m.shape == (2 * 3 - 1, 3 * 4 - 1)
    np.testing.assert_array_equal(m[0:2, 4:7], W[:, 1].reshape(2, 3))
    np.testing.assert_array_equal(m[3:5, 0:3], W[:, 3].reshape(2, 3))
    assert np.isnan(m[3:5, 8:11]).all()                 # the sixth slot is empty
    assert weight_tiles(W, (2, 3), max_units=4).shape == (5, 7)


def test_mouse_leaving_clears_the_hover(window, session, qtbot):
    panel = _panel(window, qtbot)
    _wait_for_snapshot(session, qtbot)
    _hover(panel, qtbot, lambda: panel.scene_pos_of_cell(1, 0, 0))
    _move_until(qtbot, panel.plot_widget, QPoint(1, 1), lambda: "=" not in panel.hover_label.text())


def test_steady_levels():
    assert nice_level(4.37) == pytest.approx(4.4)
    assert nice_level(0.0848) == pytest.approx(0.085)
    assert nice_level(9.96) == pytest.approx(10.0)
    assert nice_level(0.5) == pytest.approx(0.5)
    assert steady_levels(None, (-4.37, 4.37)) == pytest.approx((-4.4, 4.4))
    assert steady_levels((-4.4, 4.4), (-4.0, 4.0)) == (-4.4, 4.4)          # still fits: unchanged
    assert steady_levels((-4.4, 4.4), (-4.5, 4.5)) == pytest.approx((-4.5, 4.5))   # grew: follows
    assert steady_levels((-4.4, 4.4), (-1.0, 1.0)) == pytest.approx((-1.0, 1.0))   # shrank a lot: follows


def test_axis_labels_thin_out_when_they_do_not_fit():
    names = [f"h1.{j + 1}" for j in range(16)]
    assert index_ticks(16, names, 16) == [(j + 0.5, names[j]) for j in range(16)]     # all fit: all named
    ticks = index_ticks(16, names, 5)
    assert [t for _, t in ticks] == ["1", "4", "8", "12", "16"]                       # else every 4th, 1-based
    assert [y for y, _ in ticks] == [0.5, 3.5, 7.5, 11.5, 15.5]                        # at the cell centres
    assert len(index_ticks(784, [str(i) for i in range(784)], 10)) <= 10
