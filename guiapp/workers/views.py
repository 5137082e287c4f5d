"""The views the worker computes off the GUI thread from a network: the decision boundary over
the input plane with every hidden neuron's map, and the test-set evaluation. Pure NumPy."""

from __future__ import annotations

import numpy as np

from ..state.snapshot import BoundaryView, EvaluationView, ViewSpec


def compute_boundary(net, grid) -> BoundaryView:
    """Evaluate ``net`` on a res×res grid: outputs and every hidden neuron's activation."""
    x0, x1, y0, y1, res = grid
    xs = np.linspace(x0, x1, res, dtype=np.float32)
    ys = np.linspace(y0, y1, res, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    points = np.column_stack([gx.ravel(), gy.ravel()])
    outs = net.layer_outputs(points)
    outputs = outs[-1].astype(np.float32).reshape(res, res, -1)
    hidden = tuple(np.ascontiguousarray(h.astype(np.float32).T.reshape(-1, res, res)) for h in outs[:-1])
    return BoundaryView(xs, ys, outputs, hidden)


def compute_evaluation(net, spec: ViewSpec, probs: np.ndarray | None = None, epoch: int = 0,
                       batch: int = 0) -> EvaluationView:
    """Confusion matrix and accuracy on spec.X_eval, and the guesses for the gallery digits.
    ``probs`` (n_eval, k): the network's outputs on X_eval if already known (skips a forward pass)."""
    if probs is None:
        probs = net.predict_proba(spec.X_eval)
    if probs.shape[1] == 1:
        pred = (probs[:, 0] >= 0.5).astype(np.int64)
        conf = np.where(pred == 1, probs[:, 0], 1 - probs[:, 0])
    else:
        pred = probs.argmax(axis=1)
        conf = probs[np.arange(len(pred)), pred]
    k = max(spec.n_classes, 2)
    confusion = np.bincount(spec.y_eval * k + pred, minlength=k * k).reshape(k, k)
    accuracy = float(np.mean(pred == spec.y_eval)) if len(pred) else 0.0
    gallery = spec.gallery if spec.gallery is not None else np.arange(0)
    return EvaluationView(confusion, accuracy, pred[gallery], conf[gallery].astype(np.float32), epoch, batch)
