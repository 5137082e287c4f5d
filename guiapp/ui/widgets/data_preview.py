"""Previews of a data set for the Data panel: a truth table / table of rows, a scatter plot of 2-D
points (click to add or erase points in edit mode), and a grid of images with their labels.

Each preview is built once and refilled when the data changes (never per training snapshot).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..i18n.formatting import arg, format_number
from .colormaps import CLASS_COLORS  # one colour per class, the same in every panel


def class_color(label: int) -> QColor:
    return QColor(CLASS_COLORS[int(label) % len(CLASS_COLORS)])


def class_icon(label: int, size: int = 12) -> QIcon:
    """A filled square in the class's colour, for combo boxes and legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(class_color(label))
    return QIcon(pixmap)


def _text_color(widget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Text)


# ---------------------------------------------------------------------------------------------
class TablePreview(QTableWidget):
    """Rows of a data set: inputs, then the target (truth tables) or the label (CSV tables)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dataTable")
        self.setAccessibleName(self.tr("Data rows"))
        self.setToolTip(self.tr("The examples the network learns from: the input columns and the answer it should "
                                "give"))
        self.setProperty("i18nExempt", "items")   # the headers are the data's own column names
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(22)
        # Tab moves on to the next control (it would otherwise walk every cell: a trap for the keyboard)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_dataset(self, ds, max_rows: int = 200) -> int:
        """Fill with the training rows of ``ds`` (at most ``max_rows``); returns the rows shown."""
        logic = ds.kind == "logic"
        X, y = ds.X_train[:max_rows], ds.y_train[:max_rows]
        features = list(ds.feature_names) or [f"x{i + 1}" for i in range(ds.n_features)]
        if len(features) > 30:  # very wide tables: the first columns are enough for a preview
            features, X = features[:30], X[:, :30]
        headers = features + [self.tr("target") if logic else self.tr("label")]
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(X))
        self.setHorizontalHeaderLabels(headers)
        align = Qt.AlignmentFlag.AlignCenter
        for r in range(len(X)):
            for c, v in enumerate(X[r]):
                item = QTableWidgetItem(format_number(v) if logic else format_number(v, significant=4))
                item.setTextAlignment(align)
                self.setItem(r, c, item)
            item = QTableWidgetItem(ds.class_names[int(y[r])])
            item.setTextAlignment(align)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.setItem(r, len(headers) - 1, item)
        if len(X) <= 40:  # fits: no empty area below the last row
            self.setMaximumHeight(self.horizontalHeader().height() + self.verticalHeader().length()
                                  + 2 * self.frameWidth() + 2)
        else:
            self.setMaximumHeight(16777215)
        return len(X)


# ---------------------------------------------------------------------------------------------
class ScatterPreview(pg.PlotWidget):
    """2-D points coloured by class: filled dots for training points, rings for test points.

    In edit mode a click emits ``point_clicked(x, y, erase)`` in data coordinates: left click
    adds (``erase`` False); right click or Shift+click erases (``erase`` True). Panning is off while
    editing so clicks are only for points. The axes are named by the Data panel (the data's feature
    names); pyqtgraph's own menu is off (the app's plot menu replaces it, and is off while editing).
    """

    point_clicked = Signal(float, float, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scatterPlot")
        self.setAccessibleName(self.tr("Scatter plot of the data"))
        self.setToolTip(self.tr("The data points; colour = class. Filled dots: training points; rings: test points"))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        item = self.getPlotItem()
        item.setLabel("bottom", "x1")
        item.setLabel("left", "x2")
        item.showGrid(x=True, y=True, alpha=0.15)
        item.hideButtons()
        item.setMenuEnabled(False)
        self.vb = item.vb
        self.vb.setAspectLocked(True)
        self.train_item = pg.ScatterPlotItem(symbol="o", size=7, pxMode=True)
        self.test_item = pg.ScatterPlotItem(symbol="o", size=8, pxMode=True, brush=None)
        for it in (self.train_item, self.test_item):
            it.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the editor, not the dots
            item.addItem(it)
        self._brushes = [pg.mkBrush(c) for c in CLASS_COLORS]
        self._edge_pen = pg.mkPen(QColor(0, 0, 0, 90), width=0.8)
        self._ring_pens = [pg.mkPen(c, width=1.8) for c in CLASS_COLORS]
        self.editing = False
        self.scene().sigMouseClicked.connect(self._on_click)

    def show_points(self, X_train, y_train, X_test=None, y_test=None) -> None:
        self._shown = (X_train, y_train, X_test, y_test)
        nb = len(self._brushes)
        self.train_item.setData(x=np.asarray(X_train[:, 0]), y=np.asarray(X_train[:, 1]),
                                brush=[self._brushes[int(c) % nb] for c in y_train], pen=self._edge_pen)
        if X_test is None or len(X_test) == 0:
            self.test_item.setData(x=[], y=[])
        else:
            self.test_item.setData(x=np.asarray(X_test[:, 0]), y=np.asarray(X_test[:, 1]), brush=None,
                                   pen=[self._ring_pens[int(c) % nb] for c in y_test])

    def fit_range(self, X) -> None:
        """Show at least [-1.2, 1.2]² (where toy data lives), more if points lie outside."""
        lo, hi = -1.2, 1.2
        if len(X):
            lo = min(lo, float(np.min(X)) - 0.1)
            hi = max(hi, float(np.max(X)) + 0.1)
        self.vb.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0)

    def plotted_data(self):
        """(header, rows) of the points shown: both inputs (named as the axes), the class, train or test."""
        X, y, Xt, yt = getattr(self, "_shown", (None, None, None, None))
        if X is None:
            return None
        item = self.getPlotItem()
        header = [item.getAxis("bottom").labelText, item.getAxis("left").labelText, self.tr("class"), self.tr("set")]
        train, test = self.tr("train", "the training set"), self.tr("test", "the test set")
        rows = [(float(a), float(b), int(c), train) for (a, b), c in zip(X, y)]
        if Xt is not None:
            rows += [(float(a), float(b), int(c), test) for (a, b), c in zip(Xt, yt)]
        return header, rows

    def point_count(self) -> tuple[int, int]:
        """(training dots, test rings) on screen."""
        return len(self.train_item.data), len(self.test_item.data)

    def set_editing(self, on: bool) -> None:
        self.editing = bool(on)
        self.vb.setMouseEnabled(not on, not on)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def data_per_pixel(self) -> tuple[float, float]:
        sx, sy = self.vb.viewPixelSize()
        return float(sx) or 1.0, float(sy) or 1.0

    def _on_click(self, ev) -> None:
        if not self.editing:
            return
        pos = ev.scenePos()
        if not self.vb.sceneBoundingRect().contains(pos):
            return
        p = self.vb.mapSceneToView(pos)
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() == Qt.MouseButton.LeftButton:
            erase = shift
        elif ev.button() == Qt.MouseButton.RightButton:
            erase = True
        else:
            return
        ev.accept()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.point_clicked.emit(float(p.x()), float(p.y()), erase)


# ---------------------------------------------------------------------------------------------
class ImageGrid(pg.GraphicsLayoutWidget):
    """The first images of a data set in one mosaic (a single ImageItem), each with its label
    (digit or class name) underneath. Long class names (Fashion-MNIST) get fewer, wider cells."""

    COLUMNS, ROWS = 6, 4           # short labels (digits)
    WIDE_COLUMNS, WIDE_ROWS = 4, 3  # long labels ("Ankle boot")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("imageGrid")
        self.setAccessibleName(self.tr("Example images with their labels"))
        self.setToolTip(self.tr("The first training images and the label each one carries"))
        self.vb = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.vb.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.vb.addItem(self.image)
        self.texts: list[pg.TextItem] = []
        self._shown = 0
        self.columns, self.rows = self.COLUMNS, self.ROWS

    @property
    def capacity(self) -> int:
        return self.columns * self.rows

    def show_images(self, X, y, image_shape, class_names) -> int:
        """Show up to ``capacity`` images (rows of X reshaped to ``image_shape``); returns how many."""
        h, w = image_shape
        wide = max((len(str(c)) for c in class_names), default=1) > 3
        self.columns, self.rows = (self.WIDE_COLUMNS, self.WIDE_ROWS) if wide else (self.COLUMNS, self.ROWS)
        n = min(len(X), self.capacity)
        gap = w // 2 if wide else max(2, w // 14)
        strip = max(8, int(round(h * 0.45)))  # room for the label under each image
        cw, ch = w + gap, h + strip
        rows = max(1, -(-n // self.columns))
        mosaic = np.zeros((rows * ch, self.columns * cw, 4), dtype=np.uint8)
        tiles = np.clip(np.asarray(X[:n], dtype=np.float32).reshape(n, h, w) * 255.0, 0, 255).astype(np.uint8)
        color = _text_color(self)
        while len(self.texts) < n:
            t = pg.TextItem(anchor=(0.5, 0.0))
            self.vb.addItem(t)
            self.texts.append(t)
        for i in range(n):
            r, c = divmod(i, self.columns)
            y0, x0 = r * ch, c * cw + gap // 2
            mosaic[y0:y0 + h, x0:x0 + w, :3] = tiles[i][:, :, None]
            mosaic[y0:y0 + h, x0:x0 + w, 3] = 255
            t = self.texts[i]
            t.setColor(color)
            t.setText(str(class_names[int(y[i])]))
            t.setPos(x0 + w / 2, y0 + h)
            t.setVisible(True)
        for t in self.texts[n:]:
            t.setVisible(False)
        self.image.setImage(np.ascontiguousarray(mosaic), levels=(0, 255))
        self.image.setRect(QRectF(0, 0, mosaic.shape[1], mosaic.shape[0]))
        self.vb.setRange(xRange=(0, mosaic.shape[1]), yRange=(0, mosaic.shape[0]), padding=0.02)
        self._shown = n
        self._data = (np.asarray(X[:n]).reshape(n, -1), y, class_names)
        return n

    def plotted_data(self):
        """(header, rows): each image shown, its label and its pixels (0..1, row by row)."""
        if not self._shown:
            return None
        X, y, names = self._data
        pixel = self.tr("pixel %1")
        header = [self.tr("image"), self.tr("label"), *[arg(pixel, str(k + 1)) for k in range(X.shape[1])]]
        return header, [(i + 1, str(names[int(y[i])]), *X[i].tolist()) for i in range(self._shown)]

    def labels(self) -> list[str]:
        """The labels on screen, in reading order."""
        return [t.toPlainText() for t in self.texts[: self._shown]]
