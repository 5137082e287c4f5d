"""Decision boundary: what the network answers at every point of the input plane, live, with the
training (and optionally test) points on top; beside it one small map per hidden neuron showing
what that neuron computes over the same plane (:mod:`..widgets.neuron_maps`).

Only data with exactly two inputs has a plane to draw (2-D toy sets, 2-input logic gates, your own
points); for other data the panel says why and where to look instead.

Everything drawn is precomputed by the worker (``snapshot.boundary``); the GUI thread only colours
it (:mod:`..widgets.boundary_render`) and updates items made once: the main map is one RGB
ImageItem; each neuron map is a small widget painting a QImage. The axes carry the data's own
feature names (:mod:`..names`).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..data_texts import class_names
from ..i18n.formatting import arg
from ..names import output_name, plane_axis_names
from ..widgets.boundary_render import boundary_rgb, predicted_classes
from ..widgets.colormaps import class_color
from ..widgets.example_pickers import PlanePicker
from ..widgets.hover import HoverTracker, view_point
from ..widgets.neuron_maps import NeuronMapsView
from ..widgets.plot_menu import PlotMenu
from . import boundary_texts as texts
from .base import DockPanel

#: At most this many points are drawn on the main map (a fixed random subset of bigger sets).
MAX_POINTS = 2000
#: At most this many training points are marked on each small neuron map.
MAX_MAP_POINTS = 80


class _SmoothImageItem(pg.ImageItem):
    """An ImageItem drawn with bilinear filtering (a 100×100 grid shown at 400 px looks smooth)."""

    def paint(self, painter, *args):
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)


def _palette_rgb(widget: QWidget, role: QPalette.ColorRole) -> np.ndarray:
    c = widget.palette().color(role)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float32)


class BoundaryPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("BoundaryPanel", "Decision boundary")
    DOCK_NAME = "boundaryDock"
    OBJECT_NAME = "boundaryPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._bounds = None
        self._user_split = False
        self._boundary = None     # the BoundaryView drawn now (for hover)

        # ---- controls ----
        self.test_check = QCheckBox(self.tr("Show test points"))
        self.test_check.setObjectName("showTestPointsCheck")
        self.test_check.setAccessibleName(self.tr("Show test points"))
        self.test_check.setToolTip(texts.test_points_tip(True))
        self.test_check.toggled.connect(self._on_test_toggled)
        self.discrete_check = QCheckBox(self.tr("Discretize"))
        self.discrete_check.setObjectName("discretizeCheck")
        self.discrete_check.setAccessibleName(self.tr("Discretize the regions"))
        self.discrete_check.setToolTip(self.tr("Paint each class's region in one flat colour (the network's final "
                                               "answer) instead of fading colours that show how sure it is"))
        self.discrete_check.toggled.connect(self._on_discrete_toggled)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("boundaryLegendLabel")
        self.legend_label.setAccessibleName(self.tr("Class colours"))
        self.legend_label.setToolTip(self.tr("The colour of each class; circles are training points, triangles test "
                                             "points"))
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
        self.plot_widget.setAccessibleName(self.tr("Decision boundary map"))
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
        self.hover = HoverTracker(self.plot_widget, self._on_hover)
        self.picker = PlanePicker(self.plot_widget, self.plot, session, self.test_scatter.isVisible)
        self.plot_menu = PlotMenu(self.plot_widget, "decision-boundary", data=self.plotted_data,
                                  reset=self.reset_view)
        self.hover_label = QLabel(texts.hover_hint())
        self.hover_label.setObjectName("boundaryHoverLabel")
        self.hover_label.setAccessibleName(self.tr("Network output under the mouse"))
        self.hover_label.setToolTip(self.tr("The network's answer at the point under the mouse"))
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.plot_widget, 1)
        left_layout.addWidget(self.hover_label)

        # ---- neuron maps ----
        self.maps = NeuronMapsView()
        self.maps_menu = PlotMenu(self.maps, "neuron-maps", data=self.maps_data)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boundarySplitter")
        self.splitter.setAccessibleName(self.tr("Boundary and neuron maps divider"))
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
        self.note_label.setAccessibleName(self.tr("Why there is no decision boundary"))
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

        session.dataset_changed.connect(self._on_dataset_changed)
        session.network_changed.connect(self._on_network_changed)
        session.display_changed.connect(self._on_snapshot)
        self._on_dataset_changed()
        self._on_network_changed()

    # ---- data and network ------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Is there a plane to draw (exactly 2 inputs)?"""
        return self.session.dataset.is_2d


    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        self._bounds = None
        self._boundary = None
        if not self.available:
            self.note_label.setText(texts.note_text(self.session.dataset))
            self.stack.setCurrentWidget(self.note_label)
            self.maps.set_points(None, None)
            self.train_scatter.clear()
            self.test_scatter.clear()
            return
        self.stack.setCurrentWidget(self._content)
        names = plane_axis_names(ds.feature_names)
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
            self.test_check.setToolTip(texts.test_points_tip(False))
        else:
            Xt, yt = self._subset(ds.X_test, ds.y_test)
            self.test_scatter.setData(pos=Xt, size=size + 2, brush=[pg.mkBrush(class_color(c)) for c in yt])
            self.test_check.setEnabled(True)
            self.test_check.setToolTip(texts.test_points_tip(True))
        self.test_scatter.setVisible(self.test_check.isChecked() and self.test_check.isEnabled())
        self._update_legend(n)
        mx, my = self._subset(ds.X_train, ds.y_train, MAX_MAP_POINTS)
        self.maps.set_points(mx, [class_color(c) for c in my])
        self.image.clear()
        self._dirty = True   # drawn with the next snapshot

    @staticmethod
    def _subset(X: np.ndarray, y: np.ndarray, limit: int = MAX_POINTS):
        if len(X) <= limit:
            return X, y
        idx = np.sort(np.random.default_rng(0).choice(len(X), limit, replace=False))
        return X[idx], y[idx]

    def _update_legend(self, n_train: int) -> None:
        ds = self.session.dataset
        dots = [f"<span style='color:{class_color(k).name()}; font-size:14pt'>●</span>&nbsp;{html.escape(name)}"
                for k, name in enumerate(class_names(ds))]
        self.legend_label.setText(texts.legend_html(dots, n_train, MAX_POINTS))

    @Slot()
    def _on_network_changed(self) -> None:
        spec = self.session.spec
        hidden = list(spec.layer_sizes[1:-1]) if self.available else []
        features = ", ".join(self.session.input_names[2:]) if spec.input_features else ""
        no_hidden = arg(self.tr("This network has no hidden layer: its output neuron draws a straight line in its "
                                "inputs, but with %1 among them that line is a curve in this plane."), features)
        self.maps.set_layers(hidden, list(spec.activations[:-1]) if self.available else [],
                             no_hidden if features else None)
        self._boundary = None
        snap = self.session.display
        if snap is not None:
            self._on_snapshot(snap)

    # ---- drawing ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if not self.available or snap.boundary is None:
            return
        self.request_redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_splitter()

    def redraw(self) -> None:
        snap = self.session.display
        if not self.available or snap is None or snap.boundary is None or snap.network_id != self.session.network_id:
            return
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
        self.request_redraw()

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
        cls, _cert = predicted_classes(out[None, :])
        return texts.answer_text(plane_axis_names(ds.feature_names), x, y, out, int(cls[0]), class_names(ds))

    def _on_hover(self, scene_pos) -> None:
        p = view_point(self.plot, scene_pos)
        text = self.text_at(p.x(), p.y()) if p is not None else None
        self.hover_label.setText(text or texts.hover_hint())

    # ---- the plot menu -------------------------------------------------------------------------
    def reset_view(self) -> None:
        if self._bounds is not None:
            x0, x1, y0, y1 = self._bounds
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)

    def plotted_data(self):
        """(header, rows) of the drawn grid: x, y and the network's outputs at each cell."""
        bv = self._boundary
        if bv is None:
            return None
        ds = self.session.dataset
        ax, ay = plane_axis_names(ds.feature_names)
        out = bv.outputs
        k = out.shape[-1]
        names = class_names(ds)
        if k == 1:
            outs = [texts.probability_header(names[1] if len(names) > 1 else "1")]
        else:
            outs = [texts.probability_header(names[c]) if c < len(names) else output_name(c, k) for c in range(k)]
        cls, _ = predicted_classes(out)
        yy, xx = np.meshgrid(bv.ys, bv.xs, indexing="ij")
        rows = zip(xx.ravel().tolist(), yy.ravel().tolist(), *out.reshape(-1, k).T.tolist(),
                   [names[c] if c < len(names) else str(c) for c in cls.ravel().tolist()])
        return [ax, ay, *outs, texts.class_header()], rows

    def maps_data(self):
        """(header, rows): x, y and every drawn hidden neuron's output at each cell of the grid."""
        bv = self._boundary
        tiles = self.maps.tiles()
        if bv is None or not tiles:
            return None
        ax, ay = plane_axis_names(self.session.dataset.feature_names)
        cols = []
        for (_h, _w, _g, layer_tiles), H in zip(self.maps.layers, bv.hidden):
            cols.extend(H[:len(layer_tiles)].reshape(len(layer_tiles), -1))
        yy, xx = np.meshgrid(bv.ys, bv.xs, indexing="ij")
        rows = zip(xx.ravel().tolist(), yy.ravel().tolist(), *[c.tolist() for c in cols])
        return [ax, ay, *[t.name for t in tiles]], rows

    # ---- for tests and tools ---------------------------------------------------------------------
    def image_array(self) -> np.ndarray | None:
        """The main map's RGB picture (res, res, 3) uint8: row i = ys[i] (bottom row first)."""
        return self.image.image

    def scene_pos_of(self, x: float, y: float) -> QPointF:
        return self.plot.getViewBox().mapViewToScene(QPointF(x, y))
