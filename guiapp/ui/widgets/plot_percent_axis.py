"""A pyqtgraph axis that labels fractions 0..1 as percentages (the data stays 0..1, no copies),
in the user's notation ("50%" / «50 %»)."""

from __future__ import annotations

import pyqtgraph as pg

from ..i18n.formatting import format_percent


class PercentAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):
        digits = 0 if spacing * scale >= 0.01 else 1
        return [format_percent(v * scale, decimals=digits) for v in values]
