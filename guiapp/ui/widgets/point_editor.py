"""The logic behind "Edit points": a student's own 2-D data set, with undo and redo.

Pure Python and NumPy (no Qt), so it can be tested without clicks. The Data panel turns mouse
clicks into calls here and the result into a Dataset (through a ``DatasetSpec("custom", ...)``
made by :meth:`PointEditor.spec_params`)::

    ed = PointEditor()
    ed.reset(X, y, test)             # start from the points on screen (undo history cleared)
    ed.add(0.2, -0.5, label=1)       # a training point of class 1
    ed.remove_nearest(0.2, -0.5, radius=12, scale=(sx, sy))  # radius in pixels, scale = data units per pixel
    ed.undo(); ed.redo()

Each point has a position, a class label and a flag: training point or test point. New points are
training points; test points only come from the data the editor started from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Classes a student can give a point (the panel has a colour for each).
MAX_CLASSES = 5
#: More points than this are not editable by hand (and would bloat the saved settings).
MAX_POINTS = 5000


@dataclass(frozen=True)
class _Point:
    x: float
    y: float
    label: int
    test: bool = False


@dataclass(frozen=True)
class _Edit:
    """One undoable change: ``before`` and ``after`` are the point lists (tuples, shared, never
    changed) before and after it."""

    before: tuple[_Point, ...]
    after: tuple[_Point, ...]


class PointEditor:
    """A list of labelled 2-D points with an undo/redo history."""

    def __init__(self, max_points: int = MAX_POINTS, max_undo: int = 500):
        self.max_points = int(max_points)
        self.max_undo = int(max_undo)
        self._points: tuple[_Point, ...] = ()
        self._undo: list[_Edit] = []
        self._redo: list[_Edit] = []

    # ---- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._points)

    @property
    def points(self) -> np.ndarray:
        """(n, 2) float64 positions."""
        return np.array([(p.x, p.y) for p in self._points], dtype=np.float64).reshape(-1, 2)

    @property
    def labels(self) -> np.ndarray:
        """(n,) int64 class labels."""
        return np.array([p.label for p in self._points], dtype=np.int64)

    @property
    def test_mask(self) -> np.ndarray:
        """(n,) bool: True for test points."""
        return np.array([p.test for p in self._points], dtype=bool)

    @property
    def n_train(self) -> int:
        return sum(not p.test for p in self._points)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def full(self) -> bool:
        return len(self._points) >= self.max_points

    def n_classes(self) -> int:
        """Classes the data set needs: at least 2, and enough for the largest label used."""
        return max(2, 1 + max((p.label for p in self._points), default=0))

    # ---- changing ------------------------------------------------------------------------------
    def reset(self, points, labels, test=None) -> None:
        """Start from these points (e.g. the data on screen); forgets the undo history.

        points (n, 2), labels (n,) ints in 0..MAX_CLASSES-1, test (n,) bools or None (all training).
        """
        X = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        y = np.asarray(labels, dtype=np.int64).reshape(-1)
        t = np.zeros(len(X), dtype=bool) if test is None else np.asarray(test, dtype=bool).reshape(-1)
        if not len(X) == len(y) == len(t):
            raise ValueError(f"{len(X)} points, {len(y)} labels and {len(t)} test flags do not match")
        if len(X) > self.max_points:
            raise ValueError(f"{len(X):,} points are too many to edit by hand (at most {self.max_points:,})")
        if y.size and (y.min() < 0 or y.max() >= MAX_CLASSES):
            raise ValueError(f"labels must be 0..{MAX_CLASSES - 1}")
        self._points = tuple(_Point(float(a), float(b), int(c), bool(d)) for (a, b), c, d in zip(X, y, t))
        self._undo.clear()
        self._redo.clear()

    def _commit(self, after: tuple[_Point, ...]) -> None:
        self._undo.append(_Edit(self._points, after))
        if len(self._undo) > self.max_undo:
            del self._undo[0]
        self._redo.clear()
        self._points = after

    def add(self, x: float, y: float, label: int) -> int:
        """Add a training point of class ``label`` at (x, y); returns its index."""
        if self.full:
            raise ValueError(f"there are already {self.max_points:,} points, the most this editor holds")
        if not 0 <= int(label) < MAX_CLASSES:
            raise ValueError(f"the class must be 0..{MAX_CLASSES - 1}, got {label}")
        if not (np.isfinite(x) and np.isfinite(y)):
            raise ValueError("the point must have finite coordinates")
        self._commit(self._points + (_Point(float(x), float(y), int(label)),))
        return len(self._points) - 1

    def nearest(self, x: float, y: float, radius: float, scale=(1.0, 1.0)) -> int | None:
        """Index of the point closest to (x, y) within ``radius``, else None.

        Distances are measured after dividing by ``scale`` = (sx, sy), e.g. data units per screen
        pixel, so ``radius`` can be given in pixels even when the axes are scaled differently."""
        if not self._points:
            return None
        sx, sy = (abs(float(s)) or 1.0 for s in scale)
        P = self.points
        d = np.hypot((P[:, 0] - x) / sx, (P[:, 1] - y) / sy)
        i = int(np.argmin(d))
        return i if d[i] <= radius else None

    def remove(self, index: int) -> None:
        if not 0 <= index < len(self._points):
            raise IndexError(f"no point {index}")
        self._commit(self._points[:index] + self._points[index + 1:])

    def remove_nearest(self, x: float, y: float, radius: float, scale=(1.0, 1.0)) -> bool:
        """Erase the point nearest to (x, y) if one lies within ``radius``; True if one was erased."""
        i = self.nearest(x, y, radius, scale)
        if i is None:
            return False
        self.remove(i)
        return True

    def clear(self) -> bool:
        """Erase every point (undoable); False if there was nothing to erase."""
        if not self._points:
            return False
        self._commit(())
        return True

    def undo(self) -> bool:
        if not self._undo:
            return False
        edit = self._undo.pop()
        self._redo.append(edit)
        self._points = edit.before
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        edit = self._redo.pop()
        self._undo.append(edit)
        self._points = edit.after
        return True

    # ---- to a data set ---------------------------------------------------------------------------
    def spec_params(self, decimals: int = 4) -> dict:
        """The points as plain lists for ``DatasetSpec("custom", "My points", params)`` (JSON-safe,
        so the settings can restore them): points [[x, y], ...], labels [...], test [indices],
        n_classes."""
        return {
            "points": [[round(p.x, decimals), round(p.y, decimals)] for p in self._points],
            "labels": [p.label for p in self._points],
            "test": [i for i, p in enumerate(self._points) if p.test],
            "n_classes": self.n_classes(),
        }
