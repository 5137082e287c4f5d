"""Feature space: the data as a layer sees it (tutorial 5: "a hidden layer transforms the
features until a straight line separates them").

Every training point is drawn where the chosen layer puts it: at its two neurons' outputs for a
layer of two (XOR 2-2-1: the four corners move until one line separates the classes), on a line
for one neuron, and on a plane through the layer's space for a wider one: the two principal
components (PCA, the directions in which the points spread most; the view says how much of
their spread it keeps) or two neurons the student picks. Behind the points, the answer of the
layers after it over that plane, in the decision boundary's colours, with the boundary as a
line; for 2-D data, the input plane's grid lines carried through the layers, so the plane is
seen to bend. For a plane through a wider layer the view says how honest the colours are: the
share of the points whose class on the plane is the class the network really gives them.

The picture follows ``session.display`` (live training, or an earlier epoch while rewinding).
Its numbers are computed off the GUI thread (``guiapp.engine.feature_space`` on a
``LatestJob``), only while the panel can be seen; the plot's items are made once.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
                               QWidget)

from ...engine.feature_space import OUTPUT, PCA, feature_space, network_from
from ...state.snapshot import grid_for
from ...workers.latest_job import LatestJob
from ..i18n.formatting import arg, format_number
from ..names import hidden_name
from ..widgets.feature_space_plot import FeatureSpacePlot
from ..widgets.hover import HoverTracker, view_point
from ..widgets.plot_menu import PlotMenu
from .base import DockPanel
from .feature_space_texts import axis_names, caption

#: At most this many training points are drawn (a fixed random subset of bigger sets).
MAX_POINTS = 1000
#: Cells per side of the picture of the layers after the chosen one.
RESOLUTION = 64
#: QWidget's largest size (Qt's QWIDGETSIZE_MAX): "no fixed width".
QWIDGETSIZE_MAX = (1 << 24) - 1


def _point_size(n: int) -> float:
    return 16 if n <= 16 else (10 if n <= 300 else (7 if n <= 1500 else 5))


class FeatureSpacePanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("FeatureSpacePanel", "Feature space")
    DOCK_NAME = "featureSpaceDock"
    OBJECT_NAME = "featureSpacePanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._X = self._y = None      # the points drawn (a subset of the training data)
        self._window = None           # the input plane whose grid lines are carried through
        self._basis = None            # (network id, layer, basis) of the last PCA: keeps its orientation
        self._request = None          # what the picture asked for last
        self._chosen_layer = None     # the layer the student picked (None: the last hidden layer)
        self.space = None             # the FeatureSpace drawn now
        self.drawn = None             # (network id, epoch, batch, steps, layer, projection) of the picture
        self.drawn_snapshot = None    # the Snapshot whose weights it shows
        self.job = LatestJob(self)
        self.job.done.connect(self._on_computed)
        self.job.failed.connect(self._on_failed)

        # ---- controls ----
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("featureLayerCombo")
        self.layer_combo.setAccessibleName(self.tr("Layer shown"))
        self.layer_combo.setToolTip(self.tr("The layer whose outputs place the points: the inputs, or a hidden layer"))
        layer_caption = QLabel(self.tr("Layer"))
        layer_caption.setBuddy(self.layer_combo)
        self.axes_combo = QComboBox()
        self.axes_combo.setObjectName("featureAxesCombo")
        self.axes_combo.setAccessibleName(self.tr("Axes of the view"))
        self.axes_combo.setToolTip(self.tr(
            "A layer of more than two neurons does not fit on a flat picture. The output layer's view shows "
            "the directions its weights look along (exact for the last hidden layer); PCA the two directions "
            "in which the points spread most; or pick two neurons as the axes."))
        self.x_combo = QComboBox()
        self.x_combo.setObjectName("featureAxisXCombo")
        self.x_combo.setAccessibleName(self.tr("Neuron on the horizontal axis"))
        self.y_combo = QComboBox()
        self.y_combo.setObjectName("featureAxisYCombo")
        self.y_combo.setAccessibleName(self.tr("Neuron on the vertical axis"))
        self.x_combo.setToolTip(self.tr("The neuron (or input) along the horizontal axis"))
        self.y_combo.setToolTip(self.tr("The neuron (or input) along the vertical axis"))
        self.lines_check = QCheckBox(self.tr("Grid lines"))
        self.lines_check.setObjectName("featureGridLinesCheck")
        self.lines_check.setAccessibleName(self.tr("Show the input plane's grid lines"))
        self.lines_check.setToolTip(self.tr(
            "Draw the input plane's grid (lines where x1 or x2 is constant) as the layer maps it: "
            "watch the plane bend and fold"))
        self.lines_check.setChecked(True)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("featureEpochLabel")
        self.epoch_label.setAccessibleName(self.tr("Epoch shown"))
        self.epoch_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        controls = QHBoxLayout()          # the layer, the lines, the epoch; below: the axes of a wide layer
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        for w in (layer_caption, self.layer_combo, self.lines_check):
            controls.addWidget(w)
        controls.addWidget(self.epoch_label, 1)
        axes = QHBoxLayout()
        axes.setContentsMargins(0, 0, 0, 0)
        axes.setSpacing(6)
        for w in (self.axes_combo, self.x_combo, self.y_combo):
            axes.addWidget(w)
        axes.addStretch(1)
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layer_combo.setMinimumContentsLength(22)   # a narrow dock keeps every control on screen
        for combo in (self.layer_combo, self.axes_combo, self.x_combo, self.y_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.epoch_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lines_check.toggled.connect(self._on_lines_toggled)

        # ---- the picture ----
        self.plot = FeatureSpacePlot()
        self.plot.setAccessibleName(self.tr("Feature space picture"))
        self.plot_menu = PlotMenu(self.plot, "feature-space", data=self.plotted_data, reset=self.plot.reset_view)
        self.hover = HoverTracker(self.plot, self._on_hover)
        self.hover_label = QLabel(self._hover_hint())
        self.hover_label.setObjectName("featureHoverLabel")
        self.hover_label.setAccessibleName(self.tr("Network answer under the mouse"))
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hover_label.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName("featureSpaceCaption")
        self.caption.setAccessibleName(self.tr("What the feature space shows"))
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        # the words under the picture, or beside it when the panel is wide (``_fit_layout``)
        self.text_column = QWidget()
        self.text_column.setObjectName("featureSpaceText")
        words = QVBoxLayout(self.text_column)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(3)
        words.addWidget(self.hover_label)
        words.addWidget(self.caption)
        words.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(6)
        self.body.addWidget(self.plot, 1)
        self.body.addWidget(self.text_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(controls)
        layout.addLayout(axes)
        layout.addLayout(self.body, 1)
        self.setMinimumHeight(160)

        session.dataset_changed.connect(self._on_dataset_changed)
        session.network_changed.connect(self._on_network_changed)
        session.spec_changed.connect(self._on_network_changed)
        session.display_changed.connect(self._on_display_changed)
        self._on_dataset_changed()
        self._on_network_changed()

    def _hover_hint(self) -> str:
        return self.tr("Hover over the picture to read the network's answer there.")

    # ---- the data and the network ----------------------------------------------------------------
    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        X, y = ds.X_train, ds.y_train
        if len(X) > MAX_POINTS:
            idx = np.sort(np.random.default_rng(0).choice(len(X), MAX_POINTS, replace=False))
            X, y = X[idx], y[idx]
        self._X, self._y = np.ascontiguousarray(X), np.ascontiguousarray(y)
        self._window = grid_for(np.concatenate([ds.X_train, ds.X_test]))[:4] if ds.is_2d else None
        self.lines_check.setEnabled(ds.is_2d)
        self.lines_check.setToolTip(self.tr(
            "Draw the input plane's grid (lines where x1 or x2 is constant) as the layer maps it: "
            "watch the plane bend and fold") if ds.is_2d else self.tr("Grid lines need data with two inputs (a plane)"))
        self._clear()

    def _layer_units(self) -> list[int]:
        """Neurons of every layer that can be shown: the inputs, then each hidden layer."""
        return list(self.session.spec.layer_sizes[:-1])

    def _layer_title(self, layer: int, units: int) -> str:
        if layer == 0:
            return self.tr("Inputs: %n value(s)", "", units)
        return arg(self.tr("Hidden layer %1: %n neuron(s)", "", units), layer)

    @Slot()
    def _on_network_changed(self) -> None:
        units = self._layer_units()
        old = self._chosen_layer
        with QSignalBlocker(self.layer_combo):
            self.layer_combo.clear()
            for layer, n in enumerate(units):
                self.layer_combo.addItem(self._layer_title(layer, n), layer)
            # the last hidden layer by default: the output layer draws a straight line in its space
            default = old if isinstance(old, int) and 0 <= old < len(units) else len(units) - 1
            self.layer_combo.setCurrentIndex(self.layer_combo.findData(default))
        self.layer_combo.setEnabled(len(units) > 1)
        self._basis = None
        self._fill_axes(reset=True)
        self._clear()

    def _neuron_names(self, layer: int) -> list[str]:
        n = self._layer_units()[layer]
        if layer == 0:
            names = list(self.session.input_names)
            return names if len(names) == n else [f"x{j + 1}" for j in range(n)]
        return [hidden_name(layer, j) for j in range(n)]

    def _fill_axes(self, reset: bool = False) -> None:
        """Axis choices for the chosen layer: none for 1 or 2 neurons, PCA or two neurons for more."""
        layer = self.layer()
        names = self._neuron_names(layer)
        wide = len(names) > 2
        for combo in (self.axes_combo, self.x_combo, self.y_combo):
            combo.blockSignals(True)
        if reset or self.x_combo.count() != len(names):
            features = len(self.session.spec.input_features)
            pair = layer == 0 and features >= 2          # the inputs with x1², x2²: those two
            last = layer == len(self.session.spec.layer_sizes) - 2   # the output layer comes next
            self.axes_combo.clear()
            if last:
                self.axes_combo.addItem(self.tr("As the output layer sees it"), OUTPUT)
            self.axes_combo.addItem(self.tr("Principal components (PCA)"), PCA)
            self.axes_combo.addItem(self.tr("Two inputs") if layer == 0 else self.tr("Two neurons"), "pair")
            self.axes_combo.setCurrentIndex(self.axes_combo.findData("pair" if pair else (OUTPUT if last else PCA)))
            for combo, start in ((self.x_combo, 2 if pair else 0), (self.y_combo, 3 if pair else 1)):
                combo.clear()
                for j, name in enumerate(names):
                    combo.addItem(name, j)
                combo.setCurrentIndex(min(start, len(names) - 1))
        self.axes_combo.setVisible(wide)
        pair = wide and self.axes_combo.currentData() == "pair"
        self.x_combo.setVisible(pair)
        self.y_combo.setVisible(pair)
        for combo in (self.axes_combo, self.x_combo, self.y_combo):
            combo.blockSignals(False)

    def layer(self) -> int:
        """The layer shown: 0 the inputs, l ≥ 1 hidden layer l."""
        data = self.layer_combo.currentData()
        return int(data) if data is not None else 0

    def projection(self):
        """What ``feature_space`` is asked for: ``"auto"``, ``"output"``, ``"pca"`` or a pair of neurons."""
        units = self._layer_units()[self.layer()]
        if units <= 2:
            return "auto"
        choice = self.axes_combo.currentData()
        if choice == "pair":
            i, j = self.x_combo.currentData(), self.y_combo.currentData()
            if i is not None and j is not None and i != j:
                return (int(i), int(j))
        return OUTPUT if choice == OUTPUT else PCA

    def set_choice(self, layer: int, projection=None) -> None:
        """Show ``layer`` with ``projection`` (``"output"``, ``"pca"`` or a pair of neurons), as the
        controls would."""
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(layer))
        if isinstance(projection, tuple):
            self.axes_combo.setCurrentIndex(self.axes_combo.findData("pair"))
            self.x_combo.setCurrentIndex(self.x_combo.findData(projection[0]))
            self.y_combo.setCurrentIndex(self.y_combo.findData(projection[1]))
        elif projection in (PCA, OUTPUT):
            self.axes_combo.setCurrentIndex(self.axes_combo.findData(projection))

    @Slot()
    def _on_choice_changed(self, *_args) -> None:
        if self.sender() is self.layer_combo:
            self._chosen_layer = self.layer()   # kept for the next network, if it has that layer
            self._fill_axes(reset=True)
            self._basis = None
        else:
            self._fill_axes()
        self.request_redraw()

    @Slot(bool)
    def _on_lines_toggled(self, on: bool) -> None:
        self.plot.set_lines_visible(on)
        self._update_caption()

    def _clear(self) -> None:
        self.job.cancel_pending()
        self._request = None
        self.space = None
        self.drawn = self.drawn_snapshot = None
        self.plot.clear_space()
        self.caption.setText("")
        self.epoch_label.setText("")
        self.request_redraw()

    # ---- computing (off the GUI thread) --------------------------------------------------------
    @Slot(object)
    def _on_display_changed(self, _snap) -> None:
        self.request_redraw()

    def redraw(self) -> None:
        snap = self.session.display
        spec = self.session.spec
        if (snap is None or snap.network_id != self.session.network_id or self._X is None
                or tuple(snap.layer_sizes) != tuple(spec.layer_sizes)):
            return
        layer, projection = self.layer(), self.projection()
        if layer >= len(spec.layer_sizes) - 1:
            return
        key = (snap.network_id, snap.epoch, snap.batch, snap.steps, layer, projection)
        if key == self._request:
            return
        self._request = key
        previous = self._basis[2] if self._basis and self._basis[:2] == (snap.network_id, layer) else None
        params, X, y, window = snap.params, self._X, self._y, self._window

        def compute():
            net = network_from(params, spec.layer_sizes, spec.activations, bias=spec.bias,
                               input_features=spec.input_features)
            fs = feature_space(net, X, y, layer, projection=projection, window=window, resolution=RESOLUTION,
                               previous_basis=previous)
            return key, snap, fs

        self.job.submit(compute)

    @Slot(object)
    def _on_computed(self, result) -> None:
        key, snap, fs = result
        if key[0] != self.session.network_id or key[4:] != (self.layer(), self.projection()):
            return   # made for another network or another choice; the newer one is on its way
        self.space = fs
        self.drawn = key
        self.drawn_snapshot = snap
        if fs.method in (PCA, OUTPUT):
            self._basis = (key[0], key[4], fs.basis)
        self.plot.show_space(fs, self.session.dataset.n_classes, _point_size(len(fs.points)))
        self.plot.set_lines_visible(self.lines_check.isChecked())
        self.plot.set_axis_names(*self._axis_names(fs))
        self.epoch_label.setText(arg(self.tr("epoch %1"), snap.epoch))
        self._update_caption()

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._request = None
        self.caption.setText(arg(self.tr("The feature space could not be computed: %1"), str(exc)))

    # ---- words -----------------------------------------------------------------------------------
    def _axis_names(self, fs) -> tuple[str, str]:
        return axis_names(fs, self._neuron_names(fs.layer))

    def caption_text(self) -> str:
        """What the picture shows, in sentences (shown under or beside it)."""
        fs = self.space
        if fs is None:
            return ""
        return caption(fs, self._neuron_names(fs.layer), self.lines_check.isChecked(),
                       bool(self.session.spec.input_features))

    def _update_caption(self) -> None:
        self.caption.setText(self.caption_text())

    # ---- hover and the plot menu -----------------------------------------------------------------
    def text_at(self, x: float, y: float) -> str | None:
        """The network's answer at (x, y) of the picture (None outside it)."""
        fs = self.space
        if fs is None:
            return None
        xs, ys = fs.xs, fs.ys
        if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
            return None
        j = int(round((x - xs[0]) / max(xs[-1] - xs[0], 1e-12) * (len(xs) - 1)))
        i = int(round((y - ys[0]) / max(ys[-1] - ys[0], 1e-12) * (len(ys) - 1)))
        out = fs.outputs[i, j]
        ax, ay = self._axis_names(fs)
        where = arg(self.tr("%1 = %2, %3 = %4"), ax or "x", format_number(x, decimals=2), ay or "y",
                    format_number(y, decimals=2))
        names = self.session.dataset.class_names
        if len(out) == 1:
            c = int(out[0] >= 0.5)
            return arg(self.tr("%1 → output %2: class %3"), where, format_number(float(out[0]), decimals=3),
                       names[c] if c < len(names) else str(c))
        c = int(np.argmax(out))
        return arg(self.tr("%1 → class %2 (p = %3)"), where, names[c] if c < len(names) else str(c),
                   format_number(float(out[c]), decimals=3))

    def _on_hover(self, scene_pos) -> None:
        p = view_point(self.plot.plot, scene_pos)
        text = self.text_at(p.x(), p.y()) if p is not None else None
        self.hover_label.setText(text or self._hover_hint())

    def plotted_data(self):
        """(header, rows): each point's class, the network's class, its place in the picture and the
        layer's outputs."""
        fs = self.space
        if fs is None:
            return None
        ax, ay = self._axis_names(fs)
        names = self._neuron_names(fs.layer)
        header = ["class", "network's class", ax or "x", ay or "y", *names]
        rows = ([int(c), int(p), float(pt[0]), float(pt[1]), *a.tolist()]
                for c, p, pt, a in zip(fs.labels, fs.predicted, fs.points, fs.activations))
        return header, rows

    # ---- layout ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Words beside the picture when the panel is wide (the picture keeps its height), under it
        when it is narrow."""
        w, h = self.width(), self.height()
        wide = w >= 1.45 * h and w >= 560
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        self.text_column.setFixedWidth(max(220, min(340, w // 3)) if wide else QWIDGETSIZE_MAX)

    # ---- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self.job.wait()
        super().closeEvent(event)
