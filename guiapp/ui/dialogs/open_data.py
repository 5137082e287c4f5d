"""Opening data the user has: the file and folder dialogs, telling what kind of file was picked,
the CSV import dialog, the full-MNIST download, and loading big data behind a progress dialog.

Every function returns what to load (a ``DatasetSpec``) or None: cancelled, or not possible (then
``message(level, text)`` has said why). Nothing here changes the session.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...state.dataset_spec import DatasetSpec
from ..data_texts import spec_title
from ..error_text import sentence
from ..i18n.context import TrContext
from ..i18n.formatting import arg

OpenData = TrContext("OpenData")


def file_filter() -> str:
    """The file dialog's filter, in the user's language."""
    return ";;".join((OpenData.tr("Data files (*.gz *.npz *.csv *.tsv *.txt *ubyte *.idx *.idx1 *.idx3)"),
                      OpenData.tr("MNIST IDX files (*.gz *ubyte *.idx *.idx1 *.idx3)"),
                      OpenData.tr("Keras-style MNIST (*.npz)"), OpenData.tr("CSV tables (*.csv *.tsv *.txt)"),
                      OpenData.tr("All files (*)")))


def guess_format(path: Path) -> str | None:
    """"csv", "npz", "idx" (a file of an IDX set: its folder is loaded) or None (unknown)."""
    name = path.name.lower()
    stem = name[:-3] if name.endswith(".gz") else name
    if stem.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    if name.endswith(".npz"):
        return "npz"
    if "ubyte" in stem or ".idx" in stem:
        return "idx"
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return None  # the loader will say why the file cannot be read
    if head[:2] == b"PK":
        return "npz"
    if head[:2] == b"\x1f\x8b" or (len(head) >= 4 and head[:2] == b"\x00\x00" and head[2] in (8, 9, 11, 12, 13, 14)):
        return "idx"
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text and all(ch.isprintable() or ch in "\r\n\t" for ch in text) and any(s in text for s in ",;\t"):
        return "csv"
    return None


def ask_data_file(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, OpenData.tr("Open data"), folder, file_filter())
    return path or None


def ask_data_folder(parent: QWidget, folder: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, OpenData.tr("Open a folder with MNIST IDX files"), folder)
    return path or None


def spec_for_path(parent: QWidget, path: str | os.PathLike, message) -> DatasetSpec | None:
    """What to load for a picked file or folder: IDX files (the folder of the one picked), .npz, or a
    CSV table (through the import dialog). None if cancelled or the kind of file is unknown."""
    p = Path(path)
    if p.is_dir():
        return DatasetSpec("file", p.name or str(p), {"path": str(p), "format": "idx_folder"})
    fmt = guess_format(p)
    if fmt is None:
        message("error", arg(OpenData.tr("%1: Backprop Lab cannot tell what kind of data this is. It opens MNIST "
                                         "IDX files (.gz or not), a Keras-style .npz (<code>x_train</code>, "
                                         "<code>y_train</code>, <code>x_test</code>, <code>y_test</code>) and CSV "
                                         "tables. The current data is unchanged."), f"<code>{p.name}</code>"))
        return None
    if fmt == "csv":
        from . import csv_import_dialog

        return csv_import_dialog.import_csv_interactive(parent, p)
    if fmt == "npz":
        return DatasetSpec("file", p.name, {"path": str(p), "format": "npz"})
    return DatasetSpec("file", p.parent.name or p.name, {"path": str(p.parent), "format": "idx_folder"})


def download_full_mnist(parent: QWidget) -> DatasetSpec | None:
    """Download full MNIST (a dialog with progress and Cancel); what to load, or None."""
    from . import download_dialog

    folder = download_dialog.download_mnist_interactive(parent)
    return None if folder is None else DatasetSpec("mnist", "folder", {"path": str(folder)})


def cached_mnist() -> Path | None:
    """The folder of a full MNIST downloaded before, or None."""
    try:
        from . import download_dialog
    except ImportError:
        return None
    try:
        return download_dialog.cached_mnist_dir()
    except OSError:
        return None


def load_in_background(parent: QWidget, spec: DatasetSpec, message):
    """Load on a worker thread behind a progress dialog with Cancel; the Dataset, or None
    (cancelled, or failed: then an error message says why)."""
    from .load_progress import load_dataset_with_progress

    outcome = load_dataset_with_progress(parent, spec)
    if outcome.cancelled:
        message("info", arg(OpenData.tr("Loading %1 was cancelled; the data is unchanged."), spec_title(spec)))
        return None
    if outcome.error is not None:
        message("error", arg(OpenData.tr("Could not load %1: %2 The current data and network are unchanged."),
                             spec_title(spec), sentence(outcome.error)))
        return None
    return outcome.dataset
