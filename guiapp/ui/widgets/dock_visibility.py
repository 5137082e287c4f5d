"""Is a panel really on screen? And a call when its dock comes to the front.

In Qt 6 a dock widget whose tab is not the current one stays ``isVisible()``: it is only moved off
screen. Views that skip work while hidden should therefore ask :func:`is_on_screen`, and catch up
when their dock's tab is picked with :class:`DockShownNotifier` (``showEvent`` alone is not called
then).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QDockWidget, QWidget

__all__ = ["DockShownNotifier", "is_on_screen"]


def is_on_screen(widget: QWidget) -> bool:
    """True when some of ``widget`` can be seen: shown, and not in a dock tab behind another."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class DockShownNotifier(QObject):
    """Calls ``callback()`` each time the QDockWidget holding ``widget`` becomes visible (shown, or
    its tab picked). Follows the widget when it is put into a dock after being made."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._dock: QDockWidget | None = None
        widget.installEventFilter(self)
        self._attach()

    def eventFilter(self, obj, event) -> bool:
        # (getattr: while a window is taken apart, Qt may call this after Python emptied the object)
        if event.type() == QEvent.Type.ParentChange and obj is getattr(self, "_widget", None):
            self._attach()
        return False

    def _attach(self) -> None:
        dock = self._widget.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is self._dock:
            return
        if self._dock is not None:
            try:
                self._dock.visibilityChanged.disconnect(self._on_visibility)
            except (RuntimeError, TypeError):
                pass
        self._dock = dock
        if dock is not None:
            dock.visibilityChanged.connect(self._on_visibility)

    @Slot(bool)
    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._callback()
