"""What every dock panel shares: its title and dock name, the session it shows, drawing only what
can be seen, and asking the user to confirm.

- ``TITLE`` is the dock's title, marked ``QT_TRANSLATE_NOOP("<the panel's class>", "Data")`` and
  shown translated by :meth:`DockPanel.title`; ``DOCK_NAME`` the dock's stable objectName,
  ``OBJECT_NAME`` the panel's own. The main window makes every panel with :meth:`DockPanel.create`; a panel receives
  the training controller only if it drives training (``create`` is overridden there).
- Redraw only when seen: a view calls :meth:`request_redraw` when its data changes and draws in
  :meth:`redraw`. While the panel is hidden, or its dock is a tab behind another, nothing is drawn;
  it catches up when it is shown or its tab is picked (:mod:`..widgets.dock_visibility`).
- Asking: :func:`confirm` (and :meth:`DockPanel.confirm`) is the one way a panel asks a yes/no
  question. The main window's ``ask`` answers it, so tests replace that one method; a widget
  outside the main window gets a plain message box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..widgets.dock_visibility import DockShownNotifier, is_on_screen

__all__ = ["DockPanel", "confirm", "question_box"]


def question_box(parent: QWidget | None, title: str, text: str) -> bool:
    """A modal Yes/No message box (No is the default); True for Yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm(widget: QWidget, title: str, text: str) -> bool:
    """Ask the user a yes/no question about ``widget``'s work; True for Yes.

    The nearest ancestor with an ``ask(title, text)`` method answers (the main window, also from a
    floating dock, whose ``window()`` is the dock itself); otherwise a message box does."""
    w = widget
    while w is not None:
        ask = getattr(w, "ask", None)
        if callable(ask):
            return bool(ask(title, text))
        w = w.parentWidget()
    return question_box(widget, title, text)


class DockPanel(QWidget):
    """The base of every panel in a dock. See the module notes."""

    TITLE = ""
    DOCK_NAME = ""
    OBJECT_NAME = ""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        if self.OBJECT_NAME:
            self.setObjectName(self.OBJECT_NAME)
        self._dirty = True
        self._dock_notifier = DockShownNotifier(self, self._catch_up)   # a dock tab picked

    @classmethod
    def title(cls) -> str:
        """The dock's title in the user's language (``TITLE`` translated in the class's context)."""
        return QCoreApplication.translate(cls.__name__, cls.TITLE)

    @classmethod
    def create(cls, session, controller, parent: QWidget | None = None) -> "DockPanel":
        """How the main window makes a panel. Panels that drive training override this to take
        the controller; the others only need the session."""
        return cls(session, parent)

    # ---- drawing only what can be seen ------------------------------------------------------------
    def redraw(self) -> None:
        """Draw the latest state (subclasses). Called only while the panel can be seen."""

    def is_shown(self) -> bool:
        """Can some of the panel be seen (not hidden, not in a dock tab behind another)?"""
        return is_on_screen(self)

    def request_redraw(self) -> None:
        """Something to draw has changed: draw now if the panel can be seen, else when it is shown."""
        self._dirty = True
        if self.is_shown():
            self._redraw_now()

    def is_dirty(self) -> bool:
        """Is there something the panel has not drawn yet?"""
        return self._dirty

    def _redraw_now(self) -> None:
        self._dirty = False
        self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._redraw_now()

    def _catch_up(self) -> None:
        """The dock came to the front: draw what arrived while it was behind another tab."""
        if self._dirty:
            self._redraw_now()

    # ---- asking --------------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask the user a yes/no question (see :func:`confirm`)."""
        return confirm(self, title, text)
