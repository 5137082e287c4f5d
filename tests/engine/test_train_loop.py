"""train(): epochs, minibatch sizes, stop and pause from another thread, divergence."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from guiapp.engine import MLP, EpochResult, Trainer, TrainingDiverged, train
from guiapp.engine.losses import MSE


class RecordingMSE(MSE):
    """MSE that remembers the targets of every batch it is asked about (once per training step),
    and can set an event after a given number of batches."""

    def __init__(self, event: threading.Event | None = None, after: int = 0):
        self.batches: list[np.ndarray] = []
        self.event, self.after = event, after

    def value(self, y, t):
        self.batches.append(t[:, 0].copy())
        if self.event is not None and len(self.batches) == self.after:
            self.event.set()
        return super().value(y, t)


def _ids_problem(n=10):
    """Regression data whose target is the sample's id, so each batch says which samples it held."""
    X = np.linspace(-1, 1, n).reshape(-1, 1)
    Y = np.arange(n, dtype=float).reshape(-1, 1)
    return MLP([1, 3, 1], ["tanh", "linear"], seed=0), X, Y


def test_one_result_per_epoch(xor):
    X, y = xor
    results = list(train(MLP([2, 3, 1], ["tanh", "sigmoid"], seed=0), X, y, epochs=7, learning_rate=0.5))
    assert len(results) == 7
    assert all(isinstance(r, EpochResult) for r in results)
    assert [r.epoch for r in results] == list(range(1, 8))
    assert [r.steps for r in results] == list(range(1, 8))  # full batch: one step per epoch
    assert all(r.test_loss is None and r.test_acc is None for r in results)
    assert all(np.isfinite(r.train_loss) and 0 <= r.train_acc <= 1 and r.seconds >= 0 for r in results)


def test_epoch_result_with_a_test_set(blobs):
    X, y = blobs
    test = np.arange(len(y)) % 4 == 0
    results = list(train(MLP([2, 8, 3], ["relu", "softmax"], seed=0), X[~test], y[~test], epochs=4,
                         batch_size=10, learning_rate=0.1, X_test=X[test], Y_test=y[test], test_every=2))
    assert [r.test_loss is None for r in results] == [True, False, True, False]
    assert results[-1].test_acc > 0.9 and results[-1].test_loss < results[0].train_loss


@pytest.mark.parametrize(
    "batch_size,expected_sizes",
    [(1, [1] * 10), (3, [3, 3, 3, 1]), (10, [10]), (None, [10]), (25, [10])],
    ids=["1", "3-uneven", "n", "None", "more-than-n"],
)
def test_batch_sizes(batch_size, expected_sizes):
    net, X, Y = _ids_problem(10)
    loss = RecordingMSE()
    trainer = Trainer(net, X, Y, loss=loss, batch_size=batch_size, learning_rate=0.01, seed=3)
    results = list(trainer.run(3))
    assert trainer.n_batches == len(expected_sizes)
    assert [r.steps for r in results] == [len(expected_sizes) * e for e in (1, 2, 3)]
    for epoch in range(3):
        batches = loss.batches[epoch * len(expected_sizes):(epoch + 1) * len(expected_sizes)]
        assert [b.size for b in batches] == expected_sizes
        # every sample exactly once per epoch
        np.testing.assert_array_equal(np.sort(np.concatenate(batches)), np.arange(10))
    if batch_size in (1, 3):  # minibatches are reshuffled every epoch
        orders = [np.concatenate(loss.batches[e * len(expected_sizes):(e + 1) * len(expected_sizes)])
                  for e in range(3)]
        assert not all(np.array_equal(orders[0], o) for o in orders[1:])


def test_epoch_loss_is_the_sample_weighted_mean_of_the_batches():
    net, X, Y = _ids_problem(10)
    start = net.clone()
    result = Trainer(net, X, Y, batch_size=3, learning_rate=1e-9, shuffle=False).run_epoch()
    # with a negligible learning rate the weights hardly move: the epoch's mean loss is the loss
    expected = float(((start.predict_proba(X) - Y) ** 2).mean())
    assert result.train_loss == pytest.approx(expected, rel=1e-6)


@pytest.mark.timeout(30)  # a stop that is never seen would hang, not fail
def test_stop_after_k_batches_stops_within_one_batch():
    net, X, Y = _ids_problem(10)
    stop = threading.Event()
    loss = RecordingMSE(stop, after=7)  # set while the 7th batch is being trained
    results = list(train(net, X, Y, epochs=None, stop=stop, loss=loss, batch_size=1, learning_rate=0.01))
    assert len(loss.batches) == 7  # the 7th batch finished, no 8th began
    assert results == []  # stopped inside the first epoch: no finished epoch to report


@pytest.mark.timeout(30)  # a stop that is never seen would hang, not fail
def test_stop_keeps_the_epoch_half_done_for_later():
    net, X, Y = _ids_problem(10)
    stop = threading.Event()
    loss = RecordingMSE(stop, after=13)
    trainer = Trainer(net, X, Y, loss=loss, batch_size=1, learning_rate=0.01)
    assert [r.epoch for r in trainer.run(None, stop=stop)] == [1]
    assert (trainer.epoch, trainer.batch, trainer.steps) == (1, 3, 13)
    stop.clear()
    result = trainer.run_epoch(stop=stop)
    assert result.epoch == 2 and trainer.steps == 20
    # the resumed epoch saw each sample exactly once
    np.testing.assert_array_equal(np.sort(np.concatenate(loss.batches[10:20])), np.arange(10))


def _training_thread(trainer: Trainer, **kwargs):
    results: list = []
    errors: list = []

    def work():
        try:
            results.extend(trainer.run(None, **kwargs))
        except Exception as exc:  # pragma: no cover - reported by the test
            errors.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread, results, errors


def _wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


class PollCountingEvent(threading.Event):
    """An Event that records, each time it is polled and found set, how many steps the trainer had
    done: while those numbers stop changing the trainer is waiting in its pause loop."""

    def __init__(self, trainer: Trainer):
        super().__init__()
        self.trainer = trainer
        self.steps_when_seen_set: list[int] = []

    def is_set(self) -> bool:
        is_set = super().is_set()
        if is_set:
            self.steps_when_seen_set.append(self.trainer.steps)
        return is_set

    def polls_while_set(self) -> int:
        return len(self.steps_when_seen_set)


@pytest.mark.timeout(30)  # a stop that is never seen would hang, not fail
def test_stop_from_another_thread(blobs):
    X, y = blobs
    loss = RecordingMSE()
    trainer = Trainer(MLP([2, 8, 3], ["tanh", "softmax"], seed=0), X, y, batch_size=4, learning_rate=0.05, loss=loss)
    stop = threading.Event()
    thread, results, errors = _training_thread(trainer, stop=stop)
    _wait_for(lambda: trainer.steps >= 50)
    stop.set()
    steps_when_stopped = trainer.steps  # at most one batch was in flight when the event was set
    thread.join(timeout=5)
    assert not thread.is_alive() and not errors
    assert steps_when_stopped <= trainer.steps <= steps_when_stopped + 1
    assert len(loss.batches) == trainer.steps  # no batch was begun and left unstepped
    assert [r.epoch for r in results] == list(range(1, trainer.epoch + 1))


@pytest.mark.timeout(30)  # a stop that is never seen would hang, not fail
def test_pause_blocks_until_cleared_and_stop_ends_a_pause(blobs):
    X, y = blobs
    trainer = Trainer(MLP([2, 8, 3], ["tanh", "softmax"], seed=0), X, y, batch_size=4, learning_rate=0.05)
    stop, pause = threading.Event(), PollCountingEvent(trainer)
    pause.set()
    thread, results, errors = _training_thread(trainer, stop=stop, pause=pause)
    _wait_for(lambda: pause.polls_while_set() >= 5)  # waiting in the pause loop, 5 looks
    assert trainer.steps == 0 and set(pause.steps_when_seen_set) == {0}  # paused before the first batch

    pause.clear()
    _wait_for(lambda: trainer.steps >= 40)
    seen = pause.polls_while_set()
    paused_at = trainer.steps
    pause.set()
    _wait_for(lambda: pause.polls_while_set() >= seen + 5)  # the loop has seen the pause 5 times since
    waited_at = pause.steps_when_seen_set[seen:]
    assert len(set(waited_at)) == 1  # no step while paused
    settled = waited_at[0]
    assert paused_at <= settled <= paused_at + 1  # it finished at most the batch in flight
    assert thread.is_alive() and trainer.steps == settled

    stop.set()  # stopping while paused must not hang
    thread.join(timeout=5)
    assert not thread.is_alive() and not errors
    assert trainer.steps == settled


# ---- divergence (NaN and infinity; an exploding but finite loss: tests/engine/test_divergence.py) ----

def _diverging_setup(dtype=np.float64):
    X = np.linspace(-1, 1, 40).reshape(-1, 1)
    Y = 3 * X + 0.5
    return MLP([1, 8, 1], ["relu", "linear"], seed=0, dtype=dtype), X, Y


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.timeout(30)
def test_divergence_raises_and_restores_a_checkpoint(dtype):
    net, X, Y = _diverging_setup(dtype)
    snapshots = {0: net.copy_params()}
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged) as info:
        for result in train(net, X, Y, epochs=1000, learning_rate=1e6, loss="mse", batch_size=10):
            snapshots[result.epoch] = net.copy_params()
    err = info.value
    message = str(err)
    assert "diverged" in message and "learning rate" in message and "1e+06" in message
    assert f"epoch {err.epoch}" in message and f"epoch {err.restored_epoch} were restored" in message
    assert err.details["reason"] in ("loss_exploded", "loss_not_finite")
    assert err.restored_epoch < err.epoch <= 1000
    assert np.isfinite(net.flat_params).all()
    restored = snapshots[err.restored_epoch]
    assert all(np.array_equal(a, b) for a, b in zip(restored, net.params))


@pytest.mark.timeout(30)
def test_a_loss_that_becomes_nan_stops_training_at_once():
    net, X, Y = _diverging_setup()
    start = net.copy_params()
    trainer = Trainer(net, X, Y, loss="mse", learning_rate=1e300, batch_size=10, shuffle=False)
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged) as info:
        list(trainer.run(5))
    err = info.value
    # the first step threw the weights to ~1e300: the next batch's loss is already infinite or NaN
    assert (err.details["reason"], err.epoch, err.details["batch"]) == ("loss_not_finite", 1, 2)
    assert not np.isfinite(err.details["loss"])
    assert all(np.array_equal(a, b) for a, b in zip(start, net.params))


def test_divergence_in_the_very_last_step_is_not_reported_as_success():
    net, X, Y = _diverging_setup()
    start = net.copy_params()
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged, match="in epoch 1 \\(batch 1\\): a weight became -?inf"):
        list(train(net, X, Y, epochs=1, learning_rate=1e308, loss="mse"))
    assert all(np.array_equal(a, b) for a, b in zip(start, net.params))


@pytest.mark.timeout(30)
def test_training_can_go_on_after_divergence_with_a_smaller_learning_rate():
    net, X, Y = _diverging_setup()
    trainer = Trainer(net, X, Y, loss="mse", learning_rate=1e6)
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged):
        list(trainer.run(1000))
    trainer.learning_rate = 0.05
    results = list(trainer.run(trainer.epoch + 200))
    assert np.isfinite(results[-1].train_loss) and results[-1].train_loss < 0.1
