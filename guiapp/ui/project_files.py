"""File → New, Open, Open Recent, Save, Save As and Export… for a main window, the title bar
("xor.bplab* — Backprop Lab", Qt's ``[*]`` convention), and the Save / Discard / Cancel question
before unsaved training would be lost (quitting, opening another project, New).

One ``ProjectDocument`` per session (``support_for``) outlives the windows a language switch
makes; autosave belongs to the session too. The app turns on autosave and the question before
unsaved training is lost (``protect``); windows that scripts, benchmarks and tests make do
neither unless they ask. ``install(window)`` is the one call the main window makes.

Saving copies the session between two minibatches (training goes on) and writes the file with
the archive's atomic writer, on a thread when the project is large. Opening reads and checks the
whole file and loads its data on a thread behind a progress dialog (``prepare_project``); only then
is the session changed (``apply_project``), so a damaged file changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from .. import APP_NAME
from ..state.project import SUFFIX, write_project
from ..state.project_document import ProjectDocument
from ..workers.project_io import PreparedProject, capture_project, prepare_project
from .dialogs.unsaved_prompt import CANCEL, DISCARD, ask_unsaved
from .error_text import describe
from .i18n.formatting import arg
from .export_actions import WindowExports
from .project_view import capture_view, restore_view

#: Projects with more bytes of arrays than this are written on a thread.
SYNC_LIMIT = 1 << 20
#: Open Recent lists this many files.
RECENT_COUNT = 8
RECENT_KEY = "projects/recent"


@dataclass
class ProjectSupport:
    """What belongs to a session rather than to a window."""

    document: ProjectDocument
    autosaver: object | None = None
    recent: list[str] = field(default_factory=list)   # when there are no settings (tests)
    folder: str = ""                                   # where the file dialogs open
    export_kind: str = "numpy"                         # what File → Export… offers first
    #: Ask Save / Discard / Cancel before unsaved training is lost (quitting, Open, New). The app
    #: turns it on (``protect``); windows that scripts, benchmarks and tests make close without asking.
    ask_before_losing: bool = False


def support_for(session) -> ProjectSupport:
    """The session's ProjectSupport, made the first time (kept on the session itself, so it lives and
    dies with it: a table keyed by sessions whose values refer back to them would keep every
    session, its data and its windows alive for good)."""
    support = getattr(session, "_project_support", None)
    if support is None:
        support = ProjectSupport(ProjectDocument(session, parent=session))
        session._project_support = support
    return support


def protect(session, controller, folder=None, **kwargs):
    """The app as a student runs it: ask before unsaved training is lost, and autosave. Returns
    the Autosaver."""
    support_for(session).ask_before_losing = True
    return enable_autosave(session, controller, folder, **kwargs)


def enable_autosave(session, controller, folder=None, **kwargs):
    """Turn autosave on for ``session`` (the app does this; tests only where they test it)."""
    from ..workers.autosaver import Autosaver

    support = support_for(session)
    if support.autosaver is None:
        support.autosaver = Autosaver(session, controller, support.document, folder, parent=session, **kwargs)
    return support.autosaver


def is_project_file(path: str | Path) -> bool:
    """A project (rather than a model file): by its suffix, else by its contents."""
    p = Path(path)
    if p.suffix.lower() == SUFFIX:
        return True
    if p.suffix.lower() == ".npz":
        return False
    try:
        import zipfile

        with zipfile.ZipFile(p) as zf:
            return "manifest.json" in zf.namelist()
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return True  # not a zip at all: reading it as a project says clearly what is wrong


class ProjectFiles(QObject):
    """The project commands of one main window (see the module notes)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session, self.controller = window.session, window.controller
        self.support = support_for(self.session)
        self.document = self.support.document
        self._saving = False
        self._jobs: list = []
        self._close_approved = False
        self.exports = WindowExports(window, self.support, self.document)
        self._make_actions()
        self.document.modified_changed.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        autosaver = self.support.autosaver
        if autosaver is not None:
            autosaver.view_provider = self._view_for_autosave
        window.installEventFilter(self)
        self._update_title()

    # ---- actions and menu --------------------------------------------------------------------------
    def _action(self, name: str, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setToolTip(tip + (f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
                                 if shortcut else ""))
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action("newProjectAction", self.tr("&New project"),
                                       self.tr("Start again from XOR with a fresh network"), self.new_project,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action("openProjectAction", self.tr("&Open…"),
                                        self.tr("Open a project (.bplab) or a model file (.npz)"), self.open_dialog,
                                        QKeySequence.StandardKey.Open)
        self.save_action = self._action("saveProjectAction", self.tr("&Save"),
                                        self.tr("Save the project: data, network, training and history"),
                                        self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action("saveProjectAsAction", self.tr("Save &As…"),
                                           self.tr("Save the project to another file"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action("exportAction", self.tr("&Export…"),
                                          self.tr("Export the model as a NumPy or PyTorch script, the window as a "
                                                  "picture, or the history as a table"), self.exports.export_dialog,
                                          "Ctrl+Shift+E")
        self.recent_menu = QMenu(self.tr("Open &Recent"), self.window)
        self.recent_menu.setObjectName("recentProjectsMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def add_to_menu(self, menu: QMenu) -> None:
        """Put the project commands at the top of the File menu, Export… before Save model."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.new_action, self.open_action])
        menu.insertMenu(first, self.recent_menu)
        menu.insertActions(first, [self.save_action, self.save_as_action])
        menu.insertSeparator(first)
        save_model = getattr(self.window, "save_model_action", None)
        if save_model is not None and save_model in menu.actions():
            menu.insertAction(save_model, self.export_action)
        else:
            menu.insertAction(first, self.export_action)
        self._fill_recent()

    # ---- the title bar ------------------------------------------------------------------------------
    @Slot()
    def _update_title(self, *_args) -> None:
        name = self.document.display_name or self.tr("Untitled")
        self.window.setWindowTitle(arg(self.tr("%1[*] — %2"), name, APP_NAME))
        self.window.setWindowModified(self.document.modified)

    # ---- recent files ----------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        settings = self.window.settings
        if settings is None:
            return list(self.support.recent)
        value = settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if str(v)][:RECENT_COUNT]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:RECENT_COUNT]
        if self.window.settings is None:
            self.support.recent = files
        else:
            self.window.settings.set_value(RECENT_KEY, files)
        self.support.folder = str(Path(path).parent)

    def _clear_recent(self) -> None:
        if self.window.settings is None:
            self.support.recent = []
        else:
            self.window.settings.set_value(RECENT_KEY, [])

    @Slot()
    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files):
            action = menu.addAction(arg(self.tr("&%1 %2"), i + 1, Path(path).name))
            action.setObjectName(f"recentProject{i + 1}Action")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the list"))
        clear.setObjectName("clearRecentProjectsAction")
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._clear_recent)
        menu.setEnabled(True)

    # ---- asking before training is lost --------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """SAVE, DISCARD or CANCEL (tests replace this method)."""
        return ask_unsaved(self.window, self.document.display_name, self.session.epoch)

    def maybe_save(self, then) -> None:
        """Call ``then(True)`` once unsaved training is saved or the user discarded it, ``then(False)``
        if the user cancelled (or the save failed). Asks only when training would be lost."""
        if not (self.support.ask_before_losing and self.document.has_unsaved_training):
            then(True)
            return
        choice = self.ask_unsaved()
        if choice == CANCEL:
            then(False)
        elif choice == DISCARD:
            then(True)
        else:
            self.save(then=then)

    def eventFilter(self, obj, event) -> bool:
        """Closing the window (quitting) with unsaved training: Save / Discard / Cancel first."""
        window = getattr(self, "window", None)   # (None while a dying window's wrapper is being rebuilt)
        if window is not None and obj is window and event.type() == QEvent.Type.Close:
            if getattr(window, "_retired", False) or self._close_approved:
                return False
            if not (self.support.ask_before_losing and self.document.has_unsaved_training):
                return False
            choice = self.ask_unsaved()
            if choice == DISCARD:
                return False
            event.ignore()
            if choice != CANCEL:
                self.controller.pause()  # the file gets where training is now, and nothing after it
                self.save(then=self._close_after_save)
            return True
        return False

    def _close_after_save(self, ok: bool) -> None:
        if ok:
            self._close_approved = True
            QTimer.singleShot(0, self.window.close)

    # ---- saving ----------------------------------------------------------------------------------------
    @Slot()
    def save(self, *, then=None) -> None:
        """Save to the project's file, or ask for one (Save As) if it has none yet."""
        if self.document.path:
            self.save_to(self.document.path, then=then)
        else:
            self.save_as(then=then)

    @Slot()
    def save_as(self, *, then=None) -> None:
        path = self.ask_save_path()
        if not path:
            if then is not None:
                then(False)
            return
        if Path(path).suffix.lower() != SUFFIX:
            path += SUFFIX
        self.save_to(path, then=then)

    def ask_save_path(self) -> str | None:
        """The save dialog (tests replace this method): a path ending in .bplab, or None."""
        folder = self.support.folder or str(Path.home())
        name = self.document.display_name or (self.session.dataset.name.replace(" ", "-") + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project"), str(Path(folder) / name),
                                              self.tr("Backprop Lab projects (*.bplab)"))
        return path or None

    def save_to(self, path: str, *, then=None) -> None:
        """Write the project to ``path`` (training is not interrupted); ``then(ok)`` when done."""
        done = then or (lambda ok: None)
        if self._saving:
            self.window.show_message("info", self.tr("The project is being saved already."))
            done(False)
            return
        self._saving = True
        self.window.statusBar().showMessage(self.tr("Saving…"))

        def on_draft(draft):
            if draft.nbytes <= SYNC_LIMIT:
                try:
                    write_project(path, draft.finish())
                except Exception as exc:  # said in the window; the old file is kept
                    self._saved(path, draft, exc, done)
                else:
                    self._saved(path, draft, None, done)
                return
            from ..workers.background_job import BackgroundJob

            job = BackgroundJob(lambda ctx: write_project(path, draft.finish()))
            job.succeeded.connect(lambda _r: self._saved(path, draft, None, done))
            job.failed.connect(lambda exc: self._saved(path, draft, exc, done))
            job.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
            self._jobs.append(job)
            job.start()

        def on_failed(reason):
            self._saved(path, None, RuntimeError(reason), done)

        capture_project(self.session, self.controller, on_draft, on_failed, view=capture_view(self.window),
                        generation=self.document.generation)

    def _saved(self, path: str, draft, error, done) -> None:
        self._saving = False
        self.window.statusBar().clearMessage()
        name = Path(path).name
        if error is not None:
            self.window.show_message("error", arg(self.tr("Could not save %1. %2 The file on disk is unchanged."),
                                                  name, describe(error)))
            done(False)
            return
        self.document.saved(path, draft.generation)
        self.add_recent(path)
        self.window.show_message("info", arg(self.tr("Saved the project to %1"), path))
        done(True)

    def wait_for_writes(self, timeout_ms: int = 30_000) -> None:
        """Wait for a save being written on a thread (closing)."""
        for job in list(self._jobs):
            job.wait(timeout_ms)

    def _view_for_autosave(self) -> dict:
        try:
            return capture_view(self.window)
        except RuntimeError:  # the window is being destroyed
            return {}

    # ---- new and open -------------------------------------------------------------------------------------
    @Slot()
    def new_project(self) -> None:
        self.maybe_save(lambda ok: ok and self._new())

    def _new(self) -> bool:
        from ..state.datasets import DEFAULT_DATASET, load_dataset

        self.controller.stop()
        with self.document.tracking_paused():
            self.session.set_dataset(load_dataset(DEFAULT_DATASET), DEFAULT_DATASET, use_preset=True)
        self.document.reset("")
        self.window.show_message("info", self.tr("A new project: XOR with a fresh network."))
        return True

    @Slot()
    def open_dialog(self) -> None:
        self.maybe_save(lambda ok: ok and self._pick_and_open())

    def ask_open_path(self) -> str | None:
        """The open dialog (tests replace this method)."""
        folder = self.support.folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open"), folder,
            self.tr("Backprop Lab projects, lessons and models (*.bplab *.bplesson *.npz);;Backprop Lab projects "
                    "(*.bplab);;Backprop Lab lessons (*.bplesson);;Backprop Lab models (*.npz);;All files (*)"))
        return path or None

    def _pick_and_open(self) -> bool:
        path = self.ask_open_path()
        return bool(path) and self.open_now(path)

    def open_path(self, path: str) -> None:
        """Open ``path`` after asking about unsaved training (Open Recent, a file given at start)."""
        self.maybe_save(lambda ok: ok and self.open_now(path))

    def open_now(self, path: str) -> bool:
        """Open a project or a model file without asking. On any problem: a message, and nothing changes."""
        p = Path(path)
        self.support.folder = str(p.parent)
        if not is_project_file(p):
            ok = self.window.model_files.load_from(str(p))
            if ok:  # a model in the current session: a project not saved yet
                self.document.reset("")
                self.document.mark_modified()
            return ok
        prepared = self.prepare(p)
        if prepared is None:
            return False
        return self.apply(prepared, str(p))

    def prepare(self, path: Path) -> PreparedProject | None:
        """Read, check and load ``path`` on a thread behind a progress dialog; None on failure
        (said in the window) or Cancel."""
        from ..workers.background_job import BackgroundJob
        from .dialogs.load_progress import run_job_with_progress

        job = BackgroundJob(lambda ctx: prepare_project(path, cancel=ctx.cancel, progress=ctx.progress))
        ok, result = run_job_with_progress(self.window, self.tr("Opening a project"),
                                           arg(self.tr("Opening %1…"), path.name), job)
        if ok is None:
            self.window.show_message("info", arg(self.tr("Opening %1 was cancelled; nothing was changed."), path.name))
            return None
        if not ok:
            reason = self.tr("There is not enough memory for it.") if isinstance(result, MemoryError) else describe(
                result)
            self.window.show_message("error", arg(self.tr("Could not open %1. %2 Nothing was changed."), path.name,
                                                  reason))
            return None
        return result

    def apply(self, prepared: PreparedProject, path: str, *, recovered: bool = False) -> bool:
        """Make the session the prepared project. ``recovered``: from an autosave (it belongs to
        the file it names, and is not saved there yet)."""
        from ..workers.project_io import apply_project

        project = prepared.project
        with self.document.tracking_paused():
            ok = apply_project(self.session, self.controller, prepared)
            if ok:
                restore_view(self.window, project.view)
        if not ok:
            return False
        if recovered:
            self.document.reset(project.document)
            self.document.mark_modified()
        else:
            self.document.reset(path)
            self.add_recent(path)
        self.document.expect_steps(project.trainer.steps)
        return True


def install(window) -> ProjectFiles:
    """Give ``window`` (a MainWindow whose File menu exists) its project commands and title."""
    files = ProjectFiles(window)
    files.add_to_menu(window.file_menu)
    return files
