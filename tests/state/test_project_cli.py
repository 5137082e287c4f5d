"""``python -m guiapp info|export`` on project files (.bplab), as a teacher runs them: info reports
the results the project keeps (JSON keys for grading a folder), export writes the same scripts as
for a model file, with the project's own data and settings."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from guiapp.engine.specs import NetworkSpec, TrainingConfig
from guiapp.engine.training import Trainer
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.datasets import load_dataset
from guiapp.state.project import Project, write_project
from guiapp.state.project_data import data_source_for


def _guiapp(*args, cwd):
    return subprocess.run([sys.executable, "-m", "guiapp", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def _project(path, spec_data, spec, config, epochs, dataset=None):
    ds = dataset if dataset is not None else load_dataset(spec_data)
    net = spec.build(seed=config.seed)
    trainer = Trainer(net, ds.X_train, ds.y_train, optimizer=config.make_optimizer(), batch_size=config.batch_size,
                      seed=config.seed, X_test=ds.X_test if ds.kind != "logic" else None,
                      Y_test=ds.y_test if ds.kind != "logic" else None)
    rows = []
    for r in trainer.run(epochs):
        rows.append((r.epoch, r.train_loss, r.train_acc, np.nan if r.test_loss is None else r.test_loss,
                     np.nan if r.test_acc is None else r.test_acc, r.penalty))
    write_project(path, Project(data_source_for(spec_data, ds), spec, config, "float64", trainer.capture_state(),
                                np.array(rows)))
    return net, ds, rows[-1]


@pytest.fixture
def folder(tmp_path):
    moons = _project(tmp_path / "dana.bplab", DatasetSpec("toy2d", "moons", {"n": 200, "noise": 0.1, "seed": 3}),
                     NetworkSpec((2, 8, 1), ("relu", "sigmoid")), TrainingConfig(batch_size=16, learning_rate=0.3), 12)
    csv = tmp_path / "grades.csv"
    rng = np.random.default_rng(1)
    csv.write_text("hours,sleep,passed\n" + "".join(f"{a:.2f},{b:.2f},{int(a + b > 1)}\n" for a, b in rng.random((50, 2))))
    spec_csv = DatasetSpec("file", "grades.csv", {"path": str(csv), "format": "csv", "label_column": "passed"})
    table = _project(tmp_path / "emil.bplab", spec_csv, NetworkSpec((2, 4, 1), ("tanh", "sigmoid")),
                     TrainingConfig(optimizer="adam", batch_size=8), 5)
    csv.unlink()   # the table is inside the project
    (tmp_path / "broken.bplab").write_bytes(b"PK\x03\x04 cut short")
    return tmp_path, {"dana.bplab": moons, "emil.bplab": table}


def test_info_json_reports_the_results_the_project_keeps(folder):
    where, expected = folder
    out = _guiapp("info", "--json", "dana.bplab", "emil.bplab", "broken.bplab", cwd=where)
    assert out.returncode == 1                      # one file is not readable; the others are reported
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["path"] for r in rows] == ["dana.bplab", "emil.bplab", "broken.bplab"]
    dana, emil, broken = rows
    for row, name in ((dana, "dana.bplab"), (emil, "emil.bplab")):
        net, ds, last = expected[name]
        assert row["kind"] == "project" and row["layer_sizes"] == list(net.layer_sizes)
        assert row["epoch"] == int(last[0]) and row["evaluated"] is False
        assert row["train_loss"] == pytest.approx(last[1], abs=1e-12) and row["train_acc"] == pytest.approx(last[2])
        assert row["test_acc"] == pytest.approx(last[4])
        assert row["dataset"] == ds.name
    assert dana["dataset_spec"]["kind"] == "toy2d" and "the project keeps" in dana["note"]
    assert broken["error"]["code"] == "not_a_model_file" and "cut short" in broken["error"]["message"]
    assert "broken.bplab" in out.stderr


def test_info_text_says_what_a_project_holds(folder):
    where, _ = folder
    out = _guiapp("info", "emil.bplab", cwd=where)
    assert out.returncode == 0, out.stderr
    assert "emil.bplab: Backprop Lab project file" in out.stdout and "grades.csv" in out.stdout
    assert "5 epochs" in out.stdout and "2-4-1" in out.stdout


def test_export_a_project_as_a_numpy_script_that_predicts_as_the_app(folder):
    where, expected = folder
    for name in ("dana.bplab", "emil.bplab"):
        out = _guiapp("export", name, "--to", "numpy", "-o", name.replace(".bplab", ".py"), cwd=where)
        assert out.returncode == 0, out.stderr
        net, ds, _ = expected[name]
        stem = name.replace(".bplab", "")
        probe = ("import sys, numpy as np; sys.path.insert(0, '.'); "
                 f"import {stem} as m; X = np.load('X.npy'); np.save('out.npy', m.predict(X))")
        np.save(where / "X.npy", ds.X_train.astype(np.float64))
        run = subprocess.run([sys.executable, "-c", probe], cwd=where, capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        np.testing.assert_allclose(np.load(where / "out.npy").reshape(len(ds.X_train), -1),
                                   net.predict_proba(ds.X_train), atol=1e-5)
    script = (where / "emil.py").read_text()
    assert "grades.csv" in script                   # the project's own data is described in the script


def test_export_a_project_as_a_pytorch_script(folder):
    where, _ = folder
    out = _guiapp("export", "emil.bplab", "--to", "pytorch", "-o", "emil_pt.py", cwd=where)
    assert out.returncode == 0, out.stderr
    text = (where / "emil_pt.py").read_text()
    assert "def build_model" in text and "Adam" in text
