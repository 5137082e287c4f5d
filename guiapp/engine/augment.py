"""Data augmentation: show the network slightly changed copies of its training images, so it
learns shapes rather than exact pixel positions. NumPy only.

A transform is any function ``(X, rng) -> X'`` on a minibatch X (batch, features); pass it to
``Trainer(..., augment=...)``. It is applied to training batches only, never to test data.
"""

from __future__ import annotations

import numpy as np


def random_shift(image_shape: tuple[int, int], max_shift: int = 1):
    """A transform that moves every image by a random whole number of pixels, -max_shift..max_shift
    in each direction (independently per image), filling the uncovered border with 0.

    X (batch, h*w) -> (batch, h*w), same dtype. A 1-pixel shift is enough to lift an MLP's MNIST
    accuracy by about a point: it never sees the same image twice.
    """
    h, w = image_shape
    m = int(max_shift)
    if m < 0:
        raise ValueError("max_shift must be 0 or more")

    def shift(X: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        if m == 0:
            return X
        n = X.shape[0]
        padded = np.zeros((n, h + 2 * m, w + 2 * m), dtype=X.dtype)
        padded[:, m:m + h, m:m + w] = X.reshape(n, h, w)
        dy = rng.integers(0, 2 * m + 1, n)  # top-left corner of each image's crop
        dx = rng.integers(0, 2 * m + 1, n)
        rows = (dy[:, None] + np.arange(h))[:, :, None]    # (n, h, 1)
        cols = (dx[:, None] + np.arange(w))[:, None, :]    # (n, 1, w)
        return padded[np.arange(n)[:, None, None], rows, cols].reshape(n, h * w)

    shift.__doc__ = f"random shift of {h}x{w} images by up to {m} px"
    return shift
