"""A session saved as a project and opened again, through the training controller: the weights,
optimizer state, counters and history come back, and training goes on exactly as if it had never
stopped (the same losses, bit for bit, in float64)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from guiapp.state import training_state as ts
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.project import write_project
from guiapp.workers.project_io import apply_project, capture_project, prepare_project


def _spiral(session):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200}))   # momentum, batch 16


def _step_epochs(qtbot, controller, session, n):
    for _ in range(n):
        controller.step_epoch()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    return session.history.column("train_loss")[-n:].copy()


def _capture(qtbot, session, controller, **kw):
    got = []
    capture_project(session, controller, got.append, **kw)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


@pytest.fixture
def second(qapp):
    """Another session and controller: the app started again."""
    from guiapp.state.session import Session
    from guiapp.workers.training_controller import TrainingController

    s = Session()
    c = TrainingController(s)
    yield s, c
    assert c.shutdown()


def test_a_project_opened_again_trains_on_exactly(qtbot, session, controller, second, tmp_path):
    _spiral(session)
    _step_epochs(qtbot, controller, session, 3)
    controller.step_batch()                    # mid-epoch: the epoch's order and sums go too
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    draft = _capture(qtbot, session, controller)
    assert (draft.trainer.epoch, draft.trainer.batch) == (3, 1) and draft.trainer.optimizer["arrays"]
    assert draft.dtype == "float64"
    write_project(tmp_path / "spiral.bplab", draft.finish())
    first = _step_epochs(qtbot, controller, session, 4)

    s2, c2 = second
    prepared = prepare_project(tmp_path / "spiral.bplab")
    assert apply_project(s2, c2, prepared)
    qtbot.waitUntil(lambda: s2.snapshot is not None and (s2.epoch, s2.batch) == (3, 1), timeout=10_000)
    assert s2.state == ts.PAUSED and s2.dataset_spec == session.dataset_spec
    assert s2.spec == session.spec and s2.config == session.config
    np.testing.assert_array_equal(s2.history.column("train_loss"), session.history.column("train_loss")[:3])
    again = _step_epochs(qtbot, c2, s2, 4)
    np.testing.assert_allclose(again, first, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(again, first)       # in fact bit for bit
    np.testing.assert_array_equal(s2.snapshot.params[0], session.snapshot.params[0])
    assert list(s2.history.column("epoch")) == list(range(1, 8))


def test_a_copy_taken_while_training_runs_has_the_history_up_to_its_weights(qtbot, session, controller):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50, timeout=10_000)
    draft = _capture(qtbot, session, controller)
    assert session.state == ts.RUNNING                  # not interrupted
    assert len(draft.history) and draft.history[-1, 0] == draft.trainer.epoch
    assert list(draft.history[:, 0]) == list(range(1, draft.trainer.epoch + 1))
    controller.stop()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)


def test_a_fresh_network_is_copied_as_its_weights_and_opens_idle(qtbot, session, controller, second, tmp_path):
    draft = _capture(qtbot, session, controller)
    assert draft.trainer.epoch == 0 and len(draft.history) == 0
    write_project(tmp_path / "xor.bplab", draft.finish())
    s2, c2 = second
    assert s2.load_dataset_spec(DatasetSpec("toy2d", "moons"))
    assert apply_project(s2, c2, prepare_project(tmp_path / "xor.bplab"))
    assert s2.dataset.name == "XOR" and s2.state == ts.IDLE
    np.testing.assert_array_equal(s2.network.flat_params, session.network.flat_params)


def test_the_rewind_store_travels_with_the_project(qtbot, session, controller, second, tmp_path):
    _spiral(session)
    _step_epochs(qtbot, controller, session, 3)
    qtbot.waitUntil(lambda: session.rewind.last_epoch == 3, timeout=10_000)
    kept = list(session.rewind.epochs)
    assert kept == [0, 1, 2, 3]
    write_project(tmp_path / "r.bplab", _capture(qtbot, session, controller).finish())
    s2, c2 = second
    assert apply_project(s2, c2, prepare_project(tmp_path / "r.bplab"))
    assert list(s2.rewind.epochs) == kept
    for e in kept:
        a, b = s2.rewind.state_at(e), session.rewind.state_at(e)
        np.testing.assert_array_equal(a.params, b.params)
        assert a.steps == b.steps and a.rng == b.rng
    qtbot.waitUntil(lambda: s2.snapshot is not None and s2.epoch == 3, timeout=10_000)


def test_opening_a_project_that_does_not_fit_changes_nothing(qtbot, session, controller, tmp_path):
    from guiapp.state.archive import read_archive, write_archive
    from guiapp.state.project import FORMAT, VERSION
    from guiapp.state.project_data import ProjectError

    _step_epochs(qtbot, controller, session, 2)
    write_project(tmp_path / "ok.bplab", _capture(qtbot, session, controller).finish())
    a = read_archive(tmp_path / "ok.bplab", FORMAT, VERSION)
    docs = dict(a.documents)
    docs["design"] = {**docs["design"], "spec": {**docs["design"]["spec"], "layer_sizes": [3, 4, 1]}}
    arrays = dict(a.arrays)
    arrays["trainer/params"] = np.zeros(21)
    write_archive(tmp_path / "bad.bplab", FORMAT, VERSION, docs, arrays)
    with pytest.raises(ProjectError) as info:
        prepare_project(tmp_path / "bad.bplab")
    assert info.value.code == "project_misfit" and "3 inputs" in str(info.value)


def test_a_rewind_part_that_does_not_fit_is_said_and_the_rest_is_restored(qtbot, session, controller, second,
                                                                          tmp_path):
    _step_epochs(qtbot, controller, session, 2)
    qtbot.waitUntil(lambda: session.rewind.last_epoch == 2, timeout=10_000)
    project = _capture(qtbot, session, controller).finish()
    meta, arrays = project.rewind                  # a file whose rewind weights are 3 per entry
    damaged = dataclasses.replace(project, rewind=(meta, {**arrays, "params": arrays["params"][:, :3]}))
    write_project(tmp_path / "r.bplab", damaged)
    prepared = prepare_project(tmp_path / "r.bplab")
    assert prepared.rewind is None and "3 weights per entry" in prepared.rewind_problem
    s2, c2 = second
    messages = []
    s2.message.connect(lambda level, text: messages.append((level, text)))
    assert apply_project(s2, c2, prepared)
    assert len(messages) == 1 and messages[0][0] == "warning", messages
    assert "could not be restored" in messages[0][1] and "everything else was" in messages[0][1]
    assert len(s2.rewind) == 0
    qtbot.waitUntil(lambda: s2.snapshot is not None and s2.epoch == 2, timeout=10_000)
    np.testing.assert_array_equal(s2.network.flat_params, prepared.network.flat_params)
