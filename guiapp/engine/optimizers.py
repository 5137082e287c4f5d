"""Optimizers: update the live parameter arrays in place from their gradients.

``step(params, grads)`` with two lists of arrays in the same order (``net.params``,
``net.grads``), or, as the Trainer does, the network's single flat buffers with the mask of the
entries that are weights: ``step([net.flat_params], [net.flat_grads], [net.weight_mask])``. Both
go through the same update; ``learning_rate``, ``l1`` and ``l2`` are plain attributes that may be
changed between steps (turning a penalty on mid-run included).

L1/L2 penalties apply to weights, not to biases:
    penalty  P = λ₁ · Σ|W| + λ₂/2 · ΣW²
    gradient dP/dW = λ₁ · sign(W) + λ₂ · W      (added to the data gradient before the update)
"""

from __future__ import annotations

import math

import numpy as np


class Optimizer:
    """Base class. ``learning_rate`` None means the optimizer's usual rate (``usual_learning_rate``)."""

    name = "optimizer"

    def __init__(self, learning_rate: float | None = None, *, l1: float = 0.0, l2: float = 0.0):
        if learning_rate is None:
            learning_rate = usual_learning_rate(self.name)
        if not learning_rate > 0:
            raise ValueError(f"the learning rate must be positive, got {learning_rate}")
        if l1 < 0 or l2 < 0:
            raise ValueError("L1 and L2 penalties must be 0 or positive")
        self.learning_rate = float(learning_rate)
        self.l1 = float(l1)
        self.l2 = float(l2)
        self._shapes: list[tuple] | None = None  # shapes the running state (momentum, moments) was made for
        self._arrays = None                      # the list of arrays last stepped (checked once, not every step)
        self._penalised = None                   # ... and the penalty masks it came with
        self._masks_in_use: list = []

    # ---- the penalty ----------------------------------------------------------------------------
    @staticmethod
    def _masks(params, penalised):
        """Per array: the 0/1 mask of its penalised entries, True (all of it) or False (none).
        Default: 2-D arrays (weight matrices) are penalised, 1-D ones (biases) are not."""
        if penalised is None:
            return [p.ndim == 2 for p in params]
        if len(penalised) != len(params):
            raise ValueError(f"{len(params)} parameter arrays but {len(penalised)} penalty masks")
        return penalised

    def _adopt(self, params, penalised) -> None:
        """Check that the running state fits ``params`` (making it on the first step), and the masks."""
        shapes = [p.shape for p in params]
        if self._shapes is None:
            self._shapes = shapes
            self._init_state(params)
        elif shapes != self._shapes:
            raise ValueError(f"this {self.name} optimizer's state was made for arrays of shapes {self._shapes}, "
                             f"not {shapes}: call reset() to start over")
        self._masks_in_use = self._masks(params, penalised)
        self._arrays, self._penalised = params, penalised

    def penalty_grad(self, p: np.ndarray, mask) -> np.ndarray | None:
        """dP/dp = λ₁·sign(p) + λ₂·p on the penalised entries (``mask``), 0 elsewhere; None when
        no penalty applies to ``p``."""
        if mask is False or not (self.l1 or self.l2):
            return None
        d = self.l2 * p if self.l2 else np.zeros_like(p)
        if self.l1:
            d += self.l1 * np.sign(p)
        if mask is not True:
            d *= mask
        return d

    def penalty(self, params: list[np.ndarray], penalised=None) -> float:
        """The penalty term of the loss: λ₁ Σ|W| + λ₂/2 Σ W² over the penalised entries
        (``penalised`` as in ``step``; default: the 2-D arrays)."""
        total = 0.0
        for p, mask in zip(params, self._masks(params, penalised)):
            if mask is False:
                continue
            w = p.ravel()
            m = None if mask is True else np.ravel(mask)
            if self.l1:
                a = np.abs(w)
                total += self.l1 * float(a.sum() if m is None else a @ m)
            if self.l2:
                sq = w * w
                total += 0.5 * self.l2 * float(sq.sum() if m is None else sq @ m)
        return total

    # ---- the update -----------------------------------------------------------------------------
    def step(self, params: list[np.ndarray], grads: list[np.ndarray], penalised=None) -> None:
        """Update every array of ``params`` in place from its gradient in ``grads`` (and the
        L1/L2 penalty's gradient where ``penalised`` says: per array a 0/1 mask of its shape,
        True or False; default: 2-D arrays yes, 1-D arrays no).

        The running state (momentum, Adam's moments) belongs to the arrays it was made for: a
        different set of shapes raises ValueError until ``reset()``.
        """
        if params is not self._arrays or penalised is not self._penalised:
            self._adopt(params, penalised)  # (the Trainer hands over the same lists every step: checked once)
        self._begin_step()
        if self.l1 or self.l2:
            for i, (p, g, mask) in enumerate(zip(params, grads, self._masks_in_use)):
                d = self.penalty_grad(p, mask)
                self._update(i, p, g if d is None else g + d)
        else:
            for i, (p, g) in enumerate(zip(params, grads)):
                self._update(i, p, g)

    def reset(self) -> None:
        """Forget any running state (momentum, Adam moments)."""
        self._shapes = None
        self._arrays = self._penalised = None

    # ---- the running state, for rewinding and for project files ------------------------------
    #: Names of the lists of arrays that make up the running state (subclasses).
    state_arrays: tuple[str, ...] = ()
    #: Names of the scalar counters of the running state (subclasses).
    state_scalars: tuple[str, ...] = ()

    def get_state(self) -> dict:
        """A copy of the running state: ``{"arrays": {name: [array, ...]}, "scalars": {name: value}}``
        (empty before the first step). Together with the settings (name, learning rate, momentum,
        L1/L2) it lets training go on exactly where it was (``set_state``)."""
        if self._shapes is None:
            return {"arrays": {}, "scalars": {}}
        return {"arrays": {n: [a.copy() for a in getattr(self, n)] for n in self.state_arrays},
                "scalars": {n: getattr(self, n) for n in self.state_scalars}}

    def set_state(self, state: dict) -> None:
        """Take over a running state made by ``get_state`` (copied in). An empty state resets.
        Arrays of another count or shape than this optimizer's arrays raise ValueError."""
        arrays = dict(state.get("arrays") or {})
        if not arrays:
            self.reset()
            return
        if set(arrays) != set(self.state_arrays):
            raise ValueError(f"a {self.name} optimizer's state holds {sorted(self.state_arrays)}, "
                             f"not {sorted(arrays)}")
        lists = {n: [np.array(a, copy=True) for a in arrays[n]] for n in self.state_arrays}
        shapes = {tuple(tuple(a.shape) for a in v) for v in lists.values()}
        if len(shapes) != 1:
            raise ValueError("the optimizer's state arrays do not have matching shapes")
        self.reset()
        self._shapes = [tuple(s) for s in shapes.pop()]
        for n, v in lists.items():
            setattr(self, n, v)
        for n in self.state_scalars:
            setattr(self, n, type(getattr(self, n))(state.get("scalars", {}).get(n, getattr(self, n))))

    def _init_state(self, params) -> None:
        """Make the running state for ``params`` (zeros)."""

    def _begin_step(self) -> None:
        """Once per step, before the arrays are updated."""

    def _update(self, i: int, p: np.ndarray, g: np.ndarray) -> None:
        raise NotImplementedError


class SGD(Optimizer):
    """Plain gradient descent:  p ← p - η · g."""

    name = "sgd"

    def _update(self, i, p, g):
        p -= self.learning_rate * g


class Momentum(Optimizer):
    """SGD with momentum:  v ← μ·v - η·g;   p ← p + v."""

    name = "momentum"
    state_arrays = ("velocity",)

    def __init__(self, learning_rate=None, *, momentum: float = 0.9, l1=0.0, l2=0.0):
        super().__init__(learning_rate, l1=l1, l2=l2)
        if not 0 <= momentum < 1:
            raise ValueError(f"momentum must be in [0, 1), got {momentum}")
        self.momentum = float(momentum)
        self.velocity: list[np.ndarray] | None = None

    def reset(self):
        super().reset()
        self.velocity = None

    def _init_state(self, params):
        self.velocity = [np.zeros_like(p) for p in params]

    def _update(self, i, p, g):
        v = self.velocity[i]
        v *= self.momentum
        v -= self.learning_rate * g
        p += v


class Adam(Optimizer):
    """Adam:  m ← β₁m + (1-β₁)g;  v ← β₂v + (1-β₂)g²;  p ← p - η · m̂ / (√v̂ + ε),
    with the bias corrections m̂ = m / (1-β₁ᵗ), v̂ = v / (1-β₂ᵗ)."""

    name = "adam"
    state_arrays = ("m", "v")
    state_scalars = ("t",)

    def __init__(self, learning_rate=None, *, beta1=0.9, beta2=0.999, eps=1e-8, l1=0.0, l2=0.0):
        super().__init__(learning_rate, l1=l1, l2=l2)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.m: list[np.ndarray] | None = None
        self.v: list[np.ndarray] | None = None
        self.t = 0

    def reset(self):
        super().reset()
        self.m = self.v = None
        self.t = 0

    def _init_state(self, params):
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]

    def _begin_step(self):
        self.t += 1
        b1, b2 = self.beta1, self.beta2
        # math.sqrt keeps the step size a Python float: a NumPy float64 scalar would upcast float32 arrays.
        self._step_size = self.learning_rate * math.sqrt(1 - b2 ** self.t) / (1 - b1 ** self.t)

    def _update(self, i, p, g):
        b1, b2 = self.beta1, self.beta2
        m, v = self.m[i], self.v[i]
        m *= b1
        m += (1 - b1) * g
        v *= b2
        v += (1 - b2) * (g * g)
        p -= self._step_size * m / (np.sqrt(v) + self.eps)


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}


def make_optimizer(name: str, learning_rate: float | None = None, *, momentum: float = 0.9, l1: float = 0.0,
                   l2: float = 0.0) -> Optimizer:
    """An optimizer from its name: ``"sgd"``, ``"momentum"`` or ``"adam"`` (learning rate None:
    its usual one)."""
    key = str(name).strip().lower()
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(OPTIMIZERS)}")
    if key == "momentum":
        return Momentum(learning_rate, momentum=momentum, l1=l1, l2=l2)
    return OPTIMIZERS[key](learning_rate, l1=l1, l2=l2)


#: The learning rate each optimizer usually trains well with, where a student starts: plain
#: gradient descent takes big steps, momentum adds up about 1/(1-μ) of them, and Adam's steps are
#: about the learning rate itself whatever the gradient's size.
USUAL_LEARNING_RATES = {"sgd": 0.1, "momentum": 0.05, "adam": 0.001}


def usual_learning_rate(name: str) -> float:
    """The usual learning rate of an optimizer: sgd 0.1, momentum 0.05, adam 0.001 (what the app
    offers when the optimizer is switched, and every optimizer's default)."""
    key = str(name).strip().lower()
    if key not in USUAL_LEARNING_RATES:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(USUAL_LEARNING_RATES)}")
    return USUAL_LEARNING_RATES[key]
