"""Weights: every layer's weight matrix as a heatmap, its biases as a strip underneath, live.

Conventions (the image is the matrix, no flip or transpose): layer l's ``W`` has shape
``(fan_in, fan_out)`` (``y = x @ W + b``); its heatmap shows ``W[i, j]`` at row i (top to bottom:
input 1 first) and column j (left to right: neuron 1 first), so a column is everything one neuron
listens to. The bias strip under it has one cell per column. A diverging colormap centred on zero
(blue negative, red positive) with symmetric levels ±max|value| (or a robust percentile) and a
colour bar per layer. Hovering a cell shows ``W1[x2 → h1.3] = -0.73``.

For images (``dataset.image_shape``, e.g. MNIST's 28×28) the first layer is drawn instead as a
mosaic: tile j is hidden neuron j's incoming weights ``W1[:, j].reshape(rows, cols)`` (what that
neuron "looks for"), the first :data:`MAX_TILES` neurons, one ImageItem for the whole mosaic.

Speed: the pyqtgraph items are made once per network shape and updated in place with
``setImage(float32, levels=...)`` from ``session.snapshot.params`` (copies made by the worker);
a hidden dock does no work and redraws when shown.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...state.session import RUNNING
from ..widgets.dock_visibility import DockShownNotifier, is_on_screen
from ..widgets.colormaps import as_image, diverging_colormap, make_colorbar, steady_levels, symmetric_levels

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
#: Room (pixels) a tick label needs beyond its text: rows' labels are a line apart, columns' this far.
TICK_PADDING = 10
#: Each layer's plot gets at least this much room (pixels) before the panel scrolls.
MIN_PLOT_SIZE = 170

#: (key, label, tooltip) of the colour-scale choices.
SCALE_CHOICES = (
    ("max", "Per layer: largest |value|",
     "Each layer's colours run from −max|w| (dark blue) through 0 (neutral) to +max|w| (dark red)"),
    ("p99", "Per layer: 99th percentile",
     "Each layer's colours cover 99% of its weights; the few largest ones saturate, so the rest "
     "show more contrast"),
    ("shared", "Same scale for all layers",
     "One colour scale for every layer (the largest |value| anywhere), to compare layers"),
)

HINT_TEXT = "Hover over a cell to read its weight."


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


def _fmt(v: float) -> str:
    return f"{v:.3g}"


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


class _Layer:
    """The items that draw one layer (made once per network shape)."""

    def __init__(self, index: int, fan_in: int, fan_out: int, has_bias: bool, tiles: bool):
        self.index = index          # 1-based, as in W1
        self.fan_in, self.fan_out = fan_in, fan_out
        self.has_bias = has_bias
        self.tiles = tiles
        self.plot: pg.PlotItem | None = None
        self.image: pg.ImageItem | None = None
        self.bias_image: pg.ImageItem | None = None
        self.bar: pg.ColorBarItem | None = None
        self.levels = (-1.0, 1.0)
        self.W: np.ndarray | None = None   # what is drawn now (for hover)
        self.b: np.ndarray | None = None
        self.n_tiles = 0
        self.grid_cols = 1
        self.tick_key = None       # (rows, columns) the axis labels were made for


class WeightsPanel(QWidget):
    TITLE = "Weights"
    DOCK_NAME = "weightsDock"

    def __init__(self, session, controller, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.setObjectName("weightsPanel")
        self._layers: list[_Layer] = []
        self._shape_key = None
        self._dirty = True
        self._horizontal: bool | None = None
        self._levels_mode = None   # the colour-scale choice the current levels were made for
        self._cmap = diverging_colormap()

        # ---- controls ----
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("weightScaleCombo")
        self.scale_combo.setAccessibleName("Weight colour scale")
        self.scale_combo.setToolTip("How strong a colour is: the weight value that gets the darkest red or blue")
        for i, (key, text, tip) in enumerate(SCALE_CHOICES):
            self.scale_combo.addItem(text, key)
            self.scale_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.scale_combo.currentIndexChanged.connect(self._on_scale_changed)
        self.hover_label = QLabel(HINT_TEXT)
        self.hover_label.setObjectName("weightsHoverLabel")
        self.hover_label.setAccessibleName("Weight under the mouse")
        self.hover_label.setToolTip("The weight or bias under the mouse: W2[h1.3 → out] is the weight from "
                                    "hidden neuron 3 of layer 1 into the output")
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        scale_label = QLabel("&Colours:")
        scale_label.setBuddy(self.scale_combo)
        controls.addWidget(scale_label)
        controls.addWidget(self.scale_combo)
        controls.addSpacing(8)
        controls.addWidget(self.hover_label, 1)

        self.note_label = QLabel()
        self.note_label.setObjectName("weightsNoteLabel")
        self.note_label.setAccessibleName("About these weights")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        # ---- plots ----
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("weightsPlot")
        self.plot_widget.setAccessibleName("Weight heatmaps, one per layer")
        self.plot_widget.ci.setSpacing(4)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.viewport().installEventFilter(self)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("weightsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.plot_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.note_label)
        layout.addWidget(self.scroll, 1)
        self.setMinimumHeight(160)

        self._dock_notifier = DockShownNotifier(self, self._catch_up)  # a dock tab picked
        session.network_changed.connect(self._on_network_changed)  # also follows every new dataset
        session.snapshot_changed.connect(self._on_snapshot)
        self._on_network_changed()

    # ---- names -------------------------------------------------------------------------------
    def unit_name(self, layer: int, j: int) -> str:
        """Name of neuron ``j`` (0-based) of layer ``layer`` (0 = the inputs): x2, h1.3, out, class 7."""
        sizes = self._layer_sizes()
        ds = self.session.dataset
        if layer == 0:
            if ds.image_shape is not None:
                r, c = divmod(j, ds.image_shape[1])
                return f"pixel (row {r + 1}, col {c + 1})"
            names = ds.feature_names
            return names[j] if len(names) == sizes[0] else f"x{j + 1}"
        if layer == len(sizes) - 1:
            if sizes[-1] == 1:
                return "out"
            names = ds.class_names
            return f"class {names[j]}" if len(names) == sizes[-1] else f"out{j + 1}"
        return f"h{layer}.{j + 1}"

    def _layer_desc(self, layer: int) -> str:
        sizes = self._layer_sizes()
        if layer == 0:
            return "pixels" if self.session.dataset.image_shape is not None else "inputs"
        if layer == len(sizes) - 1:
            return "output" if sizes[-1] == 1 else "outputs"
        return f"hidden {layer}"

    def _layer_sizes(self) -> tuple[int, ...]:
        if self._layers:
            return (self._layers[0].fan_in, *[lay.fan_out for lay in self._layers])
        return tuple(self.session.spec.layer_sizes)

    # ---- building --------------------------------------------------------------------------------
    def _current_params(self):
        """The weights to draw: the latest snapshot's copies; the fresh network's own arrays only
        while nothing trains (a brand-new network before its first snapshot)."""
        s = self.session
        snap = s.snapshot
        if snap is not None and snap.network_id == s.network_id:
            return snap.params
        if s.state != RUNNING:
            return s.network.params
        return None

    @Slot()
    def _on_network_changed(self) -> None:
        params = self._current_params()
        if params is not None:
            self._ensure_items(split_layers(params))
        self._dirty = True
        self._redraw_if_visible()

    def _ensure_items(self, layers) -> None:
        ds = self.session.dataset
        image_shape = ds.image_shape
        key = (tuple((w.shape, b is not None) for w, b in layers), image_shape, ds.feature_names, ds.class_names)
        if key == self._shape_key:
            return
        self._shape_key = key
        self._build(layers, image_shape)

    def _build(self, layers, image_shape) -> None:
        """(Re)make the plots for this network's layer shapes."""
        ci = self.plot_widget.ci
        ci.clear()
        self._layers = []
        for i, (W, b) in enumerate(layers):
            fan_in, fan_out = W.shape
            tiles = i == 0 and image_shape is not None and image_shape[0] * image_shape[1] == fan_in
            self._layers.append(_Layer(i + 1, fan_in, fan_out, b is not None, tiles))
        for lay in self._layers:
            self._make_layer_items(lay, image_shape)
        self._horizontal = None
        self._arrange()
        self._update_note()

    def _make_layer_items(self, lay: _Layer, image_shape) -> None:
        plot = pg.PlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)
        vb = plot.getViewBox()
        vb.setDefaultPadding(0.0)
        image = pg.ImageItem(axisOrder="row-major")
        image.setColorMap(self._cmap)
        plot.addItem(image)
        src, dst = self._layer_desc(lay.index - 1), self._layer_desc(lay.index)
        if lay.tiles:
            rows, cols = image_shape
            u = min(lay.fan_out, MAX_TILES)
            grid_rows, grid_cols = tile_grid(u)
            lay.n_tiles, lay.grid_cols = u, grid_cols
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            vb.setAspectLocked(True)
            width = grid_cols * (cols + TILE_GAP) - TILE_GAP
            height = grid_rows * (rows + TILE_GAP) - TILE_GAP
            shown = f"first {u} of {lay.fan_out} neurons" if u < lay.fan_out else f"{u} neurons"
            plot.setTitle(f"W{lay.index}: {shown}", size="9pt")
            plot.setRange(xRange=(0, width), yRange=(0, height), padding=0.02)
        else:
            left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
            top, strip = bias_strip(lay.fan_in)
            lay.tick_key = None
            vb.sigResized.connect(lambda _vb, lay=lay: self._update_ticks(lay))
            left.setLabel(f"from ({src})")
            bottom.setLabel(f"to ({dst})")
            plot.setTitle(f"W{lay.index}  ({lay.fan_in}×{lay.fan_out})", size="9pt")
            height = top + strip if lay.has_bias else lay.fan_in
            if lay.has_bias:
                bias = pg.ImageItem(axisOrder="row-major")
                bias.setColorMap(self._cmap)
                bias.setRect(QRectF(0.0, top, lay.fan_out, strip))
                plot.addItem(bias)
                lay.bias_image = bias
            plot.setRange(xRange=(0, lay.fan_out), yRange=(0, height), padding=0.0)
        vb.disableAutoRange()
        lay.plot, lay.image = plot, image
        lay.bar = make_colorbar(self._cmap, lay.levels)

    def _update_ticks(self, lay: _Layer) -> None:
        """Name rows and columns when the names fit the plot's size, else number every few."""
        if lay.plot is None or lay.tiles:
            return
        vb = lay.plot.getViewBox()
        rect = vb.boundingRect()
        fm = QFontMetrics(lay.plot.getAxis("left").style.get("tickFont") or self.font())
        top, strip = bias_strip(lay.fan_in)
        height = top + strip if lay.has_bias else lay.fan_in
        px_per_row = rect.height() / max(height, 1e-9)
        rows_fit = int(lay.fan_in * px_per_row / (fm.height() + 1))
        col_names = [self._short_unit(lay.index, j) for j in range(lay.fan_out)]
        widest = max(fm.horizontalAdvance(name) for name in col_names) + TICK_PADDING
        cols_fit = int(rect.width() / max(widest, 1))
        key = (min(rows_fit, lay.fan_in + 1), min(cols_fit, lay.fan_out + 1))
        if key == lay.tick_key:
            return
        lay.tick_key = key
        left = index_ticks(lay.fan_in, [self.unit_name(lay.index - 1, i) for i in range(lay.fan_in)], rows_fit)
        if lay.has_bias:
            bias_y = top + strip / 2
            # keep row labels clear of the "bias" label
            left = [(y, t) for y, t in left if (bias_y - y) * px_per_row >= fm.height()] + [(bias_y, "bias")]
        lay.plot.getAxis("left").setTicks([left])
        if cols_fit < lay.fan_out:
            widest = fm.horizontalAdvance(str(lay.fan_out)) + TICK_PADDING
            cols_fit = int(rect.width() / max(widest, 1))
        lay.plot.getAxis("bottom").setTicks([index_ticks(lay.fan_out, col_names, cols_fit)])

    def _short_unit(self, layer: int, j: int) -> str:
        name = self.unit_name(layer, j)
        return name[len("class "):] if name.startswith("class ") else name

    def _arrange(self) -> None:
        """Layers side by side in a wide panel, one above the other in a tall, narrow one."""
        horizontal = self.width() >= 1.2 * max(self.height(), 1) or len(self._layers) <= 1
        if horizontal == self._horizontal:
            return
        self._horizontal = horizontal
        ci = self.plot_widget.ci
        ci.clear()
        n = len(self._layers)
        for i, lay in enumerate(self._layers):
            row, col = (0, 2 * i) if horizontal else (i, 0)
            ci.addItem(lay.plot, row=row, col=col)
            ci.addItem(lay.bar, row=row, col=col + 1)
        if horizontal:
            self.plot_widget.setMinimumSize(n * MIN_PLOT_SIZE, MIN_PLOT_SIZE)
        else:
            self.plot_widget.setMinimumSize(MIN_PLOT_SIZE, n * MIN_PLOT_SIZE)
        # the image mosaic is square: give it more room than a skinny matrix
        for i, lay in enumerate(self._layers):
            if horizontal:
                ci.layout.setColumnStretchFactor(2 * i, 3 if lay.tiles else 2)
                ci.layout.setColumnStretchFactor(2 * i + 1, 0)
            else:
                ci.layout.setRowStretchFactor(i, 3 if lay.tiles else 2)

    def _update_note(self) -> None:
        tiles = next((lay for lay in self._layers if lay.tiles), None)
        if tiles is None:
            self.note_label.hide()
            return
        r, c = self.session.dataset.image_shape
        more = (f" Showing the first {tiles.n_tiles} of {tiles.fan_out} neurons."
                if tiles.n_tiles < tiles.fan_out else "")
        self.note_label.setText(f"Each tile is one first-layer neuron's {r * c} input weights drawn as a {r}×{c} "
                                f"image: red pixels push the neuron up when they are inked, blue ones push it "
                                f"down.{more}")
        self.note_label.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ---- drawing ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self._dirty = True
        self._redraw_if_visible()

    @Slot()
    def _on_scale_changed(self, *_) -> None:
        self._dirty = True
        self._redraw_if_visible()

    def _redraw_if_visible(self) -> None:
        if is_on_screen(self):
            self._redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._redraw()

    def _catch_up(self) -> None:
        """The dock came to the front: draw what arrived while it was behind another tab."""
        if self._dirty:
            self._redraw()

    def scale_mode(self) -> str:
        return self.scale_combo.currentData()

    def _redraw(self) -> None:
        params = self._current_params()
        if params is None:
            return
        self._dirty = False
        layers = split_layers(params)
        self._ensure_items(layers)
        mode = self.scale_mode()
        pct = 99.0 if mode == "p99" else None
        shared = symmetric_levels(*[a for wb in layers for a in wb if a is not None]) if mode == "shared" else None
        image_shape = self.session.dataset.image_shape
        for lay, (W, b) in zip(self._layers, layers):
            lay.W, lay.b = W, b
            if lay.tiles:
                wanted = shared or symmetric_levels(W[:, :lay.n_tiles], percentile=pct)
            else:
                wanted = shared or (symmetric_levels(W, b, percentile=pct) if b is not None
                                    else symmetric_levels(W, percentile=pct))
            # rounded and kept while they fit, so the colour bar does not twitch 30 times a second
            levels = steady_levels(lay.levels if self._levels_mode == mode else None, wanted)
            if lay.tiles:
                lay.image.setImage(weight_tiles(W, image_shape), levels=levels, autoLevels=False)
            else:
                lay.image.setImage(as_image(W), levels=levels, autoLevels=False)
                if lay.bias_image is not None and b is not None:
                    lay.bias_image.setImage(as_image(b.reshape(1, -1)), levels=levels, autoLevels=False)
            if levels != lay.levels:
                lay.levels = levels
                lay.bar.setLevels(levels, update_items=False)
        self._levels_mode = mode

    # ---- hover -----------------------------------------------------------------------------------
    def cell_at(self, lay: _Layer, x: float, y: float):
        """What is at view position (x, y) of a layer's plot: ("W", i, j), ("b", j), or None.
        For image tiles i is the pixel index (row * cols + col) and j the neuron."""
        if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0:
            return None
        col, row = int(x), int(y)
        if lay.tiles:
            r, c = self.session.dataset.image_shape
            tr, pr = divmod(row, r + TILE_GAP)
            tc, pc = divmod(col, c + TILE_GAP)
            if pr >= r or pc >= c or tc >= lay.grid_cols:
                return None
            j = tr * lay.grid_cols + tc
            return ("W", pr * c + pc, j) if j < lay.n_tiles else None
        if col >= lay.fan_out:
            return None
        if row < lay.fan_in:
            return ("W", row, col)
        top, strip = bias_strip(lay.fan_in)
        if lay.has_bias and top <= y <= top + strip:
            return ("b", col)
        return None

    def hover_text(self, layer: int, cell) -> str:
        """The text for ``cell`` (from :meth:`cell_at`) of layer ``layer`` (1-based)."""
        lay = self._layers[layer - 1]
        if cell[0] == "b":
            j = cell[1]
            return f"b{layer}[{self.unit_name(layer, j)}] = {_fmt(float(lay.b[j]))}"
        _, i, j = cell
        text = f"W{layer}[{self.unit_name(layer - 1, i)} → {self.unit_name(layer, j)}] = {_fmt(float(lay.W[i, j]))}"
        if lay.tiles and lay.b is not None:
            text += f"   (bias b{layer}[{self.unit_name(layer, j)}] = {_fmt(float(lay.b[j]))})"
        return text

    @Slot(object)
    def _on_mouse_moved(self, scene_pos) -> None:
        for lay in self._layers:
            vb = lay.plot.getViewBox()
            if lay.plot.scene() is not None and vb.sceneBoundingRect().contains(scene_pos) and lay.W is not None:
                p = vb.mapSceneToView(scene_pos)
                cell = self.cell_at(lay, p.x(), p.y())
                if cell is not None:
                    self.hover_label.setText(self.hover_text(lay.index, cell))
                    return
        self.hover_label.setText(HINT_TEXT)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Leave:
            self.hover_label.setText(HINT_TEXT)
        return False

    # ---- for tests and tools ---------------------------------------------------------------------
    def layer_items(self, layer: int) -> _Layer:
        """The drawing items of layer ``layer`` (1-based)."""
        return self._layers[layer - 1]

    def scene_pos_of_cell(self, layer: int, row: float, col: float) -> QPointF:
        """Scene position of the centre of image cell (row, col) of a layer's image."""
        lay = self._layers[layer - 1]
        return lay.plot.getViewBox().mapViewToScene(QPointF(col + 0.5, row + 0.5))
