"""last_step: the Δw of an optimizer's last step, worked out afterwards, equals what the step added."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, make_optimizer
from guiapp.engine.last_update import last_step


def _flat_step(name, l1=0.0, l2=0.0, steps=3):
    """A Trainer-style flat step (one buffer, a weight mask); returns (opt, params, grads, mask, Δ)."""
    net = MLP([3, 4, 2], ["tanh", "sigmoid"], seed=1)
    rng = np.random.default_rng(0)
    opt = make_optimizer(name, 0.05, l1=l1, l2=l2)
    flat = [net.flat_params]
    mask = [net.weight_mask]
    for _ in range(steps):
        net.flat_grads[...] = rng.normal(size=net.flat_grads.shape)
        before = net.flat_params.copy()
        opt.step(flat, [net.flat_grads], mask)
    return opt, flat, [net.flat_grads], mask, net.flat_params - before


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("l1, l2", [(0.0, 0.0), (0.0, 0.01), (1e-4, 0.01)])
def test_last_step_is_what_the_step_added(name, l1, l2):
    opt, params, grads, mask, delta = _flat_step(name, l1, l2)
    got = last_step(opt, params, grads, mask)
    assert got is not None and got[0].shape == delta.shape
    np.testing.assert_allclose(got[0], delta, rtol=1e-9, atol=1e-12)


def test_per_array_layout_and_biases_unpenalised():
    net = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0)
    opt = make_optimizer("sgd", 0.5, l2=0.1)
    grads = [np.full_like(p, 0.2) for p in net.params]
    before = [p.copy() for p in net.params]
    opt.step(net.params, grads)
    got = last_step(opt, net.params, grads)
    for g, p, b in zip(got, net.params, before):
        np.testing.assert_allclose(g, p - b, rtol=1e-12, atol=1e-15)
    assert np.allclose(got[1], -0.5 * 0.2)       # a bias: −η·g, no penalty


def test_no_step_yet_gives_none():
    net = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0)
    for name in ("sgd", "momentum", "adam"):
        assert last_step(make_optimizer(name), net.params, net.grads) is None
