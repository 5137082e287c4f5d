"""What an optimizer's last step added to each parameter, Δw, worked out afterwards from what the
optimizer keeps, so a trainer need not copy its weights before every step (issue 9: "show the last
update Δw" while training, at no cost when nobody looks).

    opt.step(params, grads, penalised)
    delta = last_step(opt, params, grads, penalised)    # [Δ per array], or None before any step

Momentum:  Δw = v (its velocity after the step, exactly what was added).
Adam:      Δw = −η·√(1−β₂ᵗ)/(1−β₁ᵗ) · m/(√v + ε) (its moments after the step, exactly).
SGD:       Δw = −η·(g + λ₁·sign(w) + λ₂·w) with w the weight *before* the step, found from the one
           after it: w_before = (w_after + η·g + η·λ₁·sign(w_before)) / (1 − η·λ₂). Exact without
           L1; with L1, sign(w_before) is taken as that of (w_after + η·g)/(1 − η·λ₂), which differs
           only for a weight that L1 pushed across 0 in this very step.
``grads`` must be the gradients of that step (the network's grads are, until the next backward) and
the learning rate the one it used (the worker changes it only between steps).
"""

from __future__ import annotations

import math

import numpy as np


def last_step(optimizer, params, grads, penalised=None) -> list[np.ndarray] | None:
    """Δ of each array in ``params`` in ``optimizer``'s last ``step(params, grads, penalised)``
    (new arrays, shapes as ``params``), or None if the optimizer has not stepped since it was made
    or reset, or is not one of SGD, Momentum, Adam."""
    if getattr(optimizer, "_shapes", None) is None:
        return None
    name = getattr(optimizer, "name", "")
    if name == "momentum":
        return [np.array(v) for v in optimizer.velocity]
    if name == "adam":
        t = int(optimizer.t)
        if t < 1:
            return None
        b1, b2 = optimizer.beta1, optimizer.beta2
        size = optimizer.learning_rate * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        return [-size * m / (np.sqrt(v) + optimizer.eps) for m, v in zip(optimizer.m, optimizer.v)]
    if name == "sgd":
        masks = optimizer._masks(params, penalised)
        lr, l1, l2 = optimizer.learning_rate, optimizer.l1, optimizer.l2
        out = []
        for w_after, g, mask in zip(params, grads, masks):
            m = 0.0 if mask is False else (1.0 if mask is True else np.asarray(mask))
            shrink = 1.0 - lr * l2 * m
            w_before = (w_after + lr * g) / shrink
            if l1:
                w_before = (w_after + lr * g + lr * l1 * m * np.sign(w_before)) / shrink
            out.append(np.asarray(w_after - w_before, dtype=np.result_type(w_after)))
        return out
    return None
