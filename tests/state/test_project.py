"""Project files (no Qt): every part round-trips exactly, training resumed from a project goes on
exactly as if it had never stopped, and a damaged file is refused with a clear error."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from guiapp.data.dataset import Dataset
from guiapp.engine.specs import NetworkSpec, TrainingConfig
from guiapp.engine.training import Trainer
from guiapp.state import project_data
from guiapp.state.archive import ArchiveError
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.datasets import load_dataset
from guiapp.state.project import Project, read_project, read_summary, write_project
from guiapp.state.project_data import (BUILTIN, EMBEDDED, FILES, ProjectError, data_source_for, load_source)
from guiapp.state.snapshot import EPOCH_COLUMNS


def _train(spec_data: DatasetSpec, spec: NetworkSpec, config: TrainingConfig, epochs: int, *, batches: int = 0,
           dataset: Dataset | None = None):
    """A Trainer as the app builds one, trained ``epochs`` epochs and ``batches`` more minibatches;
    returns (dataset, trainer, history rows)."""
    ds = dataset if dataset is not None else load_dataset(spec_data)
    net = spec.build(seed=config.seed, dtype=np.float64)
    trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=config.make_optimizer(), batch_size=config.batch_size,
                      shuffle=config.shuffle, seed=config.seed, X_test=ds.X_test, Y_test=ds.y_test)
    rows = []
    for _ in range(epochs):
        r = trainer.run_epoch()
        rows.append((r.epoch, r.train_loss, r.train_acc, r.test_loss, r.test_acc, r.penalty))
    for _ in range(batches):
        assert trainer.step_batch() is None
    return ds, trainer, np.array(rows, dtype=np.float64).reshape(-1, len(EPOCH_COLUMNS))


def _project(spec_data, ds, spec, config, trainer, rows, **kw) -> Project:
    return Project(data=data_source_for(spec_data, ds), spec=spec, config=config, dtype="float64",
                   trainer=trainer.capture_state(), history=rows, saved_at="2026-11-23T10:42:00+01:00", **kw)


SPIRAL = DatasetSpec("toy2d", "spiral", {"n": 150, "noise": 0.1, "seed": 3, "n_classes": 3, "test_ratio": 0.2})
SPIRAL_NET = NetworkSpec((2, 8, 8, 3), ("tanh", "relu", "softmax"))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_training_resumed_from_a_project_goes_on_exactly(tmp_path, optimizer):
    """Train 4 epochs and 3 minibatches, save, open in a fresh Trainer, train on: the same losses
    (to 1e-12; in fact bit for bit) and weights as a run that never stopped."""
    config = TrainingConfig(optimizer=optimizer, batch_size=16, l2=1e-3, seed=5)
    ds, trainer, rows = _train(SPIRAL, SPIRAL_NET, config, 4, batches=3)
    write_project(tmp_path / "p.bplab", _project(SPIRAL, ds, SPIRAL_NET, config, trainer, rows))
    going_on = [trainer.run_epoch() for _ in range(5)]

    p = read_project(tmp_path / "p.bplab")
    assert (p.trainer.epoch, p.trainer.batch) == (4, 3) and p.spec == SPIRAL_NET and p.config == config
    ds2 = load_source(p.data, "p.bplab")
    net = p.spec.build(seed=123, dtype=np.float64)   # other random weights: the file's must replace them
    resumed = Trainer(net, ds2.X_train, ds2.y_train, optimizer=p.config.make_optimizer(),
                      batch_size=p.config.batch_size, shuffle=p.config.shuffle, seed=999,
                      X_test=ds2.X_test, Y_test=ds2.y_test)
    resumed.restore_state(p.trainer)
    again = [resumed.run_epoch() for _ in range(5)]
    for a, b in zip(going_on, again):
        assert a.epoch == b.epoch and a.steps == b.steps
        assert abs(a.train_loss - b.train_loss) <= 1e-12 and abs(a.test_loss - b.test_loss) <= 1e-12
    np.testing.assert_allclose(resumed.net.flat_params, trainer.net.flat_params, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(p.history, rows)


def test_every_part_round_trips(tmp_path):
    config = TrainingConfig(optimizer="adam", batch_size=32, epochs=50, seed=2, augment_shift=0)
    ds, trainer, rows = _train(SPIRAL, SPIRAL_NET, config, 3)
    rows[1, 3:5] = np.nan  # a test not measured that epoch
    drawing = np.linspace(0, 1, 112 * 112, dtype=np.float32).reshape(112, 112)
    view = {"dock_state": "AAAA/w==", "panels": {"drawDock": {"drawing": drawing, "mode": "probability"},
                                                  "lossDock": {"log_scale": True, "smoothing": 0.25}}}
    rewind = ({"epochs": [1, 2, 3], "thinned": False}, {"e1/params": np.arange(5.0), "e2/params": np.ones(5)})
    p0 = _project(SPIRAL, ds, SPIRAL_NET, config, trainer, rows, view=view, rewind=rewind, document="/x/y.bplab")
    write_project(tmp_path / "p.bplab", p0)
    p = read_project(tmp_path / "p.bplab")
    assert p.data.how == BUILTIN and p.data.spec == SPIRAL and p.data.title == ds.name
    assert p.spec == SPIRAL_NET and p.config == config and p.dtype == "float64"
    s0, s = p0.trainer, p.trainer
    np.testing.assert_array_equal(s.params, s0.params)
    assert (s.epoch, s.batch, s.steps, s.optimizer_name) == (s0.epoch, s0.batch, s0.steps, "adam")
    assert s.rng == s0.rng and s.best_loss == s0.best_loss and s.extra == s0.extra
    assert set(s.optimizer["arrays"]) == set(s0.optimizer["arrays"]) and s.optimizer["scalars"] == s0.optimizer["scalars"]
    for name, arrays in s0.optimizer["arrays"].items():
        for a, b in zip(arrays, s.optimizer["arrays"][name]):
            np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(p.history, rows)   # NaN where not measured, too
    got = p.view["panels"]["drawDock"]["drawing"]
    assert got.dtype == np.float32 and np.array_equal(got, drawing)
    assert p.view["panels"]["lossDock"] == {"log_scale": True, "smoothing": 0.25} and p.view["dock_state"] == "AAAA/w=="
    assert p.rewind[0] == rewind[0] and set(p.rewind[1]) == set(rewind[1])
    np.testing.assert_array_equal(p.rewind[1]["e1/params"], np.arange(5.0))
    assert p.document == "/x/y.bplab" and p.saved_at == "2026-11-23T10:42:00+01:00"
    summary = read_summary(tmp_path / "p.bplab")
    assert summary["dataset"] == ds.name and summary["layer_sizes"] == [2, 8, 8, 3] and summary["epoch"] == 3
    assert summary["train_loss"] == pytest.approx(rows[-1, 1])


def test_a_project_without_a_rewind_part_reads_as_none(tmp_path):
    ds, trainer, rows = _train(SPIRAL, SPIRAL_NET, TrainingConfig(batch_size=16), 1)
    write_project(tmp_path / "p.bplab", _project(SPIRAL, ds, SPIRAL_NET, TrainingConfig(batch_size=16), trainer, rows))
    assert read_project(tmp_path / "p.bplab").rewind is None


def test_a_fresh_network_round_trips_without_optimizer_state(tmp_path):
    xor = DatasetSpec("logic", "XOR")
    ds = load_dataset(xor)
    spec = NetworkSpec((2, 4, 1), ("tanh", "sigmoid"))
    net = spec.build(seed=0)
    from guiapp.engine.trainer_state import TrainerState

    p0 = Project(data_source_for(xor, ds), spec, TrainingConfig(), "float64", TrainerState(net.flat_params.copy()),
                 np.zeros((0, 6)))
    write_project(tmp_path / "x.bplab", p0)
    p = read_project(tmp_path / "x.bplab")
    assert p.trainer.optimizer is None and p.trainer.rng is None and p.trainer.epoch == 0 and len(p.history) == 0
    np.testing.assert_array_equal(p.trainer.params, net.flat_params)
    assert read_summary(tmp_path / "x.bplab")["train_loss"] is None


def test_the_students_own_points_travel_in_the_project(tmp_path):
    points = DatasetSpec("custom", "My points", {"points": [[0.1, 0.2], [0.5, -0.3], [-0.4, 0.9], [0.7, 0.7]],
                                                 "labels": [0, 1, 1, 0], "test": [3], "n_classes": 2})
    spec = NetworkSpec((2, 4, 1), ("tanh", "sigmoid"))
    ds, trainer, rows = _train(points, spec, TrainingConfig(batch_size=None), 2)
    write_project(tmp_path / "p.bplab", _project(points, ds, spec, TrainingConfig(batch_size=None), trainer, rows))
    p = read_project(tmp_path / "p.bplab")
    assert p.data.how == BUILTIN and p.data.spec == points
    again = load_source(p.data, "p.bplab")
    np.testing.assert_array_equal(again.X_train, ds.X_train)
    np.testing.assert_array_equal(again.y_test, ds.y_test)


def _csv(tmp_path):
    path = tmp_path / "flowers.csv"
    rng = np.random.default_rng(0)
    lines = ["petal,sepal,kind"] + [f"{a:.3f},{b:.3f},{int(a + b > 1)}" for a, b in rng.random((60, 2))]
    path.write_text("\n".join(lines) + "\n")
    return path, DatasetSpec("file", "flowers.csv", {"path": str(path), "format": "csv", "label_column": "kind"})


def test_a_csv_table_is_embedded_and_opens_when_the_file_is_gone(tmp_path):
    path, spec_data = _csv(tmp_path)
    ds = load_dataset(spec_data)
    spec = NetworkSpec((2, 6, 1), ("tanh", "sigmoid"))
    _, trainer, rows = _train(spec_data, spec, TrainingConfig(batch_size=8), 2, dataset=ds)
    write_project(tmp_path / "p.bplab", _project(spec_data, ds, spec, TrainingConfig(batch_size=8), trainer, rows))
    path.unlink()
    p = read_project(tmp_path / "p.bplab")
    assert p.data.how == EMBEDDED and p.data.spec == spec_data
    got = load_source(p.data, "p.bplab")
    assert got.name == ds.name and got.kind == ds.kind and got.feature_names == ds.feature_names
    assert got.class_names == ds.class_names and got.n_classes == ds.n_classes
    for name in ("X_train", "y_train", "X_test", "y_test"):
        np.testing.assert_array_equal(getattr(got, name), getattr(ds, name))


def _keras_npz(path, rng_seed=0):
    rng = np.random.default_rng(rng_seed)
    np.savez(path, x_train=rng.integers(0, 256, (30, 28, 28), dtype=np.uint8), y_train=rng.integers(0, 10, 30),
             x_test=rng.integers(0, 256, (10, 28, 28), dtype=np.uint8), y_test=rng.integers(0, 10, 10))


def test_large_files_are_kept_by_path_and_checksum(tmp_path, monkeypatch):
    monkeypatch.setattr(project_data, "EMBED_LIMIT", 0)   # this small .npz counts as large
    npz = tmp_path / "digits.npz"
    _keras_npz(npz)
    spec_data = DatasetSpec("file", "digits.npz", {"path": str(npz), "format": "npz"})
    ds = load_dataset(spec_data)
    spec = NetworkSpec((784, 8, 10), ("relu", "softmax"))
    _, trainer, rows = _train(spec_data, spec, TrainingConfig(batch_size=10), 1, dataset=ds)
    write_project(tmp_path / "p.bplab", _project(spec_data, ds, spec, TrainingConfig(batch_size=10), trainer, rows))
    with zipfile.ZipFile(tmp_path / "p.bplab") as zf:
        assert not any(n.startswith("data/") for n in zf.namelist())   # no data inside
    p = read_project(tmp_path / "p.bplab")
    assert p.data.how == FILES and p.data.files[0].path == str(npz.resolve())
    np.testing.assert_array_equal(load_source(p.data, "p.bplab").X_train, ds.X_train)

    _keras_npz(npz, rng_seed=1)          # the file changed
    with pytest.raises(ProjectError) as info:
        load_source(p.data, "p.bplab")
    assert info.value.code == "project_data_changed" and info.value.details["path"] == str(npz.resolve())
    npz.rename(tmp_path / "elsewhere.npz")   # the file moved
    with pytest.raises(ProjectError) as info:
        load_source(p.data, "p.bplab")
    assert info.value.code == "project_data_missing" and "no longer there" in str(info.value)


# ---- damaged files ----------------------------------------------------------------------------------------
def _good(tmp_path):
    config = TrainingConfig(optimizer="momentum", batch_size=16)
    ds, trainer, rows = _train(SPIRAL, SPIRAL_NET, config, 2)
    path = write_project(tmp_path / "good.bplab", _project(SPIRAL, ds, SPIRAL_NET, config, trainer, rows))
    return path


def test_a_truncated_or_corrupt_project_is_refused_with_a_clear_error(tmp_path):
    data = _good(tmp_path).read_bytes()
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30):
        bad = tmp_path / f"cut{cut}.bplab"
        bad.write_bytes(data[:cut])
        with pytest.raises(ArchiveError) as info:
            read_project(bad)
        assert info.value.code in ("archive_truncated", "archive_corrupt", "archive_bad_member", "archive_not_zip")
        assert bad.name in str(info.value)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    (tmp_path / "flip.bplab").write_bytes(bytes(flipped))
    with pytest.raises((ArchiveError, ProjectError)):
        read_project(tmp_path / "flip.bplab")
    (tmp_path / "text.bplab").write_text("not a project")
    with pytest.raises(ArchiveError) as info:
        read_project(tmp_path / "text.bplab")
    assert info.value.code == "archive_not_zip"


def _rewrite(src, dst, change):
    """Copy project ``src`` to ``dst`` with ``change(documents, arrays)`` applied."""
    from guiapp.state.archive import read_archive, write_archive
    from guiapp.state.project import FORMAT, VERSION

    a = read_archive(src, FORMAT, VERSION)
    docs, arrays = dict(a.documents), dict(a.arrays)
    change(docs, arrays)
    return write_archive(dst, FORMAT, VERSION, docs, arrays)


@pytest.mark.parametrize("change, code, part", [
    (lambda d, a: a.__setitem__("trainer/params", a["trainer/params"][:-1]), "project_misfit", None),
    (lambda d, a: a["trainer/params"].__setitem__(0, np.nan), "project_bad_part", "trainer"),
    (lambda d, a: d["trainer"].__setitem__("epoch", -3), "project_bad_part", "trainer"),
    (lambda d, a: d["training"].__setitem__("learning_rate", -1), "project_bad_part", "training"),
    (lambda d, a: d["design"]["spec"].__setitem__("activations", ["tanh", "nope", "softmax"]), "project_bad_part",
     "design"),
    (lambda d, a: d["data"]["spec"].__setitem__("kind", "elsewhere"), "project_bad_part", "data"),
    (lambda d, a: d.pop("history"), "project_bad_part", "history"),
    (lambda d, a: a.__setitem__("history/rows", a["history/rows"][::-1].copy()), "project_bad_part", "history"),
    (lambda d, a: d["trainer"]["optimizer"]["arrays"].__setitem__("velocity", 7), "project_bad_part", "trainer"),
])
def test_a_project_whose_parts_make_no_sense_is_refused(tmp_path, change, code, part):
    bad = _rewrite(_good(tmp_path), tmp_path / "bad.bplab", change)
    with pytest.raises(ProjectError) as info:
        read_project(bad)
    assert info.value.code == code and info.value.details["file"] == "bad.bplab"
    if part:
        assert info.value.details["part"] == part
    assert "bad.bplab" in str(info.value)


def test_a_newer_project_version_is_refused(tmp_path):
    from guiapp.state.archive import read_archive, write_archive
    from guiapp.state.project import FORMAT, VERSION

    a = read_archive(_good(tmp_path), FORMAT, VERSION)
    write_archive(tmp_path / "new.bplab", FORMAT, VERSION + 1, a.documents, a.arrays)
    with pytest.raises(ArchiveError) as info:
        read_project(tmp_path / "new.bplab")
    assert info.value.code == "archive_newer_version"
