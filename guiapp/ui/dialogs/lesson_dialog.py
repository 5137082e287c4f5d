"""File → Save as lesson…: what a teacher adds to the current work to make it a lesson.

A title and the instructions (Markdown) in English and in Russian (at least one text), the
panels the lesson shows (those on screen now are ticked) and the controls it locks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget)

from ...state.lesson import Lesson

#: Controls a lesson can lock: (objectName, what the teacher reads).
LOCKABLE = (
    ("dataPanel", QT_TRANSLATE_NOOP("LessonDialog", "The data picker (Data panel)")),
    ("networkPanel", QT_TRANSLATE_NOOP("LessonDialog", "The network designer (Network panel)")),
    ("trainingPanel", QT_TRANSLATE_NOOP("LessonDialog", "The training settings (Training panel)")),
)
LANGUAGE_NAMES = (("en", QT_TRANSLATE_NOOP("LessonDialog", "English")),
                  ("ru", QT_TRANSLATE_NOOP("LessonDialog", "Russian")))


class LessonDialog(QDialog):
    def __init__(self, window, current: Lesson | None = None):
        super().__init__(window)
        self.setObjectName("lessonDialog")
        self.setWindowTitle(self.tr("Save as lesson"))
        self.resize(640, 560)
        current = current or Lesson()
        self.titles: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        tabs = QTabWidget()
        tabs.setObjectName("lessonLanguageTabs")
        for code, name in LANGUAGE_NAMES:
            page = QWidget()
            form = QFormLayout(page)
            title = QLineEdit(current.title.get(code, ""))
            title.setObjectName(f"lessonTitle_{code}")
            title.setAccessibleName(self.tr("Lesson title"))
            text = QPlainTextEdit(current.text.get(code, ""))
            text.setObjectName(f"lessonText_{code}")
            text.setAccessibleName(self.tr("Lesson instructions (Markdown)"))
            text.setPlaceholderText(self.tr("Steps and questions for the student, in Markdown: # a heading, "
                                            "1. a step, **bold**"))
            text.textChanged.connect(self._sync_ok)
            form.addRow(self.tr("Title"), title)
            form.addRow(self.tr("Instructions"), text)
            self.titles[code], self.texts[code] = title, text
            tabs.addTab(page, QCoreApplication.translate("LessonDialog", name))

        panels = QGroupBox(self.tr("Panels the lesson shows"))
        grid = QGridLayout(panels)
        self.panel_checks: dict[str, QCheckBox] = {}
        docks = [(n, d) for n, d in window.docks.items()]
        for i, (name, dock) in enumerate(docks):
            check = QCheckBox(dock.windowTitle())
            check.setObjectName(f"lessonShow_{name}")
            check.setChecked(dock.isVisible())
            grid.addWidget(check, i // 3, i % 3)
            self.panel_checks[name] = check
        locks = QGroupBox(self.tr("Controls the lesson locks"))
        lock_layout = QVBoxLayout(locks)
        self.lock_checks: dict[str, QCheckBox] = {}
        for name, label in LOCKABLE:
            check = QCheckBox(QCoreApplication.translate("LessonDialog", label))
            check.setObjectName(f"lessonLock_{name}")
            check.setChecked(name in current.lock)
            lock_layout.addWidget(check)
            self.lock_checks[name] = check
        self.hint = QLabel(self.tr("Write the instructions in English, in Russian, or both: a student whose language "
                                   "is missing reads the other one."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("lessonDialogButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(panels)
        layout.addWidget(locks)
        layout.addWidget(self.buttons)
        self._sync_ok()

    @Slot()
    def _sync_ok(self) -> None:
        ok = any(t.toPlainText().strip() for t in self.texts.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def lesson(self) -> Lesson:
        shown = tuple(n for n, c in self.panel_checks.items() if c.isChecked() and n != "lessonDock")
        hidden = tuple(n for n, c in self.panel_checks.items() if not c.isChecked() and n != "lessonDock")
        return Lesson(title={k: w.text().strip() for k, w in self.titles.items() if w.text().strip()},
                      text={k: w.toPlainText() for k, w in self.texts.items() if w.toPlainText().strip()},
                      show=shown, hide=hidden, lock=tuple(n for n, c in self.lock_checks.items() if c.isChecked()))
