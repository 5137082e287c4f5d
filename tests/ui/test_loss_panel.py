"""The Loss and accuracy plot: curves that follow the history, a log scale, values under the mouse,
a friendly empty state, and redraws cheap enough for hundreds of thousands of epochs."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.panels import loss_panel as loss_module


@pytest.fixture
def panel(window, qtbot):
    """The panel in its own floating dock of the size it gets at 1366x768 (~880x330)."""
    dock = window.docks["lossDock"]
    dock.setFloating(True)
    dock.resize(880, 330)
    dock.show()
    qtbot.waitExposed(dock)
    return window.panels["lossDock"]


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def add_epochs(session, n, *, start=1, test=True, loss=lambda e: 1.0 / e):
    """Append n epochs to the history as the worker would (loss 1/epoch by default)."""
    epochs = np.arange(start, start + n, dtype=float)
    acc = np.minimum(1.0, epochs / (start + n))
    test_loss = 1.1 * loss(epochs) if test else np.full(n, np.nan)
    test_acc = 0.9 * acc if test else np.full(n, np.nan)
    session.history.extend(np.column_stack([epochs, loss(epochs), acc, test_loss, test_acc]))
    session.history_changed.emit()


def shown(curve):
    """The points a curve has been given (x, y), before downsampling."""
    x, y = curve.getOriginalDataset()
    return (np.zeros(0), np.zeros(0)) if x is None else (x, y)


def settled(panel, qtbot):
    """Wait until the plot's layout and auto range have stopped moving."""
    vb = panel.loss_plot.vb
    last = []

    def still():
        now = (vb.sceneBoundingRect(), tuple(map(tuple, vb.viewRange())))
        same = last == [now]
        last[:] = [now]
        return same and now[1][0][1] >= len(panel.session.history)

    qtbot.waitUntil(still, timeout=3000)


def move_mouse(view, pos):
    """A mouse move over the plot, sent to the view's viewport like the window system does."""
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(QEvent.Type.MouseMove, local, QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def shown_epoch(label):
    match = re.match(r"Epoch ([\d,]+) ", label.text())
    return int(match.group(1).replace(",", "")) if match else -1


def legend_names(legend):
    return [label.text for _sample, label in legend.items]


def drawn(panel, qtbot, n=None):
    """Wait until the plot shows n epochs (default: the whole history, as it is by then)."""
    history = panel.session.history
    qtbot.waitUntil(lambda: len(shown(panel.train_loss_curve)[0]) == (len(history) if n is None else n),
                    timeout=3000)


def test_empty_plot_tells_the_student_what_to_do(window, panel):
    assert window.docks["lossDock"].windowTitle() == "Loss and accuracy"
    empty = find(window, "emptyLabel")
    assert empty.isVisible()
    assert "Press <b>Start</b> (F5 or Space)" in empty.text()
    for name in ("logScaleCheck", "plotChoiceCombo"):
        w = find(window, name)
        assert w.accessibleName() and len(w.toolTip()) > 10


def test_training_draws_the_history_and_reset_clears_it(window, panel, session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 200, timeout=5000)
    controller.pause()
    qtbot.waitUntil(lambda: session.state == "paused" and session.snapshot.epoch == session.epochs_done,
                    timeout=3000)
    drawn(panel, qtbot)
    assert find(window, "lossPlot").isVisible()
    assert not find(window, "emptyLabel").isVisible()
    x, y = shown(panel.train_loss_curve)
    np.testing.assert_array_equal(x, session.history.column("epoch"))
    np.testing.assert_array_equal(y, session.history.column("train_loss"))
    np.testing.assert_array_equal(shown(panel.train_acc_curve)[1], session.history.column("train_acc"))
    assert legend_names(panel.loss_legend) == ["train data loss"]  # XOR has no test set: no empty test entry
    assert f"epoch {session.epochs_done:,}" in find(window, "hoverLabel").text()

    controller.reset()
    assert find(window, "emptyLabel").isVisible()
    assert len(shown(panel.train_loss_curve)[0]) == 0


def test_test_curves_appear_with_a_test_set_and_gaps_stay_gaps(window, panel, session, qtbot):
    session.load_dataset_spec(DatasetSpec("toy2d", "moons"))
    add_epochs(session, 50)
    rows = np.column_stack([np.arange(51, 61.0), np.full(10, 0.01), np.full(10, 0.99),
                            np.full(10, np.nan), np.full(10, np.nan)])  # test not measured in these
    session.history.extend(rows)
    session.history_changed.emit()
    drawn(panel, qtbot, 60)
    assert legend_names(panel.loss_legend) == ["train data loss", "test loss"]
    assert legend_names(panel.acc_legend) == ["train accuracy", "test accuracy"]
    x, y = shown(panel.test_loss_curve)
    assert len(x) == 60 and np.isnan(y[-10:]).all()
    assert panel.test_loss_curve.opts["connect"] == "finite"


def test_log_scale_toggle_sets_the_plots_log_mode(window, panel, session, qtbot):
    add_epochs(session, 100)
    drawn(panel, qtbot, 100)
    check = find(window, "logScaleCheck")
    assert not panel.loss_plot.getAxis("left").logMode
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    assert check.isChecked()
    assert panel.loss_plot.getAxis("left").logMode
    assert panel.train_loss_curve.opts["logMode"][1]
    _, y = panel.train_loss_curve.curve.getData()  # what is drawn: log10 of the loss
    assert y[0] == pytest.approx(0.0) and y[-1] == pytest.approx(-2.0, abs=0.01)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    assert not panel.loss_plot.getAxis("left").logMode


def test_hovering_shows_the_values_at_the_epoch_under_the_mouse(window, panel, session, qtbot):
    add_epochs(session, 1000)
    drawn(panel, qtbot, 1000)
    settled(panel, qtbot)
    label = find(window, "hoverLabel")
    assert "Latest: epoch 1,000" in label.text()
    view = find(window, "lossPlot")
    vb = panel.loss_plot.vb
    y_mid = sum(vb.viewRange()[1]) / 2
    pos = view.mapFromScene(vb.mapViewToScene(QPointF(500, y_mid)))
    move_mouse(view, pos)
    epoch = round(vb.mapSceneToView(view.mapToScene(pos)).x())  # the epoch under that pixel
    assert abs(epoch - 500) < 5
    qtbot.waitUntil(lambda: f"Epoch {epoch} " in label.text(), timeout=2000)
    text = label.text()
    assert f"train {1 / epoch:.4g}," in text and f"test {1.1 / epoch:.4g}" in text
    assert f"train {100 * epoch / 1001:.1f}%" in text
    for line in panel.hover_lines:  # a vertical line in both plots
        assert line.isVisible() and line.value() == epoch
    # pyqtgraph drops mouse moves closer than 10 ms apart (its mouseRateLimit): move until it shows
    later = view.mapFromScene(vb.mapViewToScene(QPointF(900, y_mid)))
    qtbot.waitUntil(lambda: move_mouse(view, later) or abs(shown_epoch(label) - 900) < 5, timeout=2000)
    QApplication.sendEvent(view.viewport(), QEvent(QEvent.Type.Leave))  # the mouse leaves the plot
    assert not panel.hover_lines[0].isVisible()
    assert "Latest: epoch 1,000" in label.text()


def test_nearest_epoch_lookup_by_index(window, panel, session):
    add_epochs(session, 10, start=1)
    assert panel.index_of_epoch(3.4) == 2
    assert panel.index_of_epoch(-50) == 0
    assert panel.index_of_epoch(1e9) == 9
    session.history.truncate(5)  # after a divergence the history is cut back, then goes on
    add_epochs(session, 3, start=6)
    assert panel.index_of_epoch(7) == 6


def test_choice_shows_loss_accuracy_or_both(window, panel, session, qtbot):
    add_epochs(session, 10)
    combo = find(window, "plotChoiceCombo")
    combo.setCurrentIndex(combo.findData("loss"))
    assert panel.loss_plot.scene() is not None and panel.acc_plot.scene() is None
    combo.setCurrentIndex(combo.findData("accuracy"))
    assert panel.loss_plot.scene() is None and panel.acc_plot.scene() is not None
    combo.setCurrentIndex(combo.findData("both"))
    assert panel.loss_plot.scene() is not None and panel.acc_plot.scene() is not None


def test_bursts_of_epochs_are_drawn_at_most_about_20_times_a_second(window, panel, session, qtbot, monkeypatch):
    draws = []
    original = panel.redraw
    monkeypatch.setattr(panel, "redraw", lambda: (draws.append(time.perf_counter()), original()))
    for i in range(100):  # 100 snapshots, as fast as they can come
        add_epochs(session, 10, start=1 + 10 * i)
        qtbot.wait(1)
    drawn(panel, qtbot, 1000)
    assert 1 <= len(draws) < 50
    gaps = np.diff(draws)
    assert (gaps >= 0.9 * loss_module.REDRAW_MS / 1000).all(), gaps


def test_a_hidden_plot_does_not_redraw_until_shown(window, panel, session, qtbot):
    dock = window.docks["lossDock"]
    dock.hide()
    add_epochs(session, 30)
    # the throttled redraw comes round, finds the plot out of sight and leaves it to be drawn later
    qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=2000)
    assert panel.is_dirty()
    assert len(shown(panel.train_loss_curve)[0]) == 0
    dock.show()
    drawn(panel, qtbot, 30)


def test_hundreds_of_thousands_of_epochs_are_downsampled_to_the_screen(window, panel, session, qtbot):
    n = 300_000
    add_epochs(session, n, loss=lambda e: 1.0 / np.sqrt(e))
    drawn(panel, qtbot, n)
    settled(panel, qtbot)
    width = panel.loss_plot.vb.width()
    for curve in (panel.train_loss_curve, panel.test_loss_curve, panel.train_acc_curve):
        x, _ = curve.curve.getData()  # the points actually drawn
        assert 0 < len(x) <= 4 * width + 10, len(x)
    assert panel.train_loss_curve.opts["autoDownsample"] and panel.train_loss_curve.opts["clipToView"]
    assert panel.train_loss_curve.opts["downsampleMethod"] == "peak"


def coloured_pixels(panel, plot, color, tol=60):
    """How many pixels of ``plot``'s data area are painted close to ``color``: what the student sees."""
    panel.plot_widget.viewport().repaint()
    image = panel.plot_widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = panel.plot_widget.mapFromScene(plot.vb.sceneBoundingRect()).boundingRect()
    ratio = image.devicePixelRatio()
    ptr = image.constBits()
    buf = np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes()).reshape(image.height(),
                                                                                 image.bytesPerLine())
    px = buf[:, :4 * image.width()].reshape(image.height(), image.width(), 4)[..., [2, 1, 0]].astype(int)
    top, left = int(rect.top() * ratio), int(rect.left() * ratio)
    area = px[top:int(rect.bottom() * ratio), left:int(rect.right() * ratio)]
    c = QColor(color)
    return int((np.abs(area - [c.red(), c.green(), c.blue()]).sum(axis=-1) < tol).sum())


def test_new_data_after_a_long_run_is_shown_from_its_first_epoch(window, panel, session, controller, qtbot):
    # XOR for a few thousand epochs: the x axis grows to thousands
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 3000, timeout=10_000)
    controller.pause()
    qtbot.waitUntil(lambda: session.state != "running", timeout=3000)
    drawn(panel, qtbot)
    settled(panel, qtbot)
    assert panel.loss_plot.vb.viewRange()[0][1] > 3000
    # then the MNIST sample: the history is cleared, and one epoch at a time
    if not session.load_dataset_spec(DatasetSpec("mnist", "sample")):
        pytest.skip("no MNIST sample")
    assert find(window, "emptyLabel").isVisible()
    loss_vb = panel.loss_plot.vb
    for n in (1, 2):
        controller.step_epoch()
        qtbot.waitUntil(lambda: session.epochs_done == n and session.state != "running", timeout=60_000)
        drawn(panel, qtbot, n)
        settled(panel, qtbot)
        assert f"Latest: epoch {n} " in find(window, "hoverLabel").text()
        (x0, x1), (y0, y1) = loss_vb.viewRange()
        assert x0 <= 1 and x1 >= n and x1 - x0 <= 15, (x0, x1)    # the epochs span a good part of the width
        assert (panel.acc_plot.vb.viewRange()[0][1] - panel.acc_plot.vb.viewRange()[0][0]) <= 15
        losses = np.concatenate([session.history.column("train_loss"), session.history.column("test_loss")])
        assert y0 < losses.min() and y1 > losses.max()           # every loss on screen
        if n == 2:
            assert y1 - y0 < 4 * (losses.max() - losses.min()) + 0.05   # and the axis fits them
        # the student sees the training loss and accuracy (blue) in both plots, even for one epoch
        assert coloured_pixels(panel, panel.loss_plot, loss_module.TRAIN_COLOR) > 10
        assert coloured_pixels(panel, panel.acc_plot, loss_module.TRAIN_COLOR) > 10


def test_zooming_is_kept_while_training_goes_on_until_the_history_is_cleared(window, panel, session, qtbot):
    add_epochs(session, 200)
    drawn(panel, qtbot, 200)
    settled(panel, qtbot)
    view = find(window, "lossPlot")
    vb = panel.loss_plot.vb
    assert vb.viewRange()[0][1] >= 200
    # the student zooms in with the wheel over the loss plot
    pos = view.mapFromScene(vb.mapViewToScene(QPointF(100, sum(vb.viewRange()[1]) / 2)))
    viewport = view.viewport()
    wheel = QWheelEvent(QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 480),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(viewport, wheel)
    zoomed = vb.viewRange()[0]
    assert zoomed[1] - zoomed[0] < 150
    add_epochs(session, 300, start=201)          # training goes on: the zoom stays
    drawn(panel, qtbot, 500)                     # (drawn: the redraw that could have moved it is done)
    assert vb.viewRange()[0] == pytest.approx(zoomed)
    # a reset clears the history: the next epochs are shown whole again
    session.reset_network()
    add_epochs(session, 3)
    drawn(panel, qtbot, 3)
    settled(panel, qtbot)
    x0, x1 = vb.viewRange()[0]
    assert x0 <= 1 and 3 <= x1 <= 15
