"""Translating outside a QObject, plural forms included: ``TrContext`` (QtCore only, so the
session, the settings and the training controller can say things in the user's language too;
the UI imports it as ``guiapp.ui.i18n.TrContext``).

Inside a QObject subclass write ``self.tr("text")``. Outside one (module functions, tables,
dataclasses), make a context object **named exactly like its context** and call its ``tr``:

    ErrorText = TrContext("ErrorText")
    ErrorText.tr("Could not read %1")
    ErrorText.tr("%n row(s) skipped", "", n)

Why not ``QCoreApplication.translate(context, text, "", n)``: pyside6-lupdate reads a variable
fourth argument of ``translate`` as Qt 4's "encoding" and loses the plural form (and drops the
message entirely for ``int(n)``, ``len(x)`` or ``n=n``). It reads ``Name.tr(text, disambiguation,
n)`` with any ``n`` and takes ``Name`` as the context, so the variable's name must be the context
(tests/ui/test_i18n_conventions.py checks that).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    """A named translation context: ``tr(text, disambiguation=None, n=-1)`` like QObject.tr."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, int(n))

    def __repr__(self) -> str:
        return f"TrContext({self.name!r})"
