"""The command line for teachers, run as a teacher would: ``python -m guiapp info|export`` in a
child process. No Qt is loaded by these commands."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from guiapp.cli import INFO_KEYS
from guiapp.engine import MLP, Trainer, save_model
from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.datasets import load_dataset


def _guiapp(*args, cwd):
    return subprocess.run([sys.executable, "-m", "guiapp", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def _trained_model(path, dataset_spec: DatasetSpec, spec: NetworkSpec, epochs: int, **train):
    ds = load_dataset(dataset_spec)
    net = spec.build(seed=0)
    trainer = Trainer(net, ds.X_train, ds.y_train, seed=0, **train)
    list(trainer.run(epochs))
    save_model(path, net, spec, extra={"dataset": dataset_spec.to_dict(), "epochs": epochs})
    Y = ds.y_train
    train_loss, train_acc = trainer.evaluate(ds.X_train, Y)
    test = (None, None) if ds.kind == "logic" else trainer.evaluate(ds.X_test, ds.y_test)
    return net, ds, (train_loss, train_acc, *test)


@pytest.fixture
def folder(tmp_path):
    """A teacher's folder: two trained models, a model of a student's own CSV, and a stray text file."""
    xor = _trained_model(tmp_path / "anna.npz", DatasetSpec("logic", "XOR"), NetworkSpec((2, 4, 1), ("tanh", "sigmoid")),
                         300, learning_rate=0.5)
    moons = _trained_model(tmp_path / "boris.npz", DatasetSpec("toy2d", "moons", {"n": 200, "noise": 0.1, "seed": 3}),
                           NetworkSpec((2, 8, 1), ("relu", "sigmoid")), 20, learning_rate=0.3, batch_size=16)
    save_model(tmp_path / "carl.npz", MLP([3, 4, 2], ["relu", "softmax"], seed=0),
               extra={"dataset": {"kind": "file", "name": "grades.csv",
                                  "params": {"path": "/nowhere/grades.csv", "format": "csv"}}, "epochs": 7})
    (tmp_path / "notes.txt").write_text("not a model")
    return tmp_path, {"anna.npz": xor, "boris.npz": moons}


def test_help_lists_the_commands(tmp_path):
    done = _guiapp("--help", cwd=tmp_path)
    assert done.returncode == 0
    assert "info FILE..." in done.stdout and "export FILE --to numpy|pytorch -o OUT.py" in done.stdout
    done = _guiapp("info", "--help", cwd=tmp_path)
    assert done.returncode == 0 and "--json" in done.stdout


def test_info_json_one_object_per_file_and_a_clear_error_for_a_stray_file(folder):
    path, models = folder
    done = _guiapp("info", "--json", "anna.npz", "notes.txt", "boris.npz", "carl.npz", cwd=path)
    assert done.returncode == 1  # one file was not a model ...
    assert "notes.txt is not a Backprop Lab model file" in done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["path"] for r in rows] == ["anna.npz", "notes.txt", "boris.npz", "carl.npz"]  # ... the rest reported
    assert all(set(r) == set(INFO_KEYS) for r in rows)
    anna, stray, boris, carl = rows
    _net, _ds, (loss, acc, _, _) = models["anna.npz"]
    assert anna["dataset"] == "XOR" and anna["layer_sizes"] == [2, 4, 1] and anna["epoch"] == 300
    assert anna["train_loss"] == pytest.approx(loss, abs=1e-12) and anna["train_acc"] == acc == 1.0
    assert anna["test_acc"] is None and anna["evaluated"] is True and anna["error"] is None
    _net, _ds, (loss, acc, test_loss, test_acc) = models["boris.npz"]
    assert boris["dataset"] == "Moons" and boris["layer_sizes"] == [2, 8, 1] and boris["epoch"] == 20
    assert boris["train_loss"] == pytest.approx(loss, abs=1e-12) and boris["train_acc"] == pytest.approx(acc)
    assert boris["test_loss"] == pytest.approx(test_loss, abs=1e-12) and boris["test_acc"] == pytest.approx(test_acc)
    assert stray["error"]["code"] == "not_a_model_file" and stray["layer_sizes"] is None
    assert carl["dataset"] == "grades.csv" and carl["epoch"] == 7 and carl["train_loss"] is None
    assert carl["evaluated"] is False and "not built-in data" in carl["note"]


def test_info_as_text(folder):
    path, models = folder
    done = _guiapp("info", "anna.npz", "boris.npz", cwd=path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    _net, _ds, (loss, _acc, _, _) = models["anna.npz"]
    for piece in ("anna.npz: Backprop Lab model file", "data:    XOR", "design:  2-4-1 (tanh → sigmoid), loss bce",
                  "trained: 300 epochs", f"train:   loss {loss:.6g}, accuracy 100.00%", "boris.npz",
                  "data:    Moons", "test:    loss", "evaluated now on the built-in data"):
        assert piece in out, piece


def test_info_on_the_bundled_mnist_sample_and_on_data_that_is_not_here(tmp_path):
    net = MLP([784, 8, 10], ["relu", "softmax"], seed=0, dtype=np.float32)
    save_model(tmp_path / "digits.npz", net, extra={"dataset": {"kind": "mnist", "name": "sample"}, "epochs": 0})
    save_model(tmp_path / "full.npz", net, extra={"dataset": {"kind": "mnist", "name": "folder",
                                                              "params": {"path": str(tmp_path / "gone")}}})
    done = _guiapp("info", "--json", "digits.npz", "full.npz", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    digits, full = (json.loads(line) for line in done.stdout.splitlines())
    ds = load_dataset(DatasetSpec("mnist", "sample"))
    Y = ds.y_test
    want_loss, want_acc = Trainer(net, ds.X_train, ds.y_train).evaluate(ds.X_test, Y)
    assert digits["dataset"] == "MNIST sample" and digits["evaluated"] is True
    assert digits["test_acc"] == pytest.approx(want_acc) and digits["test_loss"] == pytest.approx(want_loss, rel=1e-6)
    assert full["evaluated"] is False and "full MNIST is not downloaded" in full["note"] and full["epoch"] is None


def test_a_damaged_model_file_is_reported_and_the_others_still_are(folder):
    path, _models = folder
    (path / "broken.npz").write_bytes((path / "anna.npz").read_bytes()[:200])
    done = _guiapp("info", "broken.npz", "anna.npz", "missing.npz", cwd=path)
    assert done.returncode == 1
    assert "broken.npz" in done.stderr and "there is no file missing.npz" in done.stderr
    assert "anna.npz: Backprop Lab model file" in done.stdout


def test_the_commands_load_no_qt(folder):
    path, _models = folder
    code = ("import sys\n"
            "from guiapp.app import main\n"
            "rc = main(['info', 'anna.npz']) + main(['export', 'anna.npz', '--to', 'pytorch', '-o', 'anna_pt.py'])\n"
            "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
            "print('RESULT', rc, qt)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "RESULT 0 []" in done.stdout


def test_export_to_numpy_gives_the_models_outputs(folder):
    path, models = folder
    done = _guiapp("export", "boris.npz", "--to", "numpy", "-o", "boris_np.py", cwd=path)
    assert done.returncode == 0, done.stderr
    assert "wrote boris_np.py: a NumPy script, its weights inside" in done.stdout
    net, ds, _ = models["boris.npz"]
    np.save(path / "X.npy", ds.X_test)
    run = subprocess.run([sys.executable, "-c", "import numpy as np, boris_np; np.save('y.npy', boris_np.predict(np.load('X.npy')))"],
                         capture_output=True, text=True, cwd=path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert np.max(np.abs(np.load(path / "y.npy") - net.predict_proba(ds.X_test))) <= 1e-12
    text = (path / "boris_np.py").read_text()
    assert "Moons (2-D points)" in text and "Trained:  20 epochs" in text and "From:     boris.npz" in text


def test_export_to_pytorch_with_the_weights_in_a_file(folder):
    path, _models = folder
    done = _guiapp("export", "anna.npz", "--to", "pytorch", "-o", "anna_pt.py", "--weights", "file", cwd=path)
    assert done.returncode == 0, done.stderr
    assert (path / "anna_pt_weights.npz").exists()
    text = (path / "anna_pt.py").read_text()
    compile(text, "anna_pt.py", "exec")
    assert 'WEIGHTS_FILE = Path(__file__).with_name("anna_pt_weights.npz")' in text
    assert "LEARNING_RATE = 0.1" in text  # not kept in a model file: the app's starting settings for XOR
    assert "Settings: not kept in a model file" in text


def test_export_errors(folder):
    path, _models = folder
    done = _guiapp("export", "notes.txt", "--to", "numpy", "-o", "x.py", cwd=path)
    assert done.returncode == 1 and "notes.txt is not a Backprop Lab model file" in done.stderr
    done = _guiapp("export", "anna.npz", "--to", "keras", "-o", "x.py", cwd=path)
    assert done.returncode == 2 and "invalid choice: 'keras'" in done.stderr
    done = _guiapp("export", "anna.npz", "--to", "numpy", "-o", path / "no" / "x.py", cwd=path)
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert not (path / "x.py").exists()
