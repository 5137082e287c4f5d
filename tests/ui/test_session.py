"""The session model (QtCore only): the single source of truth the panels share."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

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
