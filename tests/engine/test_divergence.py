"""Training that explodes but stays finite (issue 14 §1): a learning rate of 10⁶ or 10⁹ on a trained
network stops with TrainingDiverged within a few batches and puts back weights that are as good as
before; healthy training never trips the guard."""

from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from guiapp.data import load_logic, make_toy
from guiapp.data.mnist import load_mnist_sample
from guiapp.engine import MLP, SGD, Adam, Trainer, TrainingDiverged, WeightsNotFinite
from guiapp.engine.divergence import BASELINE_FACTOR, FACTOR, PATIENCE, DivergenceGuard
from guiapp.state.datasets import preset_for
from guiapp.user_errors import UserError


@pytest.fixture(scope="module")
def digits():
    return load_mnist_sample()


@pytest.fixture(autouse=True)
def one_blas_thread():
    with threadpool_limits(limits=1, user_api="blas"):  # DESIGN §3: 2-thread BLAS stalls on a busy machine
        yield


def _accuracy(net, ds) -> float:
    return float((net.predict(ds.X_test) == ds.y_test).mean())


def _trained(digits, optimizer, epochs=3):
    net = MLP([784, 64, 10], ["relu", "softmax"], seed=0, dtype=np.float32)
    trainer = Trainer(net, digits.X_train, digits.y_train, optimizer=optimizer, batch_size=64, seed=0,
                      X_test=digits.X_test, Y_test=digits.y_test)
    list(trainer.run(epochs))
    return net, trainer


@pytest.mark.parametrize("optimizer,learning_rate", [(Adam(0.001), 1e9), (SGD(0.1), 1e6)], ids=["adam-1e9", "sgd-1e6"])
def test_a_huge_learning_rate_on_a_trained_network_is_caught_and_undone(digits, optimizer, learning_rate):
    net, trainer = _trained(digits, optimizer)
    before_acc, before_params = _accuracy(net, digits), net.flat_params.copy()
    assert before_acc > 0.85
    trainer.learning_rate = learning_rate
    steps = trainer.steps
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged) as info:
        list(trainer.run(trainer.epoch + 2))
    err = info.value
    assert trainer.steps - steps <= PATIENCE + 1  # within a few batches
    assert isinstance(err, UserError) and err.code == "training_diverged"
    d = err.details
    assert d["reason"] in ("loss_exploded", "loss_not_finite")
    assert (d["epoch"], d["batch"], d["restored_epoch"]) == (4, PATIENCE + 1, 3)
    assert d["learning_rate"] == learning_rate and d["optimizer"] == optimizer.name
    assert d["suggested_learning_rate"] == (0.001 if optimizer.name == "adam" else 0.1)
    assert d["loss"] > FACTOR * d["best_loss"] and d["best_loss"] < 0.5
    text = str(err)
    assert f"learning rate ({learning_rate:g}) is probably too high" in text
    assert f"such as {d['suggested_learning_rate']:g}" in text and "epoch 3 were restored" in text
    # the weights put back are those the network had: the same accuracy, exactly
    np.testing.assert_array_equal(net.flat_params, before_params)
    assert _accuracy(net, digits) == before_acc
    assert (trainer.epoch, trainer.batch) == (3, 0)
    # and training goes on from there at a sensible rate
    trainer.learning_rate = 0.001 if optimizer.name == "adam" else 0.05
    result = trainer.run_epoch()
    assert result.epoch == 4 and result.test_acc > before_acc - 0.02


def test_a_new_trainer_for_a_trained_network_catches_it_too(digits):
    """The app builds a new Trainer when settings change: before its first epoch ends, the loss
    the network had when it was handed over is the reference."""
    net, _ = _trained(digits, Adam(0.001))
    before = net.flat_params.copy()
    trainer = Trainer(net, digits.X_train, digits.y_train, optimizer=Adam(1e9), batch_size=64, seed=1)
    assert trainer.guard.best < 0.5
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged) as info:
        trainer.run_epoch()
    assert info.value.details["batch"] <= PATIENCE + 1 and info.value.restored_epoch == 0
    np.testing.assert_array_equal(net.flat_params, before)


def test_the_restore_point_is_never_weights_that_had_already_blown_up(digits):
    """The learning rate jumps in the last batch of an epoch, so the next epoch starts from exploded
    (finite) weights: those are copied as a candidate but never become the restore point."""
    net, trainer = _trained(digits, Adam(0.001), epochs=2)
    while trainer.batch < trainer.n_batches - 1:
        trainer.step_batch()
    good_acc, good_params = _accuracy(net, digits), net.flat_params.copy()
    trainer.learning_rate = 1e9
    with np.errstate(all="ignore"):
        assert trainer.step_batch() is not None  # the epoch ends with an exploding step
        assert np.isfinite(net.flat_params).all() and _accuracy(net, digits) < 0.5
        with pytest.raises(TrainingDiverged) as info:
            trainer.run_epoch()
    assert info.value.restored_epoch == 2  # the start of epoch 3, not the exploded end of it
    restored_acc = _accuracy(net, digits)
    assert np.isfinite(net.flat_params).all()
    assert restored_acc > good_acc - 0.02
    assert not np.array_equal(net.flat_params, good_params)  # (the weights from one epoch earlier)


# ---- healthy runs never trip the guard -------------------------------------------------------------

def _run_preset(ds, epochs, seed=0):
    spec, config = preset_for(ds)
    net = spec.build(seed=seed, dtype=np.float32)
    trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=config.make_optimizer(), batch_size=config.batch_size,
                      seed=seed)
    worst = [0.0]
    guard = trainer.guard

    def value(y, t, _value=trainer.loss.value):  # every batch's loss, as the guard sees it
        loss = _value(y, t)
        if trainer.epoch >= 1:  # after the first epoch: how close did a batch come to the limit?
            worst[0] = max(worst[0], loss / guard.limit)
        return loss

    trainer.loss.value = value
    for _ in range(epochs * trainer.n_batches):
        trainer.step_batch()  # raises TrainingDiverged if the guard fires
    return trainer, worst[0]


@pytest.mark.parametrize("name,make,epochs", [
    ("XOR", lambda: load_logic("XOR"), 3000),
    ("spiral", lambda: make_toy("spiral", n_classes=3, seed=0), 150),
    ("moons", lambda: make_toy("moons", seed=0), 150),
])
def test_healthy_presets_never_diverge(name, make, epochs):
    trainer, worst = _run_preset(make(), epochs)
    assert trainer.epoch == epochs
    assert worst < 0.5, f"{name}: a healthy batch came within {worst:.0%} of the explosion limit"


def test_healthy_mnist_preset_never_diverges(digits):
    trainer, worst = _run_preset(digits, 3)
    assert trainer.epoch == 3 and worst < 0.5, worst


def test_sorted_unshuffled_data_is_not_an_explosion():
    """One class after the other, without shuffling: each batch holds a single class, so a batch's
    loss can be far above the best batch's. The guard compares with whole-network losses."""
    rng = np.random.default_rng(3)
    labels = np.repeat(np.arange(3), 60)
    X = np.array([[-2.0, 0.0], [2.0, 0.0], [0.0, 2.5]])[labels] + rng.normal(scale=0.6, size=(180, 2))
    trainer = Trainer(MLP([2, 8, 3], ["tanh", "softmax"], seed=0), X, labels, batch_size=10, shuffle=False,
                      optimizer=SGD(0.1))
    results = list(trainer.run(60))
    assert results[-1].train_acc > 0.8


# ---- the guard's rule and the weights it starts from -------------------------------------------------

def test_the_guard_rule():
    guard = DivergenceGuard(baseline=0.7, start_loss=0.5)
    assert guard.limit == max(FACTOR * 0.5, BASELINE_FACTOR * 0.7)
    guard.note_loss(0.01)  # a better epoch: 10x of it is below the baseline term
    assert guard.limit == pytest.approx(BASELINE_FACTOR * 0.7)
    assert [guard.observe(x) for x in (2.0, 2.0, 0.5, 2.0, 2.0)] == [None] * 5  # a good batch resets the count
    assert guard.observe(2.0) == "loss_exploded"
    assert DivergenceGuard(0.7, 0.5).observe(float("nan")) == "loss_not_finite"
    assert DivergenceGuard(0.7, 0.5).observe(float("inf")) == "loss_not_finite"
    fresh = DivergenceGuard(0.7, float("nan"))  # a start loss that is not a number sets no limit
    assert fresh.observe(1e300) is None and fresh.observe(float("inf")) == "loss_not_finite"


def test_a_network_with_nan_weights_cannot_be_trained(xor):
    X, y = xor
    net = MLP([2, 3, 1], ["tanh", "sigmoid"], seed=0)
    net.params[0][0, 0] = np.nan
    with pytest.raises(WeightsNotFinite) as info:
        Trainer(net, X, y)
    assert info.value.code == "weights_not_finite" and info.value.details == {"count": 1}
    assert "not finite numbers" in str(info.value)
