"""The numbers the tutorials show a student, reproduced by the engine."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, NetworkSpec, Trainer, train


# ---- one sigmoid neuron: w = (1, 2), b = -3, x = (-1, 3) ----------------------------------

@pytest.fixture
def neuron():
    net = MLP([2, 1], ["sigmoid"], seed=0)
    net.set_params([np.array([[1.0], [2.0]]), np.array([-3.0])])
    return net


def test_single_neuron_output(neuron):
    # z = 1·(-1) + 2·3 - 3 = 2;  σ(2) = 0.8808
    y = neuron.forward(np.array([[-1.0, 3.0]]))
    assert y.shape == (1, 1)
    assert y[0, 0] == pytest.approx(0.8808, abs=5e-5)
    assert y[0, 0] == pytest.approx(1 / (1 + np.exp(-2.0)), rel=1e-12)


def test_single_neuron_gradients(neuron):
    # σ'(2) = σ(2)(1 - σ(2)) = 0.105; dL/dw = x·0.105, dL/db = 0.105, dL/dx = w·0.105
    neuron.forward(np.array([[-1.0, 3.0]]))
    dX = neuron.backward(np.ones((1, 1)))
    dW, db = neuron.grads
    np.testing.assert_allclose(dW[:, 0], [-0.105, 0.315], atol=5e-4)
    np.testing.assert_allclose(db, [0.105], atol=5e-4)
    np.testing.assert_allclose(dX[0], [0.105, 0.210], atol=5e-4)
    s = 1 / (1 + np.exp(-2.0))
    np.testing.assert_allclose(dX[0], [s * (1 - s), 2 * s * (1 - s)], rtol=1e-12)


def test_predict_proba_and_layer_outputs_agree_with_forward(neuron):
    X = np.array([[-1.0, 3.0], [0.0, 0.0]])
    y = neuron.forward(X)
    np.testing.assert_array_equal(neuron.predict_proba(X), y)
    outs = neuron.layer_outputs(X)
    assert len(outs) == 1
    np.testing.assert_array_equal(outs[0], y)
    np.testing.assert_array_equal(neuron.predict(X), [1, 0])  # 0.88 → 1, σ(-3) = 0.047 → 0


# ---- "A neural network in 11 lines": 3-4-1 sigmoid, U(-1,1) init, no biases ------------------

X3 = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
Y3 = np.array([[0], [1], [1], [0]], dtype=float)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_eleven_line_network_learns_three_column_xor(seed):
    net = MLP([3, 4, 1], ["sigmoid", "sigmoid"], seed=seed, init="uniform", bias=False)
    assert net.num_params == 3 * 4 + 4 * 1
    # The tutorial's update (y - l2)·σ' with step 1 is our mean squared error's gradient with
    # learning rate n/2 = 2; a larger step gets there in fewer epochs.
    results = list(train(net, X3, Y3, epochs=5000, learning_rate=10.0, loss="mse"))
    assert len(results) == 5000
    mae = float(np.abs(net.predict_proba(X3) - Y3).mean())
    assert mae < 0.01, f"seed {seed}: mean absolute error {mae:.4f}"
    np.testing.assert_array_equal(net.predict(X3), Y3[:, 0])


# ---- parameter counts ----------------------------------------------------------------------

def test_784_16_10_has_12730_parameters():
    net = MLP([784, 16, 10], ["sigmoid", "sigmoid"], seed=0)
    assert net.num_params == 12_730
    assert net.flat_params.size == net.flat_grads.size == 12_730
    assert [p.shape for p in net.params] == [(784, 16), (16,), (16, 10), (10,)]
    spec = NetworkSpec((784, 16, 10), ("sigmoid", "sigmoid"))
    assert spec.num_params == 12_730
    assert NetworkSpec((784, 16, 10), ("sigmoid", "sigmoid"), bias=False).num_params == 12_704
    assert MLP([784, 16, 10], ["sigmoid", "sigmoid"], bias=False).num_params == 12_704


def test_params_are_views_of_the_flat_buffers():
    net = MLP([3, 4, 2], ["tanh", "softmax"], seed=0)
    net.params[2][1, 1] = 42.0
    assert 42.0 in net.flat_params
    net.flat_grads[:] = 1.5
    assert all((g == 1.5).all() for g in net.grads)


# ---- XOR needs a hidden layer ----------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_xor_is_learned_with_a_hidden_layer(xor, seed):
    X, y = xor
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=seed)
    last = None
    for last in train(net, X, y, epochs=1000, learning_rate=1.0, loss="bce"):
        pass
    assert last.epoch == 1000
    np.testing.assert_array_equal(net.predict(X), y)
    assert Trainer(net, X, y).evaluate(X, y)[1] == 1.0


@pytest.mark.parametrize("learning_rate", [0.1, 1.0, 10.0])
@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_xor_is_not_learned_by_a_single_neuron(xor, activation, learning_rate):
    X, y = xor
    for seed in range(3):
        net = MLP([2, 1], [activation], seed=seed)
        trainer = Trainer(net, X, y, learning_rate=learning_rate, loss="mse")
        best = 0.0
        for result in trainer.run(1500):
            best = max(best, result.train_acc)
        # the network did train: its weights moved
        assert not np.array_equal(net.flat_params, MLP([2, 1], [activation], seed=seed).flat_params)
        final = float((net.predict(X) == y).mean())
        assert best <= 0.75 and final <= 0.75, (seed, best, final)
