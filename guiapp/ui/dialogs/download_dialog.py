"""Download full MNIST on request: a dialog with bytes, rate and time left, and Cancel.

The files go to the platform's app-data folder (QStandardPaths.AppDataLocation/mnist) through
``guiapp.data.download.download_mnist``, which writes each to a ``.part`` file, verifies its
checksum and only then renames it: nothing half-written is ever taken for data. The download
runs on a BackgroundJob thread; every failure is shown in the dialog with what to do next.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from ...data import download as mnist
from ...workers.background_job import BackgroundJob


def mnist_cache_dir() -> Path:
    """Where downloaded MNIST lives: <app data>/mnist (e.g. ~/.local/share/Backprop Lab/mnist)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "mnist"


def cached_mnist_dir(folder: Path | None = None) -> Path | None:
    """The cache folder if all four MNIST files are there with their full sizes, else None.
    (Each file was checksummed before it got its final name, so a size check suffices here.)"""
    folder = folder or mnist_cache_dir()
    for name in mnist.MNIST_FILES:
        path = folder / name
        expected = mnist.MNIST_SIZES.get(name)
        if not path.is_file() or (expected is not None and path.stat().st_size != expected):
            return None
    return folder


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def _describe_error(exc: Exception) -> str:
    advice = {
        mnist.DownloadUnreachable: "Check that this computer is online, then try again.",
        mnist.DownloadTimeout: "The server is slow or the connection dropped. Try again in a moment.",
        mnist.DownloadHTTPError: "The mirror does not have the file right now. Try again later.",
        mnist.DownloadTruncated: "The connection ended early. Try again; files already complete are kept.",
        mnist.DownloadChecksumError: "The file arrived damaged or altered and was thrown away. Try again.",
    }
    for cls, text in advice.items():
        if isinstance(exc, cls):
            return f"{exc}\n\n{text}"
    return f"{exc}\n\nTry again; files already complete are kept."


class MnistDownloadDialog(QDialog):
    """Downloads MNIST when shown (exec()). ``folder`` is set when it succeeded."""

    def __init__(self, parent: QWidget | None = None, *, dest: Path | None = None, mirrors=None, files=None,
                 sizes=None, timeout: float = 15.0):
        super().__init__(parent)
        self.setObjectName("mnistDownloadDialog")
        self.setWindowTitle("Download full MNIST")
        self.setMinimumWidth(460)
        self.dest = Path(dest) if dest is not None else mnist_cache_dir()
        self._kwargs = {"timeout": timeout}
        if mirrors is not None:
            self._kwargs["mirrors"] = mirrors
        if files is not None:
            self._kwargs["files"] = files
            self._kwargs["sizes"] = sizes
        self.folder: Path | None = None
        self.error: Exception | None = None
        self.job: BackgroundJob | None = None
        self._closing = False  # Cancel pressed: close as soon as the thread has ended

        layout = QVBoxLayout(self)
        intro = QLabel("MNIST: 70,000 handwritten digits (about 11 MB), saved in\n" + str(self.dest))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status_label = QLabel("Starting…")
        self.status_label.setObjectName("downloadStatusLabel")
        layout.addWidget(self.status_label)
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadProgressBar")
        self.bar.setAccessibleName("Download progress")
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        self.detail_label = QLabel("")
        self.detail_label.setObjectName("downloadDetailLabel")
        layout.addWidget(self.detail_label)
        self.error_label = QLabel("")
        self.error_label.setObjectName("downloadErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c42b1c;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.retry_button = QPushButton("Try again")
        self.retry_button.setObjectName("downloadRetryButton")
        self.retry_button.setToolTip("Download what is still missing")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("downloadCancelButton")
        self.cancel_button.setToolTip("Stop the download; nothing half-written is kept")
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._t0 = 0.0

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.job is None:
            self.start()

    @Slot()
    def start(self) -> None:
        self.error = None
        self.error_label.hide()
        self.retry_button.hide()
        self.cancel_button.setText("Cancel")
        self._t0 = time.monotonic()
        dest, kwargs = self.dest, dict(self._kwargs)

        def work(ctx):
            return mnist.download_mnist(dest, progress=ctx.progress, cancel=ctx.cancel, status=ctx.status, **kwargs)

        self.job = BackgroundJob(work, self)
        self.job.progress.connect(self._on_progress)
        self.job.status.connect(self.status_label.setText)
        self.job.succeeded.connect(self._on_success)
        self.job.failed.connect(self._on_failure)
        self.job.start()

    @Slot(object, object)
    def _on_progress(self, done, total) -> None:
        elapsed = max(time.monotonic() - self._t0, 1e-3)
        rate = done / elapsed
        if total:
            self.bar.setValue(int(1000 * done / total))
            left = (total - done) / rate if rate > 0 else float("inf")
            left_text = f"{left:.0f} s left" if left != float("inf") else "…"
            self.detail_label.setText(f"{_mb(done)} of {_mb(total)} — {_mb(rate)}/s — {left_text}")
        else:
            self.bar.setRange(0, 0)
            self.detail_label.setText(f"{_mb(done)} — {_mb(rate)}/s")

    @Slot(object)
    def _on_success(self, folder) -> None:
        self.folder = Path(folder)
        self.bar.setValue(1000)
        if self._closing:  # finished just as Cancel was pressed: keep the files, close anyway
            super().reject()
        else:
            self.accept()

    @Slot(object)
    def _on_failure(self, exc) -> None:
        if isinstance(exc, mnist.DownloadCancelled) or self._closing:
            super().reject()
            return
        self.error = exc
        self.status_label.setText("The download failed.")
        self.error_label.setText(_describe_error(exc))
        self.error_label.show()
        self.retry_button.show()
        self.cancel_button.setText("Close")

    def reject(self) -> None:
        """Cancel: ask the download to stop; the dialog closes when its thread has ended (the
        window stays responsive meanwhile)."""
        if self.job is not None and not self.job.done:
            self._closing = True
            self.job.cancel()
            self.status_label.setText("Cancelling…")
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.job is not None and not self.job.done:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def download_mnist_interactive(parent: QWidget | None = None, **kwargs) -> Path | None:
    """Run the download dialog; the folder with verified MNIST files, or None (failed/cancelled)."""
    dialog = MnistDownloadDialog(parent, **kwargs)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.folder if ok else None
