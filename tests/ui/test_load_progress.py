"""The background-load dialog (issue 14 §2): its bar shows bytes read (not a busy bar), and its
Cancel button stops the reader mid-file; the data stays as it was."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from guiapp.data.idx import write_idx
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.dialogs import load_progress


def _idx_folder(tmp_path, n_train=3000):
    rng = np.random.default_rng(0)
    for part, n in (("train", n_train), ("t10k", 500)):
        write_idx(tmp_path / f"{part}-images-idx3-ubyte", rng.integers(0, 256, (n, 28, 28), dtype=np.uint8))
        write_idx(tmp_path / f"{part}-labels-idx1-ubyte", rng.integers(0, 10, n, dtype=np.uint8))
    return DatasetSpec("file", "digits", {"path": str(tmp_path), "format": "idx_folder"})


def _dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.objectName() == "loadProgressDialog" and w.isVisible()), None)


def test_cancel_in_the_dialog_stops_the_read(qtbot, tmp_path, monkeypatch):
    spec = _idx_folder(tmp_path)
    real_load = load_progress.load_dataset
    reports, paused = [], threading.Event()

    def load_pausing_at_the_first_report(spec, *, cancel, progress):
        def report(done, total):
            reports.append((done, total))
            progress(done, total)
            if not paused.is_set():  # hold the reader mid-file until Cancel is pressed
                paused.set()
                assert cancel.wait(20), "Cancel never reached the reader"

        return real_load(spec, cancel=cancel, progress=report)

    monkeypatch.setattr(load_progress, "load_dataset", load_pausing_at_the_first_report)
    seen = {}

    def press_cancel():
        dialog = _dialog()
        if dialog is not None and paused.is_set() and dialog.maximum() == 1000:
            seen["maximum"], seen["value"] = dialog.maximum(), dialog.value()
            dialog.findChild(QPushButton).click()
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(0, press_cancel)
    outcome = load_progress.load_dataset_with_progress(None, spec)
    assert outcome.cancelled and outcome.dataset is None
    assert seen["maximum"] == 1000 and 0 < seen["value"] < 1000  # a real bar, not a busy one
    done, total = reports[-1]
    assert done < total / 2, "the reader went on after Cancel"


def test_a_load_reports_bytes_up_to_the_total(qtbot, tmp_path, monkeypatch):
    spec = _idx_folder(tmp_path, n_train=1000)
    real_load = load_progress.load_dataset
    reports = []
    monkeypatch.setattr(load_progress, "load_dataset", lambda spec, *, cancel, progress: real_load(
        spec, cancel=cancel, progress=lambda d, t: (reports.append((d, t)), progress(d, t))))
    outcome = load_progress.load_dataset_with_progress(None, spec)
    assert outcome.dataset is not None and outcome.dataset.n_train == 1000
    size = sum(p.stat().st_size for p in tmp_path.iterdir())
    assert reports[-1] == (size, size)
