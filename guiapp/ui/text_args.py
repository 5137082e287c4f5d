"""Fill Qt-style placeholders in a translated string: ``arg(self.tr("Epoch %1 of %2"), 3, 10)``.

PySide6's ``tr()`` returns a Python ``str``, which has no ``QString.arg``; this does the same job
in one pass (a value containing "%2" is never substituted again). Whole numbers and floats are
written with the current ``QLocale`` (digit grouping, decimal comma in Russian)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_PLACEHOLDER = re.compile(r"%(\d)")


def _text(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def arg(text: str, *values) -> str:
    """``text`` with %1, %2, ... replaced by ``values`` (a placeholder without a value stays)."""
    return _PLACEHOLDER.sub(lambda m: _text(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)
