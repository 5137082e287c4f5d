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


# ==== The tutorials' worked numbers, run through the app's engine (issue 11 §6) ===================

from guiapp.engine import Adam, TrainingDiverged, legacy_rng  # noqa: E402
from guiapp.engine.circuit import single_neuron_circuit, sum_times_circuit  # noqa: E402
from guiapp.engine.softmax_parts import SoftmaxParts, softmax_parts  # noqa: E402
from guiapp.engine.tutorial_runs import (ELEVEN_LINE_ERRORS, TUTORIAL5_W, TWO_LAYER_OUTPUTS,  # noqa: E402
                                         chain_run, eleven_line_errors, eleven_line_network, eleven_line_run,
                                         feature_transform, two_layer_outputs, xor_feature_example)

# ---- tutorial 1: gates --------------------------------------------------------------------------

def test_circuit_sum_times():
    c = sum_times_circuit()
    c.backward()
    assert c.output.value == -12.0
    assert [u.grad for u in c.inputs] == [-4.0, -4.0, 3.0]
    assert [round(c.numerical_grad(u, 1e-4, central=False)) for u in c.inputs] == [-4, -4, 3]


def test_circuit_single_neuron_output_gradients_and_step():
    c = single_neuron_circuit()
    assert f"{c.output.value:.4f}" == "0.8808"
    c.backward()
    assert {u.name: f"{u.grad:.3f}" for u in c.inputs} == {
        "a": "-0.105", "b": "0.315", "c": "0.105", "x": "0.105", "y": "0.210"}
    for u in c.inputs:   # the guide's numerical check gives the same numbers
        assert f"{c.numerical_grad(u, 1e-4, central=False):.3f}" == f"{u.grad:.3f}"
    after = c.step(0.01)      # 0.88255018...: the guide writes its first four digits, 0.8825
    assert f"{after:.6f}"[:6] == "0.8825" and after > 0.8808


# ---- tutorial 2: backprop along a chain ------------------------------------------------------------

def test_chain_of_ten_neurons_one_step():
    (s,) = chain_run(1)
    np.random.seed(5)                           # the tutorial's own draws, one per neuron
    np.testing.assert_array_equal(s.weights, [np.random.random() for _ in range(10)])
    out = 5.0 * np.prod(s.weights)              # the chain the text describes: x·w₁·…·w₁₀
    assert s.outputs[-1] == pytest.approx(out, rel=1e-14)
    assert out != pytest.approx(5.0 * s.weights[-1])   # (the printed code's slip would give x·w₁₀)
    np.testing.assert_allclose(s.inputs, np.concatenate([[5.0], s.outputs[:-1]]), rtol=1e-14)
    assert s.loss == pytest.approx((out - 7.0) ** 2, rel=1e-14)
    # each weight's derivative: 2(out − y) × the weights after it × its input = 2(out − y)·out / w
    np.testing.assert_allclose(s.grad_w, 2 * (out - 7.0) * out / s.weights, rtol=1e-12)
    np.testing.assert_allclose(s.grad_out[-1], 2 * (out - 7.0), rtol=1e-14)
    np.testing.assert_allclose(s.new_weights, s.weights - 0.01 * s.grad_w, rtol=1e-14)


def test_chain_first_vanishes_then_explodes():
    steps = []
    with pytest.raises(TrainingDiverged):
        for s in chain_run(200):
            steps.append(s)
    assert steps[90].loss > 46.0 and steps[0].loss - steps[80].loss < 0.3    # tiny gradients: slow
    assert len(steps) < 100 and steps[-1].loss > 1e6                         # then the step overshoots


# ---- tutorial 3: the 11-line network, through the app's MLP, MSE and SGD --------------------------

def test_eleven_line_weights_are_the_tutorials_draws():
    net = eleven_line_network()
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    np.testing.assert_array_equal(net.layers[0].W, syn0)
    np.testing.assert_array_equal(net.layers[1].W, syn1)
    assert net.num_params == 16 and not net.bias
    np.testing.assert_array_equal(MLP([3, 1], "sigmoid", rng=legacy_rng(1), init="uniform", bias=False).layers[0].W,
                                  syn0.reshape(-1)[:3].reshape(3, 1))


def test_eleven_line_errors_match_the_tutorial():
    printed = ["0.496410031903", "0.00858452565325", "0.00578945986251", "0.00462917677677",
               "0.00395876528027", "0.00351012256786"]
    errors = eleven_line_errors()
    assert [it for it, _ in errors] == [0, 10_000, 20_000, 30_000, 40_000, 50_000]
    # Python 2's str(float) printed 12 significant digits: every one of them agrees
    assert [f"{e:.12g}" for _, e in errors] == printed
    assert [float(p) for p in printed] == list(ELEVEN_LINE_ERRORS)


def test_two_layer_example_outputs():
    out = two_layer_outputs()
    assert [f"{v:.8f}" for v in out] == ["0.00966449", "0.00786506", "0.99358898", "0.99211957"]
    np.testing.assert_allclose(out, TWO_LAYER_OUTPUTS, atol=5e-9)


def test_eleven_line_live_table_is_the_tutorials_loop():
    """The state a live table shows: l0 | l1 | l2 | error | delta per row, and the tutorial's
    update syn1 += l1ᵀ·l2_delta, syn0 += l0ᵀ·l1_delta leads from one iteration to the next."""
    states = list(eleven_line_run(4, 1))
    assert [s.iteration for s in states] == [0, 1, 2, 3]
    s0, s1 = states[0], states[1]
    assert s0.l0.shape == (4, 3) and s0.l1.shape == (4, 4) and s0.l2.shape == (4, 1)
    assert s0.error.shape == s0.l2_delta.shape == (4, 1) and s0.l1_delta.shape == (4, 4)
    np.testing.assert_allclose(s0.l1, 1 / (1 + np.exp(-(s0.l0 @ s0.syn0))), rtol=1e-14)
    np.testing.assert_allclose(s0.l2, 1 / (1 + np.exp(-(s0.l1 @ s0.syn1))), rtol=1e-14)
    np.testing.assert_allclose(s0.error, Y3 - s0.l2, rtol=1e-15)
    np.testing.assert_allclose(s0.l2_delta, s0.error * s0.l2 * (1 - s0.l2), rtol=1e-14)
    np.testing.assert_allclose(s0.l1_delta, (s0.l2_delta @ s0.syn1.T) * s0.l1 * (1 - s0.l1), rtol=1e-14)
    np.testing.assert_allclose(s1.syn1, s0.syn1 + s0.l1.T @ s0.l2_delta, rtol=1e-14)
    np.testing.assert_allclose(s1.syn0, s0.syn0 + s0.l0.T @ s0.l1_delta, rtol=1e-14)
    assert s0.mean_abs_error == pytest.approx(0.496410031903, abs=5e-13)
    import threading
    stop = threading.Event()
    stop.set()
    assert list(eleven_line_run(10, 1, stop=stop)) == []


# ---- tutorial 4: a fully connected layer, softmax and cross-entropy ---------------------------------

def test_a_100_by_784_layer_has_78400_weights():
    assert MLP([784, 100], "sigmoid", bias=False).num_params == 78_400


def test_softmax_jacobian_times_minus_t_over_p_is_p_minus_t():
    parts = softmax_parts([2.0, -1.0, 0.5, 3.0], 2)
    np.testing.assert_allclose(parts.p.sum(), 1.0, rtol=1e-15)
    np.testing.assert_array_equal(parts.t, [0, 0, 1, 0])
    np.testing.assert_allclose(parts.neg_t_over_p, [0, 0, -1 / parts.p[2], 0], rtol=1e-15)
    J = parts.jacobian
    assert J.shape == (4, 4)
    np.testing.assert_allclose(J, J.T, rtol=1e-15)
    np.testing.assert_allclose(np.diag(J), parts.p - parts.p ** 2, rtol=1e-15)     # xᵢ − xᵢ·xᵢ
    assert J[0, 1] == pytest.approx(-parts.p[0] * parts.p[1], rel=1e-15)            # −xᵢ·xⱼ
    np.testing.assert_allclose(parts.chain, parts.p_minus_t, rtol=1e-13, atol=1e-16)
    assert parts.loss == pytest.approx(-np.log(parts.p[2]))


def test_softmax_parts_of_a_digit_equal_the_output_delta():
    net = MLP([784, 16, 10], ["relu", "softmax"], seed=0)
    x = np.random.default_rng(1).random(784)
    tr = net.trace(x, 7)
    parts = SoftmaxParts.from_trace(tr)
    assert parts.jacobian.shape == (10, 10)
    np.testing.assert_allclose(parts.chain, tr.delta[-1], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(parts.p, tr.output, rtol=1e-15)
    with pytest.raises(ValueError):
        SoftmaxParts.from_trace(MLP([2, 1], ["sigmoid"]).trace([0, 1], 1))


# ---- tutorial 5: the hidden layer as a feature transform ------------------------------------------

def test_xor_feature_transform_values():
    ex = xor_feature_example()
    np.testing.assert_array_equal(ex.W, [[1.0, -0.5], [1.0, -0.5]])     # the tutorial's W·x, transposed
    np.testing.assert_array_equal(ex.W.T, TUTORIAL5_W)
    # the tutorial's table: (0,0) 0.5/0.5, (1,1) 0.88/0.27, (0,1) and (1,0) 0.73/0.38
    expected = {(0, 0): ("0.5", "0.5"), (0, 1): ("0.73", "0.38"), (1, 0): ("0.73", "0.38"), (1, 1): ("0.88", "0.27")}
    for x, f in zip(ex.X, ex.features):
        assert tuple(f"{v:.2f}".rstrip("0") for v in f) == expected[tuple(int(v) for v in x)]
    np.testing.assert_allclose(feature_transform([[1, 1]], ex.W), [[1 / (1 + np.exp(-2)), 1 / (1 + np.exp(1))]])


def test_a_line_separates_the_xor_features():
    """A single neuron cannot learn XOR (above), but on the hidden layer's features it can."""
    ex = xor_feature_example()
    net = MLP([2, 1], ["sigmoid"], seed=0)
    trainer = Trainer(net, ex.features, ex.labels, optimizer=Adam(0.1), batch_size=None)
    for _ in range(2000):
        if trainer.step_batch().train_acc == 1.0:
            break
    np.testing.assert_array_equal(net.predict(ex.features), ex.labels)


def test_the_feature_transform_preset_network():
    """The preset the app opens (Help → Tutorials, the XOR lesson): the tutorial's hidden layer
    gives the tutorial's table to its printed digits, and its output neuron separates the features."""
    from guiapp.data.logic import load_logic
    from guiapp.engine.xor_features import xor_feature_network

    net = xor_feature_network()
    assert net.layer_sizes == [2, 2, 1] and net.activations == ["sigmoid", "sigmoid"]
    np.testing.assert_array_equal(net.params[0], TUTORIAL5_W.T)
    np.testing.assert_array_equal(net.params[1], [0.0, 0.0])
    xor = load_logic("XOR")
    hidden = net.layer_outputs(xor.X_train)[0]
    printed = {(0, 0): ("0.5", "0.5"), (0, 1): ("0.73", "0.38"), (1, 0): ("0.73", "0.38"), (1, 1): ("0.88", "0.27")}
    for x, h in zip(xor.X_train, hidden):
        assert tuple(f"{v:.2f}".rstrip("0") for v in h) == printed[tuple(int(v) for v in x)]
    out = net.forward(xor.X_train)[:, 0]
    np.testing.assert_array_equal(out > 0.5, xor.y_train.reshape(-1) == 1)
    assert np.all(np.abs(out - 0.5) >= 0.45)
