"""Download full MNIST on request: a dialog with bytes, rate and time left, and Cancel.

The files go to the platform's app-data folder (QStandardPaths.AppDataLocation/mnist) through
``guiapp.data.download.download_mnist``, which writes each to a ``.part`` file, verifies its
checksum and only then renames it: nothing half-written is ever taken for data. The download
runs on a BackgroundJob thread. Cancel ends it at once, even against a server that has stopped
sending; quitting the app cancels it and waits for its thread. A failure replaces the progress
bar by what happened, what to do next, and the technical details (scrollable, copyable).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from ...data import download as mnist
from ...workers.background_job import BackgroundJob
from ..error_text import describe
from ..i18n.formatting import Numbers, arg, format_number

#: How long quitting waits for a cancelled download's thread to end (it ends within ~0.1 s).
QUIT_WAIT_SECONDS = 5.0


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
    return arg(Numbers.tr("%1\u00a0MB", "megabytes"), format_number(n / 1e6, decimals=1))


_DOWNLOADING = re.compile(r"^Downloading (\S+) from (\S+)$")
_URL = re.compile(r"\b\w+://[^\s'\"]+")


def menu_path(*items: tuple[str, str]) -> str:
    """A menu path as the menus show it, in the user's language: «File → Open data file…» from
    ((context, text), ...) of the menu titles and items (their accelerators dropped)."""
    names = [QCoreApplication.translate(context, text).replace("&", "") for context, text in items]
    return " → ".join(names)


class MnistDownloadDialog(QDialog):
    """Downloads MNIST when shown (exec()). ``folder`` is set when it succeeded."""

    def __init__(self, parent: QWidget | None = None, *, dest: Path | None = None, mirrors=None, files=None,
                 sizes=None, timeout: float = 15.0):
        super().__init__(parent)
        self.setObjectName("mnistDownloadDialog")
        self.setWindowTitle(self.tr("Download full MNIST"))
        self.setMinimumWidth(520)
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
        intro = QLabel(arg(self.tr("MNIST: %1 handwritten digits (about %2), saved in %3"), 70_000,
                           arg(Numbers.tr("%1\u00a0MB", "megabytes"), 11), f"<code>{_html(str(self.dest))}</code>"))
        intro.setObjectName("downloadIntroLabel")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.status_label = QLabel(self.tr("Starting…"))
        self.status_label.setObjectName("downloadStatusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadProgressBar")
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        self.detail_label = QLabel("")
        self.detail_label.setObjectName("downloadDetailLabel")
        layout.addWidget(self.detail_label)
        self.error_label = QLabel("")
        self.error_label.setObjectName("downloadErrorLabel")
        self.error_label.setAccessibleName(self.tr("What went wrong and what to do"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.details_box = QPlainTextEdit()
        self.details_box.setObjectName("downloadErrorDetails")
        self.details_box.setAccessibleName(self.tr("Details of the failure"))
        self.details_box.setReadOnly(True)
        self.details_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details_box.setWordWrapMode(self.details_box.wordWrapMode().WrapAtWordBoundaryOrAnywhere)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.details_box.setFont(small)
        self.details_box.setFixedHeight(self.details_box.fontMetrics().lineSpacing() * 6 + 12)
        self.details_box.hide()
        layout.addWidget(self.details_box)
        self.buttons = QDialogButtonBox()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("downloadRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Download what is still missing"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("downloadCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the download; nothing half-written is kept"))
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._t0 = 0.0
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-download cancels it and waits for its thread
            app.aboutToQuit.connect(self.stop_download)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.job is None:
            self.start()

    @Slot()
    def start(self) -> None:
        self.error = None
        self.error_label.hide()
        self.details_box.hide()
        self.retry_button.hide()
        self.bar.show()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.detail_label.show()
        self.detail_label.setText("")
        self.status_label.setText(self.tr("Starting…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        self._t0 = time.monotonic()
        dest, kwargs = self.dest, dict(self._kwargs)

        def work(ctx):
            return mnist.download_mnist(dest, progress=ctx.progress, cancel=ctx.cancel, status=ctx.status, **kwargs)

        self.job = BackgroundJob(work, self)
        self.job.progress.connect(self._on_progress)
        self.job.status.connect(self._on_status)
        self.job.succeeded.connect(self._on_success)
        self.job.failed.connect(self._on_failure)
        self.job.start()

    @Slot(str)
    def _on_status(self, line: str) -> None:
        """The download's status line ("Downloading FILE from HOST", "MNIST is ready"), translated."""
        m = _DOWNLOADING.match(line)
        if m:
            line = arg(self.tr("Downloading %1 from %2"), f"<code>{_html(m.group(1))}</code>", _html(m.group(2)))
        elif line == "MNIST is ready":
            line = self.tr("MNIST is ready")
        self.status_label.setText(line)

    @Slot(object, object)
    def _on_progress(self, done, total) -> None:
        elapsed = max(time.monotonic() - self._t0, 1e-3)
        rate = done / elapsed
        if total:
            self.bar.setValue(int(1000 * done / total))
            left = (total - done) / rate if rate > 0 else float("inf")
            left_text = arg(self.tr("%1 s left"), round(left)) if left != float("inf") else "…"
            self.detail_label.setText(arg(self.tr("%1 of %2 — %3/s — %4"), _mb(done), _mb(total), _mb(rate),
                                          left_text))
        else:
            self.bar.setRange(0, 0)
            self.detail_label.setText(arg(self.tr("%1 — %2/s"), _mb(done), _mb(rate)))

    @Slot(object)
    def _on_success(self, folder) -> None:
        self.folder = Path(folder)
        self.bar.setValue(1000)
        if self._closing:  # finished just as Cancel was pressed: keep the files, close anyway
            super().reject()
        else:
            self.accept()

    def _explain(self, exc: Exception) -> tuple[str, str]:
        """(what happened, what to do) for a failed download, in the user's words."""
        elsewhere = arg(self.tr("Or download the four files on another computer and open them here with “%1”."),
                        menu_path(("MainWindow", "&File"), ("DataPanel", "&Open data file…")))
        if isinstance(exc, mnist.DownloadUnreachable):
            return (self.tr("Could not reach the download servers: this computer seems to be offline."),
                    arg(self.tr("Check that this computer is online, then try again. %1"), elsewhere))
        if isinstance(exc, mnist.DownloadTimeout):
            return (self.tr("The server stopped answering."),
                    self.tr("The server is slow or the connection dropped. Try again in a moment."))
        if isinstance(exc, mnist.DownloadHTTPError):
            return (arg(self.tr("The server does not have the file (HTTP %1)."), str(exc.status)),
                    arg(self.tr("The mirror does not have the file right now. Try again later. %1"), elsewhere))
        if isinstance(exc, mnist.DownloadTruncated):
            return (self.tr("The connection ended early."),
                    self.tr("Try again; files already complete are kept."))
        if isinstance(exc, mnist.DownloadTooLarge):
            return (self.tr("The server sent more than the file's size, so the download was stopped."),
                    arg(self.tr("Try again later; files already complete are kept. %1"), elsewhere))
        if isinstance(exc, mnist.DownloadChecksumError):
            return (self.tr("A file arrived damaged or altered (its checksum is wrong) and was thrown away."),
                    self.tr("Try again; files already complete are kept."))
        if isinstance(exc, mnist.DownloadError) and exc.code in ("save_failed", "folder_failed"):
            return (self.tr("The files could not be saved on this computer."),
                    self.tr("Free some disk space, then try again."))
        return (self.tr("The download failed."),
                arg(self.tr("Try again; files already complete are kept. %1"), elsewhere))

    @Slot(object)
    def _on_failure(self, exc) -> None:
        if isinstance(exc, mnist.DownloadCancelled) or self._closing:
            super().reject()
            return
        self.error = exc
        what, todo = self._explain(exc)
        self.status_label.setText(self.tr("The download failed."))
        self.bar.hide()
        self.detail_label.hide()
        self.error_label.setText(arg(self.tr("<b>%1</b><br><br>%2", "what happened, then what to do"),
                                     _html(what), _html(todo)))
        self.error_label.show()
        self.details_box.setPlainText(self._details(exc))
        self.details_box.show()
        self.retry_button.show()
        self.cancel_button.setText(self.tr("Close"))
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _details(self, exc: Exception) -> str:
        """The technical details: the error in the user's words and every address it names."""
        text = describe(exc) or type(exc).__name__
        urls = list(dict.fromkeys(u.rstrip(".,:;)") for u in _URL.findall(str(exc))))
        return arg(self.tr("%1\n\nAddresses tried:\n%2"), text, "\n".join(urls)) if urls else text

    def reject(self) -> None:
        """Cancel: ask the download to stop; the dialog closes when its thread has ended (the
        window stays responsive meanwhile; against a stalled server this takes about 0.1 s)."""
        if self.job is not None and not self.job.done:
            self._closing = True
            self.job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.job is not None and not self.job.done:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @Slot()
    def stop_download(self, timeout: float = QUIT_WAIT_SECONDS) -> bool:
        """Cancel a running download and wait (handling its thread's last signals) until its
        thread has ended: used when the app quits or the dialog's event loop ends without it.
        The download deletes its ``.part`` file itself. True if no thread is left running."""
        job = self.job
        if job is None or job.done:
            return True
        self._closing = True
        job.cancel()
        deadline = time.monotonic() + timeout
        while not job.done and time.monotonic() < deadline:
            # The job's thread reports "done" through a queued signal: let it through.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not job.done:
                job.wait(10)
        return job.done


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def download_mnist_interactive(parent: QWidget | None = None, **kwargs) -> Path | None:
    """Run the download dialog; the folder with verified MNIST files, or None (failed/cancelled).
    If the dialog's loop ends while the download runs (the app is quitting), the download is
    cancelled and its thread waited for, so nothing is left running or half-written."""
    dialog = MnistDownloadDialog(parent, **kwargs)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.stop_download()
    return dialog.folder if ok else None
