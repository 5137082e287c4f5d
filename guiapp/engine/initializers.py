"""Weight initializers. Each draws a weight matrix of shape ``(fan_in, fan_out)`` from an injected
``numpy.random.Generator``, so the same seed gives the same network bit for bit.
"""

from __future__ import annotations

import numpy as np


def uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """U(-1, 1): the classic tutorial's ``2 * np.random.random((fan_in, fan_out)) - 1``."""
    return 2.0 * rng.random((fan_in, fan_out)) - 1.0


def xavier(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """Glorot/Xavier uniform: U(-l, l) with l = √(6 / (fan_in + fan_out)); suits sigmoid and tanh."""
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def he(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """He/Kaiming normal: N(0, 2 / fan_in); suits ReLU, which zeroes half its inputs."""
    return rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)


def small(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """Small random numbers: N(0, 0.01²), the ``0.01 * np.random.randn(fan_in, fan_out)`` of the
    CS231n notes. For a wide first layer on images it starts each neuron's weights near zero, so
    what its 28×28 tile shows after a few epochs is what training wrote there, not the random start
    (bench/README.md, bench_accuracy)."""
    return rng.standard_normal((fan_in, fan_out)) * SMALL_STD


#: The standard deviation of the "small" initializer.
SMALL_STD = 0.01

INITIALIZERS = {"uniform": uniform, "xavier": xavier, "he": he, "small": small}


def auto_initializer(activation_name: str) -> str:
    """The usual choice for a layer: He for ReLU-like activations, Xavier otherwise."""
    return "he" if activation_name in ("relu", "leaky_relu") else "xavier"


def get_initializer(name: str):
    """The initializer function for ``"uniform"``, ``"xavier"`` (alias ``"glorot"``), ``"he"`` or ``"small"``."""
    key = str(name).strip().lower()
    key = {"glorot": "xavier", "kaiming": "he"}.get(key, key)
    if key not in INITIALIZERS:
        raise ValueError(f"unknown initializer {name!r}: choose one of {', '.join(INITIALIZERS)}, or 'auto'")
    return INITIALIZERS[key]


def legacy_rng(seed: int) -> np.random.RandomState:
    """The random stream of the tutorials' ``np.random.seed(seed)`` (NumPy's legacy generator).

    ``uniform`` only calls ``rng.random(shape)``, which a RandomState has too, so
    ``MLP([3, 4, 1], ["sigmoid", "sigmoid"], rng=legacy_rng(1), init="uniform", bias=False)`` draws
    syn0 = 2·random((3, 4)) − 1 and then syn1 = 2·random((4, 1)) − 1, bit for bit as
    "A neural network in 11 lines" does after ``np.random.seed(1)`` (tutorial 3). The legacy
    stream is frozen by NumPy's compatibility policy, so these draws never change.
    """
    return np.random.RandomState(seed)
