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

#: Extras a view can ask the worker to add to its snapshots (``Session.request_extras``): copies of
#: the last minibatch's gradient, the last optimizer step, the optimizer's running state, and the
#: verdicts on neurons that barely learn. Nothing is computed or copied for extras no view asks for.
GRADIENTS, UPDATES, OPTIMIZER_STATE, NEURON_HEALTH = "gradients", "updates", "optimizer_state", "neuron_health"
EXTRAS = (GRADIENTS, UPDATES, OPTIMIZER_STATE, NEURON_HEALTH)
#: Training rows the worker looks at to find saturated and dead neurons (spread over the data).
HEALTH_ROWS = 500


@dataclass(frozen=True)
class ViewSpec:
    """What views to compute for the current dataset (made once per dataset, on the GUI side).

    grid: ``(x_min, x_max, y_min, y_max, resolution)`` for 2-D inputs, else None.
    X_eval, y_eval: held-out samples for the confusion matrix / accuracy (images, tables).
    gallery: indices into X_eval of the digits shown in the gallery.
    X_health: (m, n_inputs) training rows on which the worker finds saturated and dead neurons.
    """

    grid: tuple[float, float, float, float, int] | None = None
    X_eval: np.ndarray | None = None
    y_eval: np.ndarray | None = None
    n_classes: int = 2
    gallery: np.ndarray | None = None
    X_health: np.ndarray | None = None   # training rows to judge neurons on (``health_sample``)


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

    Extras (None unless a view asked for them, see ``EXTRAS``):
    grads: copies of dL/d``[W1, b1, ...]`` of the last minibatch (the data loss, averaged over the
        batch; shapes as ``params``). updates: Δ``[W1, b1, ...]`` of the last optimizer step (what
        the step added to each weight). Both None before the first step on this network.
    optimizer_name, optimizer_state: the worker's optimizer and a copy of its running state
        (``Optimizer.get_state()``: momentum's velocity, Adam's moments), for previewing its next step.
    health: one ``engine.neuron_health.LayerHealth`` per layer (saturated and dead neurons), judged
        on ``ViewSpec.X_health`` after ``health_steps`` optimizer steps (refreshed about once a second).
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
    # ---- extras, only while a view asks for them (``EXTRAS``; None otherwise) ----
    grads: tuple[np.ndarray, ...] | None = None
    updates: tuple[np.ndarray, ...] | None = None
    optimizer_name: str = ""
    optimizer_state: dict | None = None
    health: tuple | None = None
    health_steps: int = -1

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


def split_params(params) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """``[W1, b1, W2, b2, ...]`` (or ``[W1, W2, ...]`` without biases) as [(W, b or None), ...]."""
    out: list[tuple[np.ndarray, np.ndarray | None]] = []
    for p in params:
        if p.ndim == 2:
            out.append((p, None))
        else:
            out[-1] = (out[-1][0], p)
    return out


def health_sample(X: np.ndarray, rows: int = HEALTH_ROWS) -> np.ndarray:
    """Up to ``rows`` rows of X spread evenly over it (all classes, even in sorted data), a copy."""
    n = len(X)
    if n <= rows:
        return np.array(X)
    return np.array(X[np.linspace(0, n - 1, rows).astype(np.int64)])


def grid_for(X: np.ndarray, resolution: int = 100, margin: float = 0.15) -> tuple[float, float, float, float, int]:
    """Bounds of a square-celled view around 2-D points X (n, 2), padded by ``margin``."""
    lo, hi = X.min(axis=0).astype(float), X.max(axis=0).astype(float)
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - margin * span, hi + margin * span
    return (lo[0], hi[0], lo[1], hi[1], int(resolution))
