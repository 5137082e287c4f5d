"""Softmax and cross-entropy opened up for one example (tutorial 4; issue 11 §3).

    parts = softmax_parts(z, label)        # or SoftmaxParts.from_trace(net.trace(x, label))
    parts.jacobian                          # ∂p/∂z (k, k): p_i·(δ_ik − p_k)
    parts.chain                             # J·(−t/p) (k,) ...
    parts.p_minus_t                         # ... equal to p − t, the output layer's δ

The cross-entropy L = −Σ tᵢ·log pᵢ has dL/dp = −t/p; softmax's derivative is a matrix, the
Jacobian J, because every pᵢ depends on every z. The chain rule multiplies them: dL/dz = J·(−t/p)
(J is symmetric, so the tutorial's row-times-matrix is the same), and the algebra collapses to
p − t: for each k, Σᵢ pᵢ(δᵢₖ − pₖ)·(−tᵢ/pᵢ) = −tₖ + pₖ·Σᵢ tᵢ = pₖ − tₖ.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import Softmax
from .losses import SoftmaxCrossEntropy


@dataclass(frozen=True, eq=False)
class SoftmaxParts:
    """z, p = softmax(z), t, dL/dp = −t/p, J = ∂p/∂z, chain = J·(−t/p), p_minus_t (all (k,),
    J (k, k)), and the loss −Σ t·log p."""

    z: np.ndarray
    p: np.ndarray
    t: np.ndarray
    neg_t_over_p: np.ndarray
    jacobian: np.ndarray
    chain: np.ndarray
    p_minus_t: np.ndarray
    loss: float

    @classmethod
    def from_trace(cls, tr) -> "SoftmaxParts":
        """The output layer of a ``Trace`` of a softmax network."""
        if tr.activations[-1] != "softmax":
            raise ValueError(f"the output layer is {tr.activations[-1]}, not softmax")
        return softmax_parts(tr.z[-1], tr.target)


def softmax_parts(z, target) -> SoftmaxParts:
    """Open up softmax + cross-entropy for the logits z (k,) and a class label or a target
    vector t (k,). Uses the engine's own Softmax and SoftmaxCrossEntropy (for a batch of one)."""
    z = np.asarray(z, dtype=np.float64).reshape(-1)
    k = z.size
    t = np.asarray(target, dtype=np.float64)
    if t.ndim == 0:
        label = int(t)
        if not 0 <= label < k:
            raise ValueError(f"label {label} is out of range for {k} classes")
        t = np.zeros(k)
        t[label] = 1.0
    t = t.reshape(-1)
    if t.size != k:
        raise ValueError(f"the target has {t.size} values for {k} logits")
    p = Softmax().forward(z[None, :])[0]
    loss = SoftmaxCrossEntropy()
    dp = loss.grad(p[None, :], t[None, :])[0]                # −t/p (n = 1)
    J = np.diag(p) - np.outer(p, p)                          # ∂pᵢ/∂zₖ = pᵢ(δᵢₖ − pₖ)
    return SoftmaxParts(z, p, t, dp, J, J @ dp, p - t, loss.value(p[None, :], t[None, :]))
