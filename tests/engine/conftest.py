"""Shared data for the engine tests (no Qt anywhere in tests/engine)."""

from __future__ import annotations

import numpy as np
import pytest

#: The XOR truth table with two inputs.
XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
XOR_Y = np.array([0, 1, 1, 0])


@pytest.fixture
def xor():
    return XOR_X.copy(), XOR_Y.copy()


@pytest.fixture
def blobs():
    """A small, learnable 3-class problem in 2-D: (X (120, 2), labels (120,))."""
    rng = np.random.default_rng(7)
    centres = np.array([[-2.0, 0.0], [2.0, 0.0], [0.0, 2.5]])
    labels = np.repeat(np.arange(3), 40)
    X = centres[labels] + rng.normal(scale=0.6, size=(labels.size, 2))
    return X, labels
