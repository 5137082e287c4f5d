"""The Lesson panel: the instructions of the lesson that is open, beside the work (issue 11 §5).

Its title, the text (Markdown, in the UI's language, else the other one) in a QTextBrowser, and
"Close lesson". The panel only shows; ``guiapp.ui.lessons`` opens and closes lessons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget


class LessonPanel(QWidget):
    TITLE = QT_TRANSLATE_NOOP("LessonPanel", "Lesson")
    DOCK_NAME = "lessonDock"
    OBJECT_NAME = "lessonPanel"

    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.title_label = QLabel()
        self.title_label.setObjectName("lessonTitleLabel")
        self.title_label.setAccessibleName(self.tr("Lesson title"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("lessonTextView")
        self.text_view.setAccessibleName(self.tr("Lesson instructions"))
        self.text_view.setOpenExternalLinks(True)
        self.text_view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.close_button = QPushButton(self.tr("Close lesson"))
        self.close_button.setObjectName("closeLessonButton")
        self.close_button.setAccessibleName(self.tr("Close lesson"))
        self.close_button.setToolTip(self.tr("Close the lesson: its text goes and every control is unlocked; the "
                                             "work stays as it is"))
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)

    def show_text(self, title: str, markdown: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.text_view.setMarkdown(markdown)

    def text(self) -> str:
        """The text shown, as plain text (tests)."""
        return self.text_view.toPlainText()
