"""The worker's Trainer from a TrainingJob, and brought up to date by a newer one: the counters
never go back, the place in the epoch is kept where the batches stay the same."""

from __future__ import annotations

from dataclasses import replace

from guiapp.state.training_job import TrainerCounters
from guiapp.workers.trainer_builder import build_trainer, counters_of, update_trainer


def job_with(session, **changes):
    session.set_config(replace(session.config, **changes))
    return session.training_job()


def test_a_trainer_from_a_job_trains_the_session_network_on_its_labels(session):
    job = job_with(session, batch_size=1)
    trainer = build_trainer(session.network, job)
    assert trainer.net is session.network and trainer.batch_size == 1
    assert trainer.Y.shape == (4, 1)  # labels 0/1 become the one output's targets
    assert trainer.optimizer.learning_rate == job.config.learning_rate
    assert (trainer.epoch, trainer.batch, trainer.steps) == (0, 0, 0)


def test_changes_in_place_keep_the_place_in_the_epoch(session):
    old = job_with(session, batch_size=1, optimizer="momentum")
    trainer = build_trainer(session.network, old)
    for _ in range(6):
        trainer.step_batch()
    assert counters_of(trainer) == TrainerCounters(epoch=1, batch=2, steps=6)
    new = job_with(session, optimizer="adam", l2=0.01)
    same = update_trainer(trainer, old, new, session.network, learning_rate=0.02)
    assert same is trainer and (same.epoch, same.batch, same.steps) == (1, 2, 6)
    assert type(same.optimizer).__name__ == "Adam" and same.optimizer.l2 == 0.01
    assert same.optimizer.learning_rate == 0.02  # the live rate, not the job's


def test_a_rebuild_carries_the_counters_and_restarts_the_epoch_under_way(session):
    old = job_with(session, batch_size=1, optimizer="adam")
    trainer = build_trainer(session.network, old)
    for _ in range(6):
        trainer.step_batch()
    kept_optimizer = trainer.optimizer
    new = job_with(session, batch_size=2)
    rebuilt = update_trainer(trainer, old, new, session.network)
    assert rebuilt is not trainer and rebuilt.batch_size == 2
    assert (rebuilt.epoch, rebuilt.batch, rebuilt.steps) == (1, 0, 6)
    assert rebuilt.optimizer is kept_optimizer  # unchanged settings: its Adam moments go on
    result = None
    while result is None:
        result = rebuilt.step_batch()
    assert result.epoch == 2


def test_a_fresh_run_gets_a_fresh_optimizer_and_the_same_counters(session):
    job = job_with(session, optimizer="adam")
    trainer = build_trainer(session.network, job)
    for _ in range(3):
        trainer.step_batch()
    fresh = update_trainer(trainer, job, job, session.network, fresh=True)
    assert fresh is not trainer and fresh.optimizer is not trainer.optimizer
    assert (fresh.epoch, fresh.steps) == (3, 3)
    assert update_trainer(fresh, job, job, session.network) is fresh
