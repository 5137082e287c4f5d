"""Follow the system's light or dark palette, in Qt and in pyqtgraph's plots."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPalette


def is_dark(app) -> bool:
    window = app.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def apply_theme(app) -> None:
    """Plots take the window's colours, so they match a light or a dark desktop."""
    palette = app.palette()
    pg.setConfigOptions(antialias=True,
                        background=palette.color(QPalette.ColorRole.Base),
                        foreground=palette.color(QPalette.ColorRole.Text))
