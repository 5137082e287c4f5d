"""Decision boundary: what the network answers at every point of the input plane, live, with the
training (and optionally test) points on top; beside it one small map per hidden neuron showing
what that neuron computes over the same plane.

Only data with exactly two inputs has a plane to draw (2-D toy sets, 2-input logic gates, your own
points); for other data the panel says why and where to look instead.

Everything drawn is precomputed by the worker (``snapshot.boundary``: ``outputs`` (res, res, k) with
row i = ``ys[i]``, column j = ``xs[j]``; ``hidden``: one (units, res, res) array per hidden layer).
The GUI thread only colours them (a few small NumPy operations) and updates items made once:
the main map is one RGB ImageItem; each neuron map is a small widget painting a QImage.

Colours: each class has a colour (``colormaps.CLASS_COLORS``). A region takes the colour of the
class the network picks there, blended towards the background by how unsure it is (a sigmoid output
p: certainty |2p − 1|; a softmax: how far the top probability is above 1/k), so the boundary shows as a
pale band. "Discretize" paints each class's region in one flat colour instead. Neuron maps use the
diverging colormap: tanh from −1 (blue) through 0 to +1 (red), sigmoid 0 … 0.5 … 1, others ±max.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..widgets.dock_visibility import DockShownNotifier, is_on_screen
from ..widgets.colormaps import class_color, class_colors_rgb, diverging_lut, symmetric_levels

#: Neuron maps drawn per hidden layer (the first ones).
MAX_MAPS_PER_LAYER = 32
#: At most this many points are drawn on the main map (a fixed random subset of bigger sets).
MAX_POINTS = 2000
#: At most this many training points are marked on each small neuron map.
MAX_MAP_POINTS = 80
#: How far a region's colour goes from the background towards its class colour (0..1).
REGION_STRENGTH = 0.6
#: Neuron map sizes (pixels) tried, largest first, to fit every map without scrolling.
TILE_SIZES = tuple(range(140, 63, -4))
TILE_SPACING = 6

HOVER_HINT = "Hover over the map to read the network's answer."


# ---- pure NumPy helpers (tested directly) -----------------------------------------------------
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


def _short(v: float) -> str:
    """A compact number for a small label: -1, 0.97, 0.05, 12."""
    if abs(v) >= 10:
        return f"{v:.0f}"
    if abs(v) < 0.005:
        return "0"
    return f"{v:.2g}"


class _SmoothImageItem(pg.ImageItem):
    """An ImageItem drawn with bilinear filtering (a 100×100 grid shown at 400 px looks smooth)."""

    def paint(self, painter, *args):
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)


def _palette_rgb(widget: QWidget, role: QPalette.ColorRole) -> np.ndarray:
    c = widget.palette().color(role)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float32)


# ---- the small neuron maps ----------------------------------------------------------------------
class NeuronMapTile(QWidget):
    """One hidden neuron over the input plane: name above, picture, activation range below."""

    def __init__(self, name: str, tooltip: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"neuronMap_{name.replace('.', '_')}")
        self.setAccessibleName(f"Map of hidden neuron {name}")
        self.setToolTip(tooltip)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.setFont(font)
        self._size = 80
        self._image: QImage | None = None
        self._buffer: np.ndarray | None = None
        self._overlay: QPixmap | None = None
        self.range_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_tile_size(self, size: int) -> None:
        if size != self._size:
            self._size = size
            self.updateGeometry()
            self.setFixedSize(self.sizeHint())

    def set_overlay(self, pixmap: QPixmap | None) -> None:
        self._overlay = pixmap
        self.update()

    def set_image(self, pixels: np.ndarray, lo: float, hi: float) -> None:
        """pixels (res, res) uint32 0xffRRGGBB, C-contiguous, row 0 at the top (kept alive while shown)."""
        self._buffer = pixels
        h, w = pixels.shape
        self._image = QImage(pixels.data, w, h, 4 * w, QImage.Format.Format_RGB32)
        self.range_text = f"{_short(lo)} … {_short(hi)}"
        self.update()

    def image_array(self) -> np.ndarray | None:
        """What the map shows: (res, res, 3) uint8 RGB, row 0 at the top (largest y)."""
        return None if self._buffer is None else pixels_to_rgb(self._buffer)

    def sizeHint(self) -> QSize:
        return self.size_for(self._size)

    def size_for(self, picture: int) -> QSize:
        """The tile's size with a ``picture``-pixel map (wide enough for the range text)."""
        fm = self.fontMetrics()
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
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRect(0, target.bottom() + 2, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                         self.range_text)
        painter.end()


class NeuronMapsView(QScrollArea):
    """All neuron maps, layer by layer, wrapping to the width; scrolls when they do not fit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronMapsScroll")
        self.setAccessibleName("Hidden neuron maps")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("neuronMapsContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(4)
        self.setWidget(self._content)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("neuronMapsEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.layers: list[tuple[QLabel, QWidget, QGridLayout, list[NeuronMapTile]]] = []
        self._key = None
        self._cols = 0
        self._tile = 0
        self._lut32 = packed_lut(diverging_lut())
        self._points: tuple[np.ndarray, np.ndarray] | None = None   # (xy, colours) for the overlay
        self._bounds: tuple[float, float, float, float] | None = None

    # ---- structure ----
    def set_layers(self, hidden_sizes: list[int], activations: list[str]) -> None:
        """Make the tiles for hidden layers of these sizes (only when they change)."""
        key = (tuple(hidden_sizes), tuple(activations))
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
        if not hidden_sizes:
            self.empty_label.setText("This network has no hidden layer, so its boundary can only be a straight "
                                     "line. Add a hidden layer in the Network panel to let it bend.")
            self.empty_label.show()
        else:
            self.empty_label.hide()
        for li, (units, act) in enumerate(zip(hidden_sizes, activations), start=1):
            shown = min(units, MAX_MAPS_PER_LAYER)
            more = f", first {shown} shown" if shown < units else ""
            header = QLabel(f"<b>Hidden layer {li}</b> · {act} · {units} neuron{'s' if units != 1 else ''}{more}")
            header.setObjectName(f"neuronLayerHeader{li}")
            header.setToolTip("Each map shows what one neuron of this layer outputs at every point of the "
                              "input plane (same axes as the big map). The dots are the training points.")
            host = QWidget()
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(TILE_SPACING)
            grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            centre = "0.5" if act == "sigmoid" else "0"
            tiles = []
            for j in range(shown):
                name = f"h{li}.{j + 1}"
                tip = (f"{name}: what neuron {j + 1} of hidden layer {li} ({act}) outputs at each point of the "
                       f"plane. Red: high, blue: low, neutral: {centre}. Below: its lowest … highest value here.")
                tiles.append(NeuronMapTile(name, tip, host))
            pos = self._layout.count() - 1  # before the stretch
            self._layout.insertWidget(pos, header)
            self._layout.insertWidget(pos + 1, host)
            self.layers.append((header, host, grid, tiles))
        self._cols = 0
        self._tile = 0
        self.reflow()

    def tiles(self) -> list[NeuronMapTile]:
        return [t for _h, _w, _g, tiles in self.layers for t in tiles]

    # ---- sizes ----
    def _fit(self) -> tuple[int, int]:
        """(tile size, columns): the largest tiles that fit every map in the view, else the smallest."""
        w = max(self.viewport().width() - 8, 60)
        h = max(self.viewport().height() - 4, 60)
        counts = [len(t) for _h, _w, _g, t in self.layers]
        if not counts:
            return TILE_SIZES[-1], 1
        header = self.fontMetrics().height() + 8
        sample = self.tiles()[0]
        for s in TILE_SIZES:
            tile = sample.size_for(s)
            cols = max(1, (w + TILE_SPACING) // (tile.width() + TILE_SPACING))
            need = sum(header + math.ceil(n / cols) * (tile.height() + TILE_SPACING) for n in counts)
            if need <= h:
                return s, cols
        s = TILE_SIZES[-1]
        return s, max(1, (w + TILE_SPACING) // (sample.size_for(s).width() + TILE_SPACING))

    def reflow(self) -> None:
        size, cols = self._fit()
        if (size, cols) == (self._tile, self._cols):
            return
        resized = size != self._tile
        self._tile, self._cols = size, cols
        for _header, _host, grid, tiles in self.layers:
            for t in tiles:
                grid.removeWidget(t)
            for k, t in enumerate(tiles):
                t.set_tile_size(size)
                grid.addWidget(t, k // cols, k % cols)
        if resized:
            self._make_overlay()

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
        if self._points is not None and self._bounds is not None and self._tile:
            s = self._tile
            x0, x1, y0, y1 = self._bounds
            xy, colors = self._points
            pix = QPixmap(s, s)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            few = len(xy) <= 16
            r = 3.0 if few else 1.5
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
        for (header, _host, _grid, tiles), H, act in zip(self.layers, hidden, self.activations):
            if not tiles:
                continue
            H = H[:len(tiles)]
            lo, hi = activation_levels(act, H)
            pixels = neuron_map_pixels(H, (lo, hi), self._lut32)
            flat = H.reshape(len(H), -1)
            mins, maxs = flat.min(axis=1).tolist(), flat.max(axis=1).tolist()
            for t, img, a, b in zip(tiles, pixels, mins, maxs):
                t.set_image(img, a, b)


# ---- the panel ---------------------------------------------------------------------------------------
class BoundaryPanel(QWidget):
    TITLE = "Decision boundary"
    DOCK_NAME = "boundaryDock"

    def __init__(self, session, controller, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.setObjectName("boundaryPanel")
        self._dirty = True
        self._bounds = None
        self._user_split = False
        self._boundary = None     # the BoundaryView drawn now (for hover)

        # ---- controls ----
        self.test_check = QCheckBox("Show test points")
        self.test_check.setObjectName("showTestPointsCheck")
        self.test_check.setAccessibleName("Show test points")
        self.test_check.setToolTip("Also draw the held-out test points (triangles). The network never trains on "
                                   "them: if they land in their own colour, it generalizes.")
        self.test_check.toggled.connect(self._on_test_toggled)
        self.discrete_check = QCheckBox("Discretize")
        self.discrete_check.setObjectName("discretizeCheck")
        self.discrete_check.setAccessibleName("Discretize the regions")
        self.discrete_check.setToolTip("Paint each class's region in one flat colour (the network's final answer) "
                                       "instead of fading colours that show how sure it is")
        self.discrete_check.toggled.connect(self._on_discrete_toggled)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("boundaryLegendLabel")
        self.legend_label.setAccessibleName("Class colours")
        self.legend_label.setToolTip("The colour of each class; circles are training points, triangles test points")
        self.legend_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.test_check)
        controls.addWidget(self.discrete_check)
        controls.addSpacing(8)
        controls.addWidget(self.legend_label, 1)

        # ---- main map ----
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("boundaryPlot")
        self.plot_widget.setAccessibleName("Decision boundary map")
        self.plot_widget.setMinimumSize(200, 180)
        self.plot = self.plot_widget.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAspectLocked(True)
        self.plot.getViewBox().setDefaultPadding(0.0)
        self.image = _SmoothImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        outline = self.palette().color(QPalette.ColorRole.WindowText)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", pen=pg.mkPen(outline, width=1.2))
        self.test_scatter = pg.ScatterPlotItem(symbol="t1", pen=pg.mkPen(outline, width=1.2))
        self.train_scatter.setZValue(10)
        self.test_scatter.setZValue(11)
        self.test_scatter.setVisible(False)
        self.plot.addItem(self.train_scatter)
        self.plot.addItem(self.test_scatter)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.viewport().installEventFilter(self)
        self.hover_label = QLabel(HOVER_HINT)
        self.hover_label.setObjectName("boundaryHoverLabel")
        self.hover_label.setAccessibleName("Network output under the mouse")
        self.hover_label.setToolTip("The network's answer at the point under the mouse")
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.plot_widget, 1)
        left_layout.addWidget(self.hover_label)

        # ---- neuron maps ----
        self.maps = NeuronMapsView()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boundarySplitter")
        self.splitter.setAccessibleName("Boundary and neuron maps divider")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.maps)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addLayout(controls)
        content_layout.addWidget(self.splitter, 1)

        self.note_label = QLabel()
        self.note_label.setObjectName("boundaryNoteLabel")
        self.note_label.setAccessibleName("Why there is no decision boundary")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.setObjectName("boundaryStack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.note_label)
        self._content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.stack)
        self.setMinimumHeight(160)

        self._dock_notifier = DockShownNotifier(self, self._catch_up)  # a dock tab picked
        session.dataset_changed.connect(self._on_dataset_changed)
        session.network_changed.connect(self._on_network_changed)
        session.snapshot_changed.connect(self._on_snapshot)
        self._on_dataset_changed()
        self._on_network_changed()

    # ---- data and network ------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Is there a plane to draw (exactly 2 inputs)?"""
        return self.session.dataset.is_2d

    def _note_text(self) -> str:
        ds = self.session.dataset
        d = ds.n_features
        why = "A decision boundary is drawn over a flat plane of two inputs"
        if ds.image_shape is not None:
            r, c = ds.image_shape
            return (f"<p><b>No decision boundary for {ds.name}.</b></p><p>{why}, but each {r}×{c} image has "
                    f"{d} inputs (one per pixel): there is no plane to draw.</p><p>Look at the <b>Weights</b> "
                    f"panel to see what each hidden neuron looks for, and at <b>Test results</b> for the "
                    f"network's guesses. For a boundary, pick a 2-D toy set or a 2-input logic gate.</p>")
        if ds.kind == "logic":
            return (f"<p><b>No decision boundary for {ds.name}.</b></p><p>{why}, but this truth table has {d} "
                    f"inputs: its {2 ** d} rows are the corners of a {d}-D cube, which does not fit on a flat "
                    f"plane.</p><p>Pick a 2-input gate such as XOR to see one, or look at the <b>Weights</b> panel "
                    f"and the loss curve for this one.</p>")
        return (f"<p><b>No decision boundary for {ds.name}.</b></p><p>{why}, but this data has {d} "
                f"features.</p><p>Watch the loss and accuracy curves and the <b>Weights</b> panel instead, or "
                f"pick a 2-D toy set to see a boundary.</p>")

    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        self._bounds = None
        self._boundary = None
        if not self.available:
            self.note_label.setText(self._note_text())
            self.stack.setCurrentWidget(self.note_label)
            self.maps.set_points(None, None)
            self.train_scatter.clear()
            self.test_scatter.clear()
            return
        self.stack.setCurrentWidget(self._content)
        names = ds.feature_names if len(ds.feature_names) == 2 else ("x1", "x2")
        self.plot.setLabel("bottom", names[0])
        self.plot.setLabel("left", names[1])
        n = len(ds.X_train)
        size = 16 if n <= 16 else (9 if n <= 300 else (7 if n <= 1500 else 5))
        X, y = self._subset(ds.X_train, ds.y_train)
        self.train_scatter.setData(pos=X, size=size, brush=[pg.mkBrush(class_color(c)) for c in y])
        same = ds.kind == "logic" or (ds.X_test.shape == ds.X_train.shape and np.array_equal(ds.X_test, ds.X_train))
        if same or ds.n_test == 0:
            self.test_scatter.clear()
            self.test_check.setEnabled(False)
            self.test_check.setToolTip("This data has no separate test points: the network is tested on the "
                                       "same points it trains on.")
        else:
            Xt, yt = self._subset(ds.X_test, ds.y_test)
            self.test_scatter.setData(pos=Xt, size=size + 2, brush=[pg.mkBrush(class_color(c)) for c in yt])
            self.test_check.setEnabled(True)
            self.test_check.setToolTip("Also draw the held-out test points (triangles). The network never trains "
                                       "on them: if they land in their own colour, it generalizes.")
        self.test_scatter.setVisible(self.test_check.isChecked() and self.test_check.isEnabled())
        self._update_legend(n)
        mx, my = self._subset(ds.X_train, ds.y_train, MAX_MAP_POINTS)
        self.maps.set_points(mx, [class_color(c) for c in my])
        self.image.clear()
        self._dirty = True

    @staticmethod
    def _subset(X: np.ndarray, y: np.ndarray, limit: int = MAX_POINTS):
        if len(X) <= limit:
            return X, y
        idx = np.sort(np.random.default_rng(0).choice(len(X), limit, replace=False))
        return X[idx], y[idx]

    def _update_legend(self, n_train: int) -> None:
        ds = self.session.dataset
        parts = [f"<span style='color:{class_color(k).name()}; font-size:14pt'>●</span>&nbsp;{name}"
                 for k, name in enumerate(ds.class_names)]
        text = "Classes: " + "&nbsp;&nbsp;".join(parts)
        if n_train > MAX_POINTS:
            text += f" &nbsp;(showing {MAX_POINTS:,} of {n_train:,} training points)"
        self.legend_label.setText(text)

    @Slot()
    def _on_network_changed(self) -> None:
        spec = self.session.spec
        hidden = list(spec.layer_sizes[1:-1]) if self.available else []
        self.maps.set_layers(hidden, list(spec.activations[:-1]) if self.available else [])
        self._boundary = None
        self._dirty = True
        snap = self.session.snapshot
        if snap is not None:
            self._on_snapshot(snap)

    # ---- drawing ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if not self.available or snap.boundary is None:
            return
        self._dirty = True
        if is_on_screen(self):
            self._redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._redraw()
        self._fit_splitter()

    def _catch_up(self) -> None:
        """The dock came to the front: draw what arrived while it was behind another tab."""
        if self._dirty:
            self._redraw()

    def _redraw(self) -> None:
        snap = self.session.snapshot
        if not self.available or snap is None or snap.boundary is None or snap.network_id != self.session.network_id:
            return
        self._dirty = False
        bv = snap.boundary
        self._boundary = bv
        neutral = _palette_rgb(self, QPalette.ColorRole.Base)
        rgb = boundary_rgb(bv.outputs, self.session.dataset.n_classes, neutral, self.discrete_check.isChecked())
        self.image.setImage(rgb, autoLevels=False)
        res_y, res_x = bv.outputs.shape[:2]
        dx = float(bv.xs[1] - bv.xs[0]) if res_x > 1 else 1.0
        dy = float(bv.ys[1] - bv.ys[0]) if res_y > 1 else 1.0
        bounds = (float(bv.xs[0]) - dx / 2, float(bv.xs[-1]) + dx / 2, float(bv.ys[0]) - dy / 2,
                  float(bv.ys[-1]) + dy / 2)
        if bounds != self._bounds:
            self._bounds = bounds
            x0, x1, y0, y1 = bounds
            self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)
            self.maps.set_bounds(bounds)
        self.maps.update_maps(bv.hidden)

    @Slot(bool)
    def _on_test_toggled(self, on: bool) -> None:
        self.test_scatter.setVisible(on and self.test_check.isEnabled())

    @Slot(bool)
    def _on_discrete_toggled(self, _on: bool) -> None:
        self._dirty = True
        if is_on_screen(self):
            self._redraw()

    # ---- layout ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    @Slot()
    def _on_splitter_moved(self, *_) -> None:
        self._user_split = True

    def _fit_splitter(self) -> None:
        """Side by side when wide (the map square, the neuron maps get the rest), stacked when narrow."""
        w, h = self.splitter.width(), self.splitter.height()
        if w <= 0 or h <= 0:
            return
        horizontal = w >= 1.3 * h
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            self._user_split = False
        if self._user_split:
            return
        no_maps = not self.maps.tiles()
        if horizontal:
            main = w if no_maps else max(200, min(h + 40, int(w * 0.6)))
            self.splitter.setSizes([main, max(w - main, 0)])
        else:
            main = h if no_maps else max(180, min(w, int(h * 0.6)))
            self.splitter.setSizes([main, max(h - main, 0)])

    # ---- hover -----------------------------------------------------------------------------------
    def text_at(self, x: float, y: float) -> str | None:
        """The network's answer at input point (x, y), from the latest grid (None outside it)."""
        bv = self._boundary
        if bv is None or self._bounds is None:
            return None
        x0, x1, y0, y1 = self._bounds
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return None
        res_y, res_x = bv.outputs.shape[:2]
        j = min(int((x - x0) / (x1 - x0) * res_x), res_x - 1)
        i = min(int((y - y0) / (y1 - y0) * res_y), res_y - 1)
        out = bv.outputs[i, j]
        ds = self.session.dataset
        names = ds.feature_names if len(ds.feature_names) == 2 else ("x1", "x2")
        where = f"{names[0]} = {x:.2f}, {names[1]} = {y:.2f}"
        cls, _cert = predicted_classes(out[None, :])
        c = int(cls[0])
        cname = ds.class_names[c] if c < len(ds.class_names) else str(c)
        if len(out) == 1:
            one = ds.class_names[1] if len(ds.class_names) > 1 else "1"
            return f"{where}  →  output {out[0]:.3f} (P(class {one})): class {cname}"
        return f"{where}  →  class {cname} (p = {float(out[c]):.3f})"

    @Slot(object)
    def _on_mouse_moved(self, scene_pos) -> None:
        vb = self.plot.getViewBox()
        text = None
        if vb.sceneBoundingRect().contains(scene_pos):
            p = vb.mapSceneToView(scene_pos)
            text = self.text_at(p.x(), p.y())
        self.hover_label.setText(text or HOVER_HINT)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Leave:
            self.hover_label.setText(HOVER_HINT)
        return False

    # ---- for tests and tools ---------------------------------------------------------------------
    def image_array(self) -> np.ndarray | None:
        """The main map's RGB picture (res, res, 3) uint8: row i = ys[i] (bottom row first)."""
        return self.image.image

    def scene_pos_of(self, x: float, y: float) -> QPointF:
        return self.plot.getViewBox().mapViewToScene(QPointF(x, y))
