"""View → Language: System / English / Русский, one checked (an exclusive group).

Choosing another language emits ``language_chosen(choice)``; the main window passes it on to
whoever can rebuild it (``guiapp.app.WindowHost``). Language names are written in their own
language and never translated, so a student who lands in the wrong language still finds theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from .formatting import arg
from .translators import LANGUAGE_CHOICES, SYSTEM, current_choice, native_name, system_language


class LanguageMenu(QMenu):
    language_chosen = Signal(str)  # "system" | "en" | "ru"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setTitle(self.tr("&Language"))
        self.menuAction().setObjectName("languageMenuAction")
        self.menuAction().setToolTip(self.tr("The language of the menus, panels and messages"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice in LANGUAGE_CHOICES:
            if choice == SYSTEM:
                text = arg(self.tr("System (%1)"), native_name(system_language()))
                tip = self.tr("Use the language of this computer's settings")
            else:
                text = native_name(choice)
                tip = text
            action = QAction(text, self)
            action.setObjectName(f"language_{choice}_Action")
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setData(choice)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self.sync()
        self.group.triggered.connect(self._on_triggered)

    def sync(self) -> None:
        """Check the choice installed now."""
        action = self.actions_by_choice.get(current_choice(), self.actions_by_choice[SYSTEM])
        action.setChecked(True)

    @Slot(QAction)
    def _on_triggered(self, action: QAction) -> None:
        choice = action.data()
        if choice != current_choice():
            self.language_chosen.emit(choice)
