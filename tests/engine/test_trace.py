"""MLP.trace: one example's forward and backward pass, every number kept (issue 9).

Checked against a hand computation (2-2-1), against the batched ``backward`` for random networks of
every activation and loss, and against PyTorch autograd in float64 where torch is installed.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from guiapp.engine import MLP, SGD, OutputMismatch, TraceInputError, check_bias, check_weight, get_loss, prepare_targets

from gradient_cases import HIDDEN, OUTPUTS, kink_free_net


def sig(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v))


@pytest.fixture
def net221():
    """2-2-1 sigmoid network with weights chosen for a hand computation."""
    net = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0)
    net.set_params([np.array([[0.5, -0.5], [0.25, 1.0]]), np.array([0.1, -0.2]),
                    np.array([[0.8], [-1.2]]), np.array([0.3])])
    return net


@pytest.mark.parametrize("loss", ["mse", "bce"])
def test_trace_of_221_equals_a_hand_computation(net221, loss):
    x1, x2, t = 1.0, 0.0, 1.0   # XOR row (1, 0), target 1
    # forward, neuron by neuron
    z1 = [x1 * 0.5 + x2 * 0.25 + 0.1, x1 * -0.5 + x2 * 1.0 - 0.2]       # 0.6, -0.7
    h = [sig(z1[0]), sig(z1[1])]
    z2 = h[0] * 0.8 + h[1] * -1.2 + 0.3
    y = sig(z2)
    if loss == "mse":
        L = (y - t) ** 2
        dL_dy = 2 * (y - t)
        d2 = dL_dy * y * (1 - y)                  # δ = dL/da · σ′(z)
    else:
        L = -(t * math.log(y) + (1 - t) * math.log(1 - y))
        dL_dy = (y - t) / (y * (1 - y))
        d2 = y - t                                # σ′ cancels: δ = a − t
    # backward: a hidden neuron's δ is σ′(z) times the gradient coming back along its one link
    d1 = [h[0] * (1 - h[0]) * 0.8 * d2, h[1] * (1 - h[1]) * -1.2 * d2]
    tr = net221.trace([x1, x2], 1, loss=loss)
    assert tr.loss_name == loss and tr.label == 1
    np.testing.assert_allclose(tr.z[0], z1, rtol=1e-14)
    np.testing.assert_allclose(tr.a[0], h, rtol=1e-14)
    np.testing.assert_allclose(tr.z[1], [z2], rtol=1e-14)
    np.testing.assert_allclose(tr.output, [y], rtol=1e-14)
    assert tr.loss == pytest.approx(L, rel=1e-13)
    np.testing.assert_allclose(tr.loss_grad, [dL_dy], rtol=1e-13)
    np.testing.assert_allclose(tr.delta[1], [d2], rtol=1e-13)
    np.testing.assert_allclose(tr.delta[0], d1, rtol=1e-13)
    np.testing.assert_allclose(tr.grad_W[1], [[h[0] * d2], [h[1] * d2]], rtol=1e-13)
    np.testing.assert_allclose(tr.grad_b[1], [d2], rtol=1e-13)
    np.testing.assert_allclose(tr.grad_W[0], [[x1 * d1[0], x1 * d1[1]], [x2 * d1[0], x2 * d1[1]]], rtol=1e-13)
    np.testing.assert_allclose(tr.grad_b[0], d1, rtol=1e-13)
    np.testing.assert_allclose(tr.grad_input, [0.5 * d1[0] - 0.5 * d1[1], 0.25 * d1[0] + 1.0 * d1[1]], rtol=1e-13)
    np.testing.assert_allclose(tr.local_grad[0], [h[0] * (1 - h[0]), h[1] * (1 - h[1])], rtol=1e-14)
    # the fan-out terms: row j holds w_jk·δ_k, and δ_j = σ′(z_j) · Σ_k of them
    terms = tr.fanout_terms(0)
    assert terms.shape == (2, 1)
    np.testing.assert_allclose(terms[:, 0], [0.8 * d2, -1.2 * d2], rtol=1e-13)
    np.testing.assert_allclose(tr.grad_a[0], terms.sum(axis=1), rtol=1e-14)
    assert tr.fused == (loss == "bce")


def test_default_loss_and_targets(net221):
    assert net221.trace([0, 1], 0).loss_name == "bce"         # one sigmoid output → BCE
    soft = MLP([2, 3, 3], ["tanh", "softmax"], seed=1)
    tr = soft.trace([0.2, -0.4], 2)
    assert tr.loss_name == "cross_entropy"
    np.testing.assert_array_equal(tr.target, [0, 0, 1])
    np.testing.assert_allclose(tr.delta[-1], tr.output - tr.target, rtol=1e-15)   # p − t
    vec = soft.trace([0.2, -0.4], [0.2, 0.3, 0.5])
    assert vec.label is None and vec.target.tolist() == [0.2, 0.3, 0.5]
    reg = MLP([2, 2], ["linear"], seed=1)
    assert reg.trace([1, 2], [0.5, -0.5]).loss_name == "mse"


def test_bad_examples_are_user_errors(net221):
    with pytest.raises(TraceInputError) as err:
        net221.trace([1, 2, 3], 1)
    assert err.value.code == "trace_input_size" and err.value.details == {"expected": 2, "got": 3}
    for bad in (2, 0.5, [1, 0]):
        with pytest.raises(TraceInputError) as err:
            net221.trace([1, 0], bad)
        assert err.value.code == "trace_target"
    with pytest.raises(OutputMismatch):
        net221.trace([1, 0], 1, loss="cross_entropy")


def test_trace_leaves_the_network_alone(net221):
    X = np.array([[0.0, 1.0], [1.0, 1.0]])
    net221.forward(X)
    net221.backward(np.ones((2, 1)))
    caches = [(layer.x, layer.z, layer.a) for layer in net221.layers]
    copies = [(layer.x.copy(), layer.z.copy(), layer.a.copy()) for layer in net221.layers]
    params, grads = net221.flat_params.copy(), net221.flat_grads.copy()
    tr = net221.trace([1.0, 0.0], 1)
    tr.check_weight(0, 1, 1, 1e-4)
    tr.update(SGD(0.5))
    np.testing.assert_array_equal(net221.flat_params, params)
    np.testing.assert_array_equal(net221.flat_grads, grads)
    for layer, (x, z, a), (xc, zc, ac) in zip(net221.layers, caches, copies):
        assert layer.x is x and layer.z is z and layer.a is a
        np.testing.assert_array_equal(layer.z, zc)
        np.testing.assert_array_equal(layer.a, ac)
    # the trace holds copies: training later does not change what it shows
    net221.flat_params[...] += 1.0
    assert not np.shares_memory(tr.weights[0], net221.layers[0].W)
    assert tr.weights[0][0, 0] == 0.5


def _single_example_backward(net, x, t, loss):
    """What training computes for a batch of this one example: grads and dL/dX."""
    loss_fn = get_loss(loss)
    T = prepare_targets(np.array([t]) if np.ndim(t) == 0 else np.asarray(t)[None, :], net.n_outputs, np.float64)
    y = net.forward(np.asarray(x)[None, :])
    dX = net.backward(loss_fn.grad(y, T))
    return [g.copy() for g in net.grads], dX[0], loss_fn.value(y, T)


@pytest.mark.parametrize("bias", [True, False], ids=["bias", "nobias"])
@pytest.mark.parametrize("out,loss,k", OUTPUTS, ids=[f"{o}+{l}-{k}" for o, l, k in OUTPUTS])
@pytest.mark.parametrize("hidden", HIDDEN)
def test_trace_equals_batched_backward(hidden, out, loss, k, bias):
    net, X, rng = kink_free_net([3, 5, 4, k], [hidden, hidden, out], bias=bias, n=1)
    x = X[0]
    if loss == "cross_entropy" or (loss == "mse" and out == "softmax"):
        t = int(rng.integers(0, k))
    elif loss == "bce":
        t = rng.integers(0, 2, k).astype(float) if k > 1 else int(rng.integers(0, 2))
    else:
        t = rng.uniform(-0.9, 0.9, k)
    tr = net.trace(x, t, loss=loss)
    grads, dX, value = _single_example_backward(net, x, t, loss)
    per = 2 if bias else 1
    assert tr.loss == pytest.approx(value, rel=1e-12)
    for l in range(3):
        np.testing.assert_allclose(tr.grad_W[l], grads[per * l], rtol=1e-9, atol=1e-15)
        if bias:
            np.testing.assert_allclose(tr.grad_b[l], grads[per * l + 1], rtol=1e-9, atol=1e-15)
        else:
            assert tr.grad_b[l] is None
    np.testing.assert_allclose(tr.grad_input, dX, rtol=1e-9, atol=1e-15)
    # every δ is dL/da · f′(z) (hidden: the fan-out sum) — the pieces the view shows add up
    for l in range(2):
        np.testing.assert_allclose(tr.grad_a[l], tr.fanout_terms(l).sum(axis=1), rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(tr.delta[l], tr.local_grad[l] * tr.grad_a[l], rtol=1e-12, atol=1e-15)
    assert [w.shape for w in tr.weights] == [(3, 5), (5, 4), (4, k)]
    assert [d.shape for d in tr.delta] == [(5,), (4,), (k,)]


def test_float32_network_is_traced_in_float64():
    net, X, rng = kink_free_net([4, 6, 3], ["tanh", "softmax"], n=1)
    net32 = net.clone(dtype=np.float32)
    tr = net32.trace(X[0], 1)
    assert all(a.dtype == np.float64 for a in (*tr.z, *tr.delta, *tr.grad_W, tr.grad_input))
    ref = net32.clone(dtype=np.float64).trace(X[0], 1)
    np.testing.assert_array_equal(tr.grad_W[0], ref.grad_W[0])


# ---- the numerical check of one weight -------------------------------------------------------

def test_one_weight_numerical_check(net221):
    tr = net221.trace([1.0, 0.0], 1, loss="mse")
    c = check_weight(net221, [1.0, 0.0], 1, 1, 0, 0, h=1e-4, loss="mse")
    assert (c.layer, c.param, c.i, c.j, c.h) == (1, "W", 0, 0, 1e-4)
    assert c.w == 0.8 and c.backprop == tr.grad_W[1][0, 0]
    # the quotient is computed from the two losses, and the losses are real ones
    assert c.numerical == (c.loss_plus - c.loss_minus) / (2e-4)
    w_plus = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0)
    params = net221.copy_params()
    params[2][0, 0] += 1e-4
    w_plus.set_params(params)
    assert c.loss_plus == pytest.approx(w_plus.trace([1.0, 0.0], 1, loss="mse").loss, rel=1e-14)
    assert c.rel_error < 1e-7 and c.abs_error < 1e-10
    b = check_bias(net221, [1.0, 0.0], 1, 0, 1, h=1e-5)
    assert b.param == "b" and b.i is None and b.w == -0.2
    assert b.rel_error < 1e-8
    # h chosen by the caller: a larger h is a worse estimate (error O(h²)) but still close
    rough = tr.check_weight(0, 0, 0, h=0.1)
    assert 1e-7 < rough.rel_error < 1e-2
    with pytest.raises(IndexError):
        tr.check_weight(0, 2, 0)
    with pytest.raises(ValueError):
        tr.check_weight(0, 0, 0, h=0)


def test_numerical_check_agrees_for_every_parameter_of_a_deep_net():
    net, X, rng = kink_free_net([3, 4, 4, 2], ["tanh", "sigmoid", "softmax"], n=1)
    tr = net.trace(X[0], 1)
    for l, W in enumerate(tr.weights):
        for i in range(W.shape[0]):
            for j in range(W.shape[1]):
                assert tr.check_weight(l, i, j, 1e-5).abs_error < 1e-9
            assert tr.check_bias(l, j, 1e-5).abs_error < 1e-9


# ---- PyTorch autograd, float64 -------------------------------------------------------------------

def _torch_reference(torch, tr, loss):
    """Autograd of the same network and example; returns numpy arrays by name."""
    f64 = torch.float64
    x = torch.tensor(tr.x, dtype=f64, requires_grad=True)
    Ws = [torch.tensor(W, dtype=f64, requires_grad=True) for W in tr.weights]
    bs = [None if b is None else torch.tensor(b, dtype=f64, requires_grad=True) for b in tr.biases]
    fns = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu, "linear": lambda z: z,
           "leaky_relu": lambda z: torch.nn.functional.leaky_relu(z, 0.01),
           "softmax": lambda z: torch.softmax(z, dim=0)}
    a, zs, outs = x, [], []
    for W, b, act in zip(Ws, bs, tr.activations):
        z = a @ W + (b if b is not None else 0)
        z.retain_grad()
        a = fns[act](z)
        a.retain_grad()
        zs.append(z)
        outs.append(a)
    t = torch.tensor(tr.target, dtype=f64)
    if loss == "mse":
        L = ((a - t) ** 2).sum()
    elif loss == "bce":
        L = -(t * torch.log(a) + (1 - t) * torch.log(1 - a)).sum()
    else:
        L = -(t * torch.log(a)).sum()
    L.backward()
    return {"loss": L.item(), "z": [z.detach().numpy() for z in zs], "a": [o.detach().numpy() for o in outs],
            "loss_grad": a.grad.numpy(), "delta": [z.grad.numpy() for z in zs],
            "grad_a": [o.grad.numpy() for o in outs],
            "grad_W": [W.grad.numpy() for W in Ws], "grad_b": [None if b is None else b.grad.numpy() for b in bs],
            "grad_input": x.grad.numpy()}


@pytest.mark.parametrize("out,loss,k", OUTPUTS, ids=[f"{o}+{l}-{k}" for o, l, k in OUTPUTS])
@pytest.mark.parametrize("hidden", HIDDEN)
def test_trace_equals_pytorch_autograd(hidden, out, loss, k):
    torch = pytest.importorskip(
        "torch", reason="PyTorch is not installed (optional: .venv/bin/pip install torch==2.13.0); "
                        "the app never needs it, only this cross-check does")
    net, X, rng = kink_free_net([3, 5, 4, k], [hidden, hidden, out], n=1, seed=3)
    if loss == "cross_entropy" or (loss == "mse" and out == "softmax"):
        t = int(rng.integers(0, k))
    elif loss == "bce":
        t = rng.integers(0, 2, k).astype(float) if k > 1 else int(rng.integers(0, 2))
    else:
        t = rng.uniform(-0.9, 0.9, k)
    tr = net.trace(X[0], t, loss=loss)
    ref = _torch_reference(torch, tr, loss)
    tol = dict(rtol=1e-10, atol=1e-10)
    assert tr.loss == pytest.approx(ref["loss"], **{"rel": 1e-10, "abs": 1e-10})
    np.testing.assert_allclose(tr.loss_grad, ref["loss_grad"], **tol)
    for l in range(3):
        np.testing.assert_allclose(tr.z[l], ref["z"][l], **tol)
        np.testing.assert_allclose(tr.a[l], ref["a"][l], **tol)
        np.testing.assert_allclose(tr.delta[l], ref["delta"][l], **tol)
        np.testing.assert_allclose(tr.grad_a[l], ref["grad_a"][l], **tol)
        np.testing.assert_allclose(tr.grad_W[l], ref["grad_W"][l], **tol)
        np.testing.assert_allclose(tr.grad_b[l], ref["grad_b"][l], **tol)
    np.testing.assert_allclose(tr.grad_input, ref["grad_input"], **tol)


# ---- helpers a view of a wide layer needs ------------------------------------------------------

def test_top_neurons_and_links_of_a_wide_layer():
    net = MLP([784, 64, 10], ["relu", "softmax"], seed=0)
    x = np.random.default_rng(0).random(784)
    tr = net.trace(x, 7)
    top = tr.top_neurons(0, 5)
    assert len(top) == 5 and list(top) == sorted(top)
    assert np.abs(tr.delta[0][top]).min() >= np.sort(np.abs(tr.delta[0]))[-5]
    links = tr.top_links(1, 3)
    sizes = [abs(tr.grad_W[1][i, j]) for i, j in links]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == np.abs(tr.grad_W[1]).max()
    assert tr.grad_input.shape == (784,)       # drawn as a 28×28 image by the view
    np.testing.assert_allclose(tr.input_terms().sum(axis=1), tr.grad_input, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(tr.output_jacobian() @ tr.loss_grad, tr.delta[-1], rtol=1e-9, atol=1e-12)
    assert tr.loss_terms().sum() == pytest.approx(tr.loss)
