"""Picking the example the backprop view follows, where the example lives, and marking it there
(``session.select_example`` / ``example_selected``; one small helper per place, so the panels that
hold the data only add a line):

- ``TablePicker``: a row of the Data panel's table (truth tables, CSV rows); the row stays selected
  (and ↑/↓ move to the next row).
- ``PlanePicker``: a click on the decision-boundary plot picks the nearest training (or shown test)
  point within ``PICK_PX`` pixels, else the clicked spot itself (no label); a ring marks it.
- ``GalleryPicker``: a click on a test image of the Test results gallery; the gallery frames it.
- ``DrawingPicker``: a button under the canvas follows the drawing; while it is the example, every
  finished stroke follows it again, and a frame around "as the network sees it" marks it.

The marks follow ``example_selected`` (and a new network, which forgets the example).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from ...state.example_ref import DRAWING, PLANE_POINT, TEST_DIGIT, TRUTH_TABLE, ExampleRef
from ..i18n.context import TrContext

ExamplePickers = TrContext("ExamplePickers")

#: The mark of the picked example, in every place (the backprop diagram's accent).
HIGHLIGHT = QColor("#f59e0b")
#: A click this close (px) to a data point picks that point.
PICK_PX = 12.0


class _SessionFollower(QObject):
    def __init__(self, session, parent: QObject):
        super().__init__(parent)
        self.session = session
        # bound methods, not lambdas: Qt drops them with this object (a window rebuilt for another
        # language must not leave the old one's pickers connected)
        session.example_selected.connect(self._on_example)
        session.network_changed.connect(self._on_network_changed)

    @Slot(object)
    def _on_example(self, example) -> None:
        self.show_example(example)

    @Slot()
    def _on_network_changed(self) -> None:
        self.show_example(self.session.example)

    def show_example(self, example) -> None:   # subclasses mark it
        pass


class TablePicker(_SessionFollower):
    """Rows of ``table`` (the Data panel's preview, rows = training rows in order) pick the example."""

    def __init__(self, table, session):
        super().__init__(session, table)
        self.table = table
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.itemSelectionChanged.connect(self._on_selection)
        self._syncing = False

    @Slot()
    def _on_selection(self) -> None:
        if self._syncing:
            return
        rows = {i.row() for i in self.table.selectedIndexes()}
        ds = self.session.dataset
        if len(rows) != 1 or ds.kind not in ("logic", "table"):
            return
        r = rows.pop()
        if r < ds.n_train:
            self.session.select_example(ExampleRef(TRUTH_TABLE, r, ds.X_train[r], int(ds.y_train[r]), "train"))

    def show_example(self, example) -> None:
        self._syncing = True
        try:
            if example is not None and example.source == TRUTH_TABLE and 0 <= example.index < self.table.rowCount():
                self.table.selectRow(example.index)
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False

    def selected_row(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return rows.pop() if len(rows) == 1 else None


class PlanePicker(_SessionFollower):
    """Clicks on ``plot`` (a PlotItem over the input plane) pick a point; ``test_shown()`` says
    whether the test points are drawn (then they can be picked too)."""

    def __init__(self, plot_widget, plot, session, test_shown=lambda: False):
        super().__init__(session, plot_widget)
        self.plot = plot
        self.test_shown = test_shown
        self.marker = pg.ScatterPlotItem(symbol="o", size=24, pen=pg.mkPen(HIGHLIGHT, width=3.5), brush=None)
        self.marker.setZValue(30)
        self.marker.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        plot.addItem(self.marker)
        plot_widget.scene().sigMouseClicked.connect(self._on_click)

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self.session.dataset.is_2d:
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        self.pick_at(float(p.x()), float(p.y()))
        ev.accept()

    def pick_at(self, x: float, y: float) -> ExampleRef:
        """Pick the data point nearest to (x, y) in the plot (within PICK_PX), else the spot itself."""
        ds = self.session.dataset
        sx, sy = self.plot.getViewBox().viewPixelSize()
        sx, sy = float(sx) or 1.0, float(sy) or 1.0
        best = None
        sets = [("train", ds.X_train, ds.y_train)]
        same = ds.kind == "logic" or (ds.X_test.shape == ds.X_train.shape and np.array_equal(ds.X_test, ds.X_train))
        if self.test_shown() and not same and ds.n_test:
            sets.append(("test", ds.X_test, ds.y_test))
        for split, X, labels in sets:
            if not len(X):
                continue
            d = np.hypot((X[:, 0] - x) / sx, (X[:, 1] - y) / sy)
            k = int(np.argmin(d))
            if d[k] <= PICK_PX and (best is None or d[k] < best[0]):
                best = (float(d[k]), split, k, X[k], int(labels[k]))
        source = TRUTH_TABLE if ds.kind == "logic" else PLANE_POINT
        if best is not None:
            _, split, k, xk, label = best
            ref = ExampleRef(source, k, xk, label, split)
        else:
            ref = ExampleRef(PLANE_POINT, -1, [x, y], None, "")
        self.session.select_example(ref)
        return ref

    def show_example(self, example) -> None:
        if example is not None and example.source in (PLANE_POINT, TRUTH_TABLE) and example.x.size == 2 \
                and self.session.dataset.is_2d:
            self.marker.setData(pos=example.x.reshape(1, 2))
            self.marker.setVisible(True)
        else:
            self.marker.setData(pos=np.zeros((0, 2)))
            self.marker.setVisible(False)


class GalleryPicker(_SessionFollower):
    """A click on a gallery image (``gallery.clicked(i)``) picks test image ``gallery_rows()[i]``."""

    def __init__(self, gallery, session, gallery_rows):
        super().__init__(session, gallery)
        self.gallery = gallery
        self.gallery_rows = gallery_rows
        gallery.clicked.connect(self._on_clicked)

    @Slot(int)
    def _on_clicked(self, i: int) -> None:
        ds = self.session.dataset
        rows = self.gallery_rows()
        if rows is None or not 0 <= i < len(rows):
            return
        r = int(rows[i])
        self.session.select_example(ExampleRef(TEST_DIGIT, r, ds.X_test[r], int(ds.y_test[r]), "test"))

    def show_example(self, example) -> None:
        index = None
        if example is not None and example.source == TEST_DIGIT:
            rows = self.gallery_rows()
            hits = np.nonzero(np.asarray(rows) == example.index)[0] if rows is not None else []
            index = int(hits[0]) if len(hits) else None
        self.gallery.set_selected(index)


class DrawingPicker(_SessionFollower):
    """The "Follow in Backpropagation" button of the Draw panel. ``drawing()`` gives the drawing as
    the network sees it (784 values); ``preview`` is the PixelView that shows it (framed while it is
    the example)."""

    def __init__(self, session, drawing, preview: QWidget, canvas, parent: QWidget):
        super().__init__(session, parent)
        self.drawing = drawing
        self.button = QPushButton(ExamplePickers.tr("Follow in Backpropagation"))
        self.button.setObjectName("followDrawingButton")
        self.button.setAccessibleName(ExamplePickers.tr("Follow the drawing in the Backpropagation panel"))
        self.button.setToolTip(ExamplePickers.tr("Follow this drawing through the network, forward and back, in "
                                                 "the Backpropagation panel"))
        self.button.setCheckable(True)
        self.button.clicked.connect(self.follow)
        self.preview = preview
        canvas.stroke_finished.connect(self._on_stroke)
        canvas.cleared.connect(self._on_stroke)

    def _ref(self) -> ExampleRef:
        return ExampleRef(DRAWING, -1, np.asarray(self.drawing(), dtype=np.float64).reshape(-1), None, "")

    @Slot()
    def follow(self) -> None:
        self.session.select_example(self._ref())
        self.show_example(self.session.example)

    @Slot()
    def _on_stroke(self) -> None:
        ex = self.session.example
        if ex is not None and ex.source == DRAWING:
            self.session.select_example(self._ref())

    def show_example(self, example) -> None:
        on = example is not None and example.source == DRAWING
        self.button.setChecked(on)
        self.preview.set_highlight(HIGHLIGHT if on else None)
