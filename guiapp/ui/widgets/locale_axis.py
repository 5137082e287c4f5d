"""pyqtgraph writes its axes' numbers with a decimal point; in Russian they take a decimal comma
("0,5"), like every other number on screen. ``install()`` (once, from the main window) makes
every ``pyqtgraph.AxisItem`` write its tick numbers with the current locale's separator. Axes
with ticks of their own (names set with ``setTicks``, the percent axes) are not touched."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale

_MARK = "_backprop_lab_locale"


def install() -> None:
    """Make pyqtgraph's tick numbers follow the locale's decimal separator (idempotent)."""
    if getattr(pg.AxisItem.tickStrings, _MARK, False):
        return
    original = pg.AxisItem.tickStrings

    def tickStrings(self, values, scale, spacing):
        strings = original(self, values, scale, spacing)
        point = QLocale().decimalPoint()
        return strings if point == "." else [s.replace(".", point) for s in strings]

    setattr(tickStrings, _MARK, True)
    pg.AxisItem.tickStrings = tickStrings
