"""Activation functions, each written as its forward formula with its derivative beside it.

Every activation maps a pre-activation ``z`` of shape ``(n, units)`` to an output ``a`` of the
same shape. ``backward(z, a, grad_a)`` takes dL/da and returns dL/dz by the chain rule:
``dL/dz = dL/da * da/dz`` (elementwise, except softmax, whose Jacobian mixes the units).
"""

from __future__ import annotations

import numpy as np


class Activation:
    """Base class: ``forward(z) -> a`` and ``backward(z, a, grad_a) -> grad_z``."""

    name = "activation"

    def forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Sigmoid(Activation):
    """σ(z) = 1 / (1 + e^-z);  σ'(z) = σ(z) · (1 - σ(z))."""

    name = "sigmoid"

    def forward(self, z):
        # 0.5 · (1 + tanh(z/2)) is the same function and never overflows for large |z|.
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def backward(self, z, a, grad_a):
        return grad_a * a * (1.0 - a)


class Tanh(Activation):
    """tanh(z);  tanh'(z) = 1 - tanh(z)²."""

    name = "tanh"

    def forward(self, z):
        return np.tanh(z)

    def backward(self, z, a, grad_a):
        return grad_a * (1.0 - a * a)


class ReLU(Activation):
    """relu(z) = max(0, z);  relu'(z) = 1 if z > 0 else 0."""

    name = "relu"

    def forward(self, z):
        return np.maximum(z, 0)

    def backward(self, z, a, grad_a):
        return grad_a * (z > 0)


class LeakyReLU(Activation):
    """leaky(z) = z if z > 0 else slope·z;  leaky'(z) = 1 if z > 0 else slope."""

    name = "leaky_relu"

    def __init__(self, slope: float = 0.01):
        self.slope = float(slope)

    def forward(self, z):
        return np.where(z > 0, z, self.slope * z)

    def backward(self, z, a, grad_a):
        return np.where(z > 0, grad_a, self.slope * grad_a)  # stays in grad_a's dtype (no float64 mask)

    def __repr__(self) -> str:
        return f"LeakyReLU(slope={self.slope})"


class Linear(Activation):
    """identity(z) = z;  identity'(z) = 1."""

    name = "linear"

    def forward(self, z):
        return z

    def backward(self, z, a, grad_a):
        return grad_a


class Softmax(Activation):
    """softmax(z)_i = e^{z_i} / Σ_j e^{z_j}  (per row; an output layer only).

    Its Jacobian is  ∂a_i/∂z_k = a_i (δ_ik - a_k),  so
    dL/dz_k = Σ_i dL/da_i · a_i (δ_ik - a_k) = a_k (dL/da_k - Σ_i dL/da_i · a_i).
    With cross-entropy this collapses to ``a - target`` (see ``losses.SoftmaxCrossEntropy``).
    """

    name = "softmax"

    def forward(self, z):
        shifted = z - z.max(axis=1, keepdims=True)  # subtracting the row max changes nothing but avoids overflow
        e = np.exp(shifted)
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, z, a, grad_a):
        return a * (grad_a - (grad_a * a).sum(axis=1, keepdims=True))


ACTIVATIONS: dict[str, type[Activation]] = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
    "linear": Linear,
    "softmax": Softmax,
}


def get_activation(name: str | Activation) -> Activation:
    """An activation object from its name (``"sigmoid"``, ``"tanh"``, ``"relu"``, ``"leaky_relu"``,
    ``"linear"``, ``"softmax"``) or an Activation instance (returned as is)."""
    if isinstance(name, Activation):
        return name
    key = str(name).strip().lower().replace("-", "_").replace(" ", "_")
    if key in ("leakyrelu", "leaky"):
        key = "leaky_relu"
    if key in ("identity", "none"):
        key = "linear"
    if key not in ACTIVATIONS:
        raise ValueError(
            f"unknown activation {name!r}: choose one of {', '.join(ACTIVATIONS)}"
        )
    return ACTIVATIONS[key]()
