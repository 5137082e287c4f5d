"""What File → Export… writes: the model as a NumPy or PyTorch script (the engine's export, with the
session's own data and settings), the model file (.npz), the whole window as PNG or SVG, and the
training history as CSV. Each function returns the files it wrote, or raises OSError/ValueError."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from .. import APP_NAME
from ..engine.export import export_model
from ..state.exporting import export_data, export_info
from ..state.snapshot import EPOCH_COLUMNS
from .widgets.plot_menu import write_csv

#: What the export dialog offers: key -> (file suffix, default name).
KINDS = {
    "numpy": (".py", "model_numpy"),
    "pytorch": (".py", "model_pytorch"),
    "model": (".npz", "model"),
    "png": (".png", "backprop-lab"),
    "svg": (".svg", "backprop-lab"),
    "csv": (".csv", "history"),
}


def session_metrics(session) -> dict:
    """The last epoch's train/test loss and accuracy (None where not measured)."""
    out = {}
    for key in ("train_loss", "train_acc", "test_loss", "test_acc"):
        value = session.history.last(key)
        out[key] = None if value is None or value != value else value
    return out


def export_script(window, path: str | os.PathLike, to: str, *, embed: bool | None = None,
                  source: str = "") -> list[Path]:
    """The network as it is now (the latest weights) as a ``to`` ("numpy"/"pytorch") script,
    with the session's data, settings and results: the same as ``python -m guiapp export``."""
    session = window.session
    net = window.current_network_copy()
    dataset, dataset_spec = session.dataset, session.dataset_spec
    info = export_info(session.spec, dataset, dataset_spec, epochs=session.epoch, metrics=session_metrics(session),
                       source=source)
    return export_model(net, path, to, info, config=session.config, data=export_data(dataset), embed=embed)


def history_rows(session) -> list[tuple]:
    h = session.history
    columns = [h.column(c) for c in EPOCH_COLUMNS]
    return [(int(columns[0][i]), *(col[i] for col in columns[1:])) for i in range(len(h))]


def export_history_csv(session, path: str | os.PathLike) -> list[Path]:
    """One row per epoch: epoch, train_loss, train_acc, test_loss, test_acc, penalty (empty: not measured)."""
    write_csv(path, EPOCH_COLUMNS, history_rows(session))
    return [Path(path)]


def export_window_png(window: QWidget, path: str | os.PathLike) -> list[Path]:
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return [Path(path)]


def export_window_svg(window: QWidget, path: str | os.PathLike) -> list[Path]:
    """The whole window as an SVG drawing (plots stay vectors)."""
    from PySide6.QtSvg import QSvgGenerator

    size = window.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(APP_NAME)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    try:
        window.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    if not (Path(path).is_file() and Path(path).stat().st_size > 0):
        raise OSError(f"could not write {path}")
    return [Path(path)]


def export(window, kind: str, path: str | os.PathLike, *, embed: bool | None = None, source: str = "") -> list[Path]:
    """Write ``kind`` (a key of KINDS) to ``path``; returns the files written."""
    if kind in ("numpy", "pytorch"):
        return export_script(window, path, kind, embed=embed, source=source)
    if kind == "model":
        if not window.model_files.save_to(str(path)):
            raise OSError(f"could not write {path}")
        return [Path(path)]
    if kind == "png":
        return export_window_png(window, path)
    if kind == "svg":
        return export_window_svg(window, path)
    if kind == "csv":
        return export_history_csv(window.session, path)
    raise ValueError(f"unknown export {kind!r}")
