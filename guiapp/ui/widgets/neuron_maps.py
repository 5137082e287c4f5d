"""The small maps beside the decision boundary: one per hidden neuron, showing what that neuron
outputs at every point of the input plane, layer by layer.

Each map is a small widget painting a QImage (made from the worker's precomputed activations,
see :mod:`.boundary_render`); the training points are drawn on top of every map from one shared
pixmap. The view picks the largest map size at which every map of every layer fits without
scrolling: first with the activation range written under each map, then smaller maps with the name
only (the range moves to the map's tooltip). Only a very large design scrolls.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..i18n.formatting import arg, format_number
from ..terms import activation_name
from .boundary_render import activation_levels, neuron_map_pixels, packed_lut, pixels_to_rgb, short_number
from .colormaps import diverging_lut

#: Neuron maps drawn per hidden layer (the first ones).
MAX_MAPS_PER_LAYER = 32
#: Map sizes (pixels) tried, largest first: with the range written under the map ...
FULL_SIZES = tuple(range(140, 71, -4))
#: ... then with the name only.
COMPACT_SIZES = tuple(range(68, 27, -4))
TILE_SPACING = 6
#: The view's layout: margins (left, top, right, bottom) and the spacing between a header and its maps.
MARGINS = (4, 2, 4, 2)
SPACING = 4


class NeuronMapTile(QWidget):
    """One hidden neuron over the input plane: name above, picture, and (when there is room) its
    activation range below."""

    def __init__(self, name: str, tooltip: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"neuronMap_{name.replace('.', '_')}")
        self.setAccessibleName(arg(self.tr("Map of hidden neuron %1"), name))
        self._tip = tooltip
        self.setToolTip(tooltip)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.setFont(font)
        self._size = 80
        self._compact = False
        self._image: QImage | None = None
        self._buffer: np.ndarray | None = None
        self._overlay: QPixmap | None = None
        self.range_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_tile_size(self, size: int, compact: bool = False) -> None:
        if (size, compact) != (self._size, self._compact):
            self._size, self._compact = size, compact
            self.updateGeometry()
            self.setFixedSize(self.sizeHint())
            self._update_tooltip()

    def is_compact(self) -> bool:
        """True when the range is in the tooltip instead of under the map."""
        return self._compact

    def set_overlay(self, pixmap: QPixmap | None) -> None:
        self._overlay = pixmap
        self.update()

    def set_image(self, pixels: np.ndarray, lo: float, hi: float) -> None:
        """pixels (res, res) uint32 0xffRRGGBB, C-contiguous, row 0 at the top (kept alive while shown)."""
        self._buffer = pixels
        h, w = pixels.shape
        self._image = QImage(pixels.data, w, h, 4 * w, QImage.Format.Format_RGB32)
        self.range_text = arg(self.tr("%1 … %2", "the lowest … the highest value"), short_number(lo), short_number(hi))
        if self._compact:
            self._update_tooltip()
        self.update()

    def _update_tooltip(self) -> None:
        if self._compact and self.range_text:
            self.setToolTip(arg(self.tr("%1\n%2 here: %3"), self._tip, self.name, self.range_text))
        else:
            self.setToolTip(self._tip)

    def image_array(self) -> np.ndarray | None:
        """What the map shows: (res, res, 3) uint8 RGB, row 0 at the top (largest y)."""
        return None if self._buffer is None else pixels_to_rgb(self._buffer)

    def sizeHint(self) -> QSize:
        return self.size_for(self._size, self._compact)

    def size_for(self, picture: int, compact: bool = False) -> QSize:
        """The tile's size with a ``picture``-pixel map (wide enough for the texts it shows)."""
        fm = self.fontMetrics()
        if compact:
            return QSize(max(picture, fm.horizontalAdvance("h8.32")) + 2, picture + fm.height() + 4)
        width = max(picture, fm.horizontalAdvance("-0.99 … -0.99"))
        return QSize(width + 2, picture + 2 * fm.height() + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def picture_rect(self) -> QRect:
        line = self.fontMetrics().height()
        return QRect((self.width() - self._size) // 2, line + 2, self._size, self._size)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        line = self.fontMetrics().height()
        painter.drawText(QRect(0, 0, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.name)
        target = self.picture_rect()
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, self._image)
        if self._overlay is not None:
            painter.drawPixmap(target.topLeft(), self._overlay)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        if not self._compact:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRect(0, target.bottom() + 2, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                             self.range_text)
        painter.end()


class NeuronMapsView(QScrollArea):
    """All neuron maps, layer by layer, wrapping to the width; scrolls only when even the smallest
    maps do not fit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronMapsScroll")
        self.setAccessibleName(self.tr("Hidden neuron maps"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("neuronMapsContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(*MARGINS)
        self._layout.setSpacing(SPACING)
        self.setWidget(self._content)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("neuronMapsEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.layers: list[tuple[QLabel, QWidget, QGridLayout, list[NeuronMapTile]]] = []
        self.activations: list[str] = []
        self._key = None
        self._fitted: tuple[int, bool, int] | None = None   # (size, compact, columns)
        self._lut32 = packed_lut(diverging_lut())
        self._points: tuple[np.ndarray, list[QColor]] | None = None   # (xy, colours) for the overlay
        self._bounds: tuple[float, float, float, float] | None = None

    # ---- structure ----
    def set_layers(self, hidden_sizes: list[int], activations: list[str], empty_text: str | None = None) -> None:
        """Make the tiles for hidden layers of these sizes (only when they change). ``empty_text``:
        what to say when there is no hidden layer (None: that the boundary is a straight line)."""
        key = (tuple(hidden_sizes), tuple(activations), empty_text)
        if key == self._key:
            return
        self._key = key
        # Take the old network's maps out now: deleteLater alone leaves them in the layout, shown
        # above the new ones, until the event loop gets back to its top level (never, while a script
        # pumps processEvents(); later, inside a nested loop).
        for header, host, _grid, _tiles in self.layers:
            for w in (header, host):
                self._layout.removeWidget(w)
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.layers = []
        self.activations = list(activations)
        if not hidden_sizes and empty_text:
            self.empty_label.setText(empty_text)
            self.empty_label.show()
        elif not hidden_sizes:
            self.empty_label.setText(arg(self.tr("This network has no hidden layer, so its boundary can only be a "
                                                 "straight line. Add a hidden layer in the %1 panel to let it bend."),
                                         QCoreApplication.translate("NetworkPanel", "Network")))
            self.empty_label.show()
        else:
            self.empty_label.hide()
        for li, (units, act) in enumerate(zip(hidden_sizes, activations), start=1):
            shown = min(units, MAX_MAPS_PER_LAYER)
            name = activation_name(act)
            if shown < units:
                text = arg(self.tr("<b>Hidden layer %1</b> · %2 · %Ln neuron(s), first %3 shown", "", units), li, name,
                           shown)
            else:
                text = arg(self.tr("<b>Hidden layer %1</b> · %2 · %Ln neuron(s)", "", units), li, name)
            header = QLabel(text)
            header.setObjectName(f"neuronLayerHeader{li}")
            header.setToolTip(self.tr("Each map shows what one neuron of this layer outputs at every point of the "
                                      "input plane (same axes as the big map). The dots are the training points."))
            host = QWidget()
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(TILE_SPACING)
            grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            centre = format_number(0.5 if act == "sigmoid" else 0.0)
            tiles = []
            for j in range(shown):
                tile = f"h{li}.{j + 1}"
                tip = arg(self.tr("%1: what neuron %2 of hidden layer %3 (%4) outputs at each point of the plane. "
                                  "Red: high, blue: low, neutral: %5. Below: its lowest … highest value here."),
                          tile, j + 1, li, name, centre)
                tiles.append(NeuronMapTile(tile, tip, host))
            pos = self._layout.count() - 1  # before the stretch
            self._layout.insertWidget(pos, header)
            self._layout.insertWidget(pos + 1, host)
            self.layers.append((header, host, grid, tiles))
        self._fitted = None
        self.reflow()

    def tiles(self) -> list[NeuronMapTile]:
        return [t for _h, _w, _g, tiles in self.layers for t in tiles]

    # ---- sizes ----
    def fit(self, width: int, height: int) -> tuple[int, bool, int]:
        """(map size, compact, columns): the largest maps at which every layer fits in a
        ``width`` × ``height`` area; the smallest compact maps when nothing fits."""
        counts = [len(t) for _h, _w, _g, t in self.layers]
        if not counts:
            return FULL_SIZES[-1], False, 1
        sample = self.tiles()[0]
        header = max(h.sizeHint().height() for h, _w, _g, _t in self.layers)
        inner_w = width - MARGINS[0] - MARGINS[2]
        inner_h = height - MARGINS[1] - MARGINS[3] - (2 * len(counts) - 1) * SPACING - len(counts) * header
        candidates = [(s, False) for s in FULL_SIZES] + [(s, True) for s in COMPACT_SIZES]
        for s, compact in candidates:
            tile = sample.size_for(s, compact)
            cols = max(1, (inner_w + TILE_SPACING) // (tile.width() + TILE_SPACING))
            rows = [math.ceil(n / cols) for n in counts]
            need = sum(r * tile.height() + (r - 1) * TILE_SPACING for r in rows)
            if need <= inner_h:
                return s, compact, cols
        s = COMPACT_SIZES[-1]
        return s, True, max(1, (inner_w + TILE_SPACING) // (sample.size_for(s, True).width() + TILE_SPACING))

    def reflow(self) -> None:
        fitted = self.fit(self.viewport().width(), self.viewport().height())
        if fitted == self._fitted:
            return
        resized = self._fitted is None or fitted[:2] != self._fitted[:2]
        self._fitted = fitted
        size, compact, cols = fitted
        for _header, _host, grid, tiles in self.layers:
            for t in tiles:
                grid.removeWidget(t)
            for k, t in enumerate(tiles):
                t.set_tile_size(size, compact)
                grid.addWidget(t, k // cols, k % cols)
        if resized:
            self._make_overlay()

    def tile_size(self) -> int:
        return self._fitted[0] if self._fitted else 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.reflow()

    # ---- the training points drawn on every map ----
    def set_points(self, xy: np.ndarray | None, colors: list[QColor] | None) -> None:
        self._points = None if xy is None else (xy, colors)
        self._make_overlay()

    def set_bounds(self, bounds: tuple[float, float, float, float]) -> None:
        if bounds != self._bounds:
            self._bounds = bounds
            self._make_overlay()

    def _make_overlay(self) -> None:
        pix = None
        s = self.tile_size()
        if self._points is not None and self._bounds is not None and s:
            x0, x1, y0, y1 = self._bounds
            xy, colors = self._points
            pix = QPixmap(s, s)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            few = len(xy) <= 16
            r = (3.0 if s >= 60 else 2.0) if few else (1.5 if s >= 60 else 1.0)
            outline = QPen(self.palette().color(QPalette.ColorRole.WindowText), 0.8 if few else 0.4)
            for (x, y), c in zip(xy, colors):
                px = (x - x0) / (x1 - x0) * s
                py = (y1 - y) / (y1 - y0) * s
                p.setPen(outline)
                p.setBrush(c)
                p.drawEllipse(QPointF(px, py), r, r)
            p.end()
        for t in self.tiles():
            t.set_overlay(pix)

    # ---- live ----
    def update_maps(self, hidden) -> None:
        for (_header, _host, _grid, tiles), H, act in zip(self.layers, hidden, self.activations):
            if not tiles:
                continue
            H = H[:len(tiles)]
            lo, hi = activation_levels(act, H)
            pixels = neuron_map_pixels(H, (lo, hi), self._lut32)
            flat = H.reshape(len(H), -1)
            mins, maxs = flat.min(axis=1).tolist(), flat.max(axis=1).tolist()
            for t, img, a, b in zip(tiles, pixels, mins, maxs):
                t.set_image(img, a, b)
