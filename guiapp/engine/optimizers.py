"""Optimizers: update the live parameter arrays in place from their gradients.

``step(params, grads)`` with two lists of arrays in the same order (``net.params``,
``net.grads``). ``learning_rate`` is a plain attribute: change it between steps.
L1/L2 penalties apply to weight matrices (2-D arrays), not to biases:
    L2:  g ← g + λ₂ · W       (from the penalty λ₂/2 · ΣW²)
    L1:  g ← g + λ₁ · sign(W) (from the penalty λ₁ · Σ|W|)
"""

from __future__ import annotations

import math

import numpy as np


class Optimizer:
    name = "optimizer"

    def __init__(self, learning_rate: float = 0.1, *, l1: float = 0.0, l2: float = 0.0):
        if not learning_rate > 0:
            raise ValueError(f"the learning rate must be positive, got {learning_rate}")
        if l1 < 0 or l2 < 0:
            raise ValueError("L1 and L2 penalties must be 0 or positive")
        self.learning_rate = float(learning_rate)
        self.l1 = float(l1)
        self.l2 = float(l2)

    def _penalised(self, p: np.ndarray, g: np.ndarray) -> np.ndarray:
        if p.ndim == 2 and (self.l1 or self.l2):
            g = g.copy()
            if self.l2:
                g += self.l2 * p
            if self.l1:
                g += self.l1 * np.sign(p)
        return g

    def penalty(self, params: list[np.ndarray]) -> float:
        """The penalty term added to the loss: λ₁ Σ|W| + λ₂/2 Σ W² over weight matrices."""
        total = 0.0
        for p in params:
            if p.ndim == 2:
                if self.l1:
                    total += self.l1 * float(np.abs(p).sum())
                if self.l2:
                    total += 0.5 * self.l2 * float((p * p).sum())
        return total

    def step(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget any running state (momentum, Adam moments)."""


class SGD(Optimizer):
    """Plain gradient descent:  p ← p - η · g."""

    name = "sgd"

    def step(self, params, grads):
        lr = self.learning_rate
        for p, g in zip(params, grads):
            p -= lr * self._penalised(p, g)


class Momentum(Optimizer):
    """SGD with momentum:  v ← μ·v - η·g;   p ← p + v."""

    name = "momentum"

    def __init__(self, learning_rate=0.1, *, momentum: float = 0.9, l1=0.0, l2=0.0):
        super().__init__(learning_rate, l1=l1, l2=l2)
        if not 0 <= momentum < 1:
            raise ValueError(f"momentum must be in [0, 1), got {momentum}")
        self.momentum = float(momentum)
        self.velocity: list[np.ndarray] | None = None

    def reset(self):
        self.velocity = None

    def step(self, params, grads):
        if self.velocity is None:
            self.velocity = [np.zeros_like(p) for p in params]
        lr, mu = self.learning_rate, self.momentum
        for p, g, v in zip(params, grads, self.velocity):
            v *= mu
            v -= lr * self._penalised(p, g)
            p += v


class Adam(Optimizer):
    """Adam:  m ← β₁m + (1-β₁)g;  v ← β₂v + (1-β₂)g²;  p ← p - η · m̂ / (√v̂ + ε),
    with the bias corrections m̂ = m / (1-β₁ᵗ), v̂ = v / (1-β₂ᵗ)."""

    name = "adam"

    def __init__(self, learning_rate=0.001, *, beta1=0.9, beta2=0.999, eps=1e-8, l1=0.0, l2=0.0):
        super().__init__(learning_rate, l1=l1, l2=l2)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.m: list[np.ndarray] | None = None
        self.v: list[np.ndarray] | None = None
        self.t = 0

    def reset(self):
        self.m = self.v = None
        self.t = 0

    def step(self, params, grads):
        if self.m is None:
            self.m = [np.zeros_like(p) for p in params]
            self.v = [np.zeros_like(p) for p in params]
        self.t += 1
        b1, b2 = self.beta1, self.beta2
        # math.sqrt keeps step_size a Python float: a NumPy float64 scalar would upcast float32 arrays.
        step_size = self.learning_rate * math.sqrt(1 - b2 ** self.t) / (1 - b1 ** self.t)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            g = self._penalised(p, g)
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * (g * g)
            p -= step_size * m / (np.sqrt(v) + self.eps)


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}


def make_optimizer(name: str, learning_rate: float, *, momentum: float = 0.9, l1: float = 0.0,
                   l2: float = 0.0) -> Optimizer:
    """An optimizer from its name: ``"sgd"``, ``"momentum"`` or ``"adam"``."""
    key = str(name).strip().lower()
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(OPTIMIZERS)}")
    if key == "momentum":
        return Momentum(learning_rate, momentum=momentum, l1=l1, l2=l2)
    return OPTIMIZERS[key](learning_rate, l1=l1, l2=l2)


def usual_learning_rate(name: str) -> float:
    """The learning rate optimizer ``name`` usually starts well with: sgd 0.1, momentum 0.05, adam 0.001."""
    rates = {"sgd": 0.1, "momentum": 0.05, "adam": 0.001}
    key = str(name).strip().lower()
    if key not in rates:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(rates)}")
    return rates[key]
