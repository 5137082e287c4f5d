"""The app's settings, declared in one place (QSettings, with a version key).

What is kept: the dataset choice, the network design, the training settings (JSON each), the
window's geometry and dock layout, and the language. Anything unreadable falls back to the defaults.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_NAME, ORG_NAME
from ..engine.specs import NetworkSpec, TrainingConfig
from .dataset_spec import DatasetSpec

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

    def _load_json(self, key: str, cls):
        raw = self.q.value(key)
        if not raw:
            return None
        try:
            return cls.from_dict(json.loads(str(raw)))
        except (ValueError, TypeError, KeyError):
            return None

    def _save_json(self, key: str, obj) -> None:
        self.q.setValue(key, json.dumps(obj.to_dict()))

    def dataset_spec(self) -> DatasetSpec | None:
        return self._load_json("session/dataset", DatasetSpec)

    def network_spec(self) -> NetworkSpec | None:
        return self._load_json("session/network", NetworkSpec)

    def training_config(self) -> TrainingConfig | None:
        return self._load_json("session/training", TrainingConfig)

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
