"""The Feature space panel: each training point at its hidden activations (XOR 2-2-1), animated
while training and following ``session.display`` (the rewind scrubber), PCA for wider layers (and
saying so), a layer selector for deeper networks, and its numbers computed off the GUI thread."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine.feature_space import network_from
from guiapp.engine.specs import NetworkSpec


@pytest.fixture
def panel(qtbot, session):
    from guiapp.ui.panels.feature_space_panel import FeatureSpacePanel

    p = FeatureSpacePanel(session)
    qtbot.addWidget(p)
    p.resize(640, 520)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.job.wait()


def _drawn(panel, session, epoch=None):
    """Has the panel drawn the snapshot the session displays (or that epoch)?"""
    snap = session.display
    if panel.drawn is None or snap is None:
        return False
    return panel.drawn[:2] == (snap.network_id, snap.epoch if epoch is None else epoch)


def _shows(panel, snap) -> bool:
    """Does the panel show ``snap``'s weights? (Two snapshots with the same counters hold the same
    weights: the panel draws only the first.)"""
    return (snap is not None and panel.drawn is not None
            and panel.drawn[:4] == (snap.network_id, snap.epoch, snap.batch, snap.steps))


def _hidden(session, snap, layer=1):
    spec = session.spec
    net = network_from(snap.params, spec.layer_sizes, spec.activations, bias=spec.bias,
                       input_features=spec.input_features)
    return net.layer_outputs(session.dataset.X_train)[layer - 1]


def test_xor_2_2_1_points_sit_at_their_hidden_activations_and_move_while_training(qtbot, session, controller,
                                                                                   panel):
    session.set_spec(NetworkSpec((2, 2, 1), ("tanh", "sigmoid")))
    qtbot.waitUntil(lambda: _drawn(panel, session, 0), timeout=5000)
    first = session.display
    H0 = _hidden(session, first)
    np.testing.assert_allclose(panel.space.points, H0, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(panel.plot.scatter.getData()[0], H0[:, 0], rtol=1e-5, atol=1e-7)
    assert panel.layer_combo.count() == 2 and panel.layer() == 1          # the inputs, hidden layer 1
    assert not panel.axes_combo.isVisible()                               # two neurons: no projection
    assert "h1.1" in panel.caption.text() and "straight" in panel.caption.text()

    controller.start()
    # about 250 epochs (all four right from epoch ~200): seconds at a watchable pace, a blink at full speed
    qtbot.waitUntil(lambda: (session.history.last("train_loss") or 1) < 0.1, timeout=20000)
    controller.pause()
    qtbot.waitUntil(lambda: session.state == "paused" and _shows(panel, session.display), timeout=5000)
    last = panel.drawn_snapshot
    H = _hidden(session, last)
    np.testing.assert_allclose(panel.space.points, H, rtol=1e-5, atol=1e-7)
    assert np.abs(H - H0).max() > 0.3                                     # the corners moved
    assert np.array_equal(panel.space.predicted, session.dataset.y_train)  # one line now separates them
    assert panel.job.runs >= 2

    # the rewind scrubber: the views show an earlier epoch, and so does the feature space
    session.show_snapshot(first)
    qtbot.waitUntil(lambda: panel.drawn is not None and panel.drawn[1] == 0, timeout=5000)
    np.testing.assert_allclose(panel.space.points, H0, rtol=1e-5, atol=1e-7)
    session.show_live()
    qtbot.waitUntil(lambda: session.is_live and _shows(panel, session.display), timeout=5000)
    assert panel.drawn[1] >= last.epoch


def test_a_wider_layer_is_a_pca_projection_that_says_so(qtbot, session, controller, panel):
    session.set_spec(NetworkSpec((2, 5, 1), ("tanh", "sigmoid")))
    qtbot.waitUntil(lambda: _drawn(panel, session), timeout=5000)
    # the last hidden layer first as the output layer sees it: exact for every point
    assert panel.axes_combo.isVisible() and panel.axes_combo.currentData() == "output"
    assert panel.space.method == "output" and panel.space.agreement == 1.0
    assert "As the output layer sees them" in panel.caption.text() and "right for every point" in panel.caption.text()
    panel.set_choice(1, "pca")
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.method == "pca", timeout=5000)
    H = _hidden(session, session.display)
    values, vectors = np.linalg.eigh(np.cov(H.T, bias=True))
    want = (H - H.mean(axis=0)) @ vectors[:, ::-1][:, :2]
    for c in range(2):
        assert np.allclose(np.abs(panel.space.points[:, c]), np.abs(want[:, c]), atol=1e-5)
    assert panel.axes_combo.isVisible() and panel.axes_combo.currentData() == "pca"
    text = panel.caption.text()
    assert "PCA" in text and "spread" in text and "same class on the slice" in text
    assert panel.plot.plot.getAxis("bottom").labelText == "principal component 1"

    panel.set_choice(1, (4, 2))                                            # two neurons as the axes
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.axes == (4, 2), timeout=5000)
    np.testing.assert_allclose(panel.space.points, H[:, [4, 2]], rtol=1e-5, atol=1e-7)
    assert panel.plot.plot.getAxis("bottom").labelText == "h1.5"


def test_the_layer_selector_shows_each_hidden_layer_of_a_deeper_network(qtbot, session, controller, panel):
    session.set_spec(NetworkSpec((2, 3, 2, 1), ("tanh", "relu", "sigmoid")))
    qtbot.waitUntil(lambda: _drawn(panel, session), timeout=5000)
    assert [panel.layer_combo.itemData(i) for i in range(panel.layer_combo.count())] == [0, 1, 2]
    assert panel.layer() == 2             # the last hidden layer first: where the output draws a straight line
    panel.set_choice(1, (0, 2))           # 3 neurons: two of them as the axes
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.layer == 1, timeout=5000)
    H1 = _hidden(session, session.display, 1)
    np.testing.assert_allclose(panel.space.points, H1[:, [0, 2]], rtol=1e-5, atol=1e-7)
    panel.set_choice(2)
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.layer == 2, timeout=5000)
    np.testing.assert_allclose(panel.space.points, _hidden(session, session.display, 2), rtol=1e-5, atol=1e-7)
    assert panel.space.straight and "h2.1" in panel.caption.text()
    panel.set_choice(0)                                                    # the inputs themselves
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.layer == 0, timeout=5000)
    np.testing.assert_allclose(panel.space.points, session.dataset.X_train, rtol=1e-6)


def test_nothing_is_computed_while_the_panel_is_hidden(qtbot, session, controller, panel):
    qtbot.waitUntil(lambda: _drawn(panel, session), timeout=5000)
    panel.hide()
    runs = panel.job.runs
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.display is not None and session.display.epoch == 1, timeout=5000)
    assert panel.job.runs == runs and panel.is_dirty()
    panel.show()
    qtbot.waitUntil(lambda: _drawn(panel, session, 1), timeout=5000)
