"""Noticing that training has blown up, and the error that says so.

A learning rate that is far too high does not always give NaN: a sigmoid or softmax network
whose weights were thrown to 10⁶ outputs confident nonsense, and its loss stays a finite 14 to 28
(-log of the smallest probability the loss allows). So the Trainer's guard watches the loss of
every minibatch, and calls training diverged when

- the loss (or a weight) is NaN or infinite, at once; or
- the loss is above ``limit`` for ``PATIENCE`` minibatches in a row, where
      limit = max(FACTOR × best,  BASELINE_FACTOR × baseline)
  *best* is the lowest loss of the whole network so far: its loss when the trainer got it
  (measured on up to ``START_SAMPLES`` training samples spread over the data set) and each
  finished epoch's mean. Not the best single minibatch: in unshuffled or sorted data one batch
  can be 100× easier than the next. *baseline* is the loss of the best constant answer (always
  predicting the training labels' frequencies: ln 10 = 2.30 for ten balanced classes with
  cross-entropy, ln 2 = 0.69 for a balanced binary problem, the targets' variance for MSE).

Why these numbers (measured with bench/bench_divergence.py, bench/README.md): an exploded network
(MNIST with a learning rate of 10⁶ or 10⁹) has batch losses of 14-28 against a best of 0.1-0.4, and
stays there; in 72 healthy runs of the app's presets (XOR, the 2-D sets, the MNIST sample, each
with its own optimizer and with SGD, momentum and Adam at their usual rates, three seeds) the
worst batch after the first epoch reached 0.79 of the limit, never two batches in a row came above
half of it, and the guard never fired. The baseline term keeps a well-trained network (XOR at a
loss of 10⁻⁴) from being called diverged over a batch that is 10× its best but still far better
than guessing.
"""

from __future__ import annotations

import math

from ..user_errors import UserError

#: A batch loss this many times the best whole-network loss (and above the baseline term) is "exploding".
FACTOR = 10.0
#: ... and it must also be this many times the loss of the best constant answer.
BASELINE_FACTOR = 2.0
#: Consecutive exploding minibatches that make training diverged.
PATIENCE = 3
#: The network's loss at the start is measured on at most this many training samples, spread
#: evenly over the data set (all classes, even in sorted data).
START_SAMPLES = 256

_LARGEST = 1.7976931348623157e308  # the largest finite float

#: Why training diverged (``TrainingDiverged.details["reason"]``).
LOSS_EXPLODED, LOSS_NOT_FINITE, WEIGHTS_NOT_FINITE = "loss_exploded", "loss_not_finite", "weights_not_finite"


class TrainingDiverged(UserError, RuntimeError):
    """Training blew up (the loss exploded, or a loss or weight became NaN or infinite). The
    network holds the last weights measured healthy, from the start of epoch ``restored_epoch``.

    ``details``: reason (``"loss_exploded"``, ``"loss_not_finite"``, ``"weights_not_finite"``),
    epoch and batch (1-based, where it happened), loss (the value that tripped the guard), best_loss
    (the lowest whole-network loss so far), limit (the loss counted as exploding), learning_rate,
    suggested_learning_rate, optimizer (its name), restored_epoch.
    """

    default_code = "training_diverged"

    def __init__(self, *, reason: str, epoch: int, batch: int, loss: float, best_loss: float, limit: float,
                 learning_rate: float, suggested_learning_rate: float, optimizer: str, restored_epoch: int):
        what = {
            LOSS_EXPLODED: (f"the loss rose to {loss:.4g}, more than {FACTOR:g} times its best value ({best_loss:.3g}) "
                            f"and worse than guessing, for {PATIENCE} minibatches in a row"),
            LOSS_NOT_FINITE: f"the loss became {loss}",
            WEIGHTS_NOT_FINITE: f"a weight became {loss}",
        }[reason]
        message = (f"Training diverged in epoch {epoch} (batch {batch}): {what}. The learning rate "
                   f"({learning_rate:g}) is probably too high: try a smaller one, such as {suggested_learning_rate:g}. "
                   f"The weights from epoch {restored_epoch} were restored.")
        super().__init__(message, reason=reason, epoch=epoch, batch=batch, loss=loss, best_loss=best_loss,
                         limit=limit, learning_rate=learning_rate, suggested_learning_rate=suggested_learning_rate,
                         optimizer=optimizer, restored_epoch=restored_epoch)
        self.epoch = epoch
        self.restored_epoch = restored_epoch


class DivergenceGuard:
    """Watches the minibatch losses (see the module notes).

    ``baseline``: the loss of the best constant answer on the training data; ``start_loss``: the
    loss of the network the trainer was given (on a spread-out sample of the training data).
    ``note_loss`` takes the loss of the network as a whole (each epoch's mean); ``observe`` each
    minibatch's.
    """

    def __init__(self, baseline: float, start_loss: float):
        self.baseline = float(baseline) if math.isfinite(baseline) else 0.0
        self.best = math.inf    # lowest whole-network loss so far (start, epoch means)
        self.limit = _LARGEST   # a batch loss above this is exploding (inf always is)
        self.streak = 0         # exploding batches in a row
        self.note_loss(start_loss)

    def note_loss(self, loss: float) -> None:
        """A loss of the whole network (not a single minibatch): it may lower ``best``."""
        if loss < self.best:  # False for NaN
            self.best = float(loss)
            self.limit = max(FACTOR * self.best, BASELINE_FACTOR * self.baseline)

    def observe(self, loss: float) -> str | None:
        """Take one minibatch's loss. Returns why training diverged, or None while it has not."""
        if loss <= self.limit:  # the usual case (False for NaN)
            if self.streak:
                self.streak = 0
            return None
        if not math.isfinite(loss):
            return LOSS_NOT_FINITE
        self.streak += 1
        return LOSS_EXPLODED if self.streak >= PATIENCE else None

    @property
    def healthy(self) -> bool:
        """The last batch was not exploding."""
        return self.streak == 0

    def forget_streak(self) -> None:
        """After the weights were put back: the next batches start a new count."""
        self.streak = 0
