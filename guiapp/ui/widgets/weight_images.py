"""Weight matrices as pictures: pure NumPy helpers for the Weights panel (tested directly).

Layer l's ``W`` has shape ``(fan_in, fan_out)`` (``y = x @ W + b``): its heatmap shows ``W[i, j]`` at
row i and column j; the bias strip sits under it. For images the first layer is a mosaic: tile j is
``W[:, j].reshape(rows, cols)``, what hidden neuron j "looks for".
"""

from __future__ import annotations

import math

import numpy as np

#: At most this many first-layer neurons are drawn as image tiles.
MAX_TILES = 64
#: Empty pixels between image tiles (drawn transparent).
TILE_GAP = 1
#: The bias strip is this tall (in cells) for a short matrix and this part of a tall one's height;
#: the gap above it is BIAS_GAP of its height.
BIAS_HEIGHT, BIAS_FRACTION, BIAS_GAP = 0.6, 0.06, 0.3


def bias_strip(fan_in: int) -> tuple[float, float]:
    """(top, height) of the bias strip under a matrix with ``fan_in`` rows (view units: cells)."""
    height = max(BIAS_HEIGHT, BIAS_FRACTION * fan_in)
    return fan_in + BIAS_GAP * height, height


def split_layers(params) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """``[W1, b1, W2, b2, ...]`` (biases optional) -> ``[(W1, b1), (W2, b2), ...]``."""
    layers: list[list] = []
    for p in params:
        if np.ndim(p) == 2:
            layers.append([p, None])
        elif layers:
            layers[-1][1] = p
    return [(w, b) for w, b in layers]


def tile_grid(n_units: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid holding ``n_units`` tiles."""
    cols = max(1, math.ceil(math.sqrt(n_units)))
    return max(1, math.ceil(n_units / cols)), cols


def weight_tiles(W: np.ndarray, image_shape: tuple[int, int], max_units: int = MAX_TILES,
                 gap: int = TILE_GAP) -> np.ndarray:
    """First-layer weights as a mosaic of images, float32, NaN (transparent) between tiles.

    W (rows*cols, n): tile j (row j // grid_cols, column j % grid_cols of the grid from
    :func:`tile_grid`) is ``W[:, j].reshape(rows, cols)`` for the first ``min(n, max_units)``
    neurons. Row-major: mosaic row 0 is the top of the first tiles.
    """
    r, c = image_shape
    u = min(W.shape[1], max_units)
    grid_rows, grid_cols = tile_grid(u)
    tiles = np.full((grid_rows * grid_cols, r + gap, c + gap), np.nan, dtype=np.float32)
    tiles[:u, :r, :c] = W[:, :u].T.reshape(u, r, c)
    mosaic = tiles.reshape(grid_rows, grid_cols, r + gap, c + gap).transpose(0, 2, 1, 3)
    mosaic = mosaic.reshape(grid_rows * (r + gap), grid_cols * (c + gap))
    if gap:
        mosaic = mosaic[:-gap, :-gap]
    return np.ascontiguousarray(mosaic)


def index_ticks(n: int, names: list[str], max_labels: int) -> list[tuple[float, str]]:
    """Ticks at cell centres: every name when they fit (``n <= max_labels``), else the 1-based
    numbers 1, k, 2k, ... with k a round step that keeps at most ``max_labels`` of them."""
    max_labels = max(int(max_labels), 2)
    if n <= max_labels:
        return [(i + 0.5, names[i]) for i in range(n)]
    step = n
    for nice in (2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100, 128, 200, 250, 500, 1000, 2000, 5000):
        if n // nice + 1 <= max_labels:
            step = nice
            break
    idx = [0] + list(range(step - 1, n, step))
    return [(i + 0.5, str(i + 1)) for i in idx]
