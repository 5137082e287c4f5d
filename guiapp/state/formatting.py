"""Numbers and placeholders in the user's language (the current default QLocale). QtCore only: the
session and the training controller format their messages with it too (the UI imports it as
``guiapp.ui.i18n.formatting``).

    arg(self.tr("Epoch %1 of %2"), epoch, limit)      -> "Эпоха 1 200 из 5 000"
    format_number(0.5)                                -> "0,5"      (Russian) / "0.5"
    format_number(0.123456, decimals=2)               -> "0,12"
    format_number(0.000123456, significant=3)         -> "0,000123"
    format_int(12730)                                 -> "12 730"   (a non-breaking space) / "12,730"
    format_loss(0.0123456)                            -> "0,01235"  (4 significant digits)
    format_percent(0.975)                             -> "97,5 %"   / "97.5%"
    format_bytes(11_594_722)                          -> "11,1 МБ"  / "11.1 MB"
    format_elapsed(62.34)                             -> "00:01:02,3"

``arg`` does what QString::arg does with %1..%99 (and %L1): the lowest-numbered placeholder
gets the first value, the next lowest the second, and so on, in one pass (a value that contains
"%2" is not substituted again). ints get group separators, floats the locale's decimal
separator; pass a string (e.g. ``format_number(x, decimals=2)``) to choose the digits yourself.
"""

from __future__ import annotations

import math
import numbers
import re
import time
import warnings

from PySide6.QtCore import QLocale

from .tr_context import TrContext

__all__ = ["arg", "format_int", "format_number", "format_loss", "format_percent", "format_bytes",
           "format_elapsed", "DASH"]

#: Shown where a number is missing (no epoch yet): an en dash.
DASH = "–"
#: Non-breaking space (between a number and its unit).
NBSP = "\u00a0"

_PLACEHOLDER = re.compile(r"%L?(\d{1,2})")


def _locale() -> QLocale:
    return QLocale()


Numbers = TrContext("Numbers")


def _format_value(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return format_int(value)
    if isinstance(value, numbers.Real):
        return format_number(float(value))
    return str(value)


def arg(template: str, *values) -> str:
    """``template`` with %1..%99 (or %L1..) replaced by ``values``, as QString::arg does.

    Placeholders are numbered by rank: "%1 and %3" with ("a", "b") gives "a and b". A
    placeholder without a value is left as it is; values without a placeholder are dropped with
    a warning (a translation that lost one)."""
    numbers_found = sorted({int(m.group(1)) for m in _PLACEHOLDER.finditer(template) if int(m.group(1)) >= 1})
    if len(values) > len(numbers_found):
        warnings.warn(f"arg(): {len(values)} values for {len(numbers_found)} placeholders in {template!r}",
                      stacklevel=2)
    texts = {num: _format_value(v) for num, v in zip(numbers_found, values)}

    def sub(m: re.Match) -> str:
        return texts.get(int(m.group(1)), m.group(0))

    return _PLACEHOLDER.sub(sub, template)


def format_int(n) -> str:
    """An integer with the locale's group separators: 12730 -> "12,730" / "12 730"."""
    return _locale().toString(int(n))


def _special(x: float) -> str | None:
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    return None


def format_number(x, *, decimals: int | None = None, significant: int | None = None) -> str:
    """A real number in the locale's notation (decimal comma in Russian, group separators).

    - ``decimals=k``: exactly k digits after the separator ("0,50").
    - ``significant=k``: k significant digits, trailing zeros dropped ("0,01235"); numbers of
      10**k and more are rounded to an integer rather than written with an exponent, up to 1e15.
    - neither: the shortest text that reads back as the same float (0.1 -> "0,1", 1e-07 -> "1e-07").
    """
    x = float(x)
    special = _special(x)
    if special is not None:
        return special
    if x == 0:
        x = 0.0  # no "-0"
    loc = _locale()
    if decimals is not None:
        if round(x, int(decimals)) == 0:
            x = 0.0  # -0.0001 to 3 decimals: "0.000", not "-0.000"
        return loc.toString(x, "f", int(decimals))
    if significant is not None:
        k = max(1, int(significant))
        if 10.0 ** k <= abs(x) < 1e15:
            return format_int(round(x))
        return loc.toString(x, "g", k)
    text = repr(x)
    if "e" in text or "E" in text:
        return loc.toString(x, "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    decimals_needed = len(text.split(".")[1].rstrip("0")) if "." in text else 0
    return loc.toString(x, "f", decimals_needed)


def format_loss(x) -> str:
    """A loss value with 4 significant digits ("0,01235"); a dash when there is none yet."""
    if x is None:
        return DASH
    return format_number(x, significant=4)


def format_percent(fraction, decimals: int = 1) -> str:
    """A fraction (0..1) as a percentage: 0.975 -> "97.5%" / "97,5 %" (the translation decides
    the spacing: Russian puts a non-breaking space before %)."""
    if fraction is None:
        return DASH
    return arg(Numbers.tr("%1%", "a percentage"), format_number(100.0 * float(fraction), decimals=decimals))


def format_bytes(n: int) -> str:
    """A size: "812 B", "11.1 MB" / "812 Б", "11,1 МБ" (units are translated)."""
    n = int(n)
    if abs(n) < 1024:
        return arg(Numbers.tr("%1\u00a0B", "bytes"), format_int(n))
    value = float(n)
    units = (Numbers.tr("%1\u00a0KB", "kilobytes"), Numbers.tr("%1\u00a0MB", "megabytes"),
             Numbers.tr("%1\u00a0GB", "gigabytes"))
    template = units[0]
    for template in units:
        value /= 1024.0
        if abs(value) < 1024:
            break
    return arg(template, format_number(value, decimals=1 if abs(value) < 100 else 0))


def format_elapsed(seconds: float, *, tenths: bool = True) -> str:
    """Time spent: "00:01:02.3" / "00:01:02,3" (hours:minutes:seconds, and tenths of a second)."""
    seconds = max(0.0, float(seconds))
    text = time.strftime("%H:%M:%S", time.gmtime(seconds))
    if tenths:
        text += _locale().decimalPoint() + str(int(seconds * 10) % 10)
    return text
