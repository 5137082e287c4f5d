"""A fully connected (dense) layer:  z = x @ W + b,  a = activation(z).

Shapes: x (n, fan_in), W (fan_in, fan_out), b (fan_out,), z and a (n, fan_out).
This is the tutorials' ``l1 = sigmoid(np.dot(l0, syn0))`` with a bias added.
"""

from __future__ import annotations

import numpy as np

from .activations import Activation


class Dense:
    """One layer of neurons. ``forward`` computes it; for training it also keeps x, z and a,
    which ``backward`` uses.

    Backward, from dL/da (n, fan_out), by the chain rule:
        dL/dz = activation.backward(z, a, dL/da)          (n, fan_out)
        dL/dW = xᵀ @ dL/dz                                 (fan_in, fan_out)
        dL/db = Σ_rows dL/dz                               (fan_out,)
        dL/dx = dL/dz @ Wᵀ                                 (n, fan_in)
    The last line is where gradients *add up*: input i feeds every neuron j, so its gradient is
    the sum over j of dL/dz_j · W_ij.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray | None, activation: Activation,
                 dW: np.ndarray | None = None, db: np.ndarray | None = None):
        self.W = W
        self.b = b
        self.activation = activation
        # Gradient arrays may be handed in (views into the network's flat gradient buffer).
        self.dW = np.zeros_like(W) if dW is None else dW
        self.db = None if b is None else (np.zeros_like(b) if db is None else db)
        self.x = self.z = self.a = None

    @property
    def fan_in(self) -> int:
        return self.W.shape[0]

    @property
    def fan_out(self) -> int:
        return self.W.shape[1]

    @property
    def params(self) -> list[np.ndarray]:
        return [self.W] if self.b is None else [self.W, self.b]

    @property
    def grads(self) -> list[np.ndarray]:
        return [self.dW] if self.db is None else [self.dW, self.db]

    def forward(self, x: np.ndarray, keep: bool = True) -> np.ndarray:
        """x (n, fan_in) -> a (n, fan_out):  z = x @ W + b,  a = activation(z).

        ``keep`` (training): remember x, z and a for ``backward``. Without it (predicting, drawing
        a view) the layer's caches are left as they were, so a prediction between a training
        forward and its backward changes nothing.
        """
        z = x @ self.W
        if self.b is not None:
            z += self.b
        a = self.activation.forward(z)
        if keep:
            self.x, self.z, self.a = x, z, a
        return a

    def backward(self, grad_a: np.ndarray, need_input_grad: bool = True) -> np.ndarray | None:
        """dL/da (n, fan_out) -> dL/dx (n, fan_in); fills ``dW`` and ``db``."""
        grad_z = self.activation.backward(self.z, self.a, grad_a)
        return self.backward_from_z(grad_z, need_input_grad)

    def backward_from_z(self, grad_z: np.ndarray, need_input_grad: bool = True) -> np.ndarray | None:
        """Backward starting from dL/dz (n, fan_out), skipping the activation's derivative
        (used when a loss is fused with the output activation)."""
        np.matmul(self.x.T, grad_z, out=self.dW)
        if self.db is not None:
            np.add.reduce(grad_z, axis=0, out=self.db)  # = grad_z.sum(axis=0), without np.sum's overhead
        if need_input_grad:
            return grad_z @ self.W.T
        return None
