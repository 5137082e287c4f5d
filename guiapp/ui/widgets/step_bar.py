"""The backprop view's step bar: ⏮ ◀ Back · "Step 4 of 7: Loss" · Next ▶ ⏭, and the keys that move
through the steps (← / →, Home / End) wherever the keyboard focus is inside ``host``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget


class StepBar(QWidget):
    first = Signal()
    back = Signal()
    forward = Signal()
    last = Signal()

    def __init__(self, host: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backpropStepBar")
        SP = QStyle.StandardPixmap
        self.first_button = self._button(QToolButton, "backpropFirstButton", "", self.tr("First step (Home)"),
                                         self.first)
        self.first_button.setIcon(self.style().standardIcon(SP.SP_MediaSkipBackward))
        self.back_button = self._button(QPushButton, "backpropBackButton", self.tr("◀ Back"),
                                        self.tr("Previous step (←)"), self.back)
        self.next_button = self._button(QPushButton, "backpropNextButton", self.tr("Next ▶"),
                                        self.tr("Next step (→)"), self.forward)
        self.last_button = self._button(QToolButton, "backpropLastButton", "", self.tr("Last step (End)"), self.last)
        self.last_button.setIcon(self.style().standardIcon(SP.SP_MediaSkipForward))
        self.label = QLabel()
        self.label.setObjectName("backpropStepLabel")
        self.label.setAccessibleName(self.tr("Current step"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.first_button, self.back_button, self.label, self.next_button, self.last_button):
            row.addWidget(w)
        row.setStretch(2, 1)
        for key, signal in ((Qt.Key.Key_Right, self.forward), (Qt.Key.Key_Left, self.back),
                            (Qt.Key.Key_Home, self.first), (Qt.Key.Key_End, self.last)):
            shortcut = QShortcut(QKeySequence(key), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal)

    @staticmethod
    def _button(cls, name: str, text: str, tip: str, signal):
        b = cls()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(signal)
        return b

    def show_step(self, index: int, count: int, text: str) -> None:
        """Step ``index`` (0-based) of ``count`` with its ``text``; the buttons that lead nowhere off."""
        self.label.setText(text)
        self.first_button.setEnabled(index > 0)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.last_button.setEnabled(index < count - 1)
