"""Typing numbers in either notation: the locale's decimal separator, and the other one too.

A Russian student types "0,5"; one used to programming types "0.5". A plain QDoubleSpinBox in
Russian reads "0.5" as 5 (the dot is dropped). Here both separators mean the decimal point, in
every language, and the box shows what was typed with the locale's own separator:

    spin = LocaleDoubleSpinBox()          # instead of QDoubleSpinBox(); nothing else changes
    parse_number("1,5e-3")                # 0.0015
    normalize_decimal_input("0.5", ru)    # "0,5"

Spin boxes never show group separators, so a comma or a dot in a spin box is always decimal.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def decimal_point(locale: QLocale | None = None) -> str:
    """The locale's decimal separator ("," in Russian)."""
    return (locale if locale is not None else QLocale()).decimalPoint()


def normalize_decimal_input(text: str, locale: QLocale | None = None) -> str:
    """``text`` with a typed "." or "," turned into the locale's decimal separator (and a
    Unicode minus into "-"), so the box shows the locale's notation whatever the student typed."""
    point = decimal_point(locale)
    text = text.replace("\u2212", "-")
    if point in (".", ","):
        other = "," if point == "." else "."
        text = text.replace(other, point)
    return text


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """The number in ``text`` ("0,5", "0.5", "1e-4", "1 000,5", "−2"), or None if it is not one."""
    t = _SPACES.sub("", text).replace("\u2212", "-")
    point = decimal_point(locale)
    for sep in {point, ",", "."}:
        t = t.replace(sep, ".")
    if not _NUMBER.match(t):
        return None
    try:
        return float(t)
    except ValueError:
        return None


class LocaleDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that takes either decimal separator ("0.5" typed in Russian is 0,5)."""

    def validate(self, text: str, pos: int):
        fixed = normalize_decimal_input(text, self.locale())
        state, _text, _pos = super().validate(fixed, pos)
        return state, fixed, pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(normalize_decimal_input(text, self.locale()))

    def fixup(self, text: str) -> str:
        return super().fixup(normalize_decimal_input(text, self.locale()))


__all__ = ["LocaleDoubleSpinBox", "decimal_point", "normalize_decimal_input", "parse_number"]
