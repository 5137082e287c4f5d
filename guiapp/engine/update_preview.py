"""What an optimizer would do with a gradient, without doing it: the "Update" step of the
backprop view (issue 9).

    preview = net.trace(x, t).update(trainer.optimizer)
    preview.step_W[0]        # Δw of the first layer (fan_in, fan_out)
    preview.new_W[0]         # w + Δw
    preview.state_after["velocity"]   # Momentum's v after the step (per parameter, [W1, b1, ...])

The optimizer is copied (its running state too, in float64: Momentum's velocity, Adam's moments and step
count), the copy takes one step on copies of the weights, and Δw = w_after − w. So the numbers are
exactly what the optimizer's own ``step`` computes, and the real optimizer is left as it was.

Plain SGD:  Δw = −η·g.   Momentum:  v ← μ·v − η·g,  Δw = v.
Adam:  m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  Δw = −η·√(1−β₂ᵗ)/(1−β₁ᵗ) · m/(√v + ε).
With L1/L2 penalties g is first replaced by g + λ₁·sign(w) + λ₂·w (weights only, not biases).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True, eq=False)
class UpdatePreview:
    """One optimizer step, previewed. Lists are per layer; ``*_b`` entries are None without biases.

    optimizer: "sgd", "momentum" or "adam"; learning_rate η; l1, l2: the penalties.
    hyper: the optimizer's other settings (``momentum``; ``beta1``, ``beta2``, ``eps``).
    grad_W[l], grad_b[l]: the gradient g the step used (before any penalty).
    step_W[l] (fan_in, fan_out), step_b[l] (fan_out,): Δ = new − old.
    new_W[l], new_b[l]: the weights after the step.
    state_before / state_after: the optimizer's running arrays by name ("velocity"; "m", "v"),
        each a list in parameter order [W1, b1, W2, b2, ...] (empty before the first step);
        ``t_after``: Adam's step count after this step.
    """

    optimizer: str
    learning_rate: float
    l1: float
    l2: float
    hyper: dict
    old_W: tuple
    old_b: tuple
    grad_W: tuple
    grad_b: tuple
    step_W: tuple
    step_b: tuple
    new_W: tuple
    new_b: tuple
    state_before: dict = field(default_factory=dict)
    state_after: dict = field(default_factory=dict)
    t_after: int | None = None

    def param_index(self, layer: int, bias: bool = False) -> int:
        """Position of W[layer] (or b[layer]) in the optimizer's parameter order [W1, b1, ...]."""
        per = 1 if self.old_b[0] is None else 2
        return per * layer + (1 if bias else 0)


def _state_names(opt) -> list[str]:
    """Names of the optimizer's running arrays: attributes that hold lists of arrays."""
    return [k for k, v in vars(opt).items()
            if isinstance(v, list) and v and all(isinstance(a, np.ndarray) for a in v)]


def preview_update(optimizer, weights, biases, grad_W, grad_b) -> UpdatePreview:
    """Run a copy of ``optimizer`` one step on copies of ``weights``/``biases`` (lists of arrays
    per layer, biases None-able) with gradients ``grad_W``/``grad_b``; the optimizer is unchanged.

    The optimizer's running state may be kept per parameter ([W1, b1, ...]) or as one flat vector
    of all parameters (the Trainer's layout, with L1/L2 on the weight entries only); the preview
    steps in the same layout, so the result is what the next real step would compute."""
    has_bias = biases[0] is not None
    params, grads = [], []   # the old values: read, never written (the step works on copies)
    for W, b, gw, gb in zip(weights, biases, grad_W, grad_b):
        params.append(np.asarray(W, dtype=np.float64))
        grads.append(np.asarray(gw, dtype=np.float64))
        if has_bias:
            params.append(np.asarray(b, dtype=np.float64))
            grads.append(np.asarray(gb, dtype=np.float64))
    names = _state_names(optimizer)
    opt = copy.copy(optimizer)       # settings shared, running state copied (in float64) below
    for name in names:
        setattr(opt, name, [np.array(a, dtype=np.float64) for a in getattr(optimizer, name)])
    total = sum(p.size for p in params)
    flat = bool(names) and all(len(getattr(opt, n)) == 1 and getattr(opt, n)[0].shape == (total,) for n in names)
    if flat:
        before = {n: _unflatten(getattr(opt, n)[0].copy(), params) for n in names}
        flat_p = np.concatenate([p.ravel() for p in params])
        # the Trainer's layout: one flat buffer, with the mask of its weight entries (penalised)
        mask = np.concatenate([np.full(p.size, p.ndim == 2, dtype=flat_p.dtype) for p in params])
        opt.step([flat_p], [np.concatenate([g.ravel() for g in grads])], [mask])
        after_params = _unflatten(flat_p, params)
        after = {n: _unflatten(getattr(opt, n)[0], params) for n in _state_names(opt)}
    else:
        before = {n: [a.copy() for a in getattr(opt, n)] for n in names}
        after_params = [p.copy() for p in params]
        opt.step(after_params, grads)
        after = {n: list(getattr(opt, n)) for n in _state_names(opt)}
    per = 2 if has_bias else 1
    L = len(weights)
    old_W = tuple(params[per * l] for l in range(L))
    new_W = tuple(after_params[per * l] for l in range(L))
    old_b = tuple(params[per * l + 1] if has_bias else None for l in range(L))
    new_b = tuple(after_params[per * l + 1] if has_bias else None for l in range(L))
    hyper = {k: getattr(opt, k) for k in ("momentum", "beta1", "beta2", "eps") if hasattr(opt, k)}
    return UpdatePreview(
        optimizer=getattr(opt, "name", type(opt).__name__.lower()), learning_rate=float(opt.learning_rate),
        l1=float(getattr(opt, "l1", 0.0)), l2=float(getattr(opt, "l2", 0.0)), hyper=hyper,
        old_W=old_W, old_b=old_b,
        grad_W=tuple(np.asarray(g, dtype=np.float64) for g in grad_W),
        grad_b=tuple(None if g is None else np.asarray(g, dtype=np.float64) for g in grad_b),
        step_W=tuple(n - o for n, o in zip(new_W, old_W)),
        step_b=tuple(None if o is None else n - o for n, o in zip(new_b, old_b)),
        new_W=new_W, new_b=new_b, state_before=before, state_after=after,
        t_after=getattr(opt, "t", None),
    )


def _unflatten(flat: np.ndarray, like: list[np.ndarray]) -> list[np.ndarray]:
    """Views of ``flat`` shaped like each array of ``like``."""
    out, offset = [], 0
    for p in like:
        out.append(flat[offset:offset + p.size].reshape(p.shape))
        offset += p.size
    return out
