"""A strip at the top of the window that shows a message a user must see (an error, a warning)
until it is dismissed. Never a traceback dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "error": ("#fde7e9", "#8a1622", "#d13438"),
    "warning": ("#fff4ce", "#5c4400", "#c19c00"),
    "info": ("#e5f1fb", "#0b3d66", "#0078d4"),
}


class MessageBanner(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(self.tr("Message"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setObjectName("messageBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageBannerClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        bg, fg, border = _STYLES.get(level, _STYLES["info"])
        self.level = level
        self.setStyleSheet(
            f"#messageBanner {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#messageBannerText {{ color: {fg}; }}"
            f"#messageBannerClose {{ color: {fg}; }}"
        )
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
