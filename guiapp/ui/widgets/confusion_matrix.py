"""A confusion matrix as a heatmap: rows are the true classes, columns the network's guesses.

Painted by hand (k² rectangles and numbers: cheap, and the labels can turn sideways when long
class names like "T-shirt/top" do not fit under narrow columns). Right answers (the diagonal) are
tinted green, mistakes red; a cell's strength is its share of the true class's row, so a few
mistakes in a class of hundreds still show. Counts are written in the cells for up to 10 classes.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n.formatting import arg, format_int

#: Counts are written in the cells up to this many classes.
MAX_CLASSES_WITH_COUNTS = 10

RIGHT = QColor(22, 163, 74)
WRONG = QColor(220, 38, 38)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def _readable_on(c: QColor) -> QColor:
    """Black or white, whichever reads better on ``c``."""
    lum = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return QColor(20, 20, 20) if lum > 0.5 else QColor(250, 250, 250)


class ConfusionMatrixView(QWidget):
    """Shows a (k, k) count matrix. ``hovered(text)`` tells what the cell under the mouse means
    ("true 4, predicted 9: 37 digits"), or "" when the mouse leaves the cells."""

    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setAccessibleName(self.tr("Confusion matrix"))
        self.setAccessibleDescription(self.tr("Rows are the true classes, columns what the network guessed"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self._names: tuple[str, ...] = ()
        self._kind = "digits"
        self._matrix: np.ndarray | None = None
        self._hover: tuple[int, int] | None = None
        self._geom = None

    # ---- data ----------------------------------------------------------------------------------
    def set_classes(self, names, kind: str = "digits") -> None:
        """Class names for the axes, and what the test samples are: "digits", "images" or "samples"."""
        self._names = tuple(str(n) for n in names)
        self._kind = kind
        self._matrix = None
        self._geom = None
        self.update()

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        """The counts (k, k), rows true, columns predicted; None shows an empty grid."""
        if matrix is not None:
            matrix = np.array(matrix, dtype=np.int64)
            if matrix.shape != (len(self._names), len(self._names)):
                raise ValueError(f"a {len(self._names)}-class matrix was expected, got shape {matrix.shape}")
        self._matrix = matrix
        if self._hover is not None:
            self.hovered.emit(self.describe(*self._hover))
        self.update()

    def matrix(self) -> np.ndarray | None:
        return None if self._matrix is None else self._matrix.copy()

    def class_names(self) -> tuple[str, ...]:
        return self._names

    def shows_counts(self) -> bool:
        return len(self._names) <= MAX_CLASSES_WITH_COUNTS

    def cell_text(self, i: int, j: int) -> str:
        """The number written in cell (true i, predicted j), "" if none is written."""
        if self._matrix is None or not self.shows_counts():
            return ""
        return format_int(int(self._matrix[i, j]))

    def describe(self, i: int, j: int) -> str:
        """What cell (true i, predicted j) means, in words."""
        if self._matrix is None:
            return arg(self.tr("true %1, predicted %2: no results yet"), self._names[i], self._names[j])
        n = int(self._matrix[i, j])
        if self._kind == "digits":
            text = self.tr("true %1, predicted %2: %Ln digit(s)", "", n)
        elif self._kind == "images":
            text = self.tr("true %1, predicted %2: %Ln image(s)", "", n)
        else:
            text = self.tr("true %1, predicted %2: %Ln sample(s)", "", n)
        return arg(text, self._names[i], self._names[j])

    def visible_texts(self) -> list[tuple[str, str]]:
        """The words the matrix paints (for the English-leak check)."""
        return [("axis", self.tr("predicted")), ("axis", self.tr("true class")),
                ("empty", self.tr("No results yet"))]

    # ---- geometry ------------------------------------------------------------------------------
    def _label_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        return f

    def _layout(self):
        """(left, top, cell, vertical_col_labels, row_label_w, col_label_h) for the current size."""
        if self._geom is not None and self._geom[0] == (self.width(), self.height()):
            return self._geom[1]
        k = max(1, len(self._names))
        fm = QFontMetrics(self._label_font())
        title_h = fm.height() + 2
        widest = max((fm.horizontalAdvance(n) for n in self._names), default=0)
        row_w = min(widest, int(0.35 * self.width())) + 6
        left_space = title_h + row_w
        # column labels: across if they fit under a column, else turned sideways
        bottom_across = fm.height() + 4 + title_h
        cell = min((self.width() - left_space - 4) / k, (self.height() - bottom_across - 4) / k)
        vertical = widest + 4 > cell
        col_h = fm.height() + 4
        if vertical:
            col_h = min(widest, int(0.3 * self.height())) + 6
            cell = min((self.width() - left_space - 4) / k, (self.height() - col_h - title_h - 4) / k)
        cell = max(4.0, cell)
        grid_w = cell * k
        used_w = left_space + grid_w
        left = max(0.0, (self.width() - used_w) / 2.0) + left_space
        used_h = grid_w + col_h + title_h
        top = max(2.0, (self.height() - used_h) / 2.0)
        geom = (left, top, cell, vertical, row_w, col_h)
        self._geom = ((self.width(), self.height()), geom)
        return geom

    def resizeEvent(self, event) -> None:
        self._geom = None
        super().resizeEvent(event)

    def cell_rect(self, i: int, j: int) -> QRectF:
        left, top, cell, *_ = self._layout()
        return QRectF(left + j * cell, top + i * cell, cell, cell)

    def cell_center(self, i: int, j: int) -> QPointF:
        return self.cell_rect(i, j).center()

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        k = len(self._names)
        if k == 0:
            return None
        left, top, cell, *_ = self._layout()
        j = math.floor((pos.x() - left) / cell)
        i = math.floor((pos.y() - top) / cell)
        if 0 <= i < k and 0 <= j < k:
            return int(i), int(j)
        return None

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    # ---- mouse -----------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if cell != self._hover:
            self._hover = cell
            text = self.describe(*cell) if cell is not None else ""
            self.hovered.emit(text)
            self.update()
            if text and QToolTip.isVisible():  # a tooltip already showing follows the mouse
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            cell = self.cell_at(e.pos())
            if cell is not None:
                QToolTip.showText(e.globalPos(), self.describe(*cell), self)
                return True
        return super().event(e)  # elsewhere: the widget's own tooltip, how to read the matrix

    def leaveEvent(self, event) -> None:
        if self._hover is not None:
            self._hover = None
            self.hovered.emit("")
            self.update()
        super().leaveEvent(event)

    # ---- painting ----------------------------------------------------------------------------------
    def cell_color(self, i: int, j: int) -> QColor:
        base = self.palette().color(QPalette.ColorRole.Base)
        if self._matrix is None:
            return base
        n = self._matrix[i, j]
        total = self._matrix[i].sum()
        if n == 0 or total == 0:
            return base
        share = n / total
        if i == j:
            return _mix(base, RIGHT, 0.15 + 0.85 * share)
        return _mix(base, WRONG, 0.12 + 0.88 * math.sqrt(share))

    def paintEvent(self, event) -> None:
        k = len(self._names)
        if k == 0:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        left, top, cell, vertical, row_w, col_h = self._layout()
        pal = self.palette()
        text_color = pal.color(QPalette.ColorRole.Text)
        window_text = pal.color(QPalette.ColorRole.WindowText)
        grid_pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        label_font = self._label_font()
        fm = QFontMetrics(label_font)

        # cells
        count_font = QFont(self.font())
        count_font.setPointSizeF(max(6.0, min(count_font.pointSizeF(), cell * 0.28)))
        cfm = QFontMetrics(count_font)
        p.setFont(count_font)
        for i in range(k):
            for j in range(k):
                r = self.cell_rect(i, j)
                color = self.cell_color(i, j)
                p.fillRect(r, color)
                text = self.cell_text(i, j)
                if text and cfm.horizontalAdvance(text) <= cell - 2 and cfm.height() <= cell:
                    if text == "0":
                        faded = QColor(_readable_on(color))
                        faded.setAlpha(90)
                        p.setPen(faded)
                    else:
                        p.setPen(_readable_on(color))
                    p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(grid_pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(left, top, cell * k, cell * k))
        if cell >= 8:
            for t in range(1, k):
                p.drawLine(QPointF(left + t * cell, top), QPointF(left + t * cell, top + k * cell))
                p.drawLine(QPointF(left, top + t * cell), QPointF(left + k * cell, top + t * cell))
        if self._hover is not None:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(self.cell_rect(*self._hover).adjusted(1, 1, -1, -1))

        # labels (thinned out when there are more classes than room)
        p.setFont(label_font)
        p.setPen(window_text)
        step = max(1, math.ceil(fm.height() / max(cell, 1)))
        for i in range(0, k, step):
            r = self.cell_rect(i, 0)
            name = fm.elidedText(self._names[i], Qt.TextElideMode.ElideRight, row_w - 6)
            p.drawText(QRectF(left - row_w, r.top(), row_w - 4, cell),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        bottom = top + k * cell
        for j in range(0, k, step):
            r = self.cell_rect(0, j)
            if vertical:
                name = fm.elidedText(self._names[j], Qt.TextElideMode.ElideRight, col_h - 6)
                p.save()
                p.translate(r.center().x(), bottom + 3)
                p.rotate(-90)
                p.drawText(QRectF(-(col_h - 3), -cell / 2, col_h - 3, cell),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
                p.restore()
            else:
                p.drawText(QRectF(r.left() - 10, bottom + 2, cell + 20, fm.height() + 2),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._names[j])

        # axis titles
        title_font = QFont(label_font)
        title_font.setItalic(True)
        p.setFont(title_font)
        quiet = QColor(window_text)
        quiet.setAlpha(170)
        p.setPen(quiet)
        p.drawText(QRectF(left, bottom + col_h, k * cell, fm.height() + 2),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("predicted"))
        p.save()
        p.translate(left - row_w - 2, top + k * cell / 2)
        p.rotate(-90)
        p.drawText(QRectF(-k * cell / 2, -fm.height() - 2, k * cell, fm.height() + 2),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.tr("true class"))
        p.restore()

        if self._matrix is None:
            p.setPen(text_color)
            p.setFont(self.font())
            p.drawText(QRectF(left, top, k * cell, k * cell), Qt.AlignmentFlag.AlignCenter
                       | Qt.TextFlag.TextWordWrap, self.tr("No results yet"))
        p.end()
