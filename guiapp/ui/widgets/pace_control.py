"""The pace control: how many epochs a second training goes (``guiapp.state.pace``), in the
training toolbar, with Faster / Slower actions (Ctrl+] and Ctrl+[, in the Training menu).

The session holds the pace (``Session.pace``, ``pace_changed``); the controller hands it to the
worker at once, so a new pace applies from the next epoch, also while training runs. A click on
the list leaves the keyboard focus where it was: Space still starts and pauses training.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...state.pace import PACES, faster, slower
from ..i18n.formatting import arg

FASTER_KEY = "Ctrl+]"
SLOWER_KEY = "Ctrl+["


class PaceControl(QWidget):
    """"Pace: [30 epochs/s ▾]" for the toolbar, and the Faster / Slower actions."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("paceControl")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(4)
        self.label = QLabel(self.tr("Pace:"))
        self.label.setObjectName("paceLabel")
        self.combo = QComboBox()
        self.combo.setObjectName("paceCombo")
        self.combo.setAccessibleName(self.tr("Training pace"))
        self.combo.setToolTip(arg(self.tr("How many epochs a second training goes. A slow pace lets you watch the "
                                          "boundary, the weights and the loss change epoch by epoch; full speed "
                                          "trains as fast as the computer can. Changes apply at once, also while "
                                          "training (%1 slower, %2 faster)."),
                                  QKeySequence(SLOWER_KEY).toString(QKeySequence.SequenceFormat.NativeText),
                                  QKeySequence(FASTER_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click leaves the focus: Space still trains
        for pace in PACES:
            self.combo.addItem(self.pace_text(pace))   # item i is PACES[i]
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_chosen)

        self.faster_action = self._action("fasterAction", self.tr("&Faster"), self.tr("Train more epochs a second"),
                                          FASTER_KEY, self.faster)
        self.slower_action = self._action("slowerAction", self.tr("S&lower"), self.tr("Train fewer epochs a second"),
                                          SLOWER_KEY, self.slower)
        session.pace_changed.connect(self._sync)
        self._sync()

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
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(arg(self.tr("%1 (%2)"), tip, shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.faster_action, self.slower_action]

    # ---- session <-> widget ------------------------------------------------------------------------
    @Slot()
    def _sync(self) -> None:
        pace = self.session.pace
        if pace in PACES:
            index = PACES.index(pace)
        else:   # a pace not in the list (set elsewhere): the nearest one
            index = min((abs(p - pace), i) for i, p in enumerate(PACES) if p is not None)[1]
        if index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        self.faster_action.setEnabled(pace is not None)
        self.slower_action.setEnabled(pace is None or pace > PACES[0])

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        if 0 <= index < len(PACES):
            self.session.set_pace(PACES[index])

    @Slot()
    def faster(self) -> None:
        self.session.set_pace(faster(self.session.pace))

    @Slot()
    def slower(self) -> None:
        self.session.set_pace(slower(self.session.pace))
