"""Words and numbers on screen in the user's language (DESIGN §4b).

- ``translators``: which language (System / English / Русский), installing the app's catalogue,
  Qt's ``qtbase_<lang>.qm`` and the default QLocale.
- ``formatting``: ``arg`` (QString::arg for Python strings) and ``format_*`` for numbers.
- ``number_input``: number boxes that take "0,5" and "0.5" alike.
- ``context``: ``TrContext`` for translating (with plurals) outside QObjects (it and ``formatting``
  live in ``guiapp.state`` so that state/ and workers/ can use them: QtCore only).
- ``language_menu``: View → Language.

How to write a string (the full conventions: README "Translating Backprop Lab"):

    self.tr("Start training")                                   # in a QObject subclass
    arg(self.tr("Epoch %1 of %2"), epoch, limit)                # placeholders, numbers localised
    self.tr("%Ln epoch(s)", "", n)                              # plural forms (%Ln: 12 730)
    ErrorText = TrContext("ErrorText"); ErrorText.tr("...")     # outside QObjects
    QT_TRANSLATE_NOOP("DataPanel", "Truth table")               # in module-level tables
"""

from __future__ import annotations

from .context import TrContext
from .formatting import (DASH, arg, format_bytes, format_elapsed, format_int, format_loss, format_number,
                         format_percent)
from .number_input import LocaleDoubleSpinBox, decimal_point, normalize_decimal_input, parse_number
from .translators import (LANGUAGE_CHOICES, LANGUAGES, SYSTEM, current_choice, current_language, install_language,
                          installed_files, native_name, normalize_choice, resolve_language, system_language,
                          uninstall_language)

__all__ = [
    "TrContext", "DASH", "arg", "format_bytes", "format_elapsed", "format_int", "format_loss", "format_number",
    "format_percent", "LocaleDoubleSpinBox", "decimal_point", "normalize_decimal_input", "parse_number",
    "LANGUAGE_CHOICES", "LANGUAGES", "SYSTEM", "current_choice", "current_language", "install_language",
    "installed_files", "native_name", "normalize_choice", "resolve_language", "system_language",
    "uninstall_language",
]
