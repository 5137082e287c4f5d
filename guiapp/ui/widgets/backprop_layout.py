"""Where the backprop diagram puts its neurons, links, number boxes and images for one widget size
(pure geometry: :mod:`.backprop_diagram` paints it).

Unlike the network diagram, each column shows a *chosen* set of neurons (the backprop panel picks
the ones that matter most in a wide layer), leaves room to the right of every neuron for the
numbers written beside it, and can draw an image's inputs as two pictures (the input and dL/dx)
instead of a column of 784 neurons.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

#: Neurons are drawn at most this big (radius, px) and at least this far apart (centre to centre).
MAX_RADIUS = 15.0
MIN_PITCH = 22.0
#: Room beside each neuron for its numbers (px); the layout shrinks it when the widget is narrow.
TEXT_WIDTH = 92.0
#: Pixels of mouse slack when hitting a neuron or a link.
HIT_PX = 5.0


@dataclass
class Column:
    """One layer as drawn: its x, the neuron indices drawn and their y (top to bottom), and the
    size of the layer."""

    x: float
    indices: np.ndarray
    ys: np.ndarray
    size: int


class BackpropLayout:
    """Columns, radius, the link segments, the number boxes and the image rectangles."""

    def __init__(self, width: float, height: float, shown, sizes, *, line_h: float, header_lines: int = 2,
                 image_input: bool = False, left_w: float = 0.0, right_w: float = 0.0, text_lines: int = 2):
        """``shown[k]``: indices drawn in column k (ignored for an image's input column); ``left_w`` /
        ``right_w``: room for the input and output names; ``text_lines``: lines of numbers per neuron."""
        w, h = float(width), float(height)
        self.sizes = tuple(int(s) for s in sizes)
        self.header_h = header_lines * line_h + 6
        footer = line_h + 8
        top, bottom = self.header_h + 4, h - footer
        avail = max(40.0, bottom - top)
        n_cols = len(self.sizes)
        most = max([len(s) for s in shown[1:]] + ([len(shown[0])] if not image_input else [1]))
        pitch = max(MIN_PITCH, min(avail / max(most, 1), 120.0))
        self.text_h = text_lines * line_h + 4
        # Numbers go under each neuron when the columns have room for them (few neurons), else beside it.
        self.below = pitch >= 2 * MAX_RADIUS * 0.8 + self.text_h + 10
        self.radius = r = max(5.0, min(MAX_RADIUS, (pitch - self.text_h - 8) / 2 if self.below else pitch * 0.3))
        spacing = (w - left_w - right_w) / max(n_cols, 1)
        self.text_w = (min(TEXT_WIDTH * 1.3, max(40.0, spacing - 10)) if self.below
                       else min(TEXT_WIDTH, max(40.0, spacing - 2 * r - 14)))
        self.image_rects: tuple[QRectF, QRectF] | None = None
        x0 = left_w + r + 4
        if image_input:   # the input column: two square images, one above the other
            side = max(28.0, min((avail - line_h * 2 - 8) / 2, w * 0.18, 140.0))
            x0 = 6.0
            first = QRectF(x0, top + line_h, side, side)
            second = QRectF(x0, first.bottom() + line_h + 8, side, side)
            self.image_rects = (first, second)
            x0 = x0 + side + 30 + r
        x_last = w - right_w - r - (self.text_w / 2 - r if self.below else self.text_w) - 8
        if self.below:
            x0 = max(x0, self.text_w / 2 + 2) if not image_input else x0
        if image_input and n_cols > 1:   # the pictures take the input's place: the neurons share the rest
            first = self.image_rects[0]
            xs = np.r_[first.center().x(), np.linspace(x0, max(x0 + 1, x_last), n_cols - 1)]
        else:
            xs = np.linspace(x0, max(x0 + 1, x_last), n_cols) if n_cols > 1 else np.array([x0])
        self.columns: list[Column] = []
        for k, size in enumerate(self.sizes):
            idx = np.asarray(shown[k], dtype=np.int64) if not (k == 0 and image_input) else np.zeros(0, np.int64)
            n = max(len(idx), 1)
            p = max(MIN_PITCH * 0.8, min(avail / n, 120.0))
            centre = (top + bottom) / 2 - (self.text_h / 2 if self.below else 0.0)
            ys = centre + (np.arange(len(idx)) - (len(idx) - 1) / 2) * p
            self.columns.append(Column(float(xs[k]), idx, ys.astype(float), size))
        self.top, self.bottom = top, bottom
        #: Lines of numbers that fit beside a neuron of the most crowded column.
        self.lines_fit = max(1, int((pitch - 2) // line_h)) if not self.below else text_lines
        self._centres = {(k, int(j)): QPointF(c.x, float(y)) for k, c in enumerate(self.columns)
                         for j, y in zip(c.indices, c.ys)}

    # ---- positions ------------------------------------------------------------------------------
    def neuron_center(self, col: int, index: int) -> QPointF | None:
        p = self._centres.get((col, int(index)))
        return None if p is None else QPointF(p)

    def source_point(self, col: int, index: int) -> QPointF | None:
        """Where a link out of neuron ``index`` of column ``col`` starts (an image: its right edge)."""
        if col == 0 and self.image_rects is not None:
            rect = self.image_rects[0]
            return QPointF(rect.right() + 2, rect.center().y())
        p = self.neuron_center(col, index)
        return None if p is None else QPointF(p.x() + self.radius, p.y())

    def link_segment(self, layer: int, i: int, j: int) -> tuple[QPointF, QPointF] | None:
        """The segment of the link from ``i`` (column ``layer``) to ``j`` (column ``layer + 1``)."""
        a = self.source_point(layer, i)
        b = self.neuron_center(layer + 1, j)
        if a is None or b is None:
            return None
        return a, QPointF(b.x() - self.radius, b.y())

    def text_rect(self, col: int, index: int) -> QRectF | None:
        """The box for the numbers written beside a neuron (to its right)."""
        p = self.neuron_center(col, index)
        if p is None:
            return None
        if self.below:
            return QRectF(p.x() - self.text_w / 2, p.y() + self.radius + 3, self.text_w, self.text_h)
        return QRectF(p.x() + self.radius + 3, p.y() - self.text_h / 2, self.text_w, self.text_h)

    def pixel_at(self, rect: QRectF, shape, pos) -> int | None:
        """The pixel (flat index) of an image of ``shape`` drawn in ``rect`` under ``pos``."""
        if not rect.contains(pos):
            return None
        rows, cols = shape
        c = min(int((pos.x() - rect.left()) / rect.width() * cols), cols - 1)
        r = min(int((pos.y() - rect.top()) / rect.height() * rows), rows - 1)
        return r * cols + c

    # ---- hit test -----------------------------------------------------------------------------------
    def hit_test(self, pos, links, image_shape=None) -> tuple | None:
        """What is under ``pos``: ("neuron", col, j), ("pixel", which, i) (which: 0 the input image,
        1 the dL/dx image), ("link", layer, i, j) among ``links`` (per layer, lists of (i, j)), or None."""
        px, py = float(pos.x()), float(pos.y())
        r = self.radius
        for col, c in enumerate(self.columns):
            if abs(px - c.x) <= r + HIT_PX and len(c.ys):
                d = np.abs(c.ys - py)
                k = int(np.argmin(d))
                if d[k] <= r + 2:
                    return ("neuron", col, int(c.indices[k]))
        if self.image_rects is not None and image_shape is not None:
            for which, rect in enumerate(self.image_rects):
                i = self.pixel_at(rect, image_shape, QPointF(px, py))
                if i is not None:
                    return ("pixel", which, i)
        best = None
        for layer, pairs in enumerate(links):
            for i, j in pairs:
                seg = self.link_segment(layer, i, j)
                if seg is None:
                    continue
                a, b = seg
                dx, dy = b.x() - a.x(), b.y() - a.y()
                length2 = max(dx * dx + dy * dy, 1e-9)
                t = min(1.0, max(0.0, ((px - a.x()) * dx + (py - a.y()) * dy) / length2))
                dist = float(np.hypot(a.x() + t * dx - px, a.y() + t * dy - py))
                if dist <= HIT_PX and (best is None or dist < best[0]):
                    best = (dist, layer, i, j)
        return None if best is None else ("link", best[1], best[2], best[3])
