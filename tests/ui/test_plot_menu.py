"""Every plot's right-click menu is the app's own (Copy image, Save PNG…, Save SVG…, Save data as
CSV…, Reset view), never pyqtgraph's generic one; the files it writes exist and hold what is
plotted (the CSV holds the very numbers on screen)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.widgets.plot_menu import PlotMenu

ITEMS = ["Copy image", "Save PNG…", "Save SVG…", "Save data as CSV…", "Reset view"]


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The save dialog answers with the offered file name in a temporary folder; records what it offered."""
    offered = []

    def answer(parent, title, path, file_filter):
        offered.append(path)
        return str(tmp_path / Path(path).name), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def num(cell: str) -> float:
    return math.nan if cell == "" else float(cell)


def saved_files_are_right(menu: PlotMenu, tmp_path, save_dialog):
    """Copy, PNG, SVG and CSV through the menu's own actions; returns the CSV's (header, rows)."""
    menu.copy_action.trigger()
    copied = QGuiApplication.clipboard().image()
    assert not copied.isNull() and copied.size() == menu.widget.size()
    menu.png_action.trigger()
    png = tmp_path / f"{menu.name}.png"
    image = QImage(str(png))
    assert png.is_file() and not image.isNull() and image.size() == menu.widget.size()
    menu.svg_action.trigger()
    svg = (tmp_path / f"{menu.name}.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "</svg>" in svg
    assert any(f"<{shape}" in svg for shape in ("path", "image", "rect", "polyline"))   # something is drawn
    menu.csv_action.trigger()
    assert save_dialog[-1].endswith(f"{menu.name}.csv")
    return read_csv(tmp_path / f"{menu.name}.csv")


def right_click_shows_the_app_menu(qtbot, menu: PlotMenu, where: QPoint):
    """A right click where the user would click: the app's menu opens; pyqtgraph's stays shut."""
    target = menu._target
    qtbot.mousePress(target, Qt.MouseButton.RightButton, pos=where)
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                      target.mapToGlobal(where)))
    qtbot.mouseRelease(target, Qt.MouseButton.RightButton, pos=where)
    qtbot.waitUntil(menu.menu.isVisible, timeout=2000)
    assert [a.text() for a in menu.menu.actions() if a.isVisible() and not a.isSeparator()][:4] == ITEMS[:4]
    others = [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()
              and m is not menu.menu]
    assert not others, [type(m).__name__ for m in others]   # no pyqtgraph ViewBoxMenu, no Export… menu
    if menu._graphics:
        import pyqtgraph as pg

        assert not any(isinstance(i, pg.ViewBox) and i.menuEnabled() for i in menu.widget.scene().items())
    menu.menu.close()


def trained(session, controller, qtbot, epochs=2):
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done >= 1 and session.state != "running", timeout=60_000)
    for _ in range(epochs - 1):
        controller.step_epoch()
        done = session.epochs_done
        qtbot.waitUntil(lambda: session.epochs_done > done and session.state != "running", timeout=60_000)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == session.epochs_done,
                    timeout=5000)


# ---- the loss plot, in full ------------------------------------------------------------------------
def test_the_loss_plot_menu_saves_what_is_plotted_and_resets_the_view(window, session, controller, qtbot,
                                                                      tmp_path, save_dialog):
    window.docks["lossDock"].raise_()
    panel = window.panels["lossDock"]
    menu = panel.plot_menu
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == ITEMS
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 50, timeout=10_000)
    controller.pause()
    qtbot.waitUntil(lambda: session.state == "paused" and session.snapshot.epoch == session.epochs_done,
                    timeout=5000)
    view = panel.plot_widget
    right_click_shows_the_app_menu(qtbot, menu, view.mapFromScene(panel.loss_plot.vb.sceneBoundingRect().center()))

    header, rows = saved_files_are_right(menu, tmp_path, save_dialog)
    assert header == ["epoch", "train_loss", "train_acc", "test_loss", "test_acc"]
    h = session.history
    assert [int(r[0]) for r in rows] == h.column("epoch").astype(int).tolist()
    np.testing.assert_array_equal([num(r[1]) for r in rows], h.column("train_loss"))   # exactly the plotted numbers
    np.testing.assert_array_equal([num(r[2]) for r in rows], h.column("train_acc"))
    assert all(r[3] == "" for r in rows)                  # XOR has no test set: empty cells, not "nan"

    # a zoom, then Reset view: the epochs are followed again
    vb = panel.loss_plot.vb
    vb.setXRange(3, 8, padding=0)
    panel._on_user_range()
    menu.reset_action.trigger()
    x0, x1 = vb.viewRange()[0]
    assert x0 <= h.column("epoch")[0] and x1 >= h.column("epoch")[-1]


def test_nothing_to_save_greys_out_the_csv_item(window, qtbot):
    menu = window.panels["lossDock"].plot_menu
    menu.menu.aboutToShow.emit()   # what opening it does
    assert not menu.csv_action.isEnabled()   # no epochs yet


# ---- every other plot -----------------------------------------------------------------------------
def test_the_boundary_and_neuron_maps_save_their_grids(window, session, controller, qtbot, tmp_path, save_dialog):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200, "n_classes": 3}))
    window.docks["boundaryDock"].raise_()
    panel = window.panels["boundaryDock"]
    trained(session, controller, qtbot, epochs=1)
    qtbot.waitUntil(lambda: panel._boundary is session.snapshot.boundary, timeout=5000)
    bv = panel._boundary
    right_click_shows_the_app_menu(qtbot, panel.plot_menu,
                                   panel.plot_widget.mapFromScene(panel.scene_pos_of(0.0, 0.0)))
    header, rows = saved_files_are_right(panel.plot_menu, tmp_path, save_dialog)
    assert header == ["x1", "x2", "P(0)", "P(1)", "P(2)", "class"]
    res = len(bv.xs)
    assert len(rows) == res * res
    i, j = 7, 42                                  # row i of the grid is ys[i], column j is xs[j]
    row = rows[i * res + j]
    assert float(row[0]) == bv.xs[j] and float(row[1]) == bv.ys[i]
    np.testing.assert_array_equal([float(v) for v in row[2:5]], bv.outputs[i, j])
    assert row[5] == str(int(np.argmax(bv.outputs[i, j])))

    maps = panel.maps_menu
    tile = panel.maps.tiles()[0]
    right_click_shows_the_app_menu(qtbot, maps, tile.mapTo(panel.maps.viewport(), tile.rect().center()))
    header, rows = saved_files_are_right(maps, tmp_path, save_dialog)
    assert header[:2] == ["x1", "x2"] and header[2:] == [t.name for t in panel.maps.tiles()] and len(header) == 34
    np.testing.assert_array_equal([float(r[2 + 16 + 4]) for r in rows], bv.hidden[1][4].ravel())   # h2.5


def test_the_weights_save_every_weight_and_bias(window, session, controller, qtbot, tmp_path, save_dialog):
    window.docks["weightsDock"].raise_()
    panel = window.panels["weightsDock"]
    trained(session, controller, qtbot)
    qtbot.waitUntil(lambda: panel.layer_items(1).W is session.snapshot.params[0], timeout=5000)
    view = panel.plot_widget
    right_click_shows_the_app_menu(qtbot, panel.plot_menu, view.mapFromScene(panel.scene_pos_of_cell(1, 0, 0)))
    header, rows = saved_files_are_right(panel.plot_menu, tmp_path, save_dialog)
    assert header == ["parameter", "from", "to", "value"]
    W1, b1, W2, b2 = session.snapshot.params
    assert len(rows) == W1.size + b1.size + W2.size + b2.size
    values = {(r[0], r[1], r[2]): float(r[3]) for r in rows}
    assert values[("W1", "B", "h1.3")] == W1[1, 2]         # named as everywhere else (XOR: A, B)
    assert values[("b1", "bias", "h1.4")] == b1[3]
    assert values[("W2", "h1.2", "out")] == W2[1, 0]


def test_the_confusion_matrix_and_the_guess_chart_save_their_numbers(window, session, controller, qtbot,
                                                                     tmp_path, save_dialog):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 16, 10), ("relu", "softmax")))
    window.docks["mnistDock"].raise_()
    results = window.panels["mnistDock"]
    trained(session, controller, qtbot, epochs=1)
    qtbot.waitUntil(lambda: results.shown_evaluation() is not None
                    and results.shown_evaluation().epoch == session.epochs_done, timeout=10_000)
    matrix = results.matrix_view
    right_click_shows_the_app_menu(qtbot, results.matrix_menu, matrix.rect().center())
    header, rows = saved_files_are_right(results.matrix_menu, tmp_path, save_dialog)
    assert header[1:] == [str(d) for d in range(10)] and [r[0] for r in rows] == header[1:]
    np.testing.assert_array_equal([[int(v) for v in r[1:]] for r in rows], matrix.matrix())

    window.docks["drawDock"].raise_()
    draw = window.panels["drawDock"]
    draw.canvas.draw_stroke([(14, 5), (14, 23)])   # a "1"
    qtbot.waitUntil(lambda: draw.top_class() is not None, timeout=5000)
    right_click_shows_the_app_menu(qtbot, draw.chart_menu, draw.chart.rect().center())
    header, rows = saved_files_are_right(draw.chart_menu, tmp_path, save_dialog)
    assert header == ["class", "probability"]
    assert [r[0] for r in rows] == [str(d) for d in range(10)]
    np.testing.assert_allclose([float(r[1]) for r in rows], draw.bar_values())


def test_the_data_scatter_saves_its_points_and_gives_right_clicks_to_the_editor(window, session, qtbot, tmp_path,
                                                                               save_dialog):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons", {"n": 50}))
    window.docks["dataDock"].raise_()
    panel = window.panels["dataDock"]
    scatter = panel.scatter
    qtbot.waitUntil(scatter.isVisible, timeout=2000)
    right_click_shows_the_app_menu(qtbot, panel.scatter_menu, scatter.rect().center())
    header, rows = saved_files_are_right(panel.scatter_menu, tmp_path, save_dialog)
    ds = session.dataset
    assert header == ["x1", "x2", "class", "set"] and len(rows) == 50
    assert [(float(r[0]), float(r[1]), int(r[2])) for r in rows if r[3] == "train"] == \
        [(float(x), float(y), int(c)) for (x, y), c in zip(ds.X_train, ds.y_train)]
    # while editing points a right click erases a point: no menu then
    panel.edit_bar.edit_check.setChecked(True)
    where = scatter.mapFromScene(scatter.vb.mapViewToScene(QPointF(*ds.X_train[0])))
    QApplication.sendEvent(scatter.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                                 scatter.viewport().mapToGlobal(where)))
    assert not panel.scatter_menu.menu.isVisible()


def test_the_diagram_images_and_guesses_save_what_they_show(window, session, controller, qtbot, tmp_path,
                                                           save_dialog):
    window.docks["networkDock"].raise_()
    network = window.panels["networkDock"]
    trained(session, controller, qtbot, epochs=1)
    qtbot.waitUntil(network.diagram.has_weights, timeout=5000)
    right_click_shows_the_app_menu(qtbot, network.diagram_menu, network.diagram.rect().center())
    header, rows = saved_files_are_right(network.diagram_menu, tmp_path, save_dialog)
    W1 = session.snapshot.params[0]
    assert len(rows) == session.network.num_params == 17
    assert ["W1", "A", "h1.2", repr(float(W1[0, 1]))] in rows    # the names of every other view

    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 16, 10), ("relu", "softmax")))
    window.docks["dataDock"].raise_()
    data = window.panels["dataDock"]
    qtbot.waitUntil(data.images.isVisible, timeout=2000)
    header, rows = saved_files_are_right(data.images_menu, tmp_path, save_dialog)
    ds = session.dataset
    assert header[:3] == ["image", "label", "pixel 1"] and len(header) == 2 + 784
    assert [r[1] for r in rows] == data.images.labels()
    np.testing.assert_array_equal([float(v) for v in rows[0][2:]], ds.X_train[0])

    window.docks["mnistDock"].raise_()
    results = window.panels["mnistDock"]
    trained(session, controller, qtbot, epochs=1)
    qtbot.waitUntil(lambda: results.shown_evaluation() is not None
                    and results.shown_evaluation().epoch == session.epochs_done, timeout=10_000)
    header, rows = saved_files_are_right(results.gallery_menu, tmp_path, save_dialog)
    ev = results.shown_evaluation()
    assert header == ["image", "true", "guess", "probability"] and len(rows) == results.gallery.count()
    assert [r[2] for r in rows] == [ds.class_names[int(p)] for p in ev.gallery_pred]
