"""Lessons in the window (issue 11 §5): Help → Lessons, File → Save as lesson…, the Lesson panel,
and Help → Tutorials → "XOR: the hidden layer as a feature transform" (§4).

A lesson file (``guiapp.state.lesson``) is a project with a lesson part. Opening one goes through
the project commands like any project (File → Open, Open Recent, a file given at start, Help →
Lessons): they open the project, and when the document's path becomes a lesson file this module
reads its lesson part and applies it: the Lesson panel with its text, the listed docks shown,
hidden or raised, a tutorial view opened with its preset, the listed controls disabled. The
document then forgets the path (Save asks for a new name: the lesson file stays as it was). Close
lesson, New project or opening another project unlocks everything.

The open lesson belongs to the session (a language switch rebuilds the window around it and the
new window shows the lesson again, in the new language).

    lessons = install(window)          # the one call the main window makes
    lessons.open_lesson(path)          # what Help → Lessons does
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QWidget

from ..resources import resource_path
from ..state.lesson import SUFFIX, Lesson, has_lesson, read_lesson, write_lesson
from .error_text import describe
from .i18n import current_language
from .i18n.formatting import arg
from .panels.lesson_panel import LessonPanel
from .tutorial_views import TUTORIAL_DOCKS, open_tutorial, place_dock


def builtin_lessons() -> list[Path]:
    """The lesson files under resources/lessons/, in the order of their names."""
    folder = resource_path("lessons")
    return sorted(folder.glob("*" + SUFFIX)) if folder.is_dir() else []


class Lessons(QObject):
    """The lesson commands of one main window (see the module notes)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.files = window.project_files
        self.document = self.files.document
        self._forgetting = False
        self._locked: list[QWidget] = []
        self.panel = LessonPanel()
        self.dock = QDockWidget(QCoreApplication.translate("LessonPanel", LessonPanel.TITLE), window)
        self.dock.setObjectName(LessonPanel.DOCK_NAME)
        self.dock.setWidget(self.panel)
        self.dock.toggleViewAction().setToolTip(self.tr("Show or hide the lesson's instructions"))
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.panel.close_requested.connect(self.close_lesson)
        self._make_actions()
        self.document.path_changed.connect(self._on_path_changed)
        if self.lesson is not None:  # a window rebuilt around a session with a lesson open
            self.apply_lesson(self.lesson)

    # ---- the lesson of the session ------------------------------------------------------------------
    @property
    def lesson(self) -> Lesson | None:
        return getattr(self.session, "_open_lesson", None)

    def _set_lesson(self, lesson: Lesson | None) -> None:
        self.session._open_lesson = lesson

    # ---- menus -------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window
        self.save_lesson_action = QAction(self.tr("Save as &lesson…"), w)
        self.save_lesson_action.setObjectName("saveLessonAction")
        tip = self.tr("Save the current work as a lesson: instructions beside it, panels shown, controls locked")
        self.save_lesson_action.setToolTip(tip)
        self.save_lesson_action.setStatusTip(tip)
        self.save_lesson_action.triggered.connect(self.save_as_lesson)
        self.close_lesson_action = QAction(self.tr("&Close lesson"), w)
        self.close_lesson_action.setObjectName("closeLessonAction")
        tip = self.tr("Close the lesson and unlock every control; the work stays")
        self.close_lesson_action.setToolTip(tip)
        self.close_lesson_action.setStatusTip(tip)
        self.close_lesson_action.triggered.connect(self.close_lesson)
        save_as = getattr(self.files, "save_as_action", None)
        menu = w.file_menu
        after = None
        if save_as is not None and save_as in menu.actions():
            actions = menu.actions()
            after = actions[actions.index(save_as) + 1] if actions.index(save_as) + 1 < len(actions) else None
        menu.insertActions(after, [self.save_lesson_action, self.close_lesson_action])

        self.menu = QMenu(self.tr("&Lessons"), w)
        self.menu.setObjectName("lessonsMenu")
        self.menu.setToolTipsVisible(True)
        for i, path in enumerate(builtin_lessons()):
            try:
                lesson = read_lesson(path)
            except ValueError:   # a damaged built-in file: left out of the menu, not the window's problem
                continue
            action = self.menu.addAction(lesson.title_for(current_language()) or path.stem)
            action.setObjectName(f"lesson{i + 1}Action")
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=str(path): self.open_lesson(p))
        tutorials = getattr(w, "tutorials_menu", None)
        anchor = tutorials.menuAction() if tutorials is not None else None
        if anchor is not None and anchor in w.help_menu.actions():
            w.help_menu.insertMenu(anchor, self.menu)
        else:
            w.help_menu.insertMenu(w.help_menu.actions()[0] if w.help_menu.actions() else None, self.menu)
        if tutorials is not None:
            xor = QAction(self.tr("XOR: the hidden layer as a feature transform"), w)
            xor.setObjectName("tutorialXorFeaturesAction")
            tip = self.tr("A network in one article: W = [[1, 1], [−0.5, −0.5]] moves XOR's four points where one "
                          "line separates them (Feature space panel)")
            xor.setToolTip(tip)
            xor.setStatusTip(tip)
            xor.triggered.connect(self.open_xor_features)
            tutorials.addAction(xor)
        self._sync_actions()

    def _sync_actions(self) -> None:
        self.close_lesson_action.setEnabled(self.lesson is not None)

    # ---- opening ------------------------------------------------------------------------------------
    def open_lesson(self, path: str) -> None:
        """Open the lesson ``path`` as File → Open would (asking first if training would be lost).
        A lesson part that cannot be read is said before anything changes."""
        try:
            read_lesson(path)
        except ValueError as exc:
            self.window.show_message("error", arg(self.tr("Could not open the lesson %1. %2 Nothing was changed."),
                                                  Path(path).name, describe(exc)))
            return
        self.files.open_path(path)

    @Slot(str)
    def _on_path_changed(self, path: str) -> None:
        if self._forgetting:
            return
        if path and has_lesson(path):
            try:
                lesson = read_lesson(path)
            except ValueError as exc:
                self.close_lesson()
                self.window.show_message("warning", arg(self.tr("The work of %1 was opened, but its lesson could "
                                                                "not be read. %2"), Path(path).name, describe(exc)))
            else:
                self.apply_lesson(lesson)
            self._forgetting = True   # Save must not write a plain project over the lesson file
            try:
                self.document.set_path("")
            finally:
                self._forgetting = False
        else:
            self.close_lesson()    # New project, or another project opened

    def apply_lesson(self, lesson: Lesson) -> None:
        """Show ``lesson``: its text, its docks, its view, its locks (any earlier lesson's locks go)."""
        self._unlock()
        self._set_lesson(lesson)
        docks = self.window.docks
        for name in lesson.hide:
            if name in docks:
                docks[name].hide()
        for name in lesson.show:
            if name in docks:
                if name in TUTORIAL_DOCKS:
                    place_dock(self.window, docks[name])
                docks[name].show()
        if lesson.open is not None and lesson.open[0] in docks:
            dock, preset = lesson.open
            try:
                open_tutorial(self.window, dock, preset)
            except ValueError:   # a preset this version does not know: the view opens as it is
                open_tutorial(self.window, dock)
        language = current_language()
        self.panel.show_text(lesson.title_for(language), lesson.text_for(language))
        self._place_dock()
        self.dock.show()
        self.dock.raise_()
        for name in lesson.front:
            if name in docks:
                docks[name].raise_()
        for name in lesson.lock:
            widget = self.window.findChild(QWidget, name)
            if widget is not None and widget is not self.panel and widget.isEnabled():
                widget.setEnabled(False)
                self._locked.append(widget)
        self._sync_actions()

    def _place_dock(self) -> None:
        """The first time: a tab in the left column beside Data and Network (the views keep their
        width on a small screen; Training stays in sight below). Moved or floated, it stays put."""
        w, dock = self.window, self.dock
        anchor = w.docks.get("networkDock") or w.docks.get("dataDock")
        if dock.isFloating() or w.tabifiedDockWidgets(dock) or anchor is None or anchor.isFloating():
            return
        w.tabifyDockWidget(anchor, dock)

    @Slot()
    def close_lesson(self) -> None:
        """Unlock every control the lesson locked and put its panel away; the work stays."""
        self._unlock()
        if self.lesson is not None:
            self._set_lesson(None)
            self.dock.hide()
        self._sync_actions()

    def _unlock(self) -> None:
        for widget in self._locked:
            try:
                widget.setEnabled(True)
            except RuntimeError:   # gone with its panel
                pass
        self._locked = []

    def locked(self) -> list[str]:
        """The objectNames of the controls the lesson locked (tests)."""
        return [w.objectName() for w in self._locked]

    # ---- the feature-transform preset (tutorial 5) ---------------------------------------------------------
    @Slot()
    def open_xor_features(self) -> None:
        """XOR, the 2-2-1 sigmoid network with the tutorial's hidden layer, in the Feature space panel."""
        self.files.maybe_save(lambda ok: ok and self._set_xor_features())

    def _set_xor_features(self) -> bool:
        from ..engine.specs import NetworkSpec
        from ..engine.xor_features import xor_feature_network
        from ..state.datasets import DEFAULT_DATASET, load_dataset

        net = xor_feature_network()
        self.window.controller.stop()
        self.session.set_dataset(load_dataset(DEFAULT_DATASET), DEFAULT_DATASET, use_preset=True)
        spec = NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid"))
        if not self.session.set_spec(spec, params=net.params):
            return False
        dock = self.window.docks.get("featureSpaceDock")
        if dock is not None:
            dock.show()
            dock.raise_()
        return True

    # ---- saving --------------------------------------------------------------------------------------
    @Slot()
    def save_as_lesson(self) -> None:
        lesson = self.ask_lesson()
        if lesson is None:
            return
        path = self.ask_lesson_path()
        if not path:
            return
        if Path(path).suffix.lower() != SUFFIX:
            path += SUFFIX
        self.save_lesson_to(path, lesson)

    def ask_lesson(self) -> Lesson | None:
        """The lesson dialog (tests replace this method)."""
        from .dialogs.lesson_dialog import LessonDialog

        dialog = LessonDialog(self.window, self.lesson)
        try:
            return dialog.lesson() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def ask_lesson_path(self) -> str | None:
        """The save dialog (tests replace this method)."""
        folder = self.files.support.folder or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as lesson"), folder,
                                              self.tr("Backprop Lab lessons (*.bplesson)"))
        return path or None

    def save_lesson_to(self, path: str, lesson: Lesson, then=None) -> None:
        """Copy the work (training is not interrupted) and write it with ``lesson``; ``then(ok)``."""
        from ..workers.project_io import capture_project
        from .project_view import capture_view

        done = then or (lambda ok: None)
        name = Path(path).name

        def on_draft(draft):
            try:
                write_lesson(path, draft.finish(), lesson)
            except Exception as exc:  # said in the window; an old file is kept
                self.window.show_message("error", arg(self.tr("Could not save the lesson %1. %2"), name,
                                                      describe(exc)))
                done(False)
                return
            self.window.show_message("info", arg(self.tr("Saved the lesson to %1"), path))
            done(True)

        def on_failed(reason):
            self.window.show_message("error", arg(self.tr("Could not save the lesson %1. %2"), name, reason))
            done(False)

        capture_project(self.session, self.window.controller, on_draft, on_failed, view=capture_view(self.window))


def install(window) -> Lessons:
    """Give ``window`` (after its project commands and tutorial views) its lesson commands."""
    window.lessons = Lessons(window)
    return window.lessons
