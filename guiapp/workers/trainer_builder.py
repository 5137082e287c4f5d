"""Build the worker's Trainer from a ``TrainingJob``, and bring it up to date with a newer job.

Runs on the worker's thread only: the network it trains is the worker's, and so are the counters
a rebuilt Trainer carries over (its epoch and steps never go back, whatever the GUI shows).

    build_trainer(net, job)                           a Trainer at epoch 0
    update_trainer(trainer, old_job, new_job, net)    the same Trainer, or a new one with its counters
"""

from __future__ import annotations

from ..engine.augment import random_shift
from ..engine.training import Trainer
from ..state.training_job import REBUILD, SAME, TrainerCounters, TrainingJob, job_change, same_optimizer


def counters_of(trainer: Trainer | None) -> TrainerCounters:
    """Where ``trainer`` stands (zeros for none)."""
    if trainer is None:
        return TrainerCounters()
    return TrainerCounters(epoch=trainer.epoch, batch=trainer.batch, steps=trainer.steps)


def augment_for(job: TrainingJob):
    """The shift augmentation the job asks for (image data only), or None."""
    shift = job.config.augment_shift
    return random_shift(job.image_shape, shift) if job.image_shape is not None and shift else None


def _optimizer_for(job: TrainingJob, learning_rate: float | None):
    optimizer = job.config.make_optimizer()
    if learning_rate is not None:
        optimizer.learning_rate = float(learning_rate)
    return optimizer


def build_trainer(net, job: TrainingJob, *, start: TrainerCounters = TrainerCounters(), optimizer=None,
                  learning_rate: float | None = None) -> Trainer:
    """A Trainer for ``net`` (the live network, trained in place) as ``job`` describes, starting
    at the beginning of epoch ``start.epoch + 1`` with ``start.steps`` steps already done.

    ``optimizer``: an optimizer to keep (its momentum or Adam moments); else a fresh one from the
    job, at ``learning_rate`` (the live rate) if given, else the job's.
    Only the optimizer is passed, never ``learning_rate=`` beside it (the engine refuses both
    together), and the targets are the class labels (the Trainer encodes them).
    """
    c = job.config
    if optimizer is None:
        optimizer = _optimizer_for(job, learning_rate)
    trainer = Trainer(net, job.X_train, job.y_train, loss=job.loss, optimizer=optimizer,
                      batch_size=c.batch_size, shuffle=c.shuffle, seed=c.seed + start.epoch,
                      X_test=job.X_test, Y_test=job.y_test, augment=augment_for(job))
    trainer.epoch = start.epoch
    trainer.steps = start.steps
    # A diverged run restores the weights the Trainer copied when it was built (these): they
    # belong to this epoch, not to epoch 0. (The engine has no public setter for it yet.)
    if hasattr(trainer, "_good_epoch"):
        trainer._good_epoch = start.epoch
    return trainer


def update_trainer(trainer: Trainer | None, old: TrainingJob | None, new: TrainingJob, net, *,
                   fresh: bool = False, learning_rate: float | None = None) -> Trainer:
    """The Trainer to run ``new`` with (``old``: the job ``trainer`` was made for).

    - the same settings: ``trainer`` as it is, its exact place in the epoch kept;
    - another optimizer, momentum, L1/L2 or augmentation: the same ``trainer`` with a fresh
      optimizer (at the live learning rate) and the new augmentation, its place kept;
    - another batch size, shuffling, data or loss, or ``fresh`` (a new run after Stop): a new
      Trainer carrying the epoch and step counters; a half-done epoch starts again from its
      first batch (the epoch counter never goes back). Its optimizer is kept when its settings
      are unchanged, unless ``fresh``.
    """
    change = REBUILD if trainer is None or fresh else job_change(old, new)
    if change == SAME:
        return trainer
    keep = trainer is not None and not fresh and same_optimizer(old, new)
    if change != REBUILD:  # in place
        if not keep:
            rate = learning_rate if learning_rate is not None else trainer.optimizer.learning_rate
            trainer.optimizer = _optimizer_for(new, rate)
        trainer.augment = augment_for(new)
        return trainer
    counters = counters_of(trainer)
    return build_trainer(net, new, start=TrainerCounters(counters.epoch, 0, counters.steps),
                         optimizer=trainer.optimizer if keep else None, learning_rate=learning_rate)
