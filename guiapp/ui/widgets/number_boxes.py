"""A number box that shows only the digits a number has ("0.99895", "1", "-3"), not a fixed
count of decimals ("1.000000"), in the locale's notation and with either decimal separator typed.

    box = CompactDoubleSpinBox(decimals=8)
    box.setValue(0.0001)        # shows "0.0001" ("0,0001" in Russian)
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..i18n.number_input import LocaleDoubleSpinBox


class CompactDoubleSpinBox(LocaleDoubleSpinBox):
    """A LocaleDoubleSpinBox without trailing zeros and without group separators."""

    def __init__(self, decimals: int = 6, parent=None):
        super().__init__(parent)
        self.setDecimals(decimals)

    def textFromValue(self, value: float) -> str:
        loc = QLocale(self.locale())
        loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        text = loc.toString(float(value), "f", self.decimals())
        point = loc.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        if text in ("-0", "−0", ""):
            text = "0"
        return text
