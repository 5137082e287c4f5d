"""Every number of a trace with its formula and the numbers put in, and the update step the
optimizer would take (issue 9: "Every number can be read with its formula")."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, SGD, Adam, Momentum, Trainer
from guiapp.engine.explain import (a_formula, delta_formula, grad_b_formula, grad_input_formula, grad_w_formula,
                                   loss_formula, loss_grad_formula, new_weight_formula, number, update_formula,
                                   z_formula)


def test_number_format():
    assert number(0.25) == "0.25" and number(-0.05) == "−0.05" and number(0.19661193) == "0.197"
    assert number(-0.0) == "0" and number(1.0) == "1"


def test_hidden_delta_reads_as_the_issue_writes_it():
    """δ = σ′(z)·Σₖ wₖ·δₖ = 0.25·(0.8·(−0.05) + (−1.2)·0.10) = −0.040 (issue 9's example)."""
    net = MLP([1, 1, 2], ["sigmoid", "linear"], seed=0)
    net.set_params([np.array([[1.0]]), np.array([0.0]), np.array([[0.8, -1.2]]), np.array([0.0, 0.0])])
    # x = 0 → z = 0, σ′(0) = 0.25, a = 0.5; outputs 0.4 and −0.6; MSE δₖ = 2(aₖ − tₖ)
    tr = net.trace([0.0], [0.4 + 0.025, -0.6 - 0.05], loss="mse")
    np.testing.assert_allclose(tr.delta[1], [-0.05, 0.10], atol=1e-12)
    f = delta_formula(tr, 0, 0)
    assert str(f) == "δ = σ′(z)·Σₖ wₖ·δₖ = 0.25·(0.8·(−0.05) + (−1.2)·0.1) = −0.04"
    assert f.value == pytest.approx(-0.04) and f.value == tr.delta[0][0]
    assert [t.index for t in f.terms] == [0, 1]
    assert [t.value for t in f.terms] == pytest.approx([0.8 * -0.05, -1.2 * 0.10])
    out = delta_formula(tr, 1, 1)
    assert str(out) == "δ = 2(a − t) = 2·(−0.6 − (−0.65)) = 0.1"
    assert out.value == pytest.approx(0.1)


@pytest.fixture
def xor_trace():
    net = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0)
    net.set_params([np.array([[0.5, -0.5], [0.25, 1.0]]), np.array([0.1, -0.2]),
                    np.array([[0.8], [-1.2]]), np.array([0.3])])
    return net.trace([1.0, 0.0], 1)


def test_every_number_of_an_xor_step_has_a_formula(xor_trace):
    tr = xor_trace
    assert str(z_formula(tr, 0, 0)) == "z = Σᵢ xᵢ·wᵢ + b = 1·0.5 + 0·0.25 + 0.1 = 0.6"
    assert str(a_formula(tr, 0, 0)) == "a = σ(z) = σ(0.6) = 0.646"
    assert str(loss_formula(tr)) == f"L = −[t·log a + (1 − t)·log(1 − a)] = −log({number(tr.output[0])}) = {number(tr.loss)}"
    assert loss_grad_formula(tr, 0).general == "(a − t) / (a·(1 − a))"
    d = delta_formula(tr, 1, 0)
    assert d.general == "a − t" and d.value == tr.delta[1][0]               # BCE + sigmoid: σ′ cancels
    h = delta_formula(tr, 0, 1)
    assert h.general == "σ′(z)·w·δ" and h.numbers.startswith(number(tr.local_grad[0][1]) + "·(−1.2)·")
    g = grad_w_formula(tr, 1, 0, 0)
    assert g.general == "aᵢ·δⱼ" and g.value == tr.grad_W[1][0, 0]
    assert grad_w_formula(tr, 0, 1, 0).numbers.startswith("0·")           # input x₂ = 0: no gradient
    assert grad_b_formula(tr, 0, 1).value == tr.grad_b[0][1]
    gi = grad_input_formula(tr, 0)
    assert gi.general == "Σⱼ wⱼ·δⱼ" and gi.value == pytest.approx(sum(t.value for t in gi.terms))


def test_the_ui_formats_the_numbers(xor_trace):
    comma = lambda v: f"{v:.2f}".replace(".", ",").replace("-", "−")   # e.g. a Russian locale
    assert str(a_formula(xor_trace, 0, 0, fmt=comma)) == "a = σ(z) = σ(0,60) = 0,65"


def test_wide_sums_show_the_largest_terms():
    net = MLP([784, 16, 10], ["relu", "softmax"], seed=0)
    x = np.zeros(784)
    x[[100, 200, 300]] = [1.0, 0.5, 0.25]
    tr = net.trace(x, 4)
    f = z_formula(tr, 0, 3, max_terms=2)
    assert f.omitted == 782 and f.numbers.count("·") == 2 and "…" in f.numbers
    assert len(f.terms) == 784 and f.value == pytest.approx(sum(t.value for t in f.terms) + tr.biases[0][3])
    kept = sorted(range(784), key=lambda i: -abs(f.terms[i].value))[:2]
    assert all(number(tr.weights[0][i, 3]).replace("−", "") in f.numbers for i in kept)
    assert str(loss_formula(tr)).startswith("L = −Σₖ tₖ·log pₖ = −log(")
    assert delta_formula(tr, 1, 4).general == "p − t"


# ---- the update step ---------------------------------------------------------------------------

def test_sgd_update_is_minus_eta_g(xor_trace):
    p = xor_trace.update(SGD(0.5))
    np.testing.assert_allclose(p.step_W[1], -0.5 * xor_trace.grad_W[1], rtol=1e-15)
    np.testing.assert_allclose(p.new_b[0], xor_trace.biases[0] - 0.5 * xor_trace.grad_b[0], rtol=1e-15)
    f = update_formula(p, 1, 0, 0)
    g = xor_trace.grad_W[1][0, 0]
    assert g < 0 and str(f) == f"Δw = −η·g = −0.5·({number(g)}) = {number(-0.5 * g)}"
    w = new_weight_formula(p, 1, 0, 0)
    assert w.general == "w + Δw" and w.value == pytest.approx(0.8 + f.value)
    assert update_formula(p, 0, None, 1).value == pytest.approx(-0.5 * xor_trace.grad_b[0][1])
    l2 = xor_trace.update(SGD(0.5, l2=0.1))
    assert update_formula(l2, 1, 0, 0).general == "−η·(g + λ₂·w)"
    assert l2.step_W[1][0, 0] == pytest.approx(-0.5 * (xor_trace.grad_W[1][0, 0] + 0.1 * 0.8))
    assert l2.step_b[1][0] == pytest.approx(-0.5 * xor_trace.grad_b[1][0])   # no penalty on biases


@pytest.mark.parametrize("penalty", [0.0, 0.01], ids=["no-penalty", "l2-penalty"])
@pytest.mark.parametrize("make", [lambda l2: Momentum(0.3, l2=l2), lambda l2: Adam(0.05, l2=l2)],
                         ids=["momentum", "adam"])
def test_preview_is_what_the_next_real_step_does(xor, make, penalty):
    """After some training (running state in the Trainer's layout) the preview equals the real
    next step, and the optimizer is unchanged by previewing."""
    X, y = xor
    net = MLP([2, 3, 1], ["tanh", "sigmoid"], seed=2)
    opt = make(penalty)
    trainer = Trainer(net, X, y, optimizer=opt, batch_size=None)
    for _ in range(5):
        trainer.step_batch()
    tr = net.trace(X[2], 1)
    state_names = ["velocity"] if isinstance(opt, Momentum) else ["m", "v"]
    before = {n: [a.copy() for a in getattr(opt, n)] for n in state_names}
    t_before = getattr(opt, "t", None)
    preview = tr.update(opt)
    for n in state_names:
        for a, b in zip(before[n], getattr(opt, n)):
            np.testing.assert_array_equal(a, b)
    assert getattr(opt, "t", None) == t_before
    # the real step, with this example's gradient, in the Trainer's own layout
    net.flat_grads[...] = np.concatenate([g.ravel() for pair in zip(tr.grad_W, tr.grad_b) for g in pair])
    opt.step([net.flat_params], [net.flat_grads], [net.weight_mask])
    for l, layer in enumerate(net.layers):
        np.testing.assert_allclose(preview.new_W[l], layer.W, rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(preview.new_b[l], layer.b, rtol=1e-13, atol=1e-15)
    f = update_formula(preview, 0, 1, 2)
    assert f.value == preview.step_W[0][1, 2]
    if isinstance(opt, Momentum):
        assert f.general.startswith("μ·v − η·")
        v_before = before["velocity"][0].ravel()[1 * 3 + 2]
        g = tr.grad_W[0][1, 2] + penalty * tr.weights[0][1, 2]
        assert f.value == pytest.approx(0.9 * v_before - 0.3 * g, rel=1e-12)
    else:
        assert f.general == "−η·m̂ / (√v̂ + ε)" and preview.t_after == t_before + 1


def test_preview_before_any_training(xor_trace):
    p = xor_trace.update(Adam(0.01))
    assert p.state_before == {} and p.t_after == 1
    # Adam's first step moves each weight by about η·sign(g)
    np.testing.assert_allclose(np.abs(p.step_W[1]), 0.01, rtol=1e-5)
    assert "√" in update_formula(p, 1, 0, 0).numbers
