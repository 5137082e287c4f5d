"""The session model (QtCore only): the single source of truth the panels share."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.snapshot import Snapshot


def test_design_too_big_for_memory_changes_nothing(session, qtbot, monkeypatch):
    before_spec, before_id = session.spec, session.network_id

    def no_memory(self, *args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(NetworkSpec, "build", no_memory)
    with qtbot.waitSignal(session.message) as blocker:
        ok = session.set_spec(replace(session.spec, layer_sizes=(2, 100_000, 1)))
    assert ok is False
    assert blocker.args[0] == "error" and "not enough memory" in blocker.args[1]
    assert session.spec == before_spec and session.network_id == before_id


def test_snapshots_of_an_older_network_are_ignored(session):
    old_id = session.network_id
    session.reset_network()
    stale = Snapshot(network_id=old_id, epoch=5, batch=0, steps=5, params=tuple(session.network.copy_params()),
                     layer_sizes=(2, 4, 1), epochs=np.array([[1, 0.5, 0.5, np.nan, np.nan]]))
    assert session.apply_snapshot(stale) is False
    assert len(session.history) == 0 and session.snapshot is None


def test_new_kind_of_data_brings_its_preset_and_same_kind_keeps_the_design(session):
    session.set_spec(replace(session.spec, layer_sizes=(2, 7, 1)))
    assert session.load_dataset_spec(DatasetSpec("logic", "AND"))
    assert session.spec.layer_sizes == (2, 7, 1)          # same kind: the student's design stays
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n_classes": 3}))
    assert session.spec.layer_sizes[-1] == 3 and session.spec.activations[-1] == "softmax"
    assert session.config.batch_size is not None         # the toy-data preset (minibatches)


def test_a_bad_dataset_spec_keeps_everything(session, qtbot):
    before = (session.dataset, session.network_id)
    with qtbot.waitSignal(session.message) as blocker:
        assert not session.load_dataset_spec(DatasetSpec("file", "nope.csv", {"path": "/nope.csv", "format": "csv"}))
    assert blocker.args[0] == "error" and "nope.csv" in blocker.args[1]
    assert (session.dataset, session.network_id) == before


# ---- training progress and what the worker is asked to train -----------------------------------------
def test_the_epoch_is_the_workers_latest_and_the_history_ends_there(session):
    assert (session.epoch, session.batch) == (0, 0)
    rows = np.array([[e, 1.0 / e, 0.5, np.nan, np.nan] for e in (1, 2, 3)])
    snap = Snapshot(network_id=session.network_id, epoch=3, batch=2, steps=14, params=tuple(session.network.copy_params()),
                    layer_sizes=(2, 4, 1), epochs=rows)
    assert session.apply_snapshot(snap)
    assert (session.epoch, session.batch, session.epochs_done) == (3, 2, 3)
    assert session.history.last_epoch == session.epoch
    session.reset_network()
    assert (session.epoch, session.batch, len(session.history)) == (0, 0, 0)


def test_a_new_network_sets_the_training_state_to_idle(session):
    from guiapp.state import training_state as ts

    session.training_event(ts.START)
    assert session.state == ts.RUNNING
    session.reset_network()
    assert session.state == ts.IDLE


def test_the_training_job_is_plain_read_only_data(session):
    from guiapp.state.training_job import IN_PLACE, REBUILD, SAME, job_change

    job = session.training_job()
    assert job.network_id == session.network_id and job.config is session.config
    assert job.X_train is session.dataset.X_train and job.y_train is session.dataset.y_train
    assert not job.X_train.flags.writeable and not job.y_train.flags.writeable
    assert job.X_test is None  # a truth table is tested on itself: no separate test set
    with pytest.raises(AttributeError):
        job.network_id = 5
    assert job_change(job, session.training_job()) == SAME
    session.set_learning_rate(0.01)
    session.set_config(replace(session.config, epochs=50, seed=3))
    assert job_change(job, session.training_job()) == SAME  # live or used at Reset: nothing to rebuild
    session.set_config(replace(session.config, optimizer="adam", l2=0.001))
    assert job_change(job, session.training_job()) == IN_PLACE
    session.set_config(replace(session.config, batch_size=2))
    assert job_change(job, session.training_job()) == REBUILD
    assert job_change(None, job) == REBUILD


def test_image_data_sends_its_test_set_and_image_shape(session):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    job = session.training_job()
    assert job.X_test is session.dataset.X_test and job.y_test is session.dataset.y_test
    assert job.image_shape == (28, 28) and job.epoch_limit == session.config.epochs
