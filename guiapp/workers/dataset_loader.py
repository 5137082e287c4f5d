"""Load a dataset off the GUI thread, with a progress dialog that can be cancelled."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..engine.specs import DatasetSpec
from ..state.datasets import load_dataset
from .background_job import BackgroundJob


def run_job_with_progress(parent: QWidget | None, title: str, label: str, job: BackgroundJob):
    """Start ``job`` and wait for it in a local event loop behind a modal progress dialog (busy
    bar when the job reports no sizes). Returns (ok, result or exception); ``ok`` is None if the
    user cancelled."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setObjectName("loadProgressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick loads never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done, total):
        if total:
            dialog.setMaximum(1000)
            dialog.setValue(int(1000 * done / total))

    job.progress.connect(on_progress)
    job.status.connect(dialog.setLabelText)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    dialog.canceled.connect(job.cancel)
    job.start()
    if not job.done:
        loop.exec()
    dialog.canceled.disconnect(job.cancel)  # closing a QProgressDialog emits canceled()
    dialog.close()
    dialog.deleteLater()
    if job.cancel_requested:
        return None, None
    return job.ok, job.result


def load_dataset_with_progress(parent: QWidget | None, spec: DatasetSpec):
    """Load the data ``spec`` names on a worker thread; the window stays responsive. Returns the
    Dataset, or None after showing the error (or if the user cancelled)."""

    def work(ctx):
        ctx.status(f"Loading {spec.name}…")
        return load_dataset(spec)

    ok, result = run_job_with_progress(parent, "Loading data", f"Loading {spec.name}…", BackgroundJob(work))
    if ok is None:
        return None
    if not ok:
        QMessageBox.warning(parent, "Could not load the data",
                            f"Could not load {spec.name}:\n\n{result}\n\nThe current data and network are unchanged.")
        return None
    return result
