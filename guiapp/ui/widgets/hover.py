"""Hover read-outs for pyqtgraph views: "what is under the mouse" in one place.

    self.hover = HoverTracker(self.plot_widget, self._on_hover)

    def _on_hover(self, scene_pos):          # a QPointF in scene coordinates, or None: the mouse left
        p = view_point(self.plot, scene_pos)  # data coordinates of that plot, or None outside it
        self.hover_label.setText(self.text_at(p.x(), p.y()) if p is not None else HINT)

pyqtgraph reports moves (``scene.sigMouseMoved``, rate-limited by pyqtgraph) but not the mouse
leaving the view; the tracker adds that from the viewport's Leave event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF

__all__ = ["HoverTracker", "view_point"]


class HoverTracker(QObject):
    """Calls ``callback(scene_pos)`` while the mouse moves over ``view`` (a pyqtgraph GraphicsView)
    and ``callback(None)`` when it leaves."""

    def __init__(self, view, callback):
        super().__init__(view)
        self._callback = callback
        view.scene().sigMouseMoved.connect(self._on_moved)
        view.viewport().installEventFilter(self)

    def _on_moved(self, scene_pos) -> None:
        self._callback(scene_pos)

    def eventFilter(self, obj, event) -> bool:
        callback = getattr(self, "_callback", None)   # (None while Qt takes a dying window apart)
        if event.type() == QEvent.Type.Leave and callback is not None:
            callback(None)
        return False


def view_point(plot, scene_pos) -> QPointF | None:
    """``scene_pos`` in the data coordinates of ``plot`` (a PlotItem or ViewBox), or None when it
    is outside the plot's data area (or the plot is not in a scene)."""
    if scene_pos is None:
        return None
    vb = plot.getViewBox() if hasattr(plot, "getViewBox") else plot
    if vb.scene() is None or not vb.isVisible() or not vb.sceneBoundingRect().contains(scene_pos):
        return None
    return vb.mapSceneToView(scene_pos)
