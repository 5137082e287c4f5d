"""What the training worker sends to the GUI: immutable snapshots holding *copies* of the
weights plus the views computed from them off the GUI thread (decision-boundary grids, hidden
neuron maps, confusion matrices). Plain data, pure NumPy, no Qt; the views are computed by
``guiapp.workers.views``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: Columns of ``Snapshot.epochs``: one row per finished epoch. ``train_loss`` is the data loss;
#: ``penalty`` the L1/L2 term of the weights at the end of the epoch (0 without L1/L2), so what
#: the optimizer minimised is train_loss + penalty.
EPOCH_COLUMNS = ("epoch", "train_loss", "train_acc", "test_loss", "test_acc", "penalty")


@dataclass(frozen=True)
class ViewSpec:
    """What views to compute for the current dataset (made once per dataset, on the GUI side).

    grid: ``(x_min, x_max, y_min, y_max, resolution)`` for 2-D inputs, else None.
    X_eval, y_eval: held-out samples for the confusion matrix / accuracy (images, tables).
    gallery: indices into X_eval of the digits shown in the gallery.
    """

    grid: tuple[float, float, float, float, int] | None = None
    X_eval: np.ndarray | None = None
    y_eval: np.ndarray | None = None
    n_classes: int = 2
    gallery: np.ndarray | None = None


@dataclass(frozen=True)
class BoundaryView:
    """The network over the input plane.

    xs (res,), ys (res,): cell centres. outputs (res, res, k) float32: output row i = ys[i],
    column j = xs[j]. hidden: one (units, res, res) float32 array per hidden layer: what each
    hidden neuron computes over the plane.
    """

    xs: np.ndarray
    ys: np.ndarray
    outputs: np.ndarray
    hidden: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class EvaluationView:
    """confusion (k, k) int64: rows true class, columns predicted. accuracy in [0, 1].
    gallery_pred (g,) int64 and gallery_prob (g,) float32: the guess for each gallery digit.
    epoch, batch: where training stood for the weights measured (batch 0: after that epoch)."""

    confusion: np.ndarray
    accuracy: float
    gallery_pred: np.ndarray
    gallery_prob: np.ndarray
    epoch: int = 0
    batch: int = 0


@dataclass(frozen=True)
class Snapshot:
    """One moment of training, safe to keep: nothing in it is ever changed afterwards.

    network_id: which network this belongs to (the session drops snapshots of older ones).
    epoch: epochs finished; batch: batches done in the current epoch; steps: optimizer steps.
    params: copies of ``[W1, b1, W2, b2, ...]``.
    epochs: (m, 6) float64 rows ``EPOCH_COLUMNS`` for epochs finished since the previous snapshot
        (test columns NaN when not measured); no epoch is ever left out.
    steps_per_sec / epochs_per_sec: measured over the time since the previous snapshot.
    elapsed: seconds of training in this run so far.
    """

    network_id: int
    epoch: int
    batch: int
    steps: int
    params: tuple[np.ndarray, ...]
    layer_sizes: tuple[int, ...]
    epochs: np.ndarray = field(default_factory=lambda: np.zeros((0, len(EPOCH_COLUMNS))))
    steps_per_sec: float = 0.0
    epochs_per_sec: float = 0.0
    elapsed: float = 0.0
    learning_rate: float = 0.0
    boundary: BoundaryView | None = None
    evaluation: EvaluationView | None = None

    @property
    def weights(self) -> tuple[np.ndarray, ...]:
        """The weight matrices only, (fan_in, fan_out) each."""
        return tuple(p for p in self.params if p.ndim == 2)

    @property
    def biases(self) -> tuple[np.ndarray, ...]:
        return tuple(p for p in self.params if p.ndim == 1)

    @property
    def last_loss(self) -> float | None:
        return float(self.epochs[-1, 1]) if len(self.epochs) else None


def grid_for(X: np.ndarray, resolution: int = 100, margin: float = 0.15) -> tuple[float, float, float, float, int]:
    """Bounds of a square-celled view around 2-D points X (n, 2), padded by ``margin``."""
    lo, hi = X.min(axis=0).astype(float), X.max(axis=0).astype(float)
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - margin * span, hi + margin * span
    return (lo[0], hi[0], lo[1], hi[1], int(resolution))
