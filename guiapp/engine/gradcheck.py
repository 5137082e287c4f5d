"""Numerical gradient checking: compare backprop's analytic gradients with finite differences.

For each parameter θ:   dL/dθ ≈ (L(θ + ε) - L(θ - ε)) / (2ε)   (central difference, error O(ε²)).
Done in float64 on a copy of the network, so the check is exact to ~1e-7 relative error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .losses import Loss, default_loss_for, get_loss
from .network import MLP
from .training import prepare_targets


@dataclass(frozen=True)
class GradCheckResult:
    """``max_rel_error`` over all parameters (and per parameter array, ``[W1, b1, ...]``)."""

    max_rel_error: float
    per_param: tuple[float, ...]
    input_rel_error: float

    def passed(self, tol: float = 1e-6) -> bool:
        return self.max_rel_error < tol and self.input_rel_error < tol


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """max |a - b| / max(|a| + |b|, 1e-12), elementwise."""
    denom = np.maximum(np.abs(a) + np.abs(b), 1e-12)
    return float(np.max(np.abs(a - b) / denom)) if a.size else 0.0


def numerical_gradient(f, x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central-difference gradient of the scalar function ``f()`` w.r.t. array ``x`` (changed and
    restored in place)."""
    grad = np.zeros_like(x, dtype=np.float64)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        plus = f()
        flat[i] = old - eps
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * eps)
    return grad


def gradient_check(net: MLP, X, Y, loss: str | Loss | None = None, eps: float = 1e-6) -> GradCheckResult:
    """Check ``net.backward`` against finite differences on (X, Y) in float64.

    Uses the loss's plain gradient dL/dy through ``backward`` (the general chain rule, softmax
    Jacobian included), and also checks dL/dX. The network passed in is not changed.
    """
    net64 = net.clone(dtype=np.float64)
    X = np.array(X, dtype=np.float64)
    T = prepare_targets(Y, net64.n_outputs, np.float64)
    loss_fn = get_loss(loss if loss is not None else default_loss_for(net64.output_activation, net64.n_outputs))

    def value() -> float:
        return loss_fn.value(net64.forward(X), T)

    y = net64.forward(X)
    dX = net64.backward(loss_fn.grad(y, T))
    analytic = [g.copy() for g in net64.grads]
    errors = tuple(relative_error(a, numerical_gradient(value, p, eps)) for a, p in zip(analytic, net64.params))
    input_error = relative_error(dX, numerical_gradient(value, X, eps))
    return GradCheckResult(max(errors) if errors else 0.0, errors, input_error)
