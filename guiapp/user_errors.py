"""The base of every error a user can cause (a bad file, a bad design, training that diverges),
raised by the Qt-free layers (engine, data) and phrased for the user by the UI.

DESIGN §4b: engine/ and data/ stay free of Qt, so they cannot translate. An error they raise
for a user carries *what* went wrong as data: a stable ``code`` and the values involved in
``details`` (row, column, sizes, names). ``str(error)`` is a plain English sentence for library
users and logs; the UI turns ``code`` + ``details`` into a sentence in the user's language
(``guiapp.ui.error_text``), and falls back to ``str(error)`` for a code it does not know.

    class MnistFormatError(UserError, ValueError):
        ...
    raise MnistFormatError("train-images.gz: expected 47,040,016 bytes, found 1,024",
                           code="idx_truncated", file="train-images.gz", expected=47_040_016, found=1024)
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """An error meant for the user. ``code``: a stable identifier (snake_case) for the kind of
    problem; ``details``: the values a sentence about it needs (JSON-safe: numbers, strings)."""

    #: The code of errors raised without one (subclasses may set their own default).
    default_code = "error"

    def __init__(self, message: str, *, code: str | None = None, **details: Any):
        super().__init__(message)
        self.code = code or self.default_code
        self.details = details

    @property
    def message(self) -> str:
        """The English sentence (``str(error)``)."""
        return str(self)
