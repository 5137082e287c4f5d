"""One layer of the Weights panel: its heatmap (or, for an image's first layer, the mosaic of 28×28
tiles), its bias strip and its colour bar, made once per network shape and updated in place.

The image is the matrix (no flip or transpose): ``W[i, j]`` at row i (top to bottom: input 1 first)
and column j (left to right: neuron 1 first), so a column is everything one neuron listens to. The
axes name rows and columns when the names fit, else number every few (:func:`.weight_images.index_ticks`).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics

from ..i18n.context import TrContext
from ..i18n.formatting import arg
from .colormaps import as_image, make_colorbar
from .weight_images import MAX_TILES, TILE_GAP, bias_strip, index_ticks, tile_grid, weight_tiles

#: Room (pixels) a tick label needs beyond its text: rows' labels are a line apart, columns' this far.
TICK_PADDING = 10

WeightLayerText = TrContext("WeightLayerText")


def bias_label() -> str:
    """The bias strip's row label ("bias" / «смещение»)."""
    return WeightLayerText.tr("bias")


class WeightLayer:
    """The items that draw layer ``index`` (1-based, as in W1): ``plot``, ``image``, ``bias_image``
    (None without biases or for tiles) and ``bar``. ``image_shape`` makes it a mosaic of tiles."""

    def __init__(self, index: int, shape: tuple[int, int], has_bias: bool, cmap, image_shape, descs,
                 row_names: list[str], col_names: list[str]):
        self.index = index
        self.fan_in, self.fan_out = shape
        self.has_bias = has_bias
        self.tiles = image_shape is not None
        self.image_shape = image_shape
        self.row_names, self.col_names = row_names, col_names
        self.levels = (-1.0, 1.0)
        self.W: np.ndarray | None = None   # what is drawn now (for hover)
        self.b: np.ndarray | None = None
        self.n_tiles = 0
        self.grid_cols = 1
        self.tick_key = None               # (rows, columns) the axis labels were made for
        self.bias_image: pg.ImageItem | None = None

        plot = pg.PlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)
        vb = plot.getViewBox()
        vb.setDefaultPadding(0.0)
        image = pg.ImageItem(axisOrder="row-major")
        image.setColorMap(cmap)
        plot.addItem(image)
        src, dst = descs
        if self.tiles:
            rows, cols = image_shape
            u = min(self.fan_out, MAX_TILES)
            grid_rows, grid_cols = tile_grid(u)
            self.n_tiles, self.grid_cols = u, grid_cols
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            vb.setAspectLocked(True)
            width = grid_cols * (cols + TILE_GAP) - TILE_GAP
            height = grid_rows * (rows + TILE_GAP) - TILE_GAP
            if u < self.fan_out:
                title = arg(WeightLayerText.tr("W%1: first %2 of %3 neurons"), str(index), u, self.fan_out)
            else:
                title = arg(WeightLayerText.tr("W%1: %Ln neuron(s)", "", u), str(index))
            plot.setTitle(title, size="9pt")
            plot.setRange(xRange=(0, width), yRange=(0, height), padding=0.02)
        else:
            top, strip = bias_strip(self.fan_in)
            vb.sigResized.connect(lambda _vb: self.update_ticks())
            plot.getAxis("left").setLabel(arg(WeightLayerText.tr("from (%1)"), src))
            plot.getAxis("bottom").setLabel(arg(WeightLayerText.tr("to (%1)"), dst))
            plot.setTitle(f"W{index}  ({self.fan_in}×{self.fan_out})", size="9pt")
            height = top + strip if has_bias else self.fan_in
            if has_bias:
                bias = pg.ImageItem(axisOrder="row-major")
                bias.setColorMap(cmap)
                bias.setRect(QRectF(0.0, top, self.fan_out, strip))
                plot.addItem(bias)
                self.bias_image = bias
            plot.setRange(xRange=(0, self.fan_out), yRange=(0, height), padding=0.0)
        vb.disableAutoRange()
        self.plot, self.image = plot, image
        self.bar = make_colorbar(cmap, self.levels)

    def update_ticks(self) -> None:
        """Name rows and columns when the names fit the plot's size, else number every few."""
        if self.tiles:
            return
        vb = self.plot.getViewBox()
        rect = vb.boundingRect()
        axis = self.plot.getAxis("left")
        fm = QFontMetrics(axis.style.get("tickFont") or axis.font())
        top, strip = bias_strip(self.fan_in)
        height = top + strip if self.has_bias else self.fan_in
        px_per_row = rect.height() / max(height, 1e-9)
        rows_fit = int(self.fan_in * px_per_row / (fm.height() + 1))
        widest = max(fm.horizontalAdvance(name) for name in self.col_names) + TICK_PADDING
        cols_fit = int(rect.width() / max(widest, 1))
        key = (min(rows_fit, self.fan_in + 1), min(cols_fit, self.fan_out + 1))
        if key == self.tick_key:
            return
        self.tick_key = key
        left = index_ticks(self.fan_in, self.row_names, rows_fit)
        if self.has_bias:
            bias_y = top + strip / 2
            # keep row labels clear of the "bias" label
            left = [(y, t) for y, t in left if (bias_y - y) * px_per_row >= fm.height()] + [(bias_y, bias_label())]
        axis.setTicks([left])
        if cols_fit < self.fan_out:
            widest = fm.horizontalAdvance(str(self.fan_out)) + TICK_PADDING
            cols_fit = int(rect.width() / max(widest, 1))
        self.plot.getAxis("bottom").setTicks([index_ticks(self.fan_out, self.col_names, cols_fit)])

    def draw(self, W: np.ndarray, b: np.ndarray | None, levels: tuple[float, float]) -> None:
        """Show ``W`` (fan_in, fan_out) and ``b`` (fan_out,) with colour ``levels``."""
        self.W, self.b = W, b
        if self.tiles:
            self.image.setImage(weight_tiles(W, self.image_shape), levels=levels, autoLevels=False)
        else:
            self.image.setImage(as_image(W), levels=levels, autoLevels=False)
            if self.bias_image is not None and b is not None:
                self.bias_image.setImage(as_image(b.reshape(1, -1)), levels=levels, autoLevels=False)
        if levels != self.levels:
            self.levels = levels
            self.bar.setLevels(levels, update_items=False)

    def cell_at(self, x: float, y: float):
        """What is at view position (x, y): ("W", i, j), ("b", j), or None. For image tiles i is the
        pixel index (row * cols + col) and j the neuron."""
        if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0:
            return None
        col, row = int(x), int(y)
        if self.tiles:
            r, c = self.image_shape
            tr, pr = divmod(row, r + TILE_GAP)
            tc, pc = divmod(col, c + TILE_GAP)
            if pr >= r or pc >= c or tc >= self.grid_cols:
                return None
            j = tr * self.grid_cols + tc
            return ("W", pr * c + pc, j) if j < self.n_tiles else None
        if col >= self.fan_out:
            return None
        if row < self.fan_in:
            return ("W", row, col)
        top, strip = bias_strip(self.fan_in)
        if self.has_bias and top <= y <= top + strip:
            return ("b", col)
        return None
