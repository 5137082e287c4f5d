"""File → Export… in the window: the dialog, and each export: the model as a NumPy script whose
predict(X) equals the app's outputs within 1e-5 (and the PyTorch script where torch is installed),
the model file, the whole window as PNG and SVG, the history as CSV."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec


def _step_epochs(qtbot, window, n):
    for _ in range(n):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=20_000)


def _run_predict(folder, module, X):
    np.save(folder / "X.npy", np.asarray(X, dtype=np.float64))
    probe = (f"import sys, numpy as np; sys.path.insert(0, '.'); import {module} as m; "
             "np.save('out.npy', np.asarray(m.predict(np.load('X.npy')), dtype=np.float64))")
    run = subprocess.run([sys.executable, "-c", probe], cwd=folder, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return np.load(folder / "out.npy")


def test_the_export_dialog_offers_each_kind(qtbot, window):
    from guiapp.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.kind == "numpy" and dialog.embed is None and dialog.weights_combo.isEnabled()
    for key, name in (("pytorch", "exportPytorchRadio"), ("model", "exportModelRadio"), ("png", "exportPngRadio"),
                      ("svg", "exportSvgRadio"), ("csv", "exportCsvRadio")):
        radio = dialog.findChild(object, name)
        radio.setChecked(True)
        assert dialog.kind == key and radio.accessibleName()
        assert dialog.weights_combo.isEnabled() == (key == "pytorch")
    dialog.findChild(object, "exportNumpyRadio").setChecked(True)
    dialog.weights_combo.setCurrentIndex(2)
    assert dialog.embed is False


def test_file_export_goes_through_the_dialog_and_asks_where(qtbot, window, session, monkeypatch, tmp_path):
    from guiapp.ui.dialogs.export_dialog import ExportDialog

    _step_epochs(qtbot, window, 3)

    def pick_csv(dialog):
        dialog.radios["csv"].setChecked(True)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", pick_csv)
    exports = window.project_files.exports
    monkeypatch.setattr(exports, "ask_export_path", lambda kind: str(tmp_path / f"h.{kind}"))
    window.project_files.export_action.trigger()
    with open(tmp_path / "h.csv", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["epoch", "train_loss", "train_acc", "test_loss", "test_acc", "penalty"]
    assert [int(r[0]) for r in rows[1:]] == [1, 2, 3]
    np.testing.assert_array_equal([float(r[1]) for r in rows[1:]], session.history.column("train_loss"))
    assert rows[1][3] == ""                       # a truth table has no test set: empty, not "nan"
    assert "h.csv" in window.statusBar().currentMessage()


def test_the_numpy_script_predicts_what_the_app_computes(qtbot, window, session, tmp_path):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 150, "n_classes": 3}))
    _step_epochs(qtbot, window, 5)
    assert window.project_files.exports.export_to("numpy", str(tmp_path / "spiral_model.py"))
    net = window.current_network_copy()
    X = session.dataset.X_test
    np.testing.assert_allclose(_run_predict(tmp_path, "spiral_model", X), net.predict_proba(X), atol=1e-5)


def test_a_large_model_gets_its_weights_beside_the_script(qtbot, window, session, tmp_path):
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 32, 10), ("relu", "softmax")))
    _step_epochs(qtbot, window, 1)
    assert window.project_files.exports.export_to("numpy", str(tmp_path / "digits.py"), embed=None)
    assert (tmp_path / "digits_weights.npz").is_file()
    assert "digits_weights.npz" in window.statusBar().currentMessage()
    X = session.dataset.X_test[:300]
    out = _run_predict(tmp_path, "digits", X)
    np.testing.assert_allclose(out, window.current_network_copy().predict_proba(X), atol=1e-5)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None,
                    reason="PyTorch is not installed here (pip install torch): the PyTorch script is not run")
def test_the_pytorch_script_builds_the_same_network(qtbot, window, session, tmp_path):
    _step_epochs(qtbot, window, 4)
    assert window.project_files.exports.export_to("pytorch", str(tmp_path / "xor_pt.py"))
    X = session.dataset.X_train
    np.save(tmp_path / "X.npy", X)
    probe = ("import sys, numpy as np, torch; sys.path.insert(0, '.'); import xor_pt as m; model = m.build_model(); "
             "model.eval(); out = model(torch.as_tensor(np.load('X.npy'), dtype=m.DTYPE)); "
             "np.save('out.npy', out.detach().double().numpy())")
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = np.load(tmp_path / "out.npy")
    np.testing.assert_allclose(out.reshape(len(X), -1), window.current_network_copy().predict_proba(X), atol=1e-5)


def test_the_model_file_the_window_and_its_drawing(qtbot, window, session, tmp_path):
    from guiapp.engine import load_model

    _step_epochs(qtbot, window, 2)
    exports = window.project_files.exports
    assert exports.export_to("model", str(tmp_path / "m.npz"))
    net, spec, extra = load_model(tmp_path / "m.npz")
    np.testing.assert_array_equal(net.flat_params, window.current_network_copy().flat_params)
    assert exports.export_to("png", str(tmp_path / "w.png"))
    image = QImage(str(tmp_path / "w.png"))
    assert not image.isNull() and (image.width(), image.height()) == (window.width(), window.height())
    assert exports.export_to("svg", str(tmp_path / "w.svg"))
    text = (tmp_path / "w.svg").read_text()
    assert "<svg" in text and "Backprop Lab" in text and text.count("<path") > 10


def test_an_export_that_cannot_be_written_says_so(qtbot, window, tmp_path):
    assert not window.project_files.exports.export_to("numpy", str(tmp_path / "no" / "such" / "folder" / "x.py"))
    assert window.banner.isVisible() and "x.py" in window.banner.text()
