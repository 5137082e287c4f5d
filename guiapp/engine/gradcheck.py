"""Numerical gradient checking: compare backprop's analytic gradients with finite differences.

For each parameter θ:   dL/dθ ≈ (L(θ + ε) - L(θ - ε)) / (2ε)   (central difference, error O(ε²)).
Done in float64 on a copy of the network. Each parameter array is compared as a whole,
‖analytic - numerical‖ / (‖analytic‖ + ‖numerical‖): correct backprop gives ~1e-8..1e-6, a wrong
derivative 1e-3 or (much) more. (Element by element, the tiny entries of a wide or deep net drown
in the finite difference's rounding noise and a correct gradient can look wrong.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .losses import Loss, get_loss
from .output_rules import default_loss_for
from .network import MLP
from .training import prepare_targets


@dataclass(frozen=True)
class GradCheckResult:
    """``max_rel_error``: the worst relative error of the parameter arrays; ``per_param`` gives
    each array's (``[W1, b1, ...]``); ``input_rel_error`` is that of dL/dX."""

    max_rel_error: float
    per_param: tuple[float, ...]
    input_rel_error: float

    def passed(self, tol: float = 1e-6) -> bool:
        return self.max_rel_error < tol and self.input_rel_error < tol


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """‖a - b‖ / (‖a‖ + ‖b‖) (Euclidean norms over the whole array; 0 when both are zero)."""
    if not a.size:
        return 0.0
    denom = float(np.linalg.norm(a)) + float(np.linalg.norm(b))
    return float(np.linalg.norm(a - b)) / denom if denom > 1e-12 else float(np.linalg.norm(a - b))


def numerical_gradient(f, x: np.ndarray, eps: float = 1e-5) -> np.ndarray:
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


def gradient_check(net: MLP, X, Y, loss: str | Loss | None = None, eps: float = 1e-5) -> GradCheckResult:
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
