"""A pyqtgraph axis that labels fractions 0..1 as percentages (the data stays 0..1, no copies)."""

from __future__ import annotations

import pyqtgraph as pg


class PercentAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):
        digits = 0 if spacing * scale >= 0.01 else 1
        return [f"{v * scale * 100:.{digits}f}%" for v in values]
