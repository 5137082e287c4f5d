"""Loss functions. Each gives the loss value and, beside it, its gradient with respect to the
network's outputs. All are averaged over the n samples of a batch.

Shapes: outputs y (n, k), targets t (n, k) (a single output neuron: k = 1, targets 0/1;
several: one-hot rows).
"""

from __future__ import annotations

import numpy as np


_EPS = 1e-12
#: Smallest margin from 0 and 1 that each float type can hold next to 1.0.
_CLIP_EPS = {np.dtype(t): max(_EPS, float(np.finfo(t).eps)) for t in (np.float16, np.float32, np.float64)}


class Loss:
    """``value(y, t) -> float`` and ``grad(y, t) -> dL/dy (n, k)``.

    ``fused_activation`` names an output activation whose derivative cancels against this
    loss's; then ``grad_logits(y, t)`` gives dL/dz directly, cheaper and more stable.
    """

    name = "loss"
    fused_activation: str | None = None

    def value(self, y: np.ndarray, t: np.ndarray) -> float:
        raise NotImplementedError

    def grad(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def grad_logits(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        raise NotImplementedError(f"{self.name} is not fused with an activation")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class MSE(Loss):
    """L = (1/n) Σ_samples Σ_outputs (y - t)²;   dL/dy = 2 (y - t) / n."""

    name = "mse"

    def value(self, y, t):
        d = (y - t).ravel()
        return float(d @ d) / y.shape[0]

    def grad(self, y, t):
        return (2.0 / y.shape[0]) * (y - t)


class BinaryCrossEntropy(Loss):
    """L = -(1/n) Σ [t log y + (1 - t) log(1 - y)];   dL/dy = (y - t) / (y (1 - y)) / n.

    With a sigmoid output, dL/dz = dL/dy · y(1 - y) = (y - t) / n: the fused shortcut.
    """

    name = "bce"
    fused_activation = "sigmoid"

    @staticmethod
    def _clip(y):
        # Keep log() finite. The margin must be representable next to 1 in y's dtype:
        # in float32, 1 - 1e-12 rounds to 1.0 and log(1 - y) would be log(0).
        eps = _CLIP_EPS.get(y.dtype, _EPS)
        return np.minimum(np.maximum(y, eps), 1.0 - eps)  # np.clip, minus its Python overhead

    def value(self, y, t):
        y = self._clip(y)
        return float(-(t * np.log(y) + (1.0 - t) * np.log(1.0 - y)).sum()) / y.shape[0]

    def grad(self, y, t):
        y = self._clip(y)
        return (y - t) / (y * (1.0 - y)) / y.shape[0]

    def grad_logits(self, y, t):
        return (y - t) * (1.0 / y.shape[0])


class SoftmaxCrossEntropy(Loss):
    """L = -(1/n) Σ_samples Σ_classes t log p, for softmax outputs p;   dL/dp = -t / p / n.

    Fused with softmax (the usual case) the Jacobian cancels: dL/dz = (p - t) / n, which is
    both faster and numerically stable.
    """

    name = "cross_entropy"
    fused_activation = "softmax"

    def value(self, y, t):
        picked = (t * np.log(np.maximum(y, _EPS))).sum()
        return float(-picked) / y.shape[0]

    def grad(self, y, t):
        return -t / np.maximum(y, _EPS) / y.shape[0]

    def grad_logits(self, y, t):
        return (y - t) * (1.0 / y.shape[0])


LOSSES: dict[str, type[Loss]] = {
    "mse": MSE,
    "bce": BinaryCrossEntropy,
    "cross_entropy": SoftmaxCrossEntropy,
}

_ALIASES = {
    "mean_squared_error": "mse",
    "binary_cross_entropy": "bce",
    "binary_crossentropy": "bce",
    "log_loss": "bce",
    "softmax_cross_entropy": "cross_entropy",
    "categorical_cross_entropy": "cross_entropy",
    "crossentropy": "cross_entropy",
    "ce": "cross_entropy",
}


def get_loss(name: str | Loss) -> Loss:
    """A loss from its name: ``"mse"``, ``"bce"`` (binary cross-entropy) or ``"cross_entropy"``
    (softmax cross-entropy)."""
    if isinstance(name, Loss):
        return name
    key = str(name).strip().lower().replace("-", "_").replace(" ", "_")
    key = _ALIASES.get(key, key)
    if key not in LOSSES:
        raise ValueError(f"unknown loss {name!r}: choose one of {', '.join(LOSSES)}")
    return LOSSES[key]()


def accuracy(y: np.ndarray, t: np.ndarray) -> float:
    """Fraction of rows classified right. One output: (y ≥ 0.5) == (t ≥ 0.5); else argmax match."""
    if y.shape[1] == 1:
        return float(np.count_nonzero((y >= 0.5) == (t >= 0.5))) / y.shape[0]
    return float(np.count_nonzero(y.argmax(axis=1) == t.argmax(axis=1))) / y.shape[0]
