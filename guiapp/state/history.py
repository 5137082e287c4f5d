"""The training history: one row per finished epoch, kept in growable NumPy arrays."""

from __future__ import annotations

import numpy as np

from .snapshot import EPOCH_COLUMNS


class History:
    """Epoch metrics, one column per name of ``EPOCH_COLUMNS``: ``epoch``, ``train_loss`` (the data
    loss), ``train_acc``, ``test_loss``, ``test_acc``, ``penalty`` (the L1/L2 term, 0 without it) as
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
        """Append (m, len(EPOCH_COLUMNS)) rows. Rows may leave out trailing columns (rows written
        before ``penalty`` existed): those are 0."""
        m = len(rows)
        if not m:
            return
        rows = np.asarray(rows, dtype=np.float64)
        if rows.ndim != 2 or not 1 <= rows.shape[1] <= len(EPOCH_COLUMNS):
            raise ValueError(f"history rows must be (m, ≤{len(EPOCH_COLUMNS)}), got shape {rows.shape}")
        if self._n + m > len(self._data):
            grown = np.zeros((max(2 * len(self._data), self._n + m), len(EPOCH_COLUMNS)))
            grown[: self._n] = self._data[: self._n]
            self._data = grown
        self._data[self._n: self._n + m, : rows.shape[1]] = rows
        self._data[self._n: self._n + m, rows.shape[1]:] = 0.0
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
