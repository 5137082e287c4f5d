"""The truth table answers back: the Data panel's table shows the network's output and error per
row (from ``session.display``: live, and the epoch the scrubber shows), marks the rows the network
gets wrong, and a click on a row picks that example for the backprop view."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.example_ref import ExampleRef


def _table(window):
    panel = window.panels["dataDock"]
    window.docks["dataDock"].raise_()
    return panel.table, panel.truth_answers


def _outputs(session, params, X):
    net = session.spec.build(seed=0, dtype=session.dtype)
    net.set_params(params)
    return net.predict_proba(X)


def _column(table, header: str) -> list[str]:
    names = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    c = names.index(header)
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_outputs_and_errors_are_the_networks_live(window, session, controller, qtbot):
    table, answers = _table(window)
    qtbot.waitUntil(lambda: session.display is not None and answers.outputs is not None, timeout=5000)
    ds = session.dataset
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["A", "B", "target", "output", "error"]
    for _ in range(2):   # the untrained network, then after some training
        out = _outputs(session, session.display.params, ds.X_train)
        np.testing.assert_allclose(answers.outputs, out, rtol=0, atol=1e-12)
        wrong = (out[:, 0] >= 0.5).astype(int) != ds.y_train
        np.testing.assert_array_equal(answers.wrong, wrong)
        shown = _column(table, "output")
        errors = _column(table, "error")
        for r in range(4):
            value = f"{out[r, 0]:.3f}"
            assert shown[r] == (f"✗ {value}" if wrong[r] else value)
            assert errors[r] == f"{ds.y_train[r] - out[r, 0]:.3f}".replace("-0.000", "0.000")
            item = table.item(r, 3)
            assert ("Wrong" in item.toolTip()) == wrong[r]
            assert (item.background().color().name() == "#fde7e9") == wrong[r]
        controller.start()
        qtbot.waitUntil(lambda: session.epoch > 400, timeout=10_000)
        controller.pause()
        qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert not answers.wrong.any() and "✗" not in "".join(_column(table, "output"))   # XOR learnt


def test_the_outputs_follow_the_scrubber(window, session, controller, qtbot):
    sent = {}
    session.snapshot_changed.connect(lambda snap: sent.setdefault(snap.epoch, snap.params))
    for _ in range(30):
        controller.step_epoch()
    qtbot.waitUntil(lambda: session.epoch == 30 and not controller.worker_busy, timeout=10_000)
    table, answers = _table(window)
    window.pace_rewind.bar.show_epoch(7)
    qtbot.waitUntil(lambda: session.display.epoch == 7, timeout=5000)
    np.testing.assert_allclose(answers.outputs, _outputs(session, sent[7], session.dataset.X_train), rtol=0, atol=1e-12)
    assert "epoch 7" in table.item(0, 3).toolTip()


def test_a_click_on_a_row_picks_that_example_for_the_backprop_view(window, session, qtbot):
    table, answers = _table(window)
    qtbot.waitUntil(lambda: table.isVisible(), timeout=3000)
    picked = []
    session.example_selected.connect(picked.append)
    rect = table.visualItemRect(table.item(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.example == ExampleRef("truth_table", 2, [1.0, 0.0], 1, "train")
    assert picked == [session.example]
    assert {i.row() for i in table.selectedIndexes()} == {2}
    # picked somewhere else: the table follows
    session.select_example(ExampleRef("truth_table", 0, [0.0, 0.0], 0))
    assert {i.row() for i in table.selectedIndexes()} == {0}
    session.select_example(ExampleRef("drawing", -1, np.zeros(2)))
    assert table.selectedIndexes() == []
    # the arrow keys move the pick too
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert session.example == ExampleRef("truth_table", 2, [1.0, 0.0], 1, "train")


def test_other_data_gets_no_answer_columns(window, session, qtbot):
    table, answers = _table(window)
    assert session.load_dataset_spec(DatasetSpec("logic", "3-bit parity"))
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-2:] == ["output", "error"] and table.rowCount() == 8
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert session.load_dataset_spec(DatasetSpec("toy2d", "circle", {"n": 100}))
    assert answers.outputs is None
