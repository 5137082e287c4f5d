"""MNIST-style preprocessing of a drawn digit, in plain NumPy (no Qt, no SciPy, no PIL).

The MNIST digits were made like this (LeCun et al.): the ink's bounding box was scaled, keeping
its aspect ratio, so that its longer side is 20 pixels (anti-aliased, so grey levels appear),
and the result was placed in a 28x28 frame so that its centre of mass sits at the frame's centre.
A network trained on MNIST expects exactly that, so a student's drawing gets the same treatment
before the network sees it::

    img = canvas.image()            # (H, W) float in [0, 1], white ink on black
    x = mnist_preprocess(img)       # (28, 28) float32, like an MNIST digit
    probs = net.predict_proba(x.reshape(1, 784))

Coordinates: pixel (row i, column j) has its centre at (i, j); the centre of mass of the MNIST
digits is at (14, 14) on average (measured on the bundled sample: 13.99, 14.00).
"""

from __future__ import annotations

import numpy as np

__all__ = ["MNIST_BOX", "MNIST_CENTER", "MNIST_SIZE", "center_of_mass", "ink_bbox", "mnist_preprocess", "resample"]

#: Side of the output frame.
MNIST_SIZE = 28
#: Longer side of the ink's bounding box after scaling.
MNIST_BOX = 20
#: Where the centre of mass goes (row, column).
MNIST_CENTER = (14.0, 14.0)
#: Pixels below this fraction of the brightest pixel are not ink when finding the bounding box.
INK_THRESHOLD = 0.1
#: A drawing whose brightest pixel is below this is empty.
EMPTY_LEVEL = 1e-3


def ink_bbox(img: np.ndarray, threshold: float = INK_THRESHOLD) -> tuple[int, int, int, int] | None:
    """The bounding box ``(top, bottom, left, right)`` (end-exclusive) of the pixels brighter
    than ``threshold`` times the brightest pixel, or None for an empty image."""
    img = np.asarray(img)
    top_value = float(img.max()) if img.size else 0.0
    if top_value <= EMPTY_LEVEL:
        return None
    ink = img > threshold * top_value
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def center_of_mass(img: np.ndarray) -> tuple[float, float] | None:
    """(row, column) of the intensity-weighted centre, or None when there is no ink."""
    img = np.asarray(img, dtype=np.float64)
    total = img.sum()
    if not total > 0:
        return None
    rows = img.sum(axis=1) @ np.arange(img.shape[0])
    cols = img.sum(axis=0) @ np.arange(img.shape[1])
    return float(rows / total), float(cols / total)


def _resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights that resample a line of n_in pixels to n_out pixels.

    A triangle (linear) filter: plain linear interpolation when enlarging, and when shrinking a
    filter as wide as the shrink factor, so every input pixel contributes (anti-aliased, like
    area averaging). Each row sums to 1, so uniform ink stays the same brightness.
    """
    scale = n_out / n_in
    support = max(1.0, 1.0 / scale)                       # half-width of the filter, in input pixels
    centers = (np.arange(n_out) + 0.5) / scale            # output pixel centres in input coordinates
    inputs = np.arange(n_in) + 0.5
    w = 1.0 - np.abs(inputs[None, :] - centers[:, None]) / support
    np.clip(w, 0.0, None, out=w)
    w /= w.sum(axis=1, keepdims=True)
    return w


def resample(img: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Resize a 2-D image to ``shape`` (rows, cols) with the anti-aliased linear filter above."""
    img = np.asarray(img, dtype=np.float64)
    h, w = img.shape
    rows = _resample_matrix(h, int(shape[0]))
    cols = _resample_matrix(w, int(shape[1]))
    return rows @ img @ cols.T


def mnist_preprocess(img: np.ndarray, *, box: int = MNIST_BOX, size: int = MNIST_SIZE,
                     threshold: float = INK_THRESHOLD) -> np.ndarray:
    """Make a drawing look like an MNIST digit.

    Args:
        img: (H, W) array, values in [0, 1], white (1) ink on a black (0) background, any size.
        box: longer side of the ink's bounding box after scaling (MNIST: 20).
        size: side of the square output (MNIST: 28).
        threshold: pixels dimmer than this fraction of the brightest one are ignored when finding
            the bounding box (a soft brush's faint rim would otherwise make the digit smaller).

    Returns:
        (size, size) float32 in [0, 1]: the ink cropped to its bounding box, scaled so its longer
        side is ``box`` pixels (aspect ratio kept, anti-aliased), placed so its centre of mass is
        at (size/2, size/2) to the nearest pixel. An empty drawing gives all zeros.

    Raises:
        ValueError: if ``img`` is not a 2-D array of finite numbers.
    """
    img = np.asarray(img, dtype=np.float64)
    if img.ndim != 2:
        raise ValueError(f"expected a 2-D image (rows, columns), got shape {img.shape}")
    if not np.all(np.isfinite(img)):
        raise ValueError("the image contains NaN or infinite values")
    out = np.zeros((size, size), dtype=np.float32)
    img = np.clip(img, 0.0, 1.0)
    bbox = ink_bbox(img, threshold)
    if bbox is None:
        return out
    top, bottom, left, right = bbox
    crop = img[top:bottom, left:right]
    h, w = crop.shape
    longer = max(h, w)
    new_h = max(1, int(round(h * box / longer)))
    new_w = max(1, int(round(w * box / longer)))
    digit = resample(crop, (new_h, new_w))
    com = center_of_mass(digit)
    if com is None:  # cannot happen for a non-empty box, but never divide by zero
        return out
    # Integer shift: the centre of mass lands within half a pixel of the centre, and the digit
    # stays as sharp as the resampling made it (a sub-pixel shift would blur it).
    center = size / 2.0
    r0 = int(np.floor(center - com[0] + 0.5))
    c0 = int(np.floor(center - com[1] + 0.5))
    # paste with clipping at the frame's edges
    sr0, sc0 = max(0, -r0), max(0, -c0)
    dr0, dc0 = max(0, r0), max(0, c0)
    dr1, dc1 = min(size, r0 + new_h), min(size, c0 + new_w)
    if dr1 > dr0 and dc1 > dc0:
        out[dr0:dr1, dc0:dc1] = digit[sr0:sr0 + (dr1 - dr0), sc0:sc0 + (dc1 - dc0)]
    np.clip(out, 0.0, 1.0, out=out)
    return out
