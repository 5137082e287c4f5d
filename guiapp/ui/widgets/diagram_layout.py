"""Where a network diagram puts its neurons and links for a given size, and what is under a point
(pure geometry, no painting: :mod:`.network_diagram` paints it and writes its tooltips).

Big layers are shown with at most ``MAX_SHOWN`` neurons ("x1, x2, …, ⋮, x784") and links only
between the neurons shown, so a 784-input layer costs as little as XOR.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QFontMetrics

#: At most this many neurons are drawn per layer (the rest are summed up by "⋮").
MAX_SHOWN = 16
#: Neurons closer than this (centre to centre, px) do not fit: fewer are drawn.
MIN_PITCH = 9.0
#: A link or neuron within this many pixels of the mouse is "hovered".
HIT_PX = 6.0


@dataclass
class Column:
    """One layer as drawn: x, the neuron indices drawn, their y, and where the "⋮" goes (or None)."""

    x: float
    indices: np.ndarray
    ys: np.ndarray
    ellipsis_y: float | None
    size: int


class DiagramLayout:
    """Columns (one per layer), the neuron radius, and every link drawn, for one widget size."""

    def __init__(self, width: float, height: float, sizes, fm: QFontMetrics, ins: list[str] | None,
                 outs: list[str] | None, header_subs: list[str]):
        """``sizes``: neurons per layer; ``ins``/``outs``: the names written beside the input and output
        neurons (None: none); ``header_subs``: the "16 · tanh" line under each layer's title."""
        self.sizes = tuple(sizes)
        line_h = fm.height()
        w, h = float(width), float(height)
        footer_h = line_h + 6
        cap = max(0.0, w * 0.22)
        self.left = 6 + (min(cap, max(fm.horizontalAdvance(s) for s in ins) + 6) if ins else 0)
        self.right = 6 + (min(cap, max(fm.horizontalAdvance(s) for s in outs) + 6) if outs else 0)
        # size and activation on one line under the title ("16 · tanh"), or on two when too narrow
        col_w = (w - self.left - self.right - 30) / max(len(self.sizes) - 1, 1) - 4
        self.split_header = any(fm.horizontalAdvance(sub) > col_w for sub in header_subs[1:])
        self.header_h = (3 if self.split_header else 2) * line_h + 6
        top, bottom = self.header_h + 4, h - footer_h - 4
        avail = max(20.0, bottom - top)
        n_layers = len(self.sizes)
        largest = min(max(self.sizes), MAX_SHOWN)
        fit = max(3, int(avail // MIN_PITCH))
        slots_max = min(largest, fit)
        pitch = avail / max(slots_max, 1)
        spacing = (w - self.left - self.right) / max(n_layers - 1, 1)
        r = max(3.0, min(13.0, pitch * 0.36, spacing * 0.14))
        self.radius = r
        x0, x1 = self.left + r + 2, w - self.right - r - 2
        xs = np.linspace(x0, x1, n_layers) if n_layers > 1 else np.array([(x0 + x1) / 2])
        cols = []
        for layer, n in enumerate(self.sizes):
            slots = min(n, fit, MAX_SHOWN)
            if slots < n:          # first slots-2 neurons, "⋮", the last neuron
                shown = max(slots - 2, 1)
                indices = np.r_[np.arange(shown), n - 1]
                n_slots = shown + 2
            else:
                indices = np.arange(n)
                n_slots = n
            centre = (top + bottom) / 2
            # small layers spread out a little more than the largest one (readable labels)
            layer_pitch = max(pitch, min(avail / n_slots, pitch * 2.5, 60.0))
            slot_ys = centre + (np.arange(n_slots) - (n_slots - 1) / 2) * layer_pitch
            if len(indices) < n:
                ys = np.r_[slot_ys[:-2], slot_ys[-1]]
                ellipsis_y = float(slot_ys[-2])
            else:
                ys, ellipsis_y = slot_ys, None
            cols.append(Column(float(xs[layer]), indices, ys.astype(float), ellipsis_y, n))
        self.columns = cols
        self.links, self.lines = [], []
        for a, b in zip(cols[:-1], cols[1:]):
            ya, yb = np.meshgrid(a.ys, b.ys, indexing="ij")
            ya, yb = ya.ravel(), yb.ravel()
            x1s = np.full(ya.shape, a.x + r)
            x2s = np.full(yb.shape, b.x - r)
            self.links.append((x1s, ya, x2s, yb))
            self.lines.append([QLineF(p, q, s, t) for p, q, s, t in zip(x1s, ya, x2s, yb)])

    def neuron_center(self, layer: int, index: int) -> QPointF | None:
        """Where neuron ``index`` of ``layer`` is drawn, or None if it is not drawn."""
        col = self.columns[layer]
        hits = np.nonzero(col.indices == index)[0]
        if not len(hits):
            return None
        return QPointF(col.x, float(col.ys[hits[0]]))

    def link_point(self, layer: int, i: int, j: int, t: float = 0.5) -> QPointF | None:
        """A point a fraction ``t`` along the link from neuron i of ``layer`` to neuron j of the next
        layer (None if that link is not drawn)."""
        a, b = self.neuron_center(layer, i), self.neuron_center(layer + 1, j)
        if a is None or b is None:
            return None
        r = self.radius
        p, q = QPointF(a.x() + r, a.y()), QPointF(b.x() - r, b.y())
        return p + (q - p) * t

    def hit_test(self, pos) -> tuple | None:
        """What is under ``pos``: ("neuron", layer, index), ("link", layer, i, j), ("more", layer) for
        a "⋮", or None."""
        px, py = float(pos.x()), float(pos.y())
        r = self.radius
        for layer, col in enumerate(self.columns):
            if abs(px - col.x) <= r + HIT_PX:
                d = np.abs(col.ys - py)
                k = int(np.argmin(d))
                if d[k] <= r + 2:
                    return ("neuron", layer, int(col.indices[k]))
                if col.ellipsis_y is not None and abs(col.ellipsis_y - py) <= r + 2:
                    return ("more", layer)
        best = None
        for layer, (x1, y1, x2, y2) in enumerate(self.links):
            if not len(x1) or px < x1[0] - HIT_PX or px > x2[0] + HIT_PX:
                continue
            dx, dy = x2 - x1, y2 - y1
            length2 = np.maximum(dx * dx + dy * dy, 1e-9)
            t = np.clip(((px - x1) * dx + (py - y1) * dy) / length2, 0.0, 1.0)
            dist = np.hypot(x1 + t * dx - px, y1 + t * dy - py)
            k = int(np.argmin(dist))
            if dist[k] <= HIT_PX and (best is None or dist[k] < best[0]):
                a, b = self.columns[layer], self.columns[layer + 1]
                ia, ib = divmod(k, len(b.indices))
                best = (float(dist[k]), layer, int(a.indices[ia]), int(b.indices[ib]))
        if best is None:
            return None
        return ("link", best[1], best[2], best[3])
