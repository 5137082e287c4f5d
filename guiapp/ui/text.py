"""Filling translated texts: Qt's ``%1``, ``%2`` … placeholders, for the Python strings PySide6's
``tr()`` returns (a ``str`` has no ``QString.arg``).

    fill(self.tr("Epoch %1 of %2"), QLocale().toString(epoch), QLocale().toString(limit))
"""

from __future__ import annotations

import re

__all__ = ["fill"]

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` in one pass (so a value holding "%2"
    is left alone); a placeholder without a value stays as it is."""
    def one(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
