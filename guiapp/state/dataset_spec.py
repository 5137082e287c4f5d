"""Which data the app works on: a small, frozen, hashable description that the settings and
project files store and ``guiapp.state.datasets.load_dataset`` turns into a Dataset."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping


@dataclass(frozen=True)
class DatasetSpec:
    """``kind`` ("logic", "toy2d", "mnist", "file", "custom"), its ``name`` and parameters.

    ``params`` is read-only (a mapping proxy over a private copy), so a spec can be a dict key
    and is never changed behind its owner's back. Values must be JSON-safe (numbers, strings,
    lists): equality and the hash compare the canonical JSON.
    """

    kind: str = "logic"
    name: str = "XOR"
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "kind", str(self.kind))
        object.__setattr__(self, "name", str(self.name))
        object.__setattr__(self, "params", MappingProxyType(copy.deepcopy(dict(self.params))))

    def _key(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, default=str)

    def __eq__(self, other) -> bool:
        return isinstance(other, DatasetSpec) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def to_dict(self) -> dict:
        return {"kind": self.kind, "name": self.name, "params": copy.deepcopy(dict(self.params))}

    @classmethod
    def from_dict(cls, data: Mapping) -> "DatasetSpec":
        data = dict(data)
        params = data.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("the data choice's parameters must be a mapping")
        return cls(str(data.get("kind", "logic")), str(data.get("name", "XOR")), params)
