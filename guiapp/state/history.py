"""The training history: one row per finished epoch, kept in growable NumPy arrays."""

from __future__ import annotations

import numpy as np

from .snapshot import EPOCH_COLUMNS


class History:
    """Epoch metrics: ``epoch``, ``train_loss``, ``train_acc``, ``test_loss``, ``test_acc`` as
    float64 arrays of length ``len(history)`` (test columns NaN where not measured).
    Appending is amortised O(1) (the buffer doubles), so a million epochs are fine."""

    def __init__(self):
        self._data = np.zeros((1024, len(EPOCH_COLUMNS)))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def clear(self) -> None:
        self._n = 0

    def extend(self, rows: np.ndarray) -> None:
        """Append (m, 5) rows."""
        m = len(rows)
        if not m:
            return
        if self._n + m > len(self._data):
            grown = np.zeros((max(2 * len(self._data), self._n + m), len(EPOCH_COLUMNS)))
            grown[: self._n] = self._data[: self._n]
            self._data = grown
        self._data[self._n: self._n + m] = rows
        self._n += m

    def truncate(self, epoch: int) -> None:
        """Forget the epochs after ``epoch`` (used when diverged training restores older weights)."""
        keep = np.searchsorted(self._data[: self._n, 0], epoch, side="right")
        self._n = int(keep)

    def column(self, name: str) -> np.ndarray:
        """A read-only view of one column (length ``len(self)``)."""
        view = self._data[: self._n, EPOCH_COLUMNS.index(name)]
        view = view.view()
        view.setflags(write=False)
        return view

    @property
    def last_epoch(self) -> int:
        return int(self._data[self._n - 1, 0]) if self._n else 0

    def last(self, name: str) -> float | None:
        return float(self._data[self._n - 1, EPOCH_COLUMNS.index(name)]) if self._n else None
