"""What to train, as the GUI thread describes it to the training worker: plain, immutable data.

The GUI thread never builds a ``Trainer`` and never reads arrays the worker may be writing. With
every Start or Step it sends a ``TrainingJob``: which network, the data, the settings, the loss and
the epoch limit. The worker (``guiapp.workers.training_worker``) builds its Trainer from the job,
and when a later job differs, rebuilds it on its own thread, carrying over its own counters
(epoch, steps, the place in the epoch) and the live network it owns (``job_change`` says how much
has to change).

Built around it:
- pace: not part of the job but live, like the learning rate (``Session.pace`` ->
  ``TrainingWorker.set_pace``); the worker waits between epochs on the event its cancel sets, so
  Pause and Stop interrupt the wait (``guiapp.state.pace``);
- rewind store: the worker copies where training stands at the epochs ``RewindSchedule`` keeps
  and sends the copies just before its snapshots (``guiapp.state.rewind``);
- "continue from here": the session drops the later history and rewind entries
  (``Session.truncate_history``) and the controller puts the worker at the kept
  ``TrainerState`` (``TrainingController.restore_state``), as a diverged run already does;
- project files: ``TrainerCounters`` are what a project saves and restores of the trainer's
  place (plus the optimizer state, kept by the worker); a restored project sends them as
  ``start_from``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.specs import TrainingConfig

#: How a new job differs from the one the worker's Trainer was built from (``job_change``).
SAME = "same"            # nothing to do (the learning rate is live, not part of a change)
IN_PLACE = "in_place"    # optimizer, momentum, L1/L2 or augmentation: swapped into the same Trainer
REBUILD = "rebuild"      # batch size, shuffling, data or loss: a new Trainer, same counters


@dataclass(frozen=True)
class TrainerCounters:
    """Where training stands: ``epoch`` epochs finished, ``batch`` minibatches into the next one,
    ``steps`` optimizer steps in all. Carried over whenever the worker rebuilds its Trainer."""

    epoch: int = 0
    batch: int = 0
    steps: int = 0


@dataclass(frozen=True, eq=False)
class TrainingJob:
    """Everything the worker needs to build a Trainer for the network it owns.

    network_id: the session's id of the network to train (the worker ignores a job for another).
    X_train (n, d), y_train (n,) int class labels: the data set's read-only arrays, shared, never
        written by anyone.
    X_test (m, d), y_test (m,): held-out data measured after each epoch, or None.
    config: the training settings (optimizer, learning rate, batch size, epoch limit, seed, ...).
    loss: a loss name, or None for the one that fits the output layer.
    image_shape: (rows, cols) of image data (for the shift augmentation), else None.
    """

    network_id: int
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray | None
    y_test: np.ndarray | None
    config: TrainingConfig
    loss: str | None = None
    image_shape: tuple[int, int] | None = None

    @property
    def epoch_limit(self) -> int | None:
        """Train until this many epochs are finished (None: until stopped)."""
        return self.config.epochs


def _layout(job: TrainingJob) -> tuple:
    """What fixes the order and size of the minibatches and the targets."""
    return (job.network_id, id(job.X_train), id(job.y_train), id(job.X_test), id(job.y_test), job.loss,
            job.config.batch_size, job.config.shuffle)


def _optimizer(job: TrainingJob) -> tuple:
    c = job.config
    return (c.optimizer, c.momentum, c.l1, c.l2)


def _augment(job: TrainingJob) -> int:
    return job.config.augment_shift if job.image_shape is not None else 0


def same_optimizer(old: TrainingJob | None, new: TrainingJob) -> bool:
    """Do both jobs ask for the same optimizer settings (kind, momentum, L1, L2)?"""
    return old is not None and _optimizer(old) == _optimizer(new)


def job_change(old: TrainingJob | None, new: TrainingJob) -> str:
    """``SAME``, ``IN_PLACE`` or ``REBUILD``: what a Trainer built for ``old`` needs for ``new``.
    The epoch limit, the seed and the learning rate need nothing (read live, or used at Reset)."""
    if old is None or _layout(old) != _layout(new):
        return REBUILD
    return SAME if same_optimizer(old, new) and _augment(old) == _augment(new) else IN_PLACE
