"""Errors a user caused, said in the user's language (DESIGN §4b).

engine/, data/, state/ and bounded_read cannot translate (no Qt, or no UI): they raise
``guiapp.user_errors.UserError`` subclasses with a stable ``code`` and the values involved in
``details``. ``describe(error)`` finds the code's template here, translates it, and fills in the
details:

    describe(OutputMismatch(loss_problem("bce", "relu", 1)))
    -> "Binary cross-entropy needs sigmoid outputs (values between 0 and 1), but the output layer is ReLU. ..."
    -> "Бинарной перекрёстной энтропии нужен выход с сигмоидой (значения от 0 до 1), а у выходного слоя ..."

Python's own errors get a sentence too: not enough memory, a missing file, no permission, a full
disk (by ``errno``). Unknown codes (and other errors) fall back to ``str(error)``, the English
sentence, so nothing is ever lost. ``sentence(error)`` is ``describe`` ending with a full stop,
for messages that go on after it.

Adding a code: one entry in ``TEMPLATES`` (``error_templates.py``), a function of the details that
returns ``ErrorText.tr("...")`` (a literal string, so lupdate finds it; ``ErrorText.tr(text, "", n)``
for a plural form with ``%n``). Details go in as ``{name}`` (the key in ``error.details``);
translators keep the names as they are. Numbers are formatted for the locale, the codes of
activations and losses are replaced by their names, and the operating system's reasons ("No
space left on device") by a sentence in the user's language.
"""

from __future__ import annotations

import errno
import numbers
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .error_templates import TEMPLATES, ErrorText
from .i18n.formatting import arg, format_int, format_number
from .terms import term_name

__all__ = ["TEMPLATES", "describe", "fill", "sentence", "term", "os_reason"]

#: Details that name an activation or a loss (their codes are shown as names).
_TERM_KEYS = {"activation", "loss", "needed"}

#: The operating system's reasons (``strerror``) by errno, in the user's language.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("ErrorText", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("ErrorText", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("ErrorText", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("ErrorText", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("ErrorText", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ErrorText", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ErrorText", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ErrorText", "the file name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("ErrorText", "a file of that name is already there"),
}
#: The same reasons as Python words them (details keep ``strerror`` as text).
_STRERRORS = {
    "No such file or directory": errno.ENOENT, "Permission denied": errno.EACCES,
    "Operation not permitted": errno.EPERM, "No space left on device": errno.ENOSPC,
    "Read-only file system": errno.EROFS, "Is a directory": errno.EISDIR, "Not a directory": errno.ENOTDIR,
    "File name too long": errno.ENAMETOOLONG, "File exists": errno.EEXIST,
}

_FIELD = re.compile(r"\{(\w+)\}")


def term(value: str) -> str:
    """The name on screen of an activation or loss code ("relu" -> "ReLU"); other text unchanged."""
    return term_name(value)


def os_reason(reason) -> str:
    """An operating-system reason (an errno, or Python's strerror text) in the user's language;
    other text unchanged."""
    code = reason if isinstance(reason, int) else _STRERRORS.get(str(reason))
    text = _OS_REASONS.get(code) if code is not None else None
    return ErrorText.tr(text) if text is not None else str(reason)


def _format_detail(key: str, value) -> str:
    if isinstance(value, bool):
        return str(value)
    if key == "type_code" and isinstance(value, numbers.Integral):
        return f"0x{int(value):02X}"
    if isinstance(value, numbers.Integral):
        return format_int(value)
    if isinstance(value, numbers.Real):
        return format_number(float(value))
    if isinstance(value, str):
        if key in _TERM_KEYS:
            return term(value)
        if key == "reason":
            return os_reason(value)
        return value
    return str(value)


def fill(template: str, details: Mapping) -> str:
    """``template`` with each ``{name}`` replaced by ``details[name]`` (KeyError if one is missing)."""
    return _FIELD.sub(lambda m: _format_detail(m.group(1), details[m.group(1)]), template)


def _python_error(error: BaseException) -> str | None:
    """A sentence for Python's own errors a user can cause (memory, files), or None."""
    if isinstance(error, MemoryError):
        return ErrorText.tr("There is not enough memory for it.")
    if isinstance(error, OSError) and error.errno in _OS_REASONS:
        name = error.filename if error.filename is not None else ""
        if name:
            return arg(ErrorText.tr("%1: %2."), str(name), os_reason(error.errno))
        return arg(ErrorText.tr("The file cannot be used: %1."), os_reason(error.errno))
    return None


def describe(error: BaseException) -> str:
    """The error as a sentence in the user's language; ``str(error)`` if its code is unknown."""
    code = getattr(error, "code", None)
    details = getattr(error, "details", None)
    make = TEMPLATES.get(code) if isinstance(code, str) and isinstance(details, Mapping) else None
    if make is None:
        return _python_error(error) or str(error)
    try:
        return fill(make(details), details)
    except (KeyError, TypeError, ValueError):  # details that do not fit the template: say it in English
        return str(error)


def sentence(error: BaseException) -> str:
    """``describe(error)`` ending with a full stop (or another end mark), to go before more text."""
    text = describe(error).rstrip() or type(error).__name__
    return text if text[-1] in ".!?…" else arg(ErrorText.tr("%1.", "a sentence that needs its full stop"), text)
