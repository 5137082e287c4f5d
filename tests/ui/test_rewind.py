"""Rewinding: the scrubber under the loss plot and clicks on the loss curve show the network as it
was at an earlier epoch in every view; "epoch k of N" with a way back to live; "continue from
here" branches training off that epoch; older epochs are thinned within the bound and the UI says so.

The weights each view shows are compared with the weights the worker sent at that epoch."""

from __future__ import annotations

import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.rewind import MAX_ENTRIES
from guiapp.state.session import PAUSED
from guiapp.ui.i18n.formatting import format_int
from guiapp.workers import rewind_viewer
from guiapp.workers.views import compute_boundary, compute_evaluation


def _find(window, name):
    found = window.findChildren(QWidget, name)
    assert len(found) == 1, name
    return found[0]


def _record(qtbot, session, controller, epochs: int) -> dict[int, tuple]:
    """Train ``epochs`` epochs one step at a time; the weights the worker sent after each."""
    sent: dict[int, tuple] = {}
    session.snapshot_changed.connect(lambda snap: sent.setdefault(snap.epoch, snap.params) if snap.batch == 0 else None)
    start = session.epoch
    for _ in range(epochs):
        controller.step_epoch()
    qtbot.waitUntil(lambda: session.epoch == start + epochs and not controller.worker_busy, timeout=20_000)
    return sent


def _net_with(session, params):
    net = session.spec.build(seed=0, dtype=session.dtype)
    net.set_params(params)
    return net


def _show(qtbot, window, dock: str) -> QWidget:
    window.docks[dock].show()
    window.docks[dock].raise_()
    qtbot.waitUntil(lambda: not window.panels[dock].visibleRegion().isEmpty(), timeout=3000)
    return window.panels[dock]


def _flat(params) -> np.ndarray:
    return np.concatenate([np.ravel(p) for p in params])


def test_scrubbing_shows_that_epochs_weights_in_every_view(window, session, controller, qtbot):
    sent = _record(qtbot, session, controller, 60)
    bar = window.pace_rewind.bar
    assert list(session.rewind.epochs) == list(range(61))          # every epoch so far, and the start
    bar.slider.setValue(50)                                       # the student drags back to 50
    qtbot.waitUntil(lambda: session.display.epoch == 50 and not session.is_live, timeout=5000)
    want = sent[50]
    for got, w in zip(session.display.params, want):
        np.testing.assert_array_equal(got, w)
    net = _net_with(session, want)

    # the network diagram: every weight and bias it lists
    diagram = _show(qtbot, window, "networkDock").diagram
    values = np.array([row[3] for row in diagram.plotted_data()[1]])
    W1, b1, W2, b2 = want
    expect = np.concatenate([np.concatenate([np.append(W1[:, j], b1[j]) for j in range(W1.shape[1])]),
                             np.concatenate([np.append(W2[:, j], b2[j]) for j in range(W2.shape[1])])])
    np.testing.assert_array_equal(values, expect)
    # the weights heatmaps
    weights = _show(qtbot, window, "weightsDock")
    for layer, (W, b) in enumerate(((W1, b1), (W2, b2)), start=1):
        np.testing.assert_array_equal(weights.layer_items(layer).W, W)
        np.testing.assert_array_equal(weights.layer_items(layer).b, b)
    # the decision boundary and each hidden neuron's map
    boundary = _show(qtbot, window, "boundaryDock")
    grid = compute_boundary(net, session.view_spec().grid)
    header, rows = boundary.plotted_data()
    drawn = np.array([r[2] for r in rows], dtype=np.float32)
    np.testing.assert_allclose(drawn, grid.outputs[..., 0].ravel(), rtol=0, atol=1e-6)
    header, rows = boundary.maps_data()
    maps = np.array([r[2:] for r in rows], dtype=np.float32)
    np.testing.assert_allclose(maps, grid.hidden[0].reshape(len(grid.hidden[0]), -1).T, rtol=0, atol=1e-6)
    # the truth table's outputs
    answers = window.panels["dataDock"].truth_answers
    _show(qtbot, window, "dataDock")
    np.testing.assert_allclose(answers.outputs, net.predict_proba(session.dataset.X_train), rtol=0, atol=1e-12)
    # the drawing panel guesses with the same weights
    assert all(np.array_equal(a, b) for a, b in zip(window.panels["drawDock"].current_params(), want))

    # "epoch k of N" and the way back to live
    label, live = _find(window, "rewindEpochLabel"), _find(window, "backToLiveButton")
    assert label.text() == "Epoch 50 of 60" and live.isEnabled()
    indicator = _find(window, "rewindIndicatorButton")
    assert window.pace_rewind.indicator.action.isVisible()
    qtbot.waitUntil(indicator.isVisible, timeout=3000)         # (the toolbar lays it out)
    assert indicator.text() == "Epoch 50 of 60 · back to live"
    qtbot.mouseClick(live, Qt.MouseButton.LeftButton)
    assert session.is_live and session.display is session.snapshot and label.text() == "Live: epoch 60"
    assert not window.pace_rewind.indicator.action.isVisible()
    np.testing.assert_array_equal(_flat(session.display.params), _flat(sent[60]))


def test_a_click_on_the_loss_curve_and_the_arrow_keys_pick_an_epoch(window, session, controller, qtbot):
    sent = _record(qtbot, session, controller, 40)
    loss = _show(qtbot, window, "lossDock")
    loss.redraw()
    scene = loss.scene_pos_of(loss.loss_plot, 12, float(session.history.column("train_loss")[11]))
    view = loss.plot_widget.mapFromScene(scene)
    qtbot.mouseClick(loss.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(view.x(), view.y()))
    qtbot.waitUntil(lambda: not session.is_live and session.display.epoch in (11, 12, 13), timeout=5000)
    at = session.display.epoch
    mark = window.pace_rewind.curve.marks[0]
    assert mark.isVisible() and mark.value() == at
    slider = window.pace_rewind.bar.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: session.display.epoch == at - 1, timeout=5000)
    np.testing.assert_array_equal(_flat(session.display.params), _flat(sent[at - 1]))
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: session.display.epoch == 0, timeout=5000)
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert session.is_live and not mark.isVisible()


def test_continue_from_here_cuts_the_history_and_trains_on_exactly(window, session, controller, qtbot):
    asked = []
    window.ask = lambda title, text: asked.append((title, text)) or True
    _record(qtbot, session, controller, 80)
    first_branch = session.history.column("train_loss").copy()
    window.pace_rewind.bar.show_epoch(50)
    qtbot.waitUntil(lambda: session.display.epoch == 50, timeout=5000)
    button = _find(window, "continueFromHereButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == "Continue from epoch 50?"
    assert "30 later epoch" in asked[0][1] and "optimizer's state" in asked[0][1]
    qtbot.waitUntil(lambda: session.is_live and session.epoch > 90, timeout=10_000)   # it trains on
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    epochs = session.history.column("epoch")
    assert list(epochs) == list(range(1, len(epochs) + 1))          # no epoch twice, none missing
    # SGD with its shuffle generator kept: the new branch repeats the old one exactly
    np.testing.assert_array_equal(session.history.column("train_loss")[:80], first_branch)
    assert session.rewind.last_epoch <= session.epoch and 50 in session.rewind.epochs


def test_continue_while_training_runs_and_a_no_changes_nothing(window, session, controller, qtbot):
    session.set_pace(200)
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 60, timeout=10_000)
    window.ask = lambda title, text: False
    bar = window.pace_rewind.bar
    bar.show_epoch(20)
    qtbot.waitUntil(lambda: session.display.epoch == 20, timeout=5000)
    bar.continue_from_here()                                        # "No"
    assert controller.is_running and len(session.history) > 60
    window.ask = lambda title, text: True
    bar.continue_from_here()
    qtbot.waitUntil(lambda: session.is_live and 20 < session.epoch < 60 and controller.is_running, timeout=10_000)
    controller.stop()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    epochs = session.history.column("epoch")
    assert list(epochs) == list(range(1, len(epochs) + 1))


def test_the_dialog_says_when_the_optimizer_restarts():
    from guiapp.engine.trainer_state import TrainerState
    from guiapp.ui.dialogs.continue_dialog import continue_question, optimizer_restored

    kept = TrainerState(params=np.zeros(3), optimizer={"arrays": {}, "scalars": {}}, optimizer_name="momentum")
    dropped = TrainerState(params=np.zeros(3), optimizer=None, optimizer_name="momentum")
    assert optimizer_restored(kept, "momentum") and not optimizer_restored(kept, "adam")
    assert not optimizer_restored(dropped, "momentum") and optimizer_restored(dropped, "sgd")
    title, text = continue_question(7, 1, False)
    assert title == "Continue from epoch 7?" and "starts afresh" in text and "epoch 7" in text


def test_mnist_test_results_follow_the_scrubber_computed_off_the_gui_thread(window, session, controller, qtbot,
                                                                            monkeypatch):
    from dataclasses import replace

    threads = []
    original = rewind_viewer.snapshot_of
    monkeypatch.setattr(rewind_viewer, "snapshot_of",
                        lambda *a: threads.append(threading.current_thread()) or original(*a))
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert session.pace is None                                       # big data: full speed
    session.set_spec(NetworkSpec((784, 16, 10), ("relu", "softmax"), init="small"))
    session.set_config(replace(session.config, epochs=3))
    sent = _record(qtbot, session, controller, 3)
    results = _show(qtbot, window, "mnistDock")
    window.pace_rewind.bar.show_epoch(1)
    qtbot.waitUntil(lambda: session.display.epoch == 1 and results.shown_evaluation() is not None
                    and results.shown_evaluation().epoch == 1, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    views = session.view_spec()
    expect = compute_evaluation(_net_with(session, sent[1]), views, epoch=1)
    np.testing.assert_array_equal(results.shown_evaluation().confusion, expect.confusion)
    weights = _show(qtbot, window, "weightsDock")
    np.testing.assert_array_equal(weights.layer_items(1).W, sent[1][0])
    # epoch 3 reached the limit; continuing from 1 counts the limit from there
    window.pace_rewind.bar.continue_from_here()
    qtbot.waitUntil(lambda: session.state != PAUSED and session.epoch == 3 and not controller.worker_busy
                    and session.is_live, timeout=30_000)
    assert list(session.history.column("epoch")) == [1, 2, 3]


def test_thinning_keeps_the_bound_and_the_ui_says_so(window, session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 3000, timeout=20_000)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    store = session.rewind
    assert len(store) <= MAX_ENTRIES and store.thinned
    assert list(store.epochs[:32]) == list(range(32))               # the start stays dense
    note = _find(window, "rewindNoteLabel")
    assert note.isVisibleTo(window) and note.text() == f"{format_int(len(store))} of {format_int(session.epoch + 1)} epochs kept"
    assert "thinned" in note.toolTip() and "256" in note.toolTip()
    bar = window.pace_rewind.bar
    bar.show_epoch(2500)                                             # between kept epochs: the nearest
    qtbot.waitUntil(lambda: not session.is_live and session.display.epoch == store.nearest(2500), timeout=5000)
    assert _find(window, "rewindEpochLabel").text() == f"Epoch {format_int(store.nearest(2500))} of {format_int(session.epoch)}"
    session.reset_network()                                          # a new network: nothing kept
    assert len(store) == 0 and session.is_live and not note.isVisibleTo(window)


def test_the_scrubber_waits_for_epochs(window, session):
    bar = window.pace_rewind.bar
    assert not bar.slider.isEnabled() and not _find(window, "continueFromHereButton").isEnabled()
    assert isinstance(window.pace_rewind.curve.marks[0], pg.InfiniteLine)
