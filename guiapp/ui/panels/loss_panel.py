"""Loss and accuracy: training and test curves against the epoch, live while training runs.

Redraws are throttled to about 20 a second and read ``History.column(...)`` views (no copies of
the history per frame); the curves are made once and downsampled ("peak") to the pixels on screen,
so hundreds of thousands of epochs stay smooth. Hovering shows the numbers of the nearest epoch.

The x axis follows the training: the panel sets it from the epochs themselves (from the epoch before
the first to the last, at least ``MIN_X_SPAN`` wide) rather than leaving it to pyqtgraph's auto range.
That auto range measures the *downsampled* curve, whose downsampling depends on the current view:
after a long run (a view thousands of epochs wide) two new epochs were downsampled to nothing, so
there was nothing to fit and the view never came back. A student's pan or zoom stops the following
until the history is cleared (new data, new network, reset), the plot's "A" button, or "Reset view"
in the plot's right-click menu (:mod:`..widgets.plot_menu`, which also saves the curves' numbers).
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout

from ..widgets.hover import HoverTracker, view_point
from ..widgets.plot_menu import PlotMenu
from ..widgets.plot_percent_axis import PercentAxis
from . import loss_texts
from .base import DockPanel

#: Redraw at most this often while epochs pour in (milliseconds): about 20 a second.
REDRAW_MS = 50
#: With a huge history a redraw costs more (pyqtgraph scans the arrays for their bounds and
#: downsamples them): wait at least this many times the last redraw's cost, so drawing never
#: takes more than about a quarter of the GUI thread's time.
REDRAW_COST_FACTOR = 3.0

#: Above this many epochs the curves are drawn without antialiasing (a dense, noisy antialiased path
#: costs 10x more to paint). Pens stay 1 px wide: wider pens are 50x slower on dense curves.
ANTIALIAS_MAX_POINTS = 50_000

#: The x axis spans at least this many epochs, so the first epochs (even a single one) sit on a
#: sensible axis from 0 instead of a zero-wide or stale range.
MIN_X_SPAN = 10
#: With this many epochs or fewer each epoch is also marked with a dot: one epoch is a single
#: point, which a line alone does not draw (MNIST takes a while per epoch).
SYMBOL_MAX_POINTS = 30

TRAIN_COLOR = "#3b82f6"
TEST_COLOR = "#f97316"
PENALTY_COLOR = "#8b5cf6"


class LossPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("LossPanel", "Loss and accuracy")
    DOCK_NAME = "lossDock"
    OBJECT_NAME = "lossPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._has_test = False
        self._test_checked = 0  # history rows already looked at for test values
        self._has_penalty = False  # some epoch had an L1/L2 penalty: draw it beside the data loss
        self._penalty_checked = 0
        self._horizontal: bool | None = None
        self._hover_epoch: int | None = None
        self._antialias = True
        self._redraw_seconds = 0.0
        self._follow = True  # the x axis follows the epochs (until the student pans or zooms)
        self._symbols = False

        # ---- controls ----
        self.choice_combo = QComboBox()
        self.choice_combo.setObjectName("plotChoiceCombo")
        self.choice_combo.setAccessibleName(self.tr("Curves to show"))
        self.choice_combo.setToolTip(self.tr("Show the loss, the accuracy, or both"))
        for key, text in loss_texts.plot_choices():
            self.choice_combo.addItem(text, key)
        self.choice_combo.currentIndexChanged.connect(self._arrange)
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setAccessibleName(self.tr("Logarithmic loss axis"))
        self.log_check.setToolTip(self.tr("Draw the loss on a logarithmic axis: small losses late in training "
                                          "stay visible (each grid line is ten times smaller)"))
        self.log_check.toggled.connect(self._on_log_toggled)
        self.hover_label = QLabel()
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setAccessibleName(self.tr("Values at the epoch under the mouse"))
        self.hover_label.setToolTip(self.tr("Loss and accuracy at the epoch under the mouse (the latest epoch "
                                            "otherwise)"))
        # one line whose text never resizes the plots below it (hover text changes with every move)
        self.hover_label.setWordWrap(False)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hover_label.setMinimumWidth(120)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.choice_combo)
        controls.addWidget(self.log_check)
        controls.addSpacing(8)
        controls.addStretch(1)

        # ---- plots (made once) ----
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("lossPlot")
        self.plot_widget.setAccessibleName(self.tr("Loss and accuracy plot"))
        self.plot_widget.setToolTip("")
        self.loss_plot = pg.PlotItem()
        self.acc_plot = pg.PlotItem(axisItems={"left": PercentAxis("left")})
        self.acc_plot.setXLink(self.loss_plot)
        self.loss_plot.setLabel("left", loss_texts.name("loss"))
        self.acc_plot.setLabel("left", loss_texts.name("accuracy"))
        for plot in (self.loss_plot, self.acc_plot):
            plot.setLabel("bottom", loss_texts.name("epoch"))
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False, False)  # the app's own menu instead (PlotMenu below)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.getViewBox().setMouseEnabled(x=True, y=False)
            for axis in ("left", "bottom"):  # "loss (x0.001)" puzzles students: plain numbers
                plot.getAxis(axis).enableAutoSIPrefix(False)
                # Grid lines at the labelled ticks only: the minor-tick grid made each repaint
                # ~3x slower (10 ms vs 3 ms here), time the GUI thread holds while MNIST trains.
                plot.getAxis(axis).setStyle(maxTickLevel=0)
        for plot in (self.loss_plot, self.acc_plot):
            vb = plot.getViewBox()
            vb.enableAutoRange(axis="x", enable=False)  # the panel sets x itself (see the module notes)
            vb.sigRangeChangedManually.connect(self._on_user_range)
            vb.sigStateChanged.connect(self._on_view_state)
        self.loss_plot.setXRange(0, MIN_X_SPAN, padding=0.02)
        self.acc_plot.setYRange(0, 1, padding=0.06)  # room for the 0% and 100% labels
        self.acc_plot.getViewBox().enableAutoRange(axis="y", enable=False)
        self.acc_plot.getViewBox().setLimits(yMin=-0.1, yMax=1.1)

        train_pen = pg.mkPen(TRAIN_COLOR, width=1)
        test_pen = pg.mkPen(TEST_COLOR, width=1)
        # The training curve is the data loss: the L1/L2 penalty is not in it, and is drawn as its own curve.
        self.train_loss_curve = self._curve(self.loss_plot, train_pen, loss_texts.name("train data loss"), finite=True)
        self.test_loss_curve = self._curve(self.loss_plot, test_pen, loss_texts.name("test loss"), finite=False)
        self.train_acc_curve = self._curve(self.acc_plot, train_pen, loss_texts.name("train accuracy"), finite=True)
        self.test_acc_curve = self._curve(self.acc_plot, test_pen, loss_texts.name("test accuracy"), finite=False)
        self.penalty_curve = self._curve(self.loss_plot, pg.mkPen(PENALTY_COLOR, width=1),
                                         loss_texts.name("penalty"), finite=False)
        self.penalty_curve.setToolTip(loss_texts.penalty_tip())
        # legends on a see-through patch of the plot's own background, so curves under them stay readable
        base = QColor(self.palette().color(QPalette.ColorRole.Base))
        base.setAlpha(200)
        legend_style = {"brush": pg.mkBrush(base), "pen": pg.mkPen(self.palette().color(QPalette.ColorRole.Mid))}
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10), **legend_style)
        self.acc_legend = self.acc_plot.addLegend(offset=(-10, -10), **legend_style)
        self.loss_legend.addItem(self.train_loss_curve, loss_texts.name("train data loss"))
        self.acc_legend.addItem(self.train_acc_curve, loss_texts.name("train accuracy"))

        hover_pen = pg.mkPen(self.palette().color(self.foregroundRole()), width=1, style=Qt.PenStyle.DotLine)
        self.hover_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=hover_pen)
            line.setZValue(20)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.hover_lines.append(line)
        self.hover = HoverTracker(self.plot_widget, self._on_hover)
        self.plot_menu = PlotMenu(self.plot_widget, "loss", data=self.plotted_data, reset=self.reset_view)

        self.empty_label = QLabel(loss_texts.empty_text())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAccessibleName(self.tr("No training yet"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.setObjectName("lossStack")
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.plot_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.hover_label)   # its own line: the values of both sets fit in any language
        layout.addWidget(self.stack, 1)
        self.setMinimumHeight(160)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.request_redraw)

        session.history_changed.connect(self._schedule)
        session.network_changed.connect(self._on_network_changed)
        self._arrange()
        self.redraw()

    def _curve(self, plot, pen, name, finite: bool) -> pg.PlotDataItem:
        # autoDownsampleFactor 1: one min/max pair per pixel column ("peak" keeps spikes visible)
        curve = pg.PlotDataItem(pen=pen, name=name, connect="all" if finite else "finite",
                                autoDownsampleFactor=1.0)
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        curve.setSkipFiniteCheck(finite)
        curve.setSymbolSize(5)
        curve.setSymbolPen(pen)
        curve.setSymbolBrush(pen.color())
        plot.addItem(curve)
        return curve

    # ---- layout ----------------------------------------------------------------------------------
    def choice(self) -> str:
        return self.choice_combo.currentData()

    @Slot()
    def _arrange(self, *_) -> None:
        """Place the plots: side by side in a wide, low dock, one above the other otherwise."""
        horizontal = self.width() >= 1.6 * max(self.height(), 1)
        ci = self.plot_widget.ci
        choice = self.choice()
        wanted = [p for p, key in ((self.loss_plot, "loss"), (self.acc_plot, "accuracy")) if choice in (key, "both")]
        current = list(ci.items.keys())
        if current == wanted and (len(wanted) < 2 or horizontal == self._horizontal):
            return
        self._horizontal = horizontal
        for item in current:
            ci.removeItem(item)
        for i, plot in enumerate(wanted):
            ci.addItem(plot, row=0 if horizontal else i, col=i if horizontal else 0)
        if len(wanted) == 2:
            # the loss gets more room when stacked
            ci.layout.setRowStretchFactor(0, 1 if horizontal else 3)
            ci.layout.setRowStretchFactor(1, 0 if horizontal else 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ---- data ------------------------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        self._dirty = True
        if self._hover_epoch is None:
            self._show_values(None)  # "Latest: epoch N" at once, like the status bar; curves throttled
        if len(self.session.history) == 0:
            self.request_redraw()  # a cleared history shows at once
        elif not self._timer.isActive():
            self._timer.start(max(REDRAW_MS, int(REDRAW_COST_FACTOR * 1000 * self._redraw_seconds)))

    @Slot()
    def _on_network_changed(self) -> None:
        self._has_test = False
        self._test_checked = 0
        self._has_penalty = False
        self._penalty_checked = 0
        self._hover_epoch = None
        self._follow = True
        # a fresh start for the loss axis too: the old one may be far off (a single new point keeps
        # the height of the range it lands in)
        self.loss_plot.getViewBox().setRange(yRange=(0, 1), padding=0.0, disableAutoRange=False)
        self.loss_plot.getViewBox().enableAutoRange(axis="y")
        self.request_redraw()

    def redraw(self) -> None:
        t0 = time.perf_counter()
        self._draw()
        self._redraw_seconds = time.perf_counter() - t0

    def _draw(self) -> None:
        h = self.session.history
        if len(h) == 0:
            for curve in (self.train_loss_curve, self.test_loss_curve, self.train_acc_curve, self.test_acc_curve,
                          self.penalty_curve):
                curve.setData([], [])
            self._set_has_test(False)
            self._test_checked = 0
            self._set_has_penalty(False)
            self._penalty_checked = 0
            for line in self.hover_lines:
                line.hide()
            self.stack.setCurrentWidget(self.empty_label)
            self.hover_label.setText(self.tr("No epochs yet"))
            self._follow = True
            self._show_epochs(0, 0)
            return
        epochs = h.column("epoch")
        if self._follow:  # before setData: the curves are downsampled for the new range
            self._show_epochs(float(epochs[0]), float(epochs[-1]))
        symbols = len(h) <= SYMBOL_MAX_POINTS
        if symbols != self._symbols:
            self._symbols = symbols
            for curve in (self.train_loss_curve, self.test_loss_curve, self.train_acc_curve, self.test_acc_curve,
                          self.penalty_curve):
                curve.setSymbol("o" if symbols else None)
        antialias = len(h) <= ANTIALIAS_MAX_POINTS
        if antialias != self._antialias:
            self._antialias = antialias
            for curve in (self.train_loss_curve, self.test_loss_curve, self.train_acc_curve, self.test_acc_curve,
                          self.penalty_curve):
                curve.opts["antialias"] = antialias  # read by setData below
        if not self._has_test:
            # look only at the rows added since the last look for a measured test loss
            new = h.column("test_loss")[min(self._test_checked, len(h)):]
            self._test_checked = len(h)
            if len(new) and np.isfinite(new).any():
                self._set_has_test(True)
        if not self._has_penalty:
            new = h.column("penalty")[min(self._penalty_checked, len(h)):]
            self._penalty_checked = len(h)
            if len(new) and (new > 0).any():
                self._set_has_penalty(True)
        if self._has_penalty:
            self.penalty_curve.setData(epochs, h.column("penalty"))
        self.train_loss_curve.setData(epochs, h.column("train_loss"))
        self.train_acc_curve.setData(epochs, h.column("train_acc"))
        if self._has_test:
            self.test_loss_curve.setData(epochs, h.column("test_loss"))
            self.test_acc_curve.setData(epochs, h.column("test_acc"))
        self.stack.setCurrentWidget(self.plot_widget)
        self._show_values(self._hover_epoch)

    # ---- the x range ------------------------------------------------------------------------------
    def _show_epochs(self, first: float, last: float) -> None:
        """Show epochs ``first`` .. ``last``: from the epoch before the first, at least MIN_X_SPAN wide."""
        x0 = first - 1 if first >= 1 else 0.0
        x1 = max(last, x0 + MIN_X_SPAN)
        # one plot leads, the other follows through the x link (a plot out of the layout cannot)
        plot = self.loss_plot if self.loss_plot.scene() is not None else self.acc_plot
        plot.getViewBox().setRange(xRange=(x0, x1), padding=0.02)  # also turns pyqtgraph's x auto range off

    @Slot(object)
    def _on_user_range(self, *_) -> None:
        """The student panned or zoomed: keep their view while epochs come in."""
        self._follow = False

    @Slot(object)
    def _on_view_state(self, vb) -> None:
        # the plot's "A" button (or its menu's x "Auto"): follow the epochs again
        if vb.autoRangeEnabled()[0]:
            self._follow_again()

    @Slot()
    def _follow_again(self) -> None:
        self._follow = True
        h = self.session.history
        if len(h):
            epochs = h.column("epoch")
            self._show_epochs(float(epochs[0]), float(epochs[-1]))
        else:
            self._show_epochs(0, 0)

    def _set_has_test(self, has: bool) -> None:
        if has == self._has_test and has:
            return
        self._has_test = has
        self.loss_legend.removeItem(self.test_loss_curve)
        self.acc_legend.removeItem(self.test_acc_curve)
        if has:
            self.loss_legend.addItem(self.test_loss_curve, loss_texts.name("test loss"))
            self.acc_legend.addItem(self.test_acc_curve, loss_texts.name("test accuracy"))
        else:
            self.test_loss_curve.setData([], [])
            self.test_acc_curve.setData([], [])

    def _set_has_penalty(self, has: bool) -> None:
        if has == self._has_penalty and has:
            return
        self._has_penalty = has
        self.loss_legend.removeItem(self.penalty_curve)
        if has:
            self.loss_legend.addItem(self.penalty_curve, loss_texts.name("penalty"))
        else:
            self.penalty_curve.setData([], [])

    @Slot(bool)
    def _on_log_toggled(self, on: bool) -> None:
        # log10 of a loss of exactly 0 is -inf: let pyqtgraph check for it in log mode
        self.train_loss_curve.setSkipFiniteCheck(not on)
        self.loss_plot.setLogMode(x=False, y=on)
        self.loss_plot.getViewBox().enableAutoRange(axis="y")

    # ---- hover -----------------------------------------------------------------------------------
    def index_of_epoch(self, x: float) -> int | None:
        """Row of the history nearest to epoch ``x`` (epochs run 1, 2, 3, ...: an index, not a scan)."""
        h = self.session.history
        n = len(h)
        if n == 0 or not math.isfinite(x):
            return None
        epochs = h.column("epoch")
        first = epochs[0]
        i = int(round(x - first))
        i = min(max(i, 0), n - 1)
        if epochs[i] != first + i:  # not consecutive (never expected): binary search instead
            i = int(np.clip(np.searchsorted(epochs, x), 0, n - 1))
            if i > 0 and abs(epochs[i - 1] - x) < abs(epochs[i] - x):
                i -= 1
        return i

    def _on_hover(self, scene_pos) -> None:
        for plot in (self.loss_plot, self.acc_plot):
            p = view_point(plot, scene_pos)
            if p is not None:
                self.hover_at(p.x())
                return
        self.hover_at(None)

    def hover_at(self, x: float | None) -> None:
        """Show the line and the values at epoch ``x`` (None: hide the line, show the latest epoch)."""
        i = self.index_of_epoch(x) if x is not None else None
        if i is None:
            self._hover_epoch = None
            for line in self.hover_lines:
                line.hide()
            self._show_values(None)
            return
        epoch = int(self.session.history.column("epoch")[i])
        self._hover_epoch = epoch
        for line in self.hover_lines:
            line.setPos(epoch)
            line.show()
        self._show_values(epoch)

    def _show_values(self, epoch: int | None) -> None:
        h = self.session.history
        if len(h) == 0:
            return
        i = self.index_of_epoch(epoch) if epoch is not None else len(h) - 1  # the last: session.epoch
        ep = int(h.column("epoch")[i])
        tl, ta = float(h.column("train_loss")[i]), float(h.column("train_acc")[i])
        vl, va = float(h.column("test_loss")[i]), float(h.column("test_acc")[i])
        pen = float(h.column("penalty")[i])
        self.hover_label.setText(loss_texts.values_text(ep, epoch is None, tl, ta, vl, va, pen))

    # ---- the plot menu -------------------------------------------------------------------------
    def reset_view(self) -> None:
        """Follow the epochs again and fit the losses (undo a zoom or pan)."""
        self.loss_plot.getViewBox().enableAutoRange(axis="y")
        self._follow_again()

    def plotted_data(self):
        """(header, rows): the plotted numbers, one row per epoch (empty cells: not measured)."""
        h = self.session.history
        if len(h) == 0:
            return None
        names = loss_texts.csv_header()
        columns = [h.column(name) for name in names]
        return list(names), zip(columns[0].astype(np.int64).tolist(), *[c.tolist() for c in columns[1:]])

    # ---- for tests and tools ---------------------------------------------------------------------
    def scene_pos_of(self, plot, epoch: float, y: float = 0.5) -> QPointF:
        """The scene position of the data point (epoch, y) in ``plot``."""
        return plot.vb.mapViewToScene(QPointF(epoch, y))
