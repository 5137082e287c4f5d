"""What the output layer should produce: class labels in, target rows out. The one place that
turns labels into targets (the Trainer, ``evaluate`` and the gradient check all use it; data sets
hand over plain labels).

    prepare_targets([2, 0], 3)  -> [[0, 0, 1], [1, 0, 0]]      (k outputs: one-hot rows)
    prepare_targets([1, 0], 1)  -> [[1], [0]]                  (one output neuron: 0 or 1)
"""

from __future__ import annotations

import numpy as np

#: The float type of networks and targets unless told otherwise: exact float64 (float32 is
#: the faster choice for big data, and the app's; ask for it with ``dtype=np.float32``).
DEFAULT_DTYPE = np.float64


def prepare_targets(Y, n_outputs: int, dtype=DEFAULT_DTYPE) -> np.ndarray:
    """Targets as a C-contiguous (n, n_outputs) array of ``dtype``.

    ``Y`` may be integer class labels (n,): with one output neuron they must be 0 or 1 (the
    target is the label); with k outputs they must be 0..k-1 and become one-hot rows. ``Y`` may
    also already be target rows (n, n_outputs), e.g. for regression with MSE.
    """
    Y = np.asarray(Y)
    if Y.ndim == 1 or (Y.ndim == 2 and Y.shape[1] == 1 and n_outputs > 1):
        labels = Y.reshape(-1)
        if labels.size and not np.all(np.equal(np.mod(labels, 1), 0)):
            raise ValueError("class labels must be whole numbers")
        labels = labels.astype(np.int64)
        top = 1 if n_outputs == 1 else n_outputs - 1
        bad = (labels < 0) | (labels > top)
        if bad.any():
            value = labels[bad][0]
            raise ValueError(
                f"label {value} is out of range for {n_outputs} output neuron(s): labels must be 0..{top}"
            )
        if n_outputs == 1:
            return labels.astype(dtype).reshape(-1, 1)
        out = np.zeros((labels.size, n_outputs), dtype=dtype)
        out[np.arange(labels.size), labels] = 1
        return out
    if Y.ndim != 2 or Y.shape[1] != n_outputs:
        raise ValueError(f"targets have shape {Y.shape} but the network has {n_outputs} output neuron(s)")
    return np.ascontiguousarray(Y, dtype=dtype)


def outputs_to_labels(y: np.ndarray) -> np.ndarray:
    """Network outputs (n, k) -> class labels (n,) int64: threshold 0.5 when k == 1, argmax otherwise
    (the way back from ``prepare_targets``)."""
    if y.shape[1] == 1:
        return (y[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(y, axis=1)
