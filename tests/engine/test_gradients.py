"""Backprop against finite differences, for every activation × loss pairing a student can pick.

``gradient_check`` compares each parameter array (and dL/dX) as a whole in float64. Correct
gradients give ~1e-9..1e-7 here; the "mutant" tests at the bottom show that a wrong derivative
gives 1e-2 or more, so the tolerance below really separates right from wrong.
"""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, check_all_gradients, get_loss, gradient_check, numerical_gradient, prepare_targets, relu_kinks
from guiapp.engine.activations import LeakyReLU, ReLU, Sigmoid, Softmax, Tanh
from guiapp.engine.losses import MSE, BinaryCrossEntropy

from gradient_cases import HIDDEN, OUTPUTS, kink_free_net, make_targets

TOL = 1e-6  # gradient_check's own default pass mark


@pytest.mark.parametrize("bias", [True, False], ids=["bias", "nobias"])
@pytest.mark.parametrize("out,loss,k", OUTPUTS, ids=[f"{o}+{l}-{k}" for o, l, k in OUTPUTS])
@pytest.mark.parametrize("hidden", HIDDEN)
def test_gradients_match_finite_differences(hidden, out, loss, k, bias):
    net, X, rng = kink_free_net([3, 5, 4, k], [hidden, hidden, out], bias=bias)
    Y = make_targets(loss, k, X.shape[0], rng)
    result = gradient_check(net, X, Y, loss=loss)
    assert len(result.per_param) == (6 if bias else 3)
    assert result.passed(TOL), result


@pytest.mark.parametrize("hidden", HIDDEN)
def test_deep_network_gradients(hidden):
    sizes = [3, 6, 6, 6, 6, 6, 3]  # five hidden layers
    net, X, rng = kink_free_net(sizes, [hidden] * 5 + ["softmax"], seed=10)
    result = gradient_check(net, X, rng.integers(0, 3, X.shape[0]), loss="cross_entropy")
    assert len(result.per_param) == 12
    assert result.passed(TOL), result


@pytest.mark.parametrize("hidden", HIDDEN)
def test_wide_network_gradients(hidden):
    net, X, rng = kink_free_net([3, 64, 64, 4], [hidden, hidden, "softmax"], n=5, seed=20)
    result = gradient_check(net, X, rng.integers(0, 4, X.shape[0]), loss="cross_entropy")
    assert result.passed(TOL), result


def test_uniform_init_network_gradients():
    """The tutorials' U(-1, 1) init without biases (the 3-column XOR net)."""
    net, X, rng = kink_free_net([3, 4, 1], ["sigmoid", "sigmoid"], bias=False, init="uniform")
    result = gradient_check(net, X, rng.integers(0, 2, X.shape[0]), loss="mse")
    assert result.passed(TOL), result


def test_gradient_check_leaves_the_network_alone():
    net, X, rng = kink_free_net([3, 5, 2], ["tanh", "softmax"])
    net32 = net.clone(dtype=np.float32)
    before, before32 = net.copy_params(), net32.copy_params()
    gradient_check(net, X, rng.integers(0, 2, X.shape[0]))
    result = gradient_check(net32, X, rng.integers(0, 2, X.shape[0]))  # checked in float64 anyway
    assert result.passed(TOL)
    assert all(np.array_equal(a, b) for a, b in zip(before, net.params))
    assert all(np.array_equal(a, b) for a, b in zip(before32, net32.params))
    assert net32.dtype == np.float32


# ---- fused output layers: backward_from_logits(loss.grad_logits) == backward(loss.grad) -------

FUSED = [("sigmoid", "bce", 1), ("sigmoid", "bce", 3), ("softmax", "cross_entropy", 4)]


@pytest.mark.parametrize("out,loss,k", FUSED, ids=[f"{o}+{l}-{k}" for o, l, k in FUSED])
@pytest.mark.parametrize("hidden", ["tanh", "relu"])
def test_fused_path_equals_general_chain_rule(hidden, out, loss, k):
    net, X, rng = kink_free_net([3, 6, k], [hidden, out], n=9)
    loss_fn = get_loss(loss)
    assert loss_fn.fused_activation == out
    T = prepare_targets(make_targets(loss, k, X.shape[0], rng), k, np.float64)

    y = net.forward(X)
    dX_general = net.backward(loss_fn.grad(y, T))
    general = [g.copy() for g in net.grads]
    net.flat_grads[...] = np.nan  # make sure the second pass writes every gradient

    y2 = net.forward(X)
    dX_fused = net.backward_from_logits(loss_fn.grad_logits(y2, T))
    for g_general, g_fused in zip(general, net.grads):
        np.testing.assert_allclose(g_fused, g_general, rtol=1e-9, atol=1e-14)
    np.testing.assert_allclose(dX_fused, dX_general, rtol=1e-9, atol=1e-14)
    # ... and the fused gradient is itself right (not just equal to another one).
    assert gradient_check(net, X, T, loss=loss).passed(TOL)


def test_need_input_grad_false_skips_dx_but_fills_grads():
    net, X, rng = kink_free_net([3, 5, 2], ["relu", "softmax"])
    T = prepare_targets(rng.integers(0, 2, X.shape[0]), 2, np.float64)
    loss = get_loss("cross_entropy")
    net.backward_from_logits(loss.grad_logits(net.forward(X), T))
    expected = net.flat_grads.copy()
    net.flat_grads[...] = 0
    assert net.backward_from_logits(loss.grad_logits(net.forward(X), T), need_input_grad=False) is None
    np.testing.assert_array_equal(net.flat_grads, expected)
    net.flat_grads[...] = 0
    assert net.backward(loss.grad(net.forward(X), T), need_input_grad=False) is None
    np.testing.assert_allclose(net.flat_grads, expected, rtol=1e-9, atol=1e-14)


# ---- the checker itself --------------------------------------------------------------------

def test_numerical_gradient_of_a_known_function():
    x = np.array([[0.5, -1.0], [2.0, 3.0]])
    grad = numerical_gradient(lambda: float((x ** 3).sum()), x)
    np.testing.assert_allclose(grad, 3 * x ** 2, rtol=1e-8)
    np.testing.assert_array_equal(x, [[0.5, -1.0], [2.0, 3.0]])  # restored


class _SigmoidForgetsChainRule(Sigmoid):
    def backward(self, z, a, grad_a):
        return a * (1.0 - a)


class _TanhWrongSign(Tanh):
    def backward(self, z, a, grad_a):
        return grad_a * (1.0 + a * a)


class _ReLUBackwards(ReLU):
    def backward(self, z, a, grad_a):
        return grad_a * (z < 0)


class _LeakyWrongSlope(LeakyReLU):
    def backward(self, z, a, grad_a):
        return grad_a * np.where(z > 0, 1.0, 2 * self.slope)


class _SoftmaxDiagonalOnly(Softmax):
    def backward(self, z, a, grad_a):
        return grad_a * a * (1.0 - a)


class _MSEWithoutTwo(MSE):
    def grad(self, y, t):
        return (y - t) / y.shape[0]


class _BCENotAveraged(BinaryCrossEntropy):
    def grad(self, y, t):
        return super().grad(y, t) * y.shape[0]


MUTANTS = {
    "sigmoid-forgets-chain-rule": ([_SigmoidForgetsChainRule(), "linear"], "mse"),
    "tanh-wrong-sign": ([_TanhWrongSign(), "linear"], "mse"),
    "relu-backwards": ([_ReLUBackwards(), "linear"], "mse"),
    "leaky-wrong-slope": ([_LeakyWrongSlope(), "linear"], "mse"),
    "softmax-diagonal-only": (["tanh", _SoftmaxDiagonalOnly()], "mse"),
    "mse-without-2": (["tanh", "linear"], _MSEWithoutTwo()),
    "bce-not-averaged": (["tanh", "sigmoid"], _BCENotAveraged()),
}


@pytest.mark.parametrize("name", list(MUTANTS))
def test_gradient_check_catches_a_wrong_derivative(name):
    acts, loss = MUTANTS[name]
    k = 1 if name.startswith("bce") else 3
    net, X, rng = kink_free_net([3, 6, k], acts, n=8)
    if name.startswith("leaky"):
        # make sure some pre-activations are negative, where the slope matters
        assert (net.layers[0].z < 0).any()
    loss_name = loss if isinstance(loss, str) else loss.name
    Y = make_targets("bce" if loss_name == "bce" else ("mse" if k == 3 else loss_name), k, X.shape[0], rng)
    result = gradient_check(net, X, Y, loss=loss)
    assert not result.passed(TOL)
    assert max(result.max_rel_error, result.input_rel_error) > 1e-3, result



# ---- "Check all gradients": every entry, per layer, with progress and cancel (issue 9) ----------

@pytest.mark.parametrize("out,loss,k", OUTPUTS, ids=[f"{o}+{l}-{k}" for o, l, k in OUTPUTS])
@pytest.mark.parametrize("hidden", ["sigmoid", "tanh"])
def test_check_all_is_below_1e7_for_smooth_activations(hidden, out, loss, k):
    net, X, rng = kink_free_net([3, 5, 4, k], [hidden, hidden, out], n=4)
    Y = make_targets(loss, k, X.shape[0], rng)
    calls = []
    report = check_all_gradients(net, X, Y, loss=loss, progress=lambda done, total: calls.append((done, total)))
    assert not report.cancelled and report.checked == report.total == net.num_params
    assert [layer.layer for layer in report.layers] == [0, 1, 2]
    assert report.passed(1e-7), report
    assert all(layer.kink_entries == 0 and not layer.downstream_kink for layer in report.layers)
    assert calls[-1] == (net.num_params, net.num_params)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_check_all_finds_a_wrong_derivative():
    net, X, rng = kink_free_net([3, 6, 2], [_TanhWrongSign(), "softmax"], n=5)
    report = check_all_gradients(net, X, rng.integers(0, 2, 5))
    assert report.layers[0].rel_error > 1e-3        # the broken layer ...
    assert report.layers[1].rel_error < 1e-7        # ... and the one after it is still right
    assert not report.passed()


def test_check_all_can_be_cancelled():
    import threading
    net, X, rng = kink_free_net([3, 8, 8, 2], ["tanh", "tanh", "softmax"], n=3)
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 40:            # within the first layer (3·8 + 8 = 32 entries) → the second
            cancel.set()

    report = check_all_gradients(net, X, rng.integers(0, 2, 3), progress=progress, cancel=cancel)
    assert report.cancelled and not report.passed()
    assert 40 <= report.checked < report.total == net.num_params
    assert [layer.layer for layer in report.layers] == [0]      # only finished layers are listed
    cancel.set()
    assert check_all_gradients(net, X, rng.integers(0, 2, 3), cancel=cancel).checked == 0


def test_check_all_leaves_the_network_alone():
    net, X, rng = kink_free_net([3, 4, 2], ["relu", "softmax"], n=3)
    net.forward(X)
    params, grads, z = net.flat_params.copy(), net.flat_grads.copy(), net.layers[0].z
    check_all_gradients(net, X, rng.integers(0, 2, 3))
    np.testing.assert_array_equal(net.flat_params, params)
    np.testing.assert_array_equal(net.flat_grads, grads)
    assert net.layers[0].z is z


def test_relu_kink_entries_are_marked_and_explain_the_disagreement():
    """A ReLU with z = h/2: the finite difference straddles the kink and gets half the slope."""
    h = 1e-5
    net = MLP([2, 2, 1], ["relu", "linear"], seed=0)
    net.set_params([np.array([[h / 2, 1.0], [0.0, 1.0]]), np.array([0.0, 0.3]),
                    np.array([[1.0], [1.0]]), np.array([0.0])])
    X = np.array([[1.0, 2.0]])          # neuron 0: z = h/2 (on the kink); neuron 1: z = 3.3
    Y = np.array([[-1.0]])
    masks = relu_kinks(net, X, h)
    assert masks[0].neurons.tolist() == [True, False]
    assert masks[0].W.tolist() == [[True, False], [True, False]]   # |z| ≤ h·|x_i| for both inputs
    assert masks[0].b.tolist() == [True, False]
    assert not masks[0].downstream and not masks[1].W.any()          # the linear layer has no kink
    report = check_all_gradients(net, X, Y, loss="mse", eps=h)
    first = report.layers[0]
    assert first.kink_entries == 3 and first.worst.on_kink              # W[0, 0], W[1, 0] and b[0]
    assert first.worst.index[-1] == 0                                   # the entry that disagrees feeds neuron 0
    assert first.worst.rel_error > 0.1                                  # the finite difference saw half a slope
    assert report.layers[1].rel_error < 1e-7
    # the same network off the kink agrees
    net.layers[0].b[0] = 0.5
    assert check_all_gradients(net, X, Y, loss="mse", eps=h).passed()
    assert not relu_kinks(net, X, h)[0].neurons.any()


def test_a_later_relu_on_its_kink_is_reported_downstream():
    net = MLP([1, 1, 1, 1], ["tanh", "relu", "linear"], seed=0)
    net.set_params([np.array([[1.0]]), np.array([0.0]), np.array([[1.0]]), np.array([-np.tanh(0.5)]),
                    np.array([[1.0]]), np.array([0.0])])
    masks = relu_kinks(net, np.array([[0.5]]), 1e-5)
    assert masks[0].downstream and not masks[0].W.any()
    assert masks[1].neurons.tolist() == [True] and not masks[1].downstream
