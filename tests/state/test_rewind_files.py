"""The rewind entries an autosave keeps beside it (guiapp/state/rewind_files.py): each entry is
written once, later saves write only the new ones, entries thinned away or left on another branch
are removed, and reading brings back exactly what was kept, skipping (and naming) a missing or
damaged file. No Qt."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.data.dataset import Dataset
from guiapp.engine.specs import NetworkSpec, TrainingConfig
from guiapp.engine.training import Trainer
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.datasets import load_dataset
from guiapp.state.project import Project, read_project, write_project
from guiapp.state.project_data import data_source_for
from guiapp.state.rewind import RewindStore
from guiapp.state.rewind_files import (
    RewindFileWriter,
    entries_folder,
    read_rewind_files,
)

SPIRAL = DatasetSpec("toy2d", "spiral", {"n": 120, "noise": 0.1, "seed": 3, "n_classes": 3})
NET = NetworkSpec((2, 8, 3), ("tanh", "softmax"))


def _trained(epochs: int, optimizer: str = "momentum", spec: NetworkSpec = NET) -> tuple[Dataset, Trainer, list]:
    """A momentum Trainer and its end-of-epoch states 0..epochs (what the rewind store keeps)."""
    ds = load_dataset(SPIRAL)
    config = TrainingConfig(optimizer=optimizer, batch_size=16, seed=4)
    trainer = Trainer(spec.build(seed=4), ds.X_train, ds.y_train, optimizer=config.make_optimizer(),
                      batch_size=16, shuffle=True, seed=4)
    states = [trainer.capture_state()]
    for _ in range(epochs):
        trainer.run_epoch()
        states.append(trainer.capture_state())
    return ds, trainer, states


def _kept(tmp_path, epochs: int, spec: NetworkSpec = NET,
          name: str = "a") -> tuple[list, RewindStore, RewindFileWriter]:
    """The end-of-epoch states 0..epochs, a store keeping them all, and a writer for its folder."""
    _, _, states = _trained(epochs, spec=spec)
    store = RewindStore()
    store.add(states)
    return states, store, RewindFileWriter(tmp_path / f"{name}.bplab.rewind")


def _files(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _same(a, b) -> None:
    assert (a.epoch, a.steps, a.batch, a.optimizer_name) == (b.epoch, b.steps, b.batch, b.optimizer_name)
    np.testing.assert_array_equal(a.params, b.params)
    assert a.rng == b.rng and a.best_loss == b.best_loss
    for name, values in a.optimizer["arrays"].items():
        for x, y in zip(values, b.optimizer["arrays"][name], strict=True):
            np.testing.assert_array_equal(x, y)
    assert a.optimizer["scalars"] == b.optimizer["scalars"]


def test_each_entry_is_written_once_and_read_back_exactly(tmp_path):
    _, _, states = _trained(6)
    store = RewindStore()
    store.add(states[:4])
    writer = RewindFileWriter(tmp_path / "a.bplab.rewind")
    doc = writer.sync(store)
    assert writer.last_written == 4 and len(doc["entries"]) == 4
    first = _files(writer.folder)
    store.add(states[4:])
    doc = writer.sync(store)
    assert writer.last_written == 3                             # only the epochs kept since
    assert first < _files(writer.folder) and len(_files(writer.folder)) == 7
    assert writer.sync(store) == doc and writer.last_written == 0   # nothing new: nothing written

    back, problems = read_rewind_files(doc, writer.folder, NET)
    assert problems == [] and list(back.epochs) == list(range(7))
    for e in range(7):
        _same(back.state_at(e), states[e])


def test_thinned_entries_and_an_abandoned_branch_are_removed_after_the_save(tmp_path):
    _, store, writer = _kept(tmp_path, 5)
    writer.prune(writer.sync(store))
    old = {e["epoch"]: e["file"] for e in writer.sync(store)["entries"]}

    store.truncate(2)                                # rewound to epoch 2, trained on: a new branch
    _, _, other = _trained(3, optimizer="sgd")
    store.add([other[3]])
    doc = writer.sync(store)
    assert writer.last_written == 1
    new = {e["epoch"]: e["file"] for e in doc["entries"]}
    assert new[3] != old[3] and [new[e] for e in range(3)] == [old[e] for e in range(3)]
    assert old[4] in _files(writer.folder)           # still named by the autosave on disk ...
    writer.prune(doc)                                # ... until the one naming `doc` is written
    assert _files(writer.folder) == set(new.values())
    back, _ = read_rewind_files(doc, writer.folder, NET)
    _same(back.state_at(3), other[3])


def test_a_file_removed_meanwhile_is_written_again(tmp_path):
    _, store, writer = _kept(tmp_path, 2)
    writer.sync(store)
    for p in writer.folder.iterdir():
        p.unlink()
    writer.folder.rmdir()                            # the project was saved: the folder went
    doc = writer.sync(store)
    assert writer.last_written == 3 and len(_files(writer.folder)) == 3
    assert read_rewind_files(doc, writer.folder, NET)[1] == []


def test_missing_or_damaged_entries_are_skipped_and_named(tmp_path):
    states, store, writer = _kept(tmp_path, 4)
    doc = writer.sync(store)
    names = [e["file"] for e in doc["entries"]]
    (writer.folder / names[1]).unlink()
    data = (writer.folder / names[3]).read_bytes()
    (writer.folder / names[3]).write_bytes(data[: len(data) // 2])       # cut short by a crash
    back, problems = read_rewind_files(doc, writer.folder, NET)
    assert list(back.epochs) == [0, 2, 4]
    assert [(p.file, p.epoch, p.reason) for p in problems] == [(names[1], 1, "missing"), (names[3], 3, "damaged")]
    _same(back.state_at(4), states[4])


@pytest.mark.parametrize("bad", ["../../etc/passwd", "epoch-1-zzzzzzzz.bpentry", "epoch-2-0123abcd.bpentry"])
def test_names_that_are_not_entries_are_never_opened(tmp_path, bad):
    _, store, writer = _kept(tmp_path, 1)
    doc = writer.sync(store)
    doc["entries"][1] = {"file": bad, "epoch": 1}    # (the last: a name whose epoch is not 1)
    back, problems = read_rewind_files(doc, writer.folder, NET)
    assert list(back.epochs) == [0] and [p.reason for p in problems] == ["not_entry"] and problems[0].epoch is None


def test_entries_of_another_network_or_beyond_the_bound_are_refused(tmp_path):
    states, store, writer = _kept(tmp_path, 3)
    doc = writer.sync(store)
    other = NetworkSpec((2, 9, 3), ("tanh", "softmax"))
    back, problems = read_rewind_files(doc, writer.folder, other)
    assert len(back) == 0 and [p.reason for p in problems] == ["damaged"] * 4 and "weights" in problems[0].detail
    wide = NetworkSpec((2, 300, 3), ("tanh", "softmax"))    # 1,803 weights: 14 KB, twice with momentum
    states, store, wide_writer = _kept(tmp_path, 3, spec=wide, name="b")
    doc = wide_writer.sync(store)
    small = dict(doc, max_bytes=states[0].nbytes)    # the file says its store keeps one entry's bytes
    back, problems = read_rewind_files(small, wide_writer.folder, wide)
    assert list(back.epochs) == [0] and [(p.epoch, p.reason) for p in problems] == [(1, "too_large")]
    with pytest.raises(ValueError):
        read_rewind_files({"format": 99, "entries": []}, writer.folder, NET)


def test_an_autosave_names_its_entries_and_opens_with_them(tmp_path):
    """The project file written with ``rewind_files`` (an autosave) opens with its rewind store,
    cut at the file's epoch, off the GUI thread (``prepare_project``)."""
    from guiapp.workers.project_io import load_rewind

    ds, _, states = _trained(5)
    store = RewindStore()
    store.add(states)
    path = tmp_path / "session-1.bplab"
    writer = RewindFileWriter(entries_folder(path))
    doc = writer.sync(store)
    project = Project(data=data_source_for(SPIRAL, ds), spec=NET, config=TrainingConfig(optimizer="momentum"),
                      dtype="float64", trainer=states[4], history=np.zeros((0, 6)), rewind_files=doc)
    write_project(path, project, compress=False)
    p = read_project(path)
    assert p.rewind is None and p.rewind_files == doc
    back, problem, lost = load_rewind(p, path)
    assert problem == "" and lost == () and list(back.epochs) == [0, 1, 2, 3, 4]   # 5 is past the file's epoch
    _same(back.state_at(4), states[4])
    import shutil

    shutil.rmtree(entries_folder(path))             # the file copied away without its folder
    back, problem, lost = load_rewind(read_project(path), path)
    assert back is None and problem == "" and lost == (0, 1, 2, 3, 4)      # (5: past the file's epoch anyway)
