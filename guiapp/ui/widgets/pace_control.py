"""The pace control: how many epochs a second training goes (``guiapp.state.pace``), in the
training toolbar as "Pace: 30 epochs/s ▾" (a list of the paces), with Faster / Slower actions
(Ctrl+] and Ctrl+[, in the Training menu).

The session holds the pace (``Session.pace``, ``pace_changed``); the controller hands it to the
worker at once, so a new pace applies from the next epoch, also while training runs. The toolbar
button takes no focus from a click: Space still starts and pauses training.

Plain actions, no widget of our own in the toolbar: a widget placed in a toolbar (a QWidgetAction)
crashed PySide 6.11 when the garbage collector deleted a closed window (QWidgetAction::releaseWidget
during ~QToolBar reached a screen that was gone).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from ...state.pace import PACES, faster, slower
from ..i18n.formatting import arg

FASTER_KEY = "Ctrl+]"
SLOWER_KEY = "Ctrl+["


def _key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class PaceControl(QObject):
    """The toolbar's pace button with its list (``button``, ``menu``, ``choices``: one checkable
    action per pace of PACES), and the Faster / Slower actions."""

    def __init__(self, session, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.menu = QMenu(parent)
        self.menu.setObjectName("paceMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: list[QAction] = []
        for i, pace in enumerate(PACES):
            action = QAction(self.pace_text(pace), self)
            action.setObjectName(f"pace{i}Action")
            action.setCheckable(True)
            action.setData(i)                          # index into PACES (None has no QVariant)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.choices.append(action)
        self.group.triggered.connect(self._on_chosen)
        self.action = QAction(self)
        self.action.setObjectName("paceAction")
        self.action.setMenu(self.menu)
        self.action.setToolTip(arg(self.tr("How many epochs a second training goes. A slow pace lets you watch the "
                                           "boundary, the weights and the loss change epoch by epoch; full speed "
                                           "trains as fast as the computer can. Changes apply at once, also while "
                                           "training (%1 slower, %2 faster)."),
                                   _key_text(SLOWER_KEY), _key_text(FASTER_KEY)))
        self.button: QToolButton | None = None
        self.faster_action = self._action("fasterAction", self.tr("&Faster"), self.tr("Train more epochs a second"),
                                          FASTER_KEY, self.faster)
        self.slower_action = self._action("slowerAction", self.tr("S&lower"), self.tr("Train fewer epochs a second"),
                                          SLOWER_KEY, self.slower)
        session.pace_changed.connect(self._sync)
        self._sync()

    def add_to(self, toolbar: QToolBar) -> None:
        """Put the pace button in ``toolbar`` (a button the toolbar makes for the action)."""
        toolbar.addAction(self.action)
        self.button = toolbar.widgetForAction(self.action)
        self.button.setObjectName("paceButton")
        self.button.setAccessibleName(self.tr("Training pace"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click leaves the focus: Space still trains

    def pace_text(self, pace: float | None) -> str:
        """"30 epochs/s" or "Full speed"."""
        if pace is None:
            return self.tr("Full speed")
        return self.tr("%n epoch(s)/s", "", int(round(pace)))

    def _action(self, name: str, text: str, tip: str, key: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(arg(self.tr("%1 (%2)"), tip, _key_text(key)))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.faster_action, self.slower_action]

    # ---- session <-> actions -------------------------------------------------------------------------
    @Slot()
    def _sync(self) -> None:
        pace = self.session.pace
        if pace in PACES:
            index = PACES.index(pace)
        else:   # a pace not in the list (set elsewhere): the nearest one
            index = min((abs(p - pace), i) for i, p in enumerate(PACES) if p is not None)[1]
        self.choices[index].setChecked(True)
        self.action.setText(arg(self.tr("Pace: %1"), self.pace_text(pace) if pace in PACES
                                else self.pace_text(PACES[index])))
        self.faster_action.setEnabled(pace is not None)
        self.slower_action.setEnabled(pace is None or pace > PACES[0])

    def current_text(self) -> str:
        """The pace shown: the checked entry's text."""
        return next(a.text() for a in self.choices if a.isChecked())

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        self.session.set_pace(PACES[int(action.data())])

    @Slot()
    def faster(self) -> None:
        self.session.set_pace(faster(self.session.pace))

    @Slot()
    def slower(self) -> None:
        self.session.set_pace(slower(self.session.pace))
