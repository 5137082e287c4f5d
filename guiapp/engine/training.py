"""Training loops: a ``Trainer`` that can advance one minibatch or one epoch at a time, and the
``train(...)`` generator built on it that yields one ``EpochResult`` per epoch.

Stop and pause are ``threading.Event``-like objects checked *between minibatches*, so stopping
takes effect within one batch even in a long epoch. If training blows up (the loss explodes, or
the loss or a weight stops being a finite number: usually a learning rate far too high), it stops
with ``TrainingDiverged`` and the network is put back to the last weights measured healthy
(``guiapp.engine.divergence`` says how it decides).
"""

from __future__ import annotations

import copy
import time
from typing import Iterator, NamedTuple

import numpy as np

from ..user_errors import UserError
from .divergence import START_SAMPLES, WEIGHTS_NOT_FINITE, DivergenceGuard, TrainingDiverged
from .losses import LOSSES, Loss, accuracy, get_loss
from .output_rules import check_output_and_loss, default_loss_for
from .network import MLP
from .optimizers import SGD, Optimizer, usual_learning_rate
from .targets import prepare_targets
from .trainer_state import TrainerState

__all__ = ["CHECKPOINT_SECONDS", "CHECKPOINT_STEPS", "EpochResult", "Trainer", "TrainingDiverged", "WeightsNotFinite",
           "prepare_targets", "train"]

#: The trainer copies the weights as a restore point at the start of an epoch once this many
#: seconds or this many steps have passed since the last copy (whichever comes first): every
#: epoch of MNIST, every 100 epochs of XOR (a copy per step would cost XOR a tenth of its speed).
CHECKPOINT_SECONDS = 0.05
CHECKPOINT_STEPS = 100


class EpochResult(NamedTuple):
    """Metrics of one finished epoch (an immutable record; a NamedTuple because XOR makes tens of
    thousands a second, and a frozen dataclass costs three times as much to build).

    ``train_loss``/``train_acc`` are the *data* loss and accuracy averaged over the epoch's
    minibatches as they were trained (the weights move during the epoch, as Keras reports them).
    ``penalty`` is the L1/L2 term λ₁Σ|W| + λ₂/2 ΣW² of the weights at the end of the epoch (0
    without L1/L2): what the optimizer minimises is ``train_loss + penalty`` (``total_loss``).
    ``test_*`` are measured on the test set after the epoch, or ``None`` if there is no test set
    (or it was skipped by ``test_every``).
    """

    epoch: int
    train_loss: float
    train_acc: float
    test_loss: float | None
    test_acc: float | None
    steps: int
    seconds: float
    penalty: float = 0.0

    @property
    def total_loss(self) -> float:
        """The training objective: data loss plus penalty."""
        return self.train_loss + self.penalty


class WeightsNotFinite(UserError, ValueError):
    """The network handed to the Trainer has NaN or infinite weights: training would only spread them."""

    default_code = "weights_not_finite"


class Trainer:
    """Trains ``net`` on (X, Y) with minibatches, one batch or one epoch at a time.

    Args:
        net: the MLP (changed in place).
        X: inputs (n, n_inputs). Y: class labels (n,) (the usual case), or target rows
            (n, n_outputs) (regression); see ``prepare_targets``.
        loss: name or Loss; default fits the output layer (softmax → cross-entropy, ...).
        optimizer: an Optimizer (it carries the learning rate); or give ``learning_rate`` alone for
            ``SGD(learning_rate)``. Neither: SGD at its usual rate (0.1). Both: ValueError, since
            one of them would be ignored.
        batch_size: samples per step; ``None`` or ≥ n means full batch.
        shuffle: reshuffle the samples every epoch (ignored for full batch).
        seed / rng: randomness for shuffling.
        X_test, Y_test: optional held-out data, evaluated after every ``test_every`` epochs.
        augment: optional ``(X_batch, rng) -> X_batch`` applied to training batches only
            (e.g. ``guiapp.engine.augment.random_shift((28, 28), 1)``).

    The weights are updated through the network's flat buffers, in one optimizer call per step,
    with the weight mask telling the optimizer where L1/L2 apply (so L1/L2 may be switched on or
    off between any two steps, whatever the optimizer).
    """

    def __init__(self, net: MLP, X, Y, *, loss: str | Loss | None = None, optimizer: Optimizer | None = None,
                 learning_rate: float | None = None, batch_size: int | None = None, shuffle: bool = True,
                 seed: int | None = None, rng: np.random.Generator | None = None,
                 X_test=None, Y_test=None, test_every: int = 1, augment=None):
        if optimizer is not None and learning_rate is not None:
            raise ValueError(
                f"both an optimizer ({type(optimizer).__name__} at learning rate {optimizer.learning_rate:g}) and "
                f"learning_rate={learning_rate:g} were given: give the rate to the optimizer "
                f"({type(optimizer).__name__}({learning_rate:g})) or pass learning_rate without an optimizer (plain SGD)")
        if not np.isfinite(net.flat_params).all():
            raise WeightsNotFinite("the network has weights that are not finite numbers (NaN or infinite): "
                                   "training cannot start from them; reset the network or load another model",
                                   count=int((~np.isfinite(net.flat_params)).sum()))
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
        self._order: np.ndarray | None = None  # this epoch's shuffled sample order
        self.last_test_outputs: np.ndarray | None = None  # (n_test, n_outputs) after the last test
        self.last_test_epoch = 0
        # the optimizer's arguments, made once: one update over the flat buffers per step
        self._flat = ([net.flat_params], [net.flat_grads], [net.weight_mask])
        # ---- the divergence guard and its restore points
        self.guard = DivergenceGuard(self.baseline_loss(), self._start_loss())
        self._good = net.flat_params.copy()        # weights to put back if training blows up
        self._good_epoch: int | None = None        # ... from the start of this epoch (set at the first step)
        self._candidate = np.empty_like(self._good)  # copied at an epoch start, kept once a batch measured it
        self._candidate_epoch = 0
        self._candidate_waiting = False
        self._checkpoint_time = -np.inf
        self._checkpoint_steps = 0

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

    def _plain_loss(self) -> Loss:
        """The loss, as a fresh object (a caller's Loss subclass may record what it is asked)."""
        return get_loss(self.loss.name) if self.loss.name in LOSSES else self.loss

    def _sample_rows(self) -> np.ndarray:
        """Up to START_SAMPLES training rows spread evenly over the data set (all classes, even
        in sorted data)."""
        n = self.X.shape[0]
        return np.linspace(0, n - 1, min(n, START_SAMPLES)).astype(np.int64)

    def baseline_loss(self) -> float:
        """The loss of the best constant answer: always outputting the mean target row (the class
        frequencies), measured on the sample rows. A network worse than this has learned less than
        nothing."""
        T = self.Y[self._sample_rows()]
        return self._plain_loss().value(np.broadcast_to(self.Y.mean(axis=0), T.shape), T)

    def _start_loss(self) -> float:
        """The loss of the network as given, on the sample rows."""
        rows = self._sample_rows()
        with np.errstate(all="ignore"):
            return self._plain_loss().value(self.net.predict_proba(self.X[rows]), self.Y[rows])

    # ---- one minibatch -------------------------------------------------------------------
    def _begin_epoch(self) -> None:
        self._loss_sum = 0.0
        self._correct = 0.0
        self._t0 = time.perf_counter()
        if self._good_epoch is None:
            self._good_epoch = self.epoch  # the weights the trainer was given, at the epoch it was given them
        if (self._t0 - self._checkpoint_time >= CHECKPOINT_SECONDS
                or self.steps - self._checkpoint_steps >= CHECKPOINT_STEPS):
            self._checkpoint()
        if self.shuffle:
            # Each batch gathers its own rows (below): no shuffled copy of the whole data set
            # (188 MB for MNIST in float32), and the rows are still in cache for the matmul.
            self._order = self.rng.permutation(self.X.shape[0])

    def _checkpoint(self) -> None:
        """Copy the weights as a candidate restore point. It becomes the restore point once the
        first batch of this epoch, computed with exactly these weights, has shown a healthy loss
        (so a restore point is never weights that had already blown up)."""
        if np.isfinite(self.net.flat_params).all():
            np.copyto(self._candidate, self.net.flat_params)
            self._candidate_epoch = self.epoch
            self._candidate_waiting = True
            self._checkpoint_time = self._t0
            self._checkpoint_steps = self.steps

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
        y = net._forward(xb, True)  # X was checked (and converted to net.dtype) once, in __init__
        value = loss.value(y, tb)
        guard = self.guard
        if not value <= guard.limit or guard.streak:  # (the usual case costs one comparison)
            reason = guard.observe(value)
            if reason is not None:
                self._diverge(reason, value)
        if self._candidate_waiting:  # value is the loss of the candidate's own weights
            self._candidate_waiting = False
            if self.guard.healthy:
                self._good, self._candidate = self._candidate, self._good
                self._good_epoch = self._candidate_epoch
        self._loss_sum += value * (hi - lo)
        self._correct += accuracy(y, tb) * (hi - lo)
        if self.fused:
            net.backward_from_logits(loss.grad_logits(y, tb), need_input_grad=False)
        else:
            net.backward(loss.grad(y, tb), need_input_grad=False)
        self.optimizer.step(*self._flat)
        self.steps += 1
        self.batch += 1
        if hi >= self.X.shape[0]:
            return self._end_epoch()
        return None

    def _diverge(self, reason: str, value: float, where: tuple[int, int] | None = None) -> None:
        """Put back the restore point and raise TrainingDiverged."""
        epoch, batch = where if where is not None else (self.epoch + 1, self.batch + 1)
        self.net.flat_params[...] = self._good
        self.optimizer.reset()
        self.guard.forget_streak()
        self._candidate_waiting = False
        restored = self._good_epoch if self._good_epoch is not None else self.epoch
        self.batch = 0
        self.epoch = restored
        opt = self.optimizer
        lr = opt.learning_rate
        try:
            usual = usual_learning_rate(opt.name)
        except ValueError:  # an optimizer of the caller's own
            usual = lr / 10
        raise TrainingDiverged(reason=reason, epoch=epoch, batch=batch, loss=float(value),
                               best_loss=float(self.guard.best), limit=float(self.guard.limit),
                               learning_rate=lr, suggested_learning_rate=usual if lr > usual else lr / 10,
                               optimizer=opt.name, restored_epoch=restored)

    def _end_epoch(self) -> EpochResult:
        n = self.X.shape[0]
        mean_loss = self._loss_sum / n
        if mean_loss < self.guard.best:
            self.guard.note_loss(mean_loss)
        self.epoch += 1
        self.batch = 0
        test_loss = test_acc = None
        if self.X_test is not None and self.epoch % self.test_every == 0:
            outputs = []
            test_loss, test_acc = self.evaluate(self.X_test, self.Y_test, keep=outputs)
            # Kept for whoever shows more than the numbers (a confusion matrix): no second pass.
            self.last_test_outputs = np.concatenate(outputs)
            self.last_test_epoch = self.epoch
        opt = self.optimizer
        return EpochResult(self.epoch, mean_loss, self._correct / n, test_loss, test_acc, self.steps,
                           time.perf_counter() - self._t0, self.penalty() if opt.l1 or opt.l2 else 0.0)

    # ---- its state, copied out and put back (rewinding, project files) ------------------------
    def capture_state(self) -> TrainerState:
        """A copy of where this Trainer stands (``TrainerState``): continue from it exactly."""
        mid_epoch = self.batch > 0
        return TrainerState(
            params=self.net.flat_params.copy(), epoch=self.epoch, batch=self.batch, steps=self.steps,
            optimizer=self.optimizer.get_state(), optimizer_name=self.optimizer.name,
            rng=copy.deepcopy(self.rng.bit_generator.state),
            order=self._order.copy() if mid_epoch and self._order is not None else None,
            loss_sum=float(self._loss_sum) if mid_epoch else 0.0,
            correct=float(self._correct) if mid_epoch else 0.0,
            best_loss=float(self.guard.best), extra={"shuffled": bool(self.shuffle)})

    def restore_state(self, state: TrainerState) -> None:
        """Go on from ``state`` (made by ``capture_state`` for the same design and data, maybe in
        another process). Parts the state lacks start afresh: no optimizer state, a fresh
        optimizer; no generator, shuffling reseeded from the epoch; a half-done epoch without its
        order starts that epoch again from its first batch."""
        params = np.asarray(state.params)
        if params.shape != self.net.flat_params.shape:
            raise ValueError(f"the saved weights have {params.size:,} numbers, the network "
                             f"{self.net.flat_params.size:,}")
        if not np.isfinite(params).all():
            raise WeightsNotFinite("the saved weights are not all finite numbers: training cannot go on from them",
                                   count=int((~np.isfinite(params)).sum()))
        self.net.flat_params[...] = params
        if state.optimizer is not None and state.optimizer_name in ("", self.optimizer.name):
            self.optimizer.set_state(state.optimizer)
        else:
            self.optimizer.reset()
        if state.rng is not None:
            self.rng.bit_generator.state = copy.deepcopy(state.rng)
        self.epoch, self.steps = int(state.epoch), int(state.steps)
        resumable = state.batch > 0 and (state.order is not None or not self.shuffle)
        if resumable and state.batch * self.batch_size < self.X.shape[0]:
            self.batch = int(state.batch)
            self._order = None if state.order is None else np.asarray(state.order, dtype=np.int64).copy()
            self._loss_sum, self._correct = float(state.loss_sum), float(state.correct)
            self._t0 = time.perf_counter()
        else:
            self.batch = 0
            self._order = None
        if np.isfinite(state.best_loss):
            self.guard.note_loss(state.best_loss)
        self.guard.forget_streak()
        self._good = self.net.flat_params.copy()
        self._good_epoch = self.epoch
        self._candidate_waiting = False

    def penalty(self) -> float:
        """The L1/L2 penalty of the current weights, λ₁Σ|W| + λ₂/2 ΣW² (0 without L1/L2)."""
        opt = self.optimizer
        if not (opt.l1 or opt.l2):
            return 0.0
        return opt.penalty(self._flat[0], self._flat[2])

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

    def check_weights(self) -> None:
        """Raise TrainingDiverged (weights restored) if a weight is NaN or infinite. The loss is
        checked before each step, so only the very last step can have broken the weights unseen:
        call this before handing the network back as trained."""
        bad = ~np.isfinite(self.net.flat_params)
        if bad.any():
            where = (self.epoch + 1, self.batch) if self.batch else (self.epoch, self.n_batches)
            self._diverge(WEIGHTS_NOT_FINITE, float(self.net.flat_params[bad][0]), where)

    def run(self, epochs: int | None = None, stop=None, pause=None) -> Iterator[EpochResult]:
        """Yield an EpochResult per epoch until ``epochs`` are done (None: until stopped)."""
        while epochs is None or self.epoch < epochs:
            result = self.run_epoch(stop, pause)
            if result is None or (epochs is not None and self.epoch >= epochs):
                self.check_weights()  # never hand back a network of NaNs as "trained"
            if result is None:
                return
            yield result

    def evaluate(self, X, Y, batch: int = 4096, keep: list | None = None) -> tuple[float, float]:
        """(loss, accuracy) of the current network on X, Y (labels or targets, as for training).
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
    arguments go to ``Trainer`` (loss, optimizer or learning_rate, batch_size, shuffle, seed,
    X_test, Y_test). Raises ``TrainingDiverged`` (weights restored) when training blows up.

        for result in train(net, X, y, epochs=1000, learning_rate=1.0):
            print(result.epoch, result.train_loss)
    """
    yield from Trainer(net, X, Y, **kwargs).run(epochs, stop, pause)
