"""Colouring the decision boundary and the hidden-neuron maps: pure NumPy (tested directly).

The worker computes the network over a grid of the input plane (``snapshot.boundary``: ``outputs``
(res, res, k) with row i = ``ys[i]``, column j = ``xs[j]``; ``hidden``: one (units, res, res) array
per hidden layer). These functions only turn those numbers into colours.

Colours: each class has a colour (``colormaps.CLASS_COLORS``). A region takes the colour of the
class the network picks there, blended towards the background by how unsure it is (a sigmoid output
p: certainty |2p − 1|; a softmax: how far the top probability is above 1/k), so the boundary shows as a
pale band. "Discretize" paints each class's region in one flat colour instead. Neuron maps use the
diverging colormap: tanh from −1 (blue) through 0 to +1 (red), sigmoid 0 … 0.5 … 1, others ±max.
"""

from __future__ import annotations

import numpy as np

from .colormaps import class_colors_rgb, symmetric_levels

#: How far a region's colour goes from the background towards its class colour (0..1).
REGION_STRENGTH = 0.6


def predicted_classes(outputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """outputs (..., k) -> (class (...) intp, certainty (...) float32 in 0..1).

    One output neuron (a sigmoid p): class p ≥ 0.5 (as ``MLP.predict``), certainty |2p − 1|.
    k outputs: class argmax, certainty (max − 1/k) / (1 − 1/k): 0 when all classes are equally likely.
    """
    if outputs.shape[-1] == 1:
        p = outputs[..., 0]
        return (p >= 0.5).astype(np.intp), np.clip(np.abs(2.0 * p - 1.0), 0.0, 1.0).astype(np.float32)
    k = outputs.shape[-1]
    cls = outputs.argmax(axis=-1)
    top = np.take_along_axis(outputs, cls[..., None], axis=-1)[..., 0]
    certainty = np.clip((top - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0).astype(np.float32)
    return cls, certainty


def region_colors(n_classes: int, neutral: np.ndarray, strength: float = REGION_STRENGTH) -> np.ndarray:
    """(n, 3) uint8: the flat colour of each class's region ("Discretize")."""
    colors = class_colors_rgb(n_classes)
    return np.round(neutral + (colors - neutral) * strength).astype(np.uint8)


def boundary_rgb(outputs: np.ndarray, n_classes: int, neutral: np.ndarray, discrete: bool = False,
                 strength: float = REGION_STRENGTH) -> np.ndarray:
    """The main map's picture: (res, res, k) outputs -> (res, res, 3) uint8 RGB, same row order."""
    cls, certainty = predicted_classes(outputs)
    n = max(int(n_classes), int(cls.max()) + 1 if cls.size else 0, 2)
    if discrete:
        return np.ascontiguousarray(region_colors(n, neutral, strength)[cls])
    colors = class_colors_rgb(n)
    weight = (strength * certainty)[..., None]
    rgb = neutral + (colors[cls] - neutral) * weight
    return np.ascontiguousarray(np.round(rgb), dtype=np.uint8)


def activation_levels(activation: str, H: np.ndarray) -> tuple[float, float]:
    """Colour levels for a hidden layer's maps: the activation's own range when it has one
    (tanh −1..1, sigmoid 0..1), else symmetric around zero over the whole layer."""
    if activation == "tanh":
        return (-1.0, 1.0)
    if activation == "sigmoid":
        return (0.0, 1.0)
    return symmetric_levels(H)


def packed_lut(lut: np.ndarray) -> np.ndarray:
    """(n, 3) uint8 RGB -> (n,) uint32 0xffRRGGBB, the pixels of a QImage.Format_RGB32."""
    lut = lut.astype(np.uint32)
    return (0xFF000000 | (lut[:, 0] << 16) | (lut[:, 1] << 8) | lut[:, 2]).astype(np.uint32)


def neuron_map_pixels(H: np.ndarray, levels: tuple[float, float], lut32: np.ndarray) -> np.ndarray:
    """(units, res, res) activations -> (units, res, res) uint32 pixels through the packed 256-colour
    ``lut32``, rows flipped so row 0 is the top of the plane (largest y), as a QImage wants it."""
    lo, hi = levels
    scale = (len(lut32) - 1) / max(hi - lo, 1e-12)
    buf = np.subtract(H[:, ::-1, :], np.float32(lo), dtype=np.float32)
    np.multiply(buf, np.float32(scale), out=buf)
    np.clip(buf, 0, len(lut32) - 1, out=buf)
    return np.take(lut32, buf.astype(np.uint8))


def pixels_to_rgb(pixels: np.ndarray) -> np.ndarray:
    """uint32 0xffRRGGBB pixels (...) -> (..., 3) uint8 RGB."""
    return np.stack([(pixels >> 16) & 0xFF, (pixels >> 8) & 0xFF, pixels & 0xFF], axis=-1).astype(np.uint8)


def short_number(v: float) -> str:
    """A compact number for a small label: -1, 0.97, 0.05, 12 (the locale's decimal separator)."""
    from ..i18n.formatting import format_int, format_number

    if abs(v) >= 10:
        return format_int(round(v))
    if abs(v) < 0.005:
        return "0"
    return format_number(v, significant=2)
