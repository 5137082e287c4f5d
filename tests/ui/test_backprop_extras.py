"""Gradients while training: the worker adds the last minibatch's dL/dw, the last update Δw, its
optimizer state and the verdicts on neurons that barely learn to its snapshots only while a view
asks; the diagram and the heatmaps show them; dead and saturated neurons are marked, with the
reason on hover."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from guiapp.engine import MLP, NetworkSpec, get_loss, prepare_targets
from guiapp.state.snapshot import EXTRAS, GRADIENTS, NEURON_HEALTH, OPTIMIZER_STATE, UPDATES


def _fresh(session, qtbot):
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.network_id == session.network_id)
    return session.snapshot


def _batch_gradient(spec, params, X, y):
    """dL/d[W1, b1, ...] of one full batch, computed here with the engine's own backward."""
    net = MLP(spec.layer_sizes, spec.activations, seed=0)
    net.set_params(params)
    loss = get_loss("bce")
    out = net.forward(X)
    net.backward_from_logits(loss.grad_logits(out, prepare_targets(y, 1)))
    return [g.copy() for g in net.grads]


def test_nothing_extra_unless_a_view_asks(qtbot, session, controller):
    _fresh(session, qtbot)
    controller.step_batch()
    qtbot.waitUntil(lambda: session.snapshot.steps == 1 and not controller.worker_busy)
    snap = session.snapshot
    assert snap.grads is None and snap.updates is None and snap.optimizer_state is None and snap.health is None
    with pytest.raises(ValueError):
        session.request_extras("test", {"everything"})


def test_gradients_and_updates_of_the_last_step(qtbot, session, controller):
    before = _fresh(session, qtbot)
    session.request_extras("test", {GRADIENTS, UPDATES})
    qtbot.waitUntil(lambda: controller.worker.extras == {GRADIENTS, UPDATES})
    assert before.grads is None                          # a new network: no step yet
    controller.step_batch()                               # XOR: one full batch
    qtbot.waitUntil(lambda: session.snapshot.steps == 1 and not controller.worker_busy)
    after = session.snapshot
    ds = session.dataset
    want = _batch_gradient(session.spec, before.params, ds.X_train, ds.y_train)
    for g, w in zip(after.grads, want):
        np.testing.assert_allclose(g, w, rtol=1e-10, atol=1e-14)
    for d, p0, p1 in zip(after.updates, before.params, after.params):
        np.testing.assert_allclose(d, p1 - p0, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(after.updates[0], -session.config.learning_rate * after.grads[0], rtol=1e-10)
    session.request_extras("test", ())                   # withdrawn: the next snapshots go without
    controller.step_batch()
    qtbot.waitUntil(lambda: session.snapshot.steps == 2 and not controller.worker_busy)
    assert session.snapshot.grads is None and session.snapshot.updates is None


def test_momentum_state_and_update(qtbot, session, controller):
    session.set_config(replace(session.config, optimizer="momentum", learning_rate=0.1))
    _fresh(session, qtbot)
    session.request_extras("test", {UPDATES, OPTIMIZER_STATE})
    for k in (1, 2, 3):
        before = session.snapshot
        controller.step_batch()
        qtbot.waitUntil(lambda: session.snapshot.steps == k and not controller.worker_busy)
    snap = session.snapshot
    assert snap.optimizer_name == "momentum"
    velocity = snap.optimizer_state["arrays"]["velocity"][0]
    flat = np.concatenate([d.ravel() for d in snap.updates])
    np.testing.assert_allclose(flat, velocity, rtol=1e-12)
    for d, p0, p1 in zip(snap.updates, before.params, snap.params):
        np.testing.assert_allclose(d, p1 - p0, rtol=1e-9, atol=1e-14)


def test_dead_and_saturated_neurons_are_marked_with_the_reason(window, session, qtbot):
    spec = NetworkSpec((2, 3, 1), ("relu", "sigmoid"))
    W1 = np.array([[1.0, 0.5, 40.0], [1.0, -0.5, 40.0]])
    b1 = np.array([-5.0, 0.1, 0.0])          # h1.1: z ≤ −3 on every row → dead
    params = [W1, b1, np.array([[0.5], [0.5], [0.5]]), np.array([0.0])]
    assert session.set_spec(spec, params=params)
    snap = _fresh(session, qtbot)
    qtbot.waitUntil(lambda: session.snapshot.health is not None)   # the network diagram always asks
    health = session.snapshot.health
    assert list(health[0].dead) == [True, False, False]
    diagram = window.panels["networkDock"].diagram
    qtbot.waitUntil(lambda: (1, 0) in diagram._health)
    window.docks["networkDock"].raise_()
    qtbot.waitUntil(lambda: diagram.isVisible())
    tip = diagram.tooltip_at(diagram.neuron_center(1, 0))
    assert "Dead" in tip and "4 training examples" in tip
    # a tanh layer pushed far out is saturated
    assert session.set_spec(NetworkSpec((2, 2, 1), ("tanh", "sigmoid")),
                            params=[np.array([[30.0, 0.1], [30.0, 0.1]]), np.array([20.0, 0.0]),
                                    np.array([[1.0], [1.0]]), np.array([0.0])])
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.network_id == session.network_id
                    and session.snapshot.health is not None)
    h = session.snapshot.health[0]
    assert list(h.saturated) == [True, False]
    qtbot.waitUntil(lambda: (1, 0) in diagram._health and "Saturated" in diagram._health[(1, 0)])
    del snap


def test_the_diagram_and_the_heatmaps_show_gradients_and_updates(window, session, controller, qtbot):
    _fresh(session, qtbot)
    net_panel = window.panels["networkDock"]
    values = net_panel.diagram_values
    values.combo.set_mode(GRADIENTS)
    assert GRADIENTS in session.extras
    weights = window.panels["weightsDock"]
    weights.value_mode.set_mode(UPDATES)
    assert {GRADIENTS, UPDATES, NEURON_HEALTH} <= session.extras
    controller.step_batch()
    qtbot.waitUntil(lambda: session.snapshot.steps == 1 and not controller.worker_busy
                    and session.snapshot.updates is not None)
    snap = session.snapshot
    qtbot.waitUntil(lambda: net_panel.diagram._overlay is not None
                    and net_panel.diagram._overlay[1][0] is not None
                    and np.array_equal(net_panel.diagram._overlay[1][0], snap.grads[0]))
    window.docks["weightsDock"].raise_()
    qtbot.waitUntil(lambda: weights.isVisible() and weights.layer_items(1).W is not None
                    and np.array_equal(weights.layer_items(1).W, snap.updates[0]))
    assert weights.hover_text(1, ("W", 0, 0)).startswith("ΔW1[")
    values.combo.set_mode("weights")
    weights.value_mode.set_mode("weights")
    assert session.extras == {NEURON_HEALTH}
    assert set(EXTRAS) >= session.extras
