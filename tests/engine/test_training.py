"""Trainer and optimizers: reproducibility, dtypes, learning rate, SGD/momentum/Adam, L1/L2."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from guiapp.engine import MLP, SGD, Adam, Momentum, Trainer, make_optimizer, train


def _run(blobs, *, net_seed=0, train_seed=0, dtype=np.float64, optimizer=None, epochs=3):
    X, y = blobs
    net = MLP([2, 8, 3], ["tanh", "softmax"], seed=net_seed, dtype=dtype)
    trainer = Trainer(net, X, y, batch_size=16, shuffle=True, seed=train_seed,
                      optimizer=optimizer or Momentum(0.1))
    results = list(trainer.run(epochs))
    return net, trainer, results


# ---- reproducibility ------------------------------------------------------------------------

def test_same_seed_reproduces_a_run_bit_for_bit(blobs):
    a, _, ra = _run(blobs)
    b, _, rb = _run(blobs)
    np.testing.assert_array_equal(a.flat_params, b.flat_params)
    assert [r.train_loss for r in ra] == [r.train_loss for r in rb]


def test_same_seed_reproduces_in_float32_with_adam(blobs):
    a, _, _ = _run(blobs, dtype=np.float32, optimizer=Adam(0.01))
    b, _, _ = _run(blobs, dtype=np.float32, optimizer=Adam(0.01))
    np.testing.assert_array_equal(a.flat_params, b.flat_params)


def test_different_seeds_differ(blobs):
    base, _, _ = _run(blobs)
    other_init, _, _ = _run(blobs, net_seed=1)
    other_order, _, _ = _run(blobs, train_seed=1)  # same start, another shuffling order
    assert not np.array_equal(MLP([2, 8, 3], ["tanh", "softmax"], seed=0).flat_params,
                              MLP([2, 8, 3], ["tanh", "softmax"], seed=1).flat_params)
    assert not np.array_equal(base.flat_params, other_init.flat_params)
    assert not np.array_equal(base.flat_params, other_order.flat_params)


def test_rng_argument_is_used_instead_of_seed():
    a = MLP([3, 4, 2], ["relu", "softmax"], rng=np.random.default_rng(5), seed=99)
    b = MLP([3, 4, 2], ["relu", "softmax"], seed=5)
    np.testing.assert_array_equal(a.flat_params, b.flat_params)


def test_without_shuffling_the_seed_does_not_matter(blobs):
    X, y = blobs
    nets = []
    for seed in (0, 1):
        net = MLP([2, 8, 3], ["tanh", "softmax"], seed=0)
        list(train(net, X, y, epochs=2, batch_size=16, shuffle=False, seed=seed, learning_rate=0.1))
        nets.append(net)
    np.testing.assert_array_equal(nets[0].flat_params, nets[1].flat_params)


# ---- dtypes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("opt", ["sgd", "momentum", "adam"])
def test_float32_network_stays_float32(blobs, opt):
    X, y = blobs  # float64 data on purpose
    net, trainer, results = _run(blobs, dtype=np.float32, optimizer=make_optimizer(opt, 0.05, l2=1e-3))
    assert net.dtype == np.float32
    assert net.flat_params.dtype == net.flat_grads.dtype == np.float32
    assert all(p.dtype == np.float32 for p in net.params + net.grads)
    assert net.forward(X).dtype == np.float32
    assert net.predict_proba(X).dtype == np.float32
    assert all(a.dtype == np.float32 for a in net.layer_outputs(X))
    assert trainer.X.dtype == trainer.Y.dtype == np.float32
    state = getattr(trainer.optimizer, "velocity", None) or getattr(trainer.optimizer, "m", None) or []
    assert all(s.dtype == np.float32 for s in state)
    # the views are still views: training did not replace the buffers
    assert all(np.shares_memory(p, net.flat_params) for p in net.params)
    assert results[-1].train_loss < results[0].train_loss


def test_adam_computes_in_float32_for_a_float32_network():
    """A NumPy float64 scalar in the update would silently compute in float64 (slower, and
    rounded differently): the result must equal the same formula done in float32."""
    rng = np.random.default_rng(0)
    p = rng.normal(size=50).astype(np.float32)
    g = rng.normal(size=50).astype(np.float32)
    opt = Adam(0.01)
    expected = p.copy()
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    for t in (1, 2, 3):
        opt.step([p], [g])
        m *= 0.9
        m += (1 - 0.9) * g
        v *= 0.999
        v += (1 - 0.999) * (g * g)
        step = 0.01 * (1 - 0.999 ** t) ** 0.5 / (1 - 0.9 ** t)
        expected -= step * m / (np.sqrt(v) + 1e-8)
        assert p.dtype == np.float32
        np.testing.assert_array_equal(p, expected)


def test_float64_clone_of_a_float32_network():
    net = MLP([3, 4, 2], ["relu", "softmax"], seed=0, dtype=np.float32)
    for dtype in (np.float64, np.dtype("float64"), "float64"):
        clone = net.clone(dtype=dtype)
        assert clone.dtype == np.float64
        np.testing.assert_array_equal(clone.flat_params, net.flat_params.astype(np.float64))
    same = net.clone()
    assert same.dtype == np.float32 and same.flat_params is not net.flat_params
    same.flat_params[0] += 1
    assert same.flat_params[0] != net.flat_params[0]


# ---- learning rate ----------------------------------------------------------------------------

def test_learning_rate_changes_between_steps(blobs):
    X, y = blobs
    net = MLP([2, 8, 3], ["tanh", "softmax"], seed=0)
    trainer = Trainer(net, X, y, batch_size=20, learning_rate=0.5, shuffle=False)
    for lr in (0.5, 0.01, 2.0):
        trainer.learning_rate = lr
        assert trainer.learning_rate == lr == trainer.optimizer.learning_rate
        before = net.flat_params.copy()
        trainer.step_batch()
        np.testing.assert_allclose(before - net.flat_params, lr * net.flat_grads, rtol=1e-12, atol=1e-15)
    for bad in (0, -0.1, float("nan")):
        with pytest.raises(ValueError, match="learning rate must be positive"):
            trainer.learning_rate = bad
    assert trainer.learning_rate == 2.0


def test_trainer_counters(blobs):
    X, y = blobs  # 120 samples
    trainer = Trainer(MLP([2, 4, 3], ["tanh", "softmax"], seed=0), X, y, batch_size=50)
    assert trainer.n_batches == 3
    assert trainer.step_batch() is None and trainer.batch == 1 and trainer.steps == 1 and trainer.epoch == 0
    assert trainer.step_batch() is None
    result = trainer.step_batch()  # the last, short batch of 20 ends the epoch
    assert result is not None and result.epoch == 1 and result.steps == 3
    assert (trainer.epoch, trainer.batch, trainer.steps) == (1, 0, 3)
    result = trainer.run_epoch()
    assert (result.epoch, trainer.epoch, trainer.steps) == (2, 2, 6)


# ---- optimizers and penalties ------------------------------------------------------------------

@pytest.mark.parametrize("optimizer", [SGD(0.1), Momentum(0.05, momentum=0.9), Adam(0.01)],
                         ids=["sgd", "momentum", "adam"])
def test_each_optimizer_reduces_the_loss(blobs, optimizer):
    X, y = blobs
    net = MLP([2, 8, 3], ["tanh", "softmax"], seed=0)
    trainer = Trainer(net, X, y, batch_size=16, seed=0, optimizer=optimizer)
    start_loss, _ = trainer.evaluate(X, y)
    results = list(trainer.run(10))
    end_loss, end_acc = trainer.evaluate(X, y)
    assert end_loss < 0.5 * start_loss, (start_loss, end_loss)
    assert end_acc > 0.9
    assert results[-1].train_loss < results[0].train_loss


def test_make_optimizer_by_name():
    assert isinstance(make_optimizer("sgd", 0.1), SGD)
    m = make_optimizer("momentum", 0.1, momentum=0.5, l2=0.01)
    assert isinstance(m, Momentum) and m.momentum == 0.5 and m.l2 == 0.01
    assert isinstance(make_optimizer("adam", 0.001), Adam)
    with pytest.raises(ValueError, match="unknown optimizer 'rmsprop'"):
        make_optimizer("rmsprop", 0.1)


def _trained_weights(X, y, **penalty):
    net = MLP([2, 16, 3], ["tanh", "softmax"], seed=0)
    list(train(net, X, y, epochs=40, batch_size=16, seed=0, optimizer=SGD(0.1, **penalty)))
    return net


def test_l2_shrinks_weights(blobs):
    X, y = blobs
    plain = _trained_weights(X, y)
    l2 = _trained_weights(X, y, l2=0.05)
    for W_plain, W_l2 in zip(plain.params[::2], l2.params[::2]):
        assert np.linalg.norm(W_l2) < 0.8 * np.linalg.norm(W_plain)


def test_l1_makes_weights_sparser(blobs):
    X, y = blobs
    plain = _trained_weights(X, y)
    l1 = _trained_weights(X, y, l1=0.02)
    # SGD with an L1 term leaves unneeded weights jittering within about lr·λ₁ of zero
    small = lambda net: np.mean(np.abs(np.concatenate([W.ravel() for W in net.params[::2]])) < 0.01)  # noqa: E731
    assert small(plain) < 0.1 and small(l1) > 0.3, (small(plain), small(l1))
    assert (l1.predict(X) == y).mean() > 0.95  # still solves the problem with the weights it kept


@pytest.mark.parametrize("cls", [SGD, Momentum, Adam])
def test_penalties_touch_weights_not_biases(cls):
    net = MLP([3, 4, 2], ["tanh", "linear"], seed=0)
    for b in net.params[1::2]:
        b[...] = 1.0
    before = net.copy_params()
    opt = cls(0.1, l1=0.01, l2=0.1)
    zero_grads = [np.zeros_like(p) for p in net.params]
    opt.step(net.params, zero_grads)  # only the penalty pushes
    for i, (old, new) in enumerate(zip(before, net.params)):
        if i % 2 == 0:  # weight matrix: pulled towards zero
            assert np.all(np.abs(new) < np.abs(old))
        else:  # bias: untouched
            np.testing.assert_array_equal(new, old)


def test_penalty_value():
    net = MLP([2, 2, 1], ["linear", "linear"], seed=0)
    net.set_params([np.array([[1.0, -2.0], [0.0, 3.0]]), np.array([5.0, 5.0]),
                    np.array([[-1.0], [1.0]]), np.array([7.0])])
    opt = SGD(0.1, l1=0.5, l2=0.2)
    # L1: 0.5 · (6 + 2) = 4;  L2: 0.1 · (14 + 2) = 1.6; biases excluded
    assert opt.penalty(net.params) == pytest.approx(5.6)


def test_penalised_training_matches_the_formula_on_weights_not_biases(blobs):
    X, y = blobs
    net = MLP([2, 4, 3], ["tanh", "softmax"], seed=0)
    trainer = Trainer(net, X, y, batch_size=None, optimizer=SGD(0.2, l1=0.03, l2=0.1))
    before = net.copy_params()
    trainer.step_batch()
    for i, (old, new, g) in enumerate(zip(before, net.params, net.grads)):
        penalty_grad = 0.1 * old + 0.03 * np.sign(old) if i % 2 == 0 else 0  # dP/dW; biases none
        np.testing.assert_allclose(new, old - 0.2 * (g + penalty_grad), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("cls", [SGD, Momentum, Adam])
def test_l1_and_l2_can_be_turned_on_and_off_mid_run(blobs, cls):
    """Switching a penalty on keeps the optimizer's momentum or moments: the next update is the
    usual one with the penalty's gradient added on the weights (not the biases)."""
    X, y = blobs
    net = MLP([2, 4, 3], ["tanh", "softmax"], seed=0)
    opt = cls(0.01)
    trainer = Trainer(net, X, y, batch_size=40, optimizer=opt, shuffle=False)
    for _ in range(5):
        trainer.step_batch()
    reference = copy.deepcopy(opt)  # the same running state, still without a penalty
    params = net.flat_params.copy()
    opt.l1, opt.l2 = 0.002, 0.05
    trainer.step_batch()
    penalty_grad = net.weight_mask * (0.05 * params + 0.002 * np.sign(params))
    reference.step([params], [net.flat_grads + penalty_grad])
    np.testing.assert_allclose(net.flat_params, params, rtol=1e-12, atol=1e-15)
    assert penalty_grad[net.weight_mask == 0].tolist() == [0.0] * 7  # 4 + 3 biases untouched

    opt.l1 = opt.l2 = 0.0  # and off again: the plain update
    reference = copy.deepcopy(opt)
    params = net.flat_params.copy()
    trainer.step_batch()
    reference.step([params], [net.flat_grads.copy()])
    np.testing.assert_allclose(net.flat_params, params, rtol=1e-12, atol=1e-15)


def test_epoch_result_reports_data_loss_and_penalty_apart(blobs):
    X, y = blobs
    net = MLP([2, 5, 3], ["tanh", "softmax"], seed=0)
    trainer = Trainer(net, X, y, batch_size=None, optimizer=Adam(0.01, l1=0.001, l2=0.01))
    data_loss_before, _ = trainer.evaluate(X, y)
    result = trainer.run_epoch()  # full batch: one step, its loss measured at the starting weights
    assert result.train_loss == pytest.approx(data_loss_before, rel=1e-12)  # the data loss only
    W = [p for p in net.params if p.ndim == 2]  # the penalty of the weights after the epoch
    expected = 0.001 * sum(np.abs(w).sum() for w in W) + 0.5 * 0.01 * sum((w * w).sum() for w in W)
    assert result.penalty == pytest.approx(expected, rel=1e-12) and expected > 0.01
    assert result.total_loss == pytest.approx(result.train_loss + expected)
    no_penalty = Trainer(MLP([2, 5, 3], ["tanh", "softmax"], seed=0), X, y, batch_size=30).run_epoch()
    assert no_penalty.penalty == 0.0 and no_penalty.total_loss == no_penalty.train_loss


def test_optimizer_state_belongs_to_its_arrays():
    opt = Momentum(0.1)
    opt.step([np.zeros(3)], [np.ones(3)])
    with pytest.raises(ValueError, match="call reset"):
        opt.step([np.zeros(4)], [np.ones(4)])
    opt.reset()
    opt.step([np.zeros(4)], [np.ones(4)])
