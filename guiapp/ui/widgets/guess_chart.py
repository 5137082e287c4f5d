"""The network's answer for one drawing as a bar chart: one bar per class, the top one highlighted,
its value written beside each bar (a percentage for probabilities, the raw output otherwise)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette

from ..i18n.formatting import format_number, format_percent


class _ShareAxis(pg.AxisItem):
    """Ticks 0..1 as 0%..100%."""

    def tickStrings(self, values, scale, spacing):
        return [format_percent(v * scale, decimals=0) for v in values]


class GuessChart(pg.PlotWidget):
    """Bars for the classes (:meth:`set_classes`), lengths from :meth:`show_outputs`."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": _ShareAxis("bottom")})
        self.setObjectName("probabilityChart")
        self.setAccessibleName(self.tr("The network's probability for each class"))
        self.setToolTip(self.tr("How likely the network thinks each class is (its softmax outputs add up to "
                                "100%). The highlighted bar is its guess."))
        self.setMinimumSize(160, 140)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.getAxis("left").setStyle(tickLength=0)
        self.bars = pg.BarGraphItem(x0=np.zeros(0), y=np.zeros(0), height=0.72, width=np.zeros(0))
        plot.addItem(self.bars)
        self.plot = plot
        self.class_names: tuple[str, ...] = ()
        self.values: np.ndarray | None = None     # what the bars show (None: nothing guessed)
        self.probabilities = True
        self._text_items: list[pg.TextItem] = []

    def sizeHint(self) -> QSize:
        return QSize(300, 220)   # a modest size (pyqtgraph's default hint is 640x480)

    def set_classes(self, names) -> None:
        names = tuple(names)
        if names == self.class_names:
            return
        self.class_names = names
        k = len(names)
        self.plot.getAxis("left").setTicks([[(i, name) for i, name in enumerate(names)]])
        for item in self._text_items:
            self.plot.removeItem(item)
        self._text_items = []
        for i in range(k):
            text = pg.TextItem("", anchor=(0, 0.5), color=self.palette().color(QPalette.ColorRole.Text))
            text.setPos(0, i)
            self.plot.addItem(text)
            self._text_items.append(text)
        self.bars.setOpts(x0=np.zeros(k), y=np.arange(k, dtype=float), width=np.zeros(k), height=0.72)
        self.plot.setYRange(-0.6, k - 0.4, padding=0)
        self.plot.setXRange(0, 1.18, padding=0)
        self.values = None

    def show_outputs(self, out: np.ndarray | None, probabilities: bool = True) -> None:
        """One value per class (None: empty bars); ``probabilities``: they add up to 1."""
        k = len(self.class_names)
        self.probabilities = probabilities
        self.values = None if out is None else np.array(out, dtype=float)
        values = np.zeros(k) if out is None else np.asarray(out, dtype=float)
        top = int(np.argmax(values)) if out is not None else -1
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        muted = QColor(pal.color(QPalette.ColorRole.Text))
        muted.setAlpha(90)
        brushes = [pg.mkBrush(accent if i == top else muted) for i in range(k)]
        shown = np.clip(values, 0.0, None) if probabilities else values
        self.bars.setOpts(width=shown, brushes=brushes, pen=pg.mkPen(None))
        for i, item in enumerate(self._text_items):
            if out is None:
                item.setText("")
                continue
            v = values[i]
            item.setText(format_percent(v, decimals=0) if probabilities else format_number(v, decimals=2))
            item.setColor(accent if i == top else pal.color(QPalette.ColorRole.Text))
            item.setPos(max(float(shown[i]), 0.0) + 0.01, i)
        if probabilities or out is None:
            self.plot.setXRange(0, 1.18, padding=0)
        else:
            lo, hi = min(0.0, float(values.min())), max(1.0, float(values.max()))
            self.plot.setXRange(lo, hi + 0.18 * (hi - lo), padding=0)

    def plotted_data(self):
        """(header, rows): each class and its bar's value (None while nothing is guessed)."""
        if self.values is None:
            return None
        head = self.tr("probability") if self.probabilities else self.tr("output")
        return [self.tr("class"), head], [(name, float(v)) for name, v in zip(self.class_names, self.values)]

    def top_class(self) -> str | None:
        """The name of the highlighted class (None while nothing is guessed)."""
        return None if self.values is None else self.class_names[int(np.argmax(self.values))]

    def bar_values(self) -> np.ndarray:
        """The bar lengths shown now."""
        return np.asarray(self.bars.opts["width"], dtype=float).copy()

    def bar_labels(self) -> list[str]:
        """The class names on the axis."""
        ticks = self.plot.getAxis("left")._tickLevels
        return [name for _, name in ticks[0]] if ticks else []
