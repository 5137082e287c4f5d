"""The softmax Jacobian ∂p/∂z (k×k) as a heatmap: diverging colours centred on zero, a colour bar,
and the entry under the mouse with its formula (tutorial 4: ∂pᵢ/∂zₖ = pᵢ(δᵢₖ − pₖ)).

Row i (top to bottom) is the probability pᵢ, column k (left to right) the logit zₖ: the diagonal
pᵢ(1 − pᵢ) is positive (raising zᵢ raises pᵢ), everything else −pᵢpₖ is negative (raising
another logit takes probability away).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n.context import TrContext
from ..i18n.formatting import arg, format_number
from .colormaps import as_image, diverging_colormap, make_colorbar, symmetric_levels
from .plot_menu import PlotMenu
from .hover import HoverTracker, view_point

JacobianHeatmapText = TrContext("JacobianHeatmapText")


class JacobianHeatmap(QWidget):
    """``set_jacobian(J, p, names)`` shows J (k, k); ``entry_text(i, k)`` is what the hover line says."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.J: np.ndarray | None = None
        self.p: np.ndarray | None = None
        self.names: list[str] = []
        self.levels = (-0.25, 0.25)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("softmaxJacobianPlot")
        self.view.setAccessibleName(JacobianHeatmapText.tr("The softmax Jacobian ∂p/∂z as a heatmap"))
        self.view.setToolTip(JacobianHeatmapText.tr("Row i: the probability pᵢ; column k: the logit zₖ. Red: pᵢ grows "
                                                 "with zₖ; blue: it shrinks. Hover over a cell for its formula."))
        self.view.setBackground(None)
        self.view.setMinimumSize(220, 200)
        self.plot = pg.PlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)
        self.plot.getViewBox().setAspectLocked(True)
        self.plot.getViewBox().setDefaultPadding(0.0)
        self.plot.setTitle(JacobianHeatmapText.tr("∂p/∂z"), size="10pt")
        self.plot.getAxis("left").setLabel(JacobianHeatmapText.tr("probability pᵢ"))
        self.plot.getAxis("bottom").setLabel(JacobianHeatmapText.tr("logit zₖ"))
        cmap = diverging_colormap()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(cmap)
        self.plot.addItem(self.image)
        self.bar = make_colorbar(cmap, self.levels)
        self.view.addItem(self.plot, 0, 0)
        self.view.addItem(self.bar, 0, 1)
        self.hover_label = QLabel(JacobianHeatmapText.tr("Hover over a cell to see its formula."))
        self.hover_label.setObjectName("softmaxJacobianHoverLabel")
        self.hover_label.setAccessibleName(JacobianHeatmapText.tr("The Jacobian entry under the mouse"))
        self.hover_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hover_label)
        self.hover = HoverTracker(self.view, self._on_hover)
        self.plot_menu = PlotMenu(self.view, "softmax-jacobian", data=self.plotted_data)

    def plotted_data(self):
        """The Jacobian as a table: one row per probability pᵢ, one column per logit zₖ."""
        if self.J is None:
            return None
        names = self.names or [str(i) for i in range(len(self.J))]
        return (["p \\ z", *names], [[names[i], *map(float, row)] for i, row in enumerate(self.J)])

    def set_jacobian(self, J: np.ndarray, p: np.ndarray, names) -> None:
        """Show ``J`` (k, k) of the probabilities ``p`` (k,); ``names``: the k class names."""
        self.J, self.p, self.names = np.asarray(J, dtype=np.float64), np.asarray(p, dtype=np.float64), list(names)
        k = self.J.shape[0]
        lo, hi = symmetric_levels(self.J)
        self.levels = (lo, hi)
        self.image.setImage(as_image(self.J), levels=self.levels, autoLevels=False)
        self.bar.setLevels(self.levels, update_items=False)
        ticks = [(i + 0.5, str(n)) for i, n in enumerate(self.names)]
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.0)

    def clear(self) -> None:
        self.J = self.p = None
        self.image.clear()

    def entry_text(self, i: int, k: int) -> str:
        """"∂p₃/∂z₅ = −p₃·p₅ = −(0.41)·(0.02) = −0.0082" with the numbers put in."""
        f = lambda v: format_number(v, significant=3)  # noqa: E731
        pi, pk, v = self.p[i], self.p[k], self.J[i, k]
        if i == k:
            return arg(JacobianHeatmapText.tr("∂p%1/∂z%1 = p%1·(1 − p%1) = %2·(1 − %2) = %3"), self.names[i], f(pi), f(v))
        return arg(JacobianHeatmapText.tr("∂p%1/∂z%2 = −p%1·p%2 = −%3·%4 = %5"), self.names[i], self.names[k],
                   f(pi), f(pk), f(v))

    def _on_hover(self, scene_pos) -> None:
        p = view_point(self.plot, scene_pos)
        if self.J is None or p is None or not (math.isfinite(p.x()) and math.isfinite(p.y())):
            self.hover_label.setText(JacobianHeatmapText.tr("Hover over a cell to see its formula."))
            return
        k, i = int(p.x()), int(p.y())
        n = self.J.shape[0]
        if 0 <= i < n and 0 <= k < n:
            self.hover_label.setText(self.entry_text(i, k))
