"""Neurons that barely learn: saturated sigmoid/tanh neurons and dead ReLUs (issue 9)."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, neuron_health, train


def _net(acts, W1, b1):
    net = MLP([2, 3, 1], acts, seed=0)
    net.set_params([np.asarray(W1, float), np.asarray(b1, float), np.ones((3, 1)), np.zeros(1)])
    return net


X = np.random.default_rng(0).uniform(-1, 1, (200, 2))


@pytest.mark.parametrize("act", ["sigmoid", "tanh"])
def test_saturated_neurons(act):
    # neuron 0: z = 20·x1 + 30 ∈ [10, 50] → f′ < 0.01 on every example; neuron 1: z ≈ x1, healthy;
    # neuron 2: z = 40·x1 → saturated only where |x1| is not small (about 90 % of the examples or fewer)
    net = _net([act, "sigmoid"], [[20.0, 1.0, 40.0], [0.0, 0.0, 0.0]], [30.0, 0.0, 0.0])
    layer = neuron_health(net, X)[0]
    assert layer.activation == act and layer.checked and layer.n_examples == 200
    assert layer.saturated_fraction[0] == 1.0 and layer.saturated[0]
    assert layer.saturated_fraction[1] == 0.0 and not layer.saturated[1]
    # the third neuron's verdict follows its number exactly at the 90 % line
    assert layer.saturated[2] == (layer.saturated_fraction[2] >= 0.9)
    assert layer.reason(0) == "saturated" and layer.reason(1) is None
    assert not layer.dead.any()
    assert layer.mean_slope[0] < 0.01 < layer.mean_slope[1]
    assert layer.z_min[0] == pytest.approx(20 * X[:, 0].min() + 30) and layer.z_max[1] == pytest.approx(X[:, 0].max())


def test_the_ninety_percent_line():
    Xs = np.zeros((10, 2))
    Xs[:9, 0] = 10.0              # 9 of 10 examples push the sigmoid to σ′ ≈ 4.5e-5
    net = _net(["sigmoid", "sigmoid"], [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]], [0.0, 0.0, 0.0])
    assert neuron_health(net, Xs)[0].saturated.all()
    Xs[8, 0] = 0.0                # 8 of 10
    layer = neuron_health(net, Xs)[0]
    assert not layer.saturated.any() and layer.saturated_fraction[0] == 0.8


def test_dead_relus():
    # neuron 0: z = x1 − 5 < 0 always → dead; neuron 1: z = x1 → alive half the time; neuron 2 always on
    net = _net(["relu", "sigmoid"], [[1.0, 1.0, 0.0], [0.0, 0.0, 0.0]], [-5.0, 0.0, 1.0])
    layer = neuron_health(net, X, chunk=64)[0]       # chunks give the same answer as one pass
    assert layer.dead.tolist() == [True, False, False]
    assert layer.active_fraction[0] == 0.0 and 0.3 < layer.active_fraction[1] < 0.7 and layer.active_fraction[2] == 1.0
    assert layer.reason(0) == "dead" and layer.reason(1) is None
    assert not layer.saturated.any()                  # ReLUs do not saturate
    assert layer.z_max[0] < 0


def test_output_and_unchecked_layers_and_bad_input():
    net = MLP([2, 4, 3], ["linear", "softmax"], seed=0)
    health = neuron_health(net, X)
    assert [h.checked for h in health] == [False, False]
    assert not any(h.saturated.any() or h.dead.any() for h in health)
    with pytest.raises(ValueError):
        neuron_health(net, np.zeros((3, 5)))


def test_saturated_neurons_barely_learn():
    """What the mark means: trained together, a saturated neuron's weights hardly move."""
    net = _net(["sigmoid", "sigmoid"], [[20.0, 1.0, 1.0], [0.0, 1.0, -1.0]], [30.0, 0.0, 0.0])
    health = neuron_health(net, X)[0]
    assert health.saturated.tolist() == [True, False, False]
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    before = net.layers[0].W.copy()
    for _ in train(net, X, y, epochs=20, learning_rate=1.0, loss="mse"):
        pass
    moved = np.abs(net.layers[0].W - before).sum(axis=0)
    assert moved[0] < 0.01 * min(moved[1], moved[2]), moved


def test_a_network_with_input_features_is_judged_on_the_datas_own_columns():
    from guiapp.engine.features import expand

    net = MLP([4, 3, 1], ["tanh", "sigmoid"], seed=0)
    net.input_features = ("x1_squared", "x2_squared")
    X = np.random.default_rng(0).normal(size=(20, 2))
    by_data = neuron_health(net, X)
    by_features = neuron_health(net, expand(X, net.input_features))
    for a, b in zip(by_data, by_features):
        np.testing.assert_array_equal(a.saturated, b.saturated)
        np.testing.assert_array_equal(a.dead, b.dead)
