"""The app's settings, declared in one place (QSettings, with a version key).

What is kept: the dataset choice, the network design, the training settings (JSON each), the
window's geometry and dock layout, and the language. Stored values are checked field by field
(``settings_check``): each bad field falls back to its default, the rest is kept, the repaired
settings are written back at once, and ``take_notice()`` gives the sentence telling the user
what was reset (once). Whatever is stored, the app starts.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from .. import APP_NAME, ORG_NAME
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec
from .formatting import arg
from .settings_check import LABELS, NOT_READABLE, Note, check_dataset, check_network, check_training


def _tr(text: str) -> str:
    """A text marked ``QT_TRANSLATE_NOOP("Settings", ...)`` in the user's language."""
    return QCoreApplication.translate("Settings", text)


def note_text(note: str) -> str:
    """One note of ``settings_check`` in the user's language (its field names translated too)."""
    if not isinstance(note, Note):
        return note
    values = [_tr(v) if v in LABELS else v for v in note.values]
    return arg(_tr(note.template), *values)

#: Bump when the meaning of a stored key changes: older settings are then discarded.
SETTINGS_VERSION = 1


class Settings:
    """Typed access to the stored settings."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORG_NAME, APP_NAME)
        try:
            version = int(self.q.value("settings_version", 0) or 0)
        except (TypeError, ValueError):
            version = 0
        if version != SETTINGS_VERSION:
            self.q.clear()
            self.q.setValue("settings_version", SETTINGS_VERSION)
        self._notes: list[str] = []

    def _load_checked(self, key: str, check, what: str):
        """The object stored under ``key``, its bad fields replaced (noted) by ``check``; the
        repaired value is written back, so the user is told only once. None: use the default."""
        raw = self.q.value(key)
        if raw is None or raw == "":
            return None
        if isinstance(raw, list):  # an INI line with commas that were not quoted
            raw = ", ".join(map(str, raw))
        try:
            data = json.loads(str(raw))
        except (ValueError, RecursionError):
            data = None
            notes = [Note(NOT_READABLE, what)]
        else:
            data, notes = check(data)
        if notes:
            self._notes.extend(notes)
            if data is None:
                self.q.remove(key)
            else:
                self._save_json(key, data)
        return data

    def _save_json(self, key: str, obj) -> None:
        self.q.setValue(key, json.dumps(obj.to_dict()))

    def dataset_spec(self) -> DatasetSpec | None:
        return self._load_checked("session/dataset", check_dataset, "data choice")

    def network_spec(self) -> NetworkSpec | None:
        return self._load_checked("session/network", check_network, "network design")

    def training_config(self) -> TrainingConfig | None:
        return self._load_checked("session/training", check_training, "training settings")

    def take_notice(self) -> str | None:
        """One sentence for the user about the stored settings that were reset (then forgotten),
        or None if all were fine."""
        if not self._notes:
            return None
        notes, self._notes = self._notes, []
        text = QCoreApplication.translate(
            "Settings", "Some saved settings made no sense and were reset to their defaults: %1. "
                        "Everything else is as you left it.")
        return arg(text, "; ".join(dict.fromkeys(note_text(n) for n in notes)))

    def save_session(self, dataset: DatasetSpec, network: NetworkSpec, training: TrainingConfig) -> None:
        self._save_json("session/dataset", dataset)
        self._save_json("session/network", network)
        self._save_json("session/training", training)

    def window_geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def language(self) -> str:
        """The language chosen in View → Language: "system" (the default), or a code ("en", "ru")."""
        value = str(self.q.value("ui/language", "system") or "system").strip().lower()
        return value if value == "system" or (value.isalpha() and len(value) == 2) else "system"

    def set_language(self, choice: str) -> None:
        self.q.setValue("ui/language", choice)

    def value(self, key: str, default=None):
        return self.q.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()
