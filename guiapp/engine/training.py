"""Training loops: a ``Trainer`` that can advance one minibatch or one epoch at a time, and the
``train(...)`` generator built on it that yields one ``EpochResult`` per epoch.

Stop and pause are ``threading.Event``-like objects checked *between minibatches*, so stopping
takes effect within one batch even in a long epoch. If the loss or the weights stop being finite
numbers (NaN/inf, usually a learning rate that is too high), training stops with
``TrainingDiverged`` and the network is put back to its last good weights.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from .losses import Loss, accuracy, get_loss
from .output_rules import check_output_and_loss, default_loss_for
from .network import MLP
from .optimizers import SGD, Optimizer

#: How often (seconds, at most) the trainer copies the weights as a known-good restore point.
CHECKPOINT_SECONDS = 0.05


@dataclass(frozen=True)
class EpochResult:
    """Metrics of one finished epoch.

    ``train_loss``/``train_acc`` are averaged over the epoch's minibatches as they were trained
    (the weights move during the epoch, as Keras reports them). ``test_*`` are measured on the
    test set after the epoch, or ``None`` if there is no test set (or it was skipped by
    ``test_every``).
    """

    epoch: int
    train_loss: float
    train_acc: float
    test_loss: float | None
    test_acc: float | None
    steps: int
    seconds: float


class TrainingDiverged(RuntimeError):
    """The loss or the weights became NaN or infinite. The network holds its last good weights."""

    def __init__(self, message: str, epoch: int, restored_epoch: int):
        super().__init__(message)
        self.epoch = epoch
        self.restored_epoch = restored_epoch


def prepare_targets(Y, n_outputs: int, dtype=np.float32) -> np.ndarray:
    """Targets as an (n, n_outputs) float array.

    ``Y`` may already be (n, n_outputs), or be integer class labels (n,): with one output neuron
    they must be 0 or 1; with k outputs they must be 0..k-1 and become one-hot rows.
    """
    Y = np.asarray(Y)
    if Y.ndim == 1 or (Y.ndim == 2 and Y.shape[1] == 1 and n_outputs > 1):
        labels = Y.reshape(-1)
        if labels.size and not np.all(np.equal(np.mod(labels, 1), 0)):
            raise ValueError("class labels must be whole numbers")
        labels = labels.astype(np.int64)
        top = 1 if n_outputs == 1 else n_outputs - 1
        bad = (labels < 0) | (labels > top)
        if bad.any():
            value = labels[bad][0]
            raise ValueError(
                f"label {value} is out of range for {n_outputs} output neuron(s): labels must be 0..{top}"
            )
        if n_outputs == 1:
            return labels.astype(dtype).reshape(-1, 1)
        out = np.zeros((labels.size, n_outputs), dtype=dtype)
        out[np.arange(labels.size), labels] = 1
        return out
    if Y.ndim != 2 or Y.shape[1] != n_outputs:
        raise ValueError(f"targets have shape {Y.shape} but the network has {n_outputs} output neuron(s)")
    return np.ascontiguousarray(Y, dtype=dtype)


class Trainer:
    """Trains ``net`` on (X, Y) with minibatches, one batch or one epoch at a time.

    Args:
        net: the MLP (changed in place).
        X: inputs (n, n_inputs). Y: targets (n, n_outputs) or class labels (n,).
        loss: name or Loss; default fits the output layer (softmax → cross-entropy, ...).
        optimizer: an Optimizer; default ``SGD(learning_rate)``.
        batch_size: samples per step; ``None`` or ≥ n means full batch.
        shuffle: reshuffle the samples every epoch (ignored for full batch).
        seed / rng: randomness for shuffling.
        X_test, Y_test: optional held-out data, evaluated after every ``test_every`` epochs.
        augment: optional ``(X_batch, rng) -> X_batch`` applied to training batches only
            (e.g. ``guiapp.engine.augment.random_shift((28, 28), 1)``).
    """

    def __init__(self, net: MLP, X, Y, *, loss: str | Loss | None = None, optimizer: Optimizer | None = None,
                 learning_rate: float = 0.5, batch_size: int | None = None, shuffle: bool = True,
                 seed: int | None = None, rng: np.random.Generator | None = None,
                 X_test=None, Y_test=None, test_every: int = 1, augment=None):
        self.net = net
        self.augment = augment  # (X, rng) -> X: changes each training batch (guiapp.engine.augment)
        self.X = net._check_input(X)
        self.Y = prepare_targets(Y, net.n_outputs, net.dtype)
        if self.X.shape[0] != self.Y.shape[0]:
            raise ValueError(f"{self.X.shape[0]} input rows but {self.Y.shape[0]} targets")
        if self.X.shape[0] == 0:
            raise ValueError("there is no training data")
        self.X_test = self.Y_test = None
        if X_test is not None and len(X_test):
            self.X_test = net._check_input(X_test)
            self.Y_test = prepare_targets(Y_test, net.n_outputs, net.dtype)
        self.loss = get_loss(loss if loss is not None else default_loss_for(net.output_activation, net.n_outputs))
        # A loss that cannot train this output layer (BCE on a ReLU output gets stuck at a loss
        # of 13.8) is refused here, as the designer and model loading refuse it.
        check_output_and_loss(self.loss.name, net.output_activation, net.n_outputs)
        self.fused = self.loss.fused_activation == net.output_activation
        self.optimizer = optimizer if optimizer is not None else SGD(learning_rate)
        n = self.X.shape[0]
        if batch_size is not None and batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {batch_size}")
        self.batch_size = n if batch_size is None else min(int(batch_size), n)
        self.shuffle = shuffle and self.batch_size < n
        self.rng = rng if rng is not None else np.random.default_rng(seed)
        self.test_every = max(1, int(test_every))
        self.epoch = 0          # completed epochs
        self.batch = 0          # next batch within the current epoch
        self.steps = 0          # optimizer steps so far
        self._good = net.copy_params()
        self._good_epoch = 0
        self._good_time = time.perf_counter()
        self._order: np.ndarray | None = None  # this epoch's shuffled sample order
        self.last_test_outputs: np.ndarray | None = None  # (n_test, n_outputs) after the last test
        self.last_test_epoch = 0

    @property
    def n_batches(self) -> int:
        """Minibatches per epoch."""
        return -(-self.X.shape[0] // self.batch_size)

    @property
    def learning_rate(self) -> float:
        return self.optimizer.learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        if not value > 0:
            raise ValueError(f"the learning rate must be positive, got {value}")
        self.optimizer.learning_rate = float(value)

    # ---- one minibatch -------------------------------------------------------------------
    def _begin_epoch(self) -> None:
        self._loss_sum = 0.0
        self._correct = 0.0
        self._t0 = time.perf_counter()
        if self._t0 - self._good_time >= CHECKPOINT_SECONDS:
            self._checkpoint()
        if self.shuffle:
            # Each batch gathers its own rows (below): no shuffled copy of the whole data set
            # (188 MB for MNIST in float32), and the rows are still in cache for the matmul.
            self._order = self.rng.permutation(self.X.shape[0])

    def _checkpoint(self) -> None:
        if np.isfinite(self.net.flat_params).all():
            self._good = self.net.copy_params()
            self._good_epoch = self.epoch
            self._good_time = time.perf_counter()

    def step_batch(self) -> EpochResult | None:
        """Train on the next minibatch. Returns the EpochResult if that batch ended an epoch."""
        if self.batch == 0:
            self._begin_epoch()
        net, loss, bs = self.net, self.loss, self.batch_size
        lo = self.batch * bs
        hi = min(lo + bs, self.X.shape[0])
        if self._order is not None:
            rows = self._order[lo:hi]
            xb, tb = self.X[rows], self.Y[rows]
        else:
            xb, tb = self.X[lo:hi], self.Y[lo:hi]
        if self.augment is not None:
            xb = self.augment(xb, self.rng)
        y = net._forward(xb)  # X was checked (and converted to net.dtype) once, in __init__
        value = loss.value(y, tb)
        if not math.isfinite(value):
            self._diverge(value)
        self._loss_sum += value * (hi - lo)
        self._correct += accuracy(y, tb) * (hi - lo)
        if self.fused:
            net.backward_from_logits(loss.grad_logits(y, tb), need_input_grad=False)
        else:
            net.backward(loss.grad(y, tb), need_input_grad=False)
        opt = self.optimizer
        if opt.l1 or opt.l2:
            opt.step(net.params, net.grads)
        else:  # one update over the flat buffers: same arithmetic, far fewer NumPy calls
            opt.step([net.flat_params], [net.flat_grads])
        self.steps += 1
        self.batch += 1
        if hi >= self.X.shape[0]:
            return self._end_epoch()
        return None

    def _diverge(self, value: float, what: str = "the loss", where: tuple[int, int] | None = None) -> None:
        epoch, batch = where if where is not None else (self.epoch + 1, self.batch + 1)
        self.net.set_params(self._good)
        self.optimizer.reset()
        self.batch = 0
        self.epoch = self._good_epoch
        raise TrainingDiverged(
            f"Training diverged: {what} became {value} in epoch {epoch} (batch {batch}). "
            f"The learning rate ({self.optimizer.learning_rate:g}) is probably too high. "
            f"The weights from epoch {self._good_epoch} were restored.",
            epoch=epoch, restored_epoch=self._good_epoch)

    def _end_epoch(self) -> EpochResult:
        n = self.X.shape[0]
        self.epoch += 1
        self.batch = 0
        test_loss = test_acc = None
        if self.X_test is not None and self.epoch % self.test_every == 0:
            outputs = []
            test_loss, test_acc = self.evaluate(self.X_test, self.Y_test, keep=outputs)
            # Kept for whoever shows more than the numbers (a confusion matrix): no second pass.
            self.last_test_outputs = np.concatenate(outputs)
            self.last_test_epoch = self.epoch
        return EpochResult(self.epoch, self._loss_sum / n, self._correct / n, test_loss, test_acc,
                           self.steps, time.perf_counter() - self._t0)

    # ---- whole epochs ------------------------------------------------------------------------
    def run_epoch(self, stop=None, pause=None) -> EpochResult | None:
        """Finish the current epoch. Between minibatches: wait while ``pause`` is set, and return
        ``None`` (the epoch left half done, to be continued) as soon as ``stop`` is set."""
        while True:
            if pause is not None:
                while pause.is_set() and not (stop is not None and stop.is_set()):
                    time.sleep(0.005)
            if stop is not None and stop.is_set():
                return None
            result = self.step_batch()
            if result is not None:
                return result

    def run(self, epochs: int | None = None, stop=None, pause=None) -> Iterator[EpochResult]:
        """Yield an EpochResult per epoch until ``epochs`` are done (None: until stopped)."""
        while epochs is None or self.epoch < epochs:
            result = self.run_epoch(stop, pause)
            if result is None or (epochs is not None and self.epoch >= epochs):
                # The loss is checked before each step, so only the very last step can have
                # broken the weights unseen: never hand back a network of NaNs as "trained".
                bad = ~np.isfinite(self.net.flat_params)
                if bad.any():
                    where = (self.epoch + 1, self.batch) if result is None and self.batch else (self.epoch, self.n_batches)
                    self._diverge(float(self.net.flat_params[bad][0]), "a weight", where)
            if result is None:
                return
            yield result

    def evaluate(self, X, Y, batch: int = 4096, keep: list | None = None) -> tuple[float, float]:
        """(loss, accuracy) of the current network on X, Y (Y prepared like the training targets).
        With ``keep`` (a list), the outputs (chunks of (b, n_outputs)) are appended to it."""
        X = self.net._check_input(X)
        Y = prepare_targets(Y, self.net.n_outputs, self.net.dtype)
        total_loss = total_correct = 0.0
        for lo in range(0, X.shape[0], batch):
            y = self.net.predict_proba(X[lo:lo + batch])
            if keep is not None:
                keep.append(y)
            t = Y[lo:lo + batch]
            total_loss += self.loss.value(y, t) * y.shape[0]
            total_correct += accuracy(y, t) * y.shape[0]
        return total_loss / X.shape[0], total_correct / X.shape[0]


def train(net: MLP, X, Y, *, epochs: int | None = None, stop=None, pause=None, **kwargs) -> Iterator[EpochResult]:
    """Train ``net`` on (X, Y), yielding an ``EpochResult`` after every epoch.

    ``epochs=None`` trains until ``stop`` (a ``threading.Event``) is set. Other keyword
    arguments go to ``Trainer`` (loss, optimizer, learning_rate, batch_size, shuffle, seed,
    X_test, Y_test). Raises ``TrainingDiverged`` (weights restored) on NaN/inf.

        for result in train(net, X, y, epochs=1000, learning_rate=1.0):
            print(result.epoch, result.train_loss)
    """
    yield from Trainer(net, X, Y, **kwargs).run(epochs, stop, pause)
