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
``setImage(float32, levels=...)`` from ``session.display.params`` (copies made by the worker);
a hidden dock does no work and redraws when shown.
"""

from __future__ import annotations


import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout

from ...state.session import RUNNING
from ..data_texts import class_names
from ..i18n.formatting import arg, format_int, format_number
from ...state.weight_ref import WeightRef
from ..names import neuron_name
from ..widgets.colormaps import diverging_colormap, steady_levels, symmetric_levels
from ..widgets.hover import HoverTracker, view_point
from ..widgets.plot_menu import PlotMenu
from ..widgets.value_modes import WEIGHTS, ValueModeCombo
from ..widgets.weight_images import split_layers
from ..widgets.weight_layer import WeightLayer, bias_label
from .base import DockPanel

#: Each layer's plot gets at least this much room (pixels) before the panel scrolls.
MIN_PLOT_SIZE = 170

#: (key, label, tooltip) of the colour-scale choices.
SCALE_CHOICES = (
    ("max", QT_TRANSLATE_NOOP("WeightsPanel", "Per layer: largest |value|"),
     QT_TRANSLATE_NOOP("WeightsPanel", "Each layer's colours run from −max|w| (dark blue) through 0 (neutral) to "
                                       "+max|w| (dark red)")),
    ("p99", QT_TRANSLATE_NOOP("WeightsPanel", "Per layer: 99th percentile"),
     QT_TRANSLATE_NOOP("WeightsPanel", "Each layer's colours cover 99% of its weights; the few largest ones "
                                       "saturate, so the rest show more contrast")),
    ("shared", QT_TRANSLATE_NOOP("WeightsPanel", "Same scale for all layers"),
     QT_TRANSLATE_NOOP("WeightsPanel", "One colour scale for every layer (the largest |value| anywhere), to "
                                       "compare layers")),
)


def _fmt(v: float) -> str:
    return format_number(v, significant=3)



class WeightsPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("WeightsPanel", "Weights")
    DOCK_NAME = "weightsDock"
    OBJECT_NAME = "weightsPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._layers: list[WeightLayer] = []
        self._sizes: tuple[int, ...] | None = None
        self._shape_key = None
        self._horizontal: bool | None = None
        self._levels_mode = None   # the colour-scale choice the current levels were made for
        self._cmap = diverging_colormap()

        # ---- controls ----
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("weightScaleCombo")
        self.scale_combo.setAccessibleName(self.tr("Weight colour scale"))
        self.scale_combo.setToolTip(self.tr("How strong a colour is: the weight value that gets the darkest red or "
                                            "blue"))
        for i, (key, text, tip) in enumerate(SCALE_CHOICES):
            self.scale_combo.addItem(self.tr(text), key)
            self.scale_combo.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.scale_combo.currentIndexChanged.connect(self._on_scale_changed)
        self.hover_label = QLabel(self.hint_text())
        self.hover_label.setObjectName("weightsHoverLabel")
        self.hover_label.setAccessibleName(self.tr("Weight under the mouse"))
        self.hover_label.setToolTip(arg(self.tr("The weight or bias under the mouse: W2[h1.3 → %1] is the weight "
                                                "from hidden neuron 3 of layer 1 into the output"),
                                        neuron_name(2, 0, (2, 3, 1))))
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        scale_label = QLabel(self.tr("&Colours:"))
        scale_label.setBuddy(self.scale_combo)
        controls.addWidget(scale_label)
        controls.addWidget(self.scale_combo)
        self.value_mode = ValueModeCombo(session, "weightsPanel", "weightValuesCombo")   # w, dL/dw or Δw
        self.value_mode.mode_changed.connect(self._on_scale_changed)
        controls.addWidget(self.value_mode)
        controls.addSpacing(8)
        controls.addWidget(self.hover_label, 1)

        self.note_label = QLabel()
        self.note_label.setObjectName("weightsNoteLabel")
        self.note_label.setAccessibleName(self.tr("About these weights"))
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        # ---- plots ----
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("weightsPlot")
        self.plot_widget.setAccessibleName(self.tr("Weight heatmaps, one per layer"))
        self.plot_widget.ci.setSpacing(4)
        self.hover = HoverTracker(self.plot_widget, self._on_hover)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        self.plot_menu = PlotMenu(self.plot_widget, "weights", data=self.plotted_data)
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

        session.network_changed.connect(self._on_network_changed)  # also follows every new dataset
        session.display_changed.connect(self._on_snapshot)
        self._on_network_changed()

    # ---- names -------------------------------------------------------------------------------
    def unit_name(self, layer: int, j: int) -> str:
        """Name of neuron ``j`` (0-based) of layer ``layer`` (0 = the inputs): B, h1.3, out, class 7
        (the app's one naming, :mod:`..names`)."""
        ds = self.session.dataset
        return neuron_name(layer, j, self._layer_sizes(), feature_names=self.session.input_names,
                           image_shape=ds.image_shape, class_names=class_names(ds))

    def hint_text(self) -> str:
        return self.tr("Hover over a cell to read its weight.")

    def _layer_desc(self, layer: int) -> str:
        sizes = self._layer_sizes()
        if layer == 0:
            return self.tr("pixels") if self.session.dataset.image_shape is not None else self.tr("inputs")
        if layer == len(sizes) - 1:
            return self.tr("output") if sizes[-1] == 1 else self.tr("outputs")
        return arg(self.tr("hidden %1"), layer)

    def _short_unit(self, layer: int, j: int) -> str:
        """A column label: the class name alone for an output per class."""
        ds = self.session.dataset
        sizes = self._layer_sizes()
        if layer == len(sizes) - 1 and sizes[-1] > 1 and len(ds.class_names) == sizes[-1]:
            return class_names(ds)[j]
        return self.unit_name(layer, j)

    def _layer_sizes(self) -> tuple[int, ...]:
        """Neurons per layer of the drawn network (the one being drawn while it is made)."""
        if self._sizes is not None:
            return self._sizes
        return tuple(self.session.spec.layer_sizes)

    # ---- building --------------------------------------------------------------------------------
    def _current_params(self):
        """The weights to draw: the latest snapshot's copies; the fresh network's own arrays only
        while nothing trains (a brand-new network before its first snapshot)."""
        s = self.session
        snap = s.display
        if snap is not None and snap.network_id == s.network_id:
            if self.value_mode.mode() != WEIGHTS:   # dL/dw or Δw; zeros before the first step
                return self.value_mode.arrays(snap) or tuple(p * 0 for p in snap.params)
            return snap.params
        if s.state != RUNNING:
            return s.network.params if self.value_mode.mode() == WEIGHTS else [p * 0 for p in s.network.params]
        return None

    @Slot()
    def _on_network_changed(self) -> None:
        params = self._current_params()
        if params is not None:
            self._ensure_items(split_layers(params))
        self.request_redraw()

    def _ensure_items(self, layers) -> None:
        ds = self.session.dataset
        image_shape = ds.image_shape
        key = (tuple((w.shape, b is not None) for w, b in layers), image_shape, self.session.input_names, ds.class_names)
        if key == self._shape_key:
            return
        self._shape_key = key
        self._build(layers, image_shape)

    def _build(self, layers, image_shape) -> None:
        """(Re)make the plots for this network's layer shapes."""
        ci = self.plot_widget.ci
        ci.clear()
        self._layers = []
        self._sizes = (layers[0][0].shape[0], *[W.shape[1] for W, _b in layers]) if layers else None
        for i, (W, b) in enumerate(layers, start=1):
            fan_in, fan_out = W.shape
            tiles = i == 1 and image_shape is not None and image_shape[0] * image_shape[1] == fan_in
            rows = [self.unit_name(i - 1, r) for r in range(fan_in)]
            cols = [self._short_unit(i, j) for j in range(fan_out)]
            self._layers.append(WeightLayer(i, (fan_in, fan_out), b is not None, self._cmap,
                                            image_shape if tiles else None, (self._layer_desc(i - 1),
                                                                             self._layer_desc(i)), rows, cols))
        self._horizontal = None
        self._arrange()
        self._update_note()

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
        text = arg(self.tr("Each tile is one first-layer neuron's %1 input weights drawn as a %2×%3 image: red pixels "
                           "push the neuron up when they are inked, blue ones push it down."), format_int(r * c), r, c)
        if tiles.n_tiles < tiles.fan_out:
            text = arg(self.tr("%1 Showing the first %2 of %3 neurons."), text, tiles.n_tiles, tiles.fan_out)
        self.note_label.setText(text)
        self.note_label.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ---- drawing ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.request_redraw()

    @Slot()
    def _on_scale_changed(self, *_) -> None:
        self.request_redraw()

    def scale_mode(self) -> str:
        return self.scale_combo.currentData()

    def redraw(self) -> None:
        params = self._current_params()
        if params is None:
            return
        layers = split_layers(params)
        self._ensure_items(layers)
        mode = self.scale_mode()
        pct = 99.0 if mode == "p99" else None
        shared = symmetric_levels(*[a for wb in layers for a in wb if a is not None]) if mode == "shared" else None
        for lay, (W, b) in zip(self._layers, layers):
            if lay.tiles:
                wanted = shared or symmetric_levels(W[:, :lay.n_tiles], percentile=pct)
            else:
                wanted = shared or (symmetric_levels(W, b, percentile=pct) if b is not None
                                    else symmetric_levels(W, percentile=pct))
            # rounded and kept while they fit, so the colour bar does not twitch 30 times a second
            lay.draw(W, b, steady_levels(lay.levels if self._levels_mode == mode else None, wanted))
        self._levels_mode = mode

    # ---- hover -----------------------------------------------------------------------------------
    def hover_text(self, layer: int, cell) -> str:
        """The text for ``cell`` (from :meth:`cell_at`) of layer ``layer`` (1-based)."""
        lay = self._layers[layer - 1]
        w_sym = self.value_mode.symbol()
        b_sym = w_sym[:-1] + "b"
        if cell[0] == "b":
            j = cell[1]
            return f"{b_sym}{layer}[{self.unit_name(layer, j)}] = {_fmt(float(lay.b[j]))}"
        _, i, j = cell
        text = f"{w_sym}{layer}[{self.unit_name(layer - 1, i)} → {self.unit_name(layer, j)}] = {_fmt(float(lay.W[i, j]))}"
        if lay.tiles and lay.b is not None:
            text = arg(self.tr("%1   (bias %2)"), text, f"b{layer}[{self.unit_name(layer, j)}] = {_fmt(float(lay.b[j]))}")
        return text

    def _on_hover(self, scene_pos) -> None:
        for lay in self._layers:
            p = view_point(lay.plot, scene_pos) if lay.W is not None else None
            cell = lay.cell_at(p.x(), p.y()) if p is not None else None
            if cell is not None:
                self.hover_label.setText(self.hover_text(lay.index, cell))
                return
        self.hover_label.setText(self.hint_text())

    def _on_click(self, ev) -> None:
        """A click on a cell: the gradient check of that weight (or bias)."""
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        for lay in self._layers:
            p = view_point(lay.plot, ev.scenePos()) if lay.W is not None else None
            cell = lay.cell_at(p.x(), p.y()) if p is not None else None
            if cell is not None:
                ref = WeightRef(lay.index - 1, None, cell[1]) if cell[0] == "b" else WeightRef(lay.index - 1, cell[1],
                                                                                               cell[2])
                self.session.select_weight(ref, True)
                return

    def plotted_data(self):
        """(header, rows) of every drawn weight and bias: layer, from, to, value (one row per cell)."""
        if not self._layers or self._layers[0].W is None:
            return None
        rows = []
        for lay in self._layers:
            W, b = lay.W, lay.b
            sources = [self.unit_name(lay.index - 1, i) for i in range(W.shape[0])]
            for j in range(W.shape[1]):
                dst = self.unit_name(lay.index, j)
                rows.extend((f"W{lay.index}", src, dst, float(W[i, j])) for i, src in enumerate(sources))
                if b is not None:
                    rows.append((f"b{lay.index}", bias_label(), dst, float(b[j])))
        return [self.tr("parameter"), self.tr("from"), self.tr("to"), self.tr("value")], rows

    # ---- for tests and tools ---------------------------------------------------------------------
    def layer_items(self, layer: int) -> WeightLayer:
        """The drawing items of layer ``layer`` (1-based)."""
        return self._layers[layer - 1]

    def scene_pos_of_cell(self, layer: int, row: float, col: float) -> QPointF:
        """Scene position of the centre of image cell (row, col) of a layer's image."""
        lay = self._layers[layer - 1]
        return lay.plot.getViewBox().mapViewToScene(QPointF(col + 0.5, row + 0.5))
