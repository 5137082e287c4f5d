"""Networks and targets shared by the gradient tests (test_gradients, test_trace, test_gradcheck_all):
every hidden activation, every output activation + loss pairing a student can pick, and networks
whose ReLU pre-activations stay clear of the kink at 0."""

from __future__ import annotations

import numpy as np

from guiapp.engine import MLP

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
# (output activation, loss, output units)
OUTPUTS = [
    ("sigmoid", "bce", 1),
    ("sigmoid", "bce", 3),  # multi-label: three independent yes/no outputs
    ("sigmoid", "mse", 2),
    ("softmax", "cross_entropy", 3),
    ("softmax", "mse", 3),
    ("linear", "mse", 2),
    ("tanh", "mse", 2),
]
KINKED = ("relu", "leaky_relu")
KINK_MARGIN = 1e-3  # |z| of every ReLU pre-activation, far beyond what a perturbation moves it


def make_targets(loss: str, k: int, n: int, rng: np.random.Generator) -> np.ndarray:
    if loss == "cross_entropy" or (loss == "mse" and k == 3):
        return rng.integers(0, k, n)  # class labels, one-hot inside
    if loss == "bce":
        return rng.integers(0, 2, n) if k == 1 else rng.integers(0, 2, (n, k)).astype(float)
    return rng.uniform(-0.9, 0.9, (n, k))


def kink_free_net(sizes, acts, *, bias=True, n=7, seed=0, init="auto"):
    """A net with random (non-zero) biases and inputs X such that no ReLU/leaky pre-activation is
    within KINK_MARGIN of 0, where the derivative jumps and finite differences mean nothing."""
    for s in range(seed, seed + 200):
        rng = np.random.default_rng(s)
        net = MLP(sizes, acts, seed=s, bias=bias, init=init)
        if bias:
            for layer in net.layers:
                layer.b[...] = rng.normal(scale=0.5, size=layer.b.shape)
        X = rng.normal(size=(n, sizes[0]))
        net.forward(X)
        if all(np.abs(layer.z).min() > KINK_MARGIN for layer in net.layers if layer.activation.name in KINKED):
            return net, X, rng
    raise AssertionError("no kink-free network found")  # pragma: no cover
