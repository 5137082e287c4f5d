"""A number box for values that span many powers of ten (learning rate, L1/L2 penalties).

The arrows step along 1-2-5 per decade (… 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1 …), so a student
reaches 0.0001 or 10 in a few clicks; typing works too, including ``1e-4``. A box that allows
zero steps down from its smallest 1-2-5 value to 0 and back up. Numbers are shown with the
locale's decimal separator ("0,05" in Russian), and either separator may be typed.
"""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from ..i18n.number_input import normalize_decimal_input, parse_number

_PARTIAL = re.compile(r"^[+]?(\d*\.?\d*)([eE][+-]?\d*)?$")


def nice_steps(lo: float, hi: float) -> list[float]:
    """The 1-2-5 values from ``lo`` to ``hi`` (both > 0), ascending."""
    out = []
    for exp in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1):
        for m in (1, 2, 5):
            v = float(f"{m}e{exp}")
            if lo * (1 - 1e-9) <= v <= hi * (1 + 1e-9):
                out.append(v)
    return out


class LogSpinBox(QDoubleSpinBox):
    """QDoubleSpinBox with 1-2-5 stepping, compact text (``%g``) and scientific input."""

    def __init__(self, minimum: float, maximum: float, *, allow_zero: bool = False, decimals: int = 6,
                 parent=None):
        super().__init__(parent)
        self._allow_zero = allow_zero
        self._smallest = minimum if minimum > 0 else 10.0 ** -decimals
        self.setDecimals(decimals)
        self.setRange(0.0 if allow_zero else minimum, maximum)
        self._steps = nice_steps(self._smallest, maximum)
        self.setKeyboardTracking(False)  # valueChanged on Enter / focus out / arrows, not every key
        self.setAccelerated(True)

    # ---- text --------------------------------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        if value == 0:
            return "0"
        text = f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".")
        text = text if len(text) <= 9 else f"{value:g}"
        return text.replace(".", self.locale().decimalPoint())

    def valueFromText(self, text: str) -> float:
        value = parse_number(text, self.locale())
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        text = normalize_decimal_input(text, self.locale())  # "0.5" typed in Russian shows as "0,5"
        t = text.strip().replace(self.locale().decimalPoint(), ".")
        if not t:
            return QValidator.State.Intermediate, text, pos
        if not _PARTIAL.match(t):
            return QValidator.State.Invalid, text, pos
        try:
            v = float(t)
        except ValueError:
            return QValidator.State.Intermediate, text, pos  # "1e", "1e-", "." while typing
        if self.minimum() <= v <= self.maximum() and (v == 0 or v >= 10.0 ** -self.decimals()):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    # ---- stepping ----------------------------------------------------------------------------
    def stepBy(self, steps: int) -> None:
        v = self.value()
        for _ in range(abs(steps)):
            v = self._next(v, up=steps > 0)
        self.setValue(v)

    def _next(self, v: float, up: bool) -> float:
        grid = self._steps
        if up:
            bigger = [s for s in grid if s > v * (1 + 1e-9)]
            return bigger[0] if bigger else self.maximum()
        smaller = [s for s in grid if s < v * (1 - 1e-9)]
        if smaller:
            return smaller[-1]
        return 0.0 if self._allow_zero else self.minimum()

    def stepEnabled(self):
        flags = QDoubleSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.maximum():
            flags |= QDoubleSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.minimum():
            flags |= QDoubleSpinBox.StepEnabledFlag.StepDownEnabled
        return flags
