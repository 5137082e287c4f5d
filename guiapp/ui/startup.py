"""What the app does once its window shows: open the file it was given (``python -m guiapp
FILE.bplab``, a double-click in a file manager), or else offer to restore a session that did not
end cleanly; and open files the desktop sends later (macOS sends a double-clicked document as a
``QFileOpenEvent``, not as an argument)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog

from ..state.autosave import Recoverable
from .dialogs.restore_offer import RestoreOffer, saved_time_text
from .i18n.context import TrContext
from .i18n.formatting import arg

Startup = TrContext("Startup")


def ask_restore(window, recoverable: Recoverable) -> bool:
    """The restore offer (modal); True for Restore."""
    dialog = RestoreOffer(recoverable.summary or {}, recoverable.mtime, window)
    answer = dialog.exec()
    dialog.deleteLater()
    return answer == QDialog.DialogCode.Accepted


def offer_recovery(window, autosaver, ask=ask_restore) -> bool:
    """If an app crashed (or was killed) with unsaved work, offer its newest autosave; True if it
    was restored. Declined: the file stays until this app exits cleanly. Older ones stay for a
    later start."""
    found = autosaver.folder.recoverable()
    readable = [r for r in found if r.summary is not None]
    if not readable:
        return False
    newest = readable[0]
    for other in readable[1:]:
        autosaver.folder.release(other)
    when = saved_time_text(str(newest.summary.get("saved_at", "")), newest.mtime)
    if not ask(window, newest):
        window.show_message("info", Startup.tr("The autosave is kept until Backprop Lab next closes normally."))
        return False
    files = window.project_files
    prepared = files.prepare(newest.path)
    if prepared is None:
        return False
    if not files.apply(prepared, str(newest.path), recovered=True):
        return False
    window.show_message("info", arg(Startup.tr("Restored the session from %1."), when))
    return True


def start(window, autosaver=None, file: str | None = None) -> None:
    """The first things after the window shows (see the module notes)."""
    if file:
        if not Path(file).exists():
            window.show_message("error", arg(Startup.tr("There is no file %1."), file))
            return
        window.project_files.open_now(file)
        return
    if autosaver is not None:
        offer_recovery(window, autosaver)


class FileOpenEvents(QObject):
    """Opens the files the desktop sends to the running app (macOS double-clicks) in the current window."""

    def __init__(self, app, current_window):
        super().__init__(app)
        self._window = current_window   # () -> the current MainWindow
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self._window().project_files.open_path(path)
                return True
        return False
