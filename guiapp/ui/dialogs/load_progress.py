"""The one way the app loads data (and model files) in the background: a ``BackgroundJob`` on a
worker thread behind a modal progress dialog with Cancel; the window keeps repainting meanwhile.
The readers report bytes read (so the bar shows how far along it is) and stop at Cancel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...data.dataset import Dataset
from ...state.dataset_spec import DatasetSpec
from ...state.datasets import load_dataset
from ...workers.background_job import BackgroundJob
from ..data_texts import spec_title
from ..i18n.context import TrContext
from ..i18n.formatting import arg

LoadProgress = TrContext("LoadProgress")


def run_job_with_progress(parent: QWidget | None, title: str, label: str, job: BackgroundJob):
    """Start ``job`` and wait for it in a local event loop behind a modal progress dialog (busy
    bar when the job reports no sizes). Returns (ok, result or exception); ``ok`` is None if the
    user cancelled."""
    dialog = QProgressDialog(label, LoadProgress.tr("Cancel"), 0, 0, parent)
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


@dataclass(frozen=True)
class LoadOutcome:
    """What loading gave: the Dataset, or ``cancelled``, or the ``error`` (an exception)."""

    dataset: Dataset | None = None
    cancelled: bool = False
    error: BaseException | None = None


def load_dataset_with_progress(parent: QWidget | None, spec: DatasetSpec) -> LoadOutcome:
    """Load the data ``spec`` names on a worker thread behind a progress dialog with Cancel."""

    def work(ctx):
        return load_dataset(spec, cancel=ctx.cancel, progress=ctx.progress)

    ok, result = run_job_with_progress(parent, LoadProgress.tr("Loading data"),
                                       arg(LoadProgress.tr("Loading %1…"), spec_title(spec)), BackgroundJob(work))
    if ok is None:
        return LoadOutcome(cancelled=True)
    if not ok:
        return LoadOutcome(error=result)
    return LoadOutcome(dataset=result)
