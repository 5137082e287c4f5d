"""The loss plot says what its training curve is: the data loss. With L1/L2 on, the penalty the
optimizer also minimises is drawn beside it (issue 8 §4), from the history's ``penalty`` column
that the worker fills from each EpochResult."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest


@pytest.fixture
def panel(window, qtbot):
    dock = window.docks["lossDock"]
    dock.setFloating(True)
    dock.resize(880, 330)
    dock.show()
    qtbot.waitExposed(dock)
    return window.panels["lossDock"]


def _legend(legend):
    return [label.text for _sample, label in legend.items]


def _shown(curve):
    x, y = curve.getOriginalDataset()
    return (np.zeros(0), np.zeros(0)) if x is None else (x, y)


def _train(session, controller, qtbot, epochs, **settings):
    """Train XOR for exactly ``epochs`` epochs (the epoch limit ends the run: nothing moves afterwards)."""
    session.set_config(replace(session.config, epochs=epochs, **settings))
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done == epochs and session.state == "stopped", timeout=10_000)


def test_without_l1_l2_there_is_no_penalty_curve(window, panel, session, controller, qtbot):
    _train(session, controller, qtbot, 50)
    assert len(session.history) == 50 and (session.history.column("penalty") == 0).all()
    qtbot.waitUntil(lambda: len(_shown(panel.train_loss_curve)[0]) == len(session.history), timeout=3000)
    assert _legend(panel.loss_legend) == ["train data loss"]
    assert len(_shown(panel.penalty_curve)[0]) == 0
    assert "penalty" not in panel.hover_label.text()


def test_with_l2_the_penalty_is_recorded_and_drawn_apart(window, panel, session, controller, qtbot):
    _train(session, controller, qtbot, 50, l2=0.01)
    h = session.history
    assert len(h) == 50
    penalty = h.column("penalty")
    assert (penalty > 0).all()
    # the recorded penalty is λ₂/2·ΣW² of the weights at the end of the last epoch (XOR: full batch,
    # so the last snapshot's weights are those)
    W = [p for p in session.snapshot.params if p.ndim == 2]
    assert penalty[-1] == pytest.approx(0.5 * 0.01 * sum(float((w * w).sum()) for w in W), rel=1e-5)
    qtbot.waitUntil(lambda: len(_shown(panel.penalty_curve)[0]) == len(h), timeout=3000)
    assert _legend(panel.loss_legend) == ["train data loss", "L1/L2 penalty"]
    np.testing.assert_array_equal(_shown(panel.penalty_curve)[1], penalty)
    np.testing.assert_array_equal(_shown(panel.train_loss_curve)[1], h.column("train_loss"))
    panel.hover_at(None)
    assert "L1/L2 penalty" in panel.hover_label.text()

    controller.reset()  # a new network: the history and the penalty curve are cleared
    qtbot.waitUntil(lambda: len(_shown(panel.penalty_curve)[0]) == 0, timeout=3000)
    assert _legend(panel.loss_legend) == ["train data loss"]


def test_history_rows_carry_a_penalty_column():
    from guiapp.state.history import History
    from guiapp.state.snapshot import EPOCH_COLUMNS

    assert EPOCH_COLUMNS[-1] == "penalty"
    h = History()
    h.extend(np.array([[1, 0.5, 0.75, np.nan, np.nan, 0.02]]))
    h.extend(np.array([[2, 0.4, 1.0, 0.3, 1.0]]))  # a row from before the penalty column: no penalty
    assert h.column("penalty").tolist() == [0.02, 0.0]
    assert h.column("train_loss").tolist() == [0.5, 0.4] and h.last("test_loss") == 0.3
    with pytest.raises(ValueError, match="history rows"):
        h.extend(np.zeros((1, 7)))
