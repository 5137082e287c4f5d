"""The picture of a layer's feature space (``guiapp.engine.feature_space.FeatureSpace``): every
data point where the layer puts it, in its class colour; behind them the answer of the layers
after it over the same plane (the decision boundary's colours, and its outline as a line); and
the input plane's grid lines carried through the layers, so the plane is seen to bend.

All items are made once and updated in place (``setData``/``setImage``); the numbers are
computed off the GUI thread, this widget only colours and places them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from .boundary_render import boundary_rgb
from .colormaps import class_color

#: The outline of a point the network gets wrong.
WRONG_COLOR = "#d13438"
#: The input plane's grid lines: x2 held constant (rows), x1 held constant (columns). Muted, so
#: the points and the boundary stay in front.
ROW_LINE_COLOR = "#6f86a6"
COLUMN_LINE_COLOR = "#a6876f"


class _SmoothImageItem(pg.ImageItem):
    """An ImageItem drawn with bilinear filtering (a 64×64 grid shown at 400 px looks smooth)."""

    def paint(self, painter, *args):
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)


def _with_breaks(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(m, s, 2) polylines -> x, y arrays with a NaN between lines (one item draws them all)."""
    m, s, _ = lines.shape
    padded = np.full((m, s + 1, 2), np.nan, dtype=np.float64)
    padded[:, :s] = lines
    flat = padded.reshape(-1, 2)
    return flat[:, 0], flat[:, 1]


def boundary_lines(fs) -> tuple[np.ndarray, np.ndarray]:
    """The decision boundary in the picture as x, y arrays (NaN between pieces): where a single
    output crosses 0.5, or where the leading class changes (each class's lead over the others
    crosses 0)."""
    out = fs.outputs
    if out.shape[-1] == 1:
        fields = [(out[..., 0], 0.5)]
    else:
        fields = []
        for c in range(out.shape[-1]):
            others = np.delete(out, c, axis=-1).max(axis=-1)
            fields.append((out[..., c] - others, 0.0))
    xs, ys = fs.xs.astype(np.float64), fs.ys.astype(np.float64)
    dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
    dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
    px, py = [], []
    for data, level in fields:
        # isocurve walks data[i, j] with i the first axis: pass columns first, so i runs along x.
        for piece in pg.functions.isocurve(np.ascontiguousarray(data.T, dtype=np.float64), level, connected=True):
            p = np.asarray(piece, dtype=np.float64)
            if len(p) < 2:
                continue
            px += [xs[0] + p[:, 0] * dx, [np.nan]]
            py += [ys[0] + p[:, 1] * dy, [np.nan]]
    if not px:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(px), np.concatenate(py)


class FeatureSpacePlot(pg.GraphicsLayoutWidget):
    """The feature-space picture. ``show_space(fs, n_classes)`` draws one ``FeatureSpace``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("featureSpacePlot")
        self.setMinimumSize(200, 180)
        self.plot = self.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAspectLocked(True)
        self.plot.getViewBox().setDefaultPadding(0.0)
        self.image = _SmoothImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        row_color, col_color = QColor(ROW_LINE_COLOR), QColor(COLUMN_LINE_COLOR)
        row_color.setAlpha(150)
        col_color.setAlpha(150)
        self.row_lines = pg.PlotDataItem(pen=pg.mkPen(row_color, width=1), connect="finite")
        self.col_lines = pg.PlotDataItem(pen=pg.mkPen(col_color, width=1), connect="finite")
        self.boundary = pg.PlotDataItem(pen=pg.mkPen(text, width=2), connect="finite")
        self.scatter = pg.ScatterPlotItem(symbol="o")
        for z, item in enumerate((self.row_lines, self.col_lines, self.boundary, self.scatter)):
            item.setZValue(z)
            self.plot.addItem(item)
        self._outline = pg.mkPen(text, width=1.2)
        self._wrong = pg.mkPen(WRONG_COLOR, width=3)
        self._brushes: dict[int, object] = {}
        self._bounds = None
        self._labels: np.ndarray | None = None
        self.space = None   # the FeatureSpace drawn now
        self.draw_count = 0

    def set_axis_names(self, x_name: str, y_name: str) -> None:
        self.plot.setLabel("bottom", x_name)
        self.plot.setLabel("left", y_name)

    def set_lines_visible(self, on: bool) -> None:
        self.row_lines.setVisible(on)
        self.col_lines.setVisible(on)

    def clear_space(self) -> None:
        self.space = None
        self.image.clear()
        for item in (self.row_lines, self.col_lines, self.boundary):
            item.setData([], [])
        self.scatter.clear()
        self._labels = None

    def _brush(self, k: int):
        if k not in self._brushes:
            self._brushes[k] = pg.mkBrush(class_color(k))
        return self._brushes[k]

    def show_space(self, fs, n_classes: int, point_size: float = 10.0) -> None:
        """Draw ``fs``: the boundary's colours and line, the grid lines and the points."""
        self.space = fs
        neutral = self.palette().color(QPalette.ColorRole.Base)
        rgb = boundary_rgb(fs.outputs, n_classes,
                           np.array([neutral.red(), neutral.green(), neutral.blue()], dtype=np.float32))
        self.image.setImage(rgb, autoLevels=False)
        xs, ys = fs.xs, fs.ys
        dx = float(xs[1] - xs[0]) if len(xs) > 1 else 1.0
        dy = float(ys[1] - ys[0]) if len(ys) > 1 else 1.0
        rect = QRectF(float(xs[0]) - dx / 2, float(ys[0]) - dy / 2, float(xs[-1] - xs[0]) + dx,
                      float(ys[-1] - ys[0]) + dy)
        self.image.setRect(rect)
        bounds = tuple(fs.bounds)
        if bounds != self._bounds:
            self._bounds = bounds
            self.reset_view()
        bx, by = boundary_lines(fs)
        self.boundary.setData(bx, by)
        if fs.lines is not None:
            half = len(fs.lines) // 2
            self.row_lines.setData(*_with_breaks(fs.lines[:half]))
            self.col_lines.setData(*_with_breaks(fs.lines[half:]))
        else:
            self.row_lines.setData([], [])
            self.col_lines.setData([], [])
        labels = fs.labels
        if self._labels is None or not np.array_equal(labels, self._labels):
            self._labels = labels.copy()
        wrong = fs.predicted != labels
        pens = [self._wrong if w else self._outline for w in wrong]
        self.scatter.setData(pos=fs.points, size=point_size, brush=[self._brush(int(c)) for c in labels], pen=pens)
        self.draw_count += 1

    def reset_view(self) -> None:
        if self._bounds is not None:
            x0, x1, y0, y1 = self._bounds
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)
