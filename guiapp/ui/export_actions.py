"""File → Export… for a main window: the export dialog, then where, then the file(s) written by
``window_export`` and a message saying where they went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog

from .error_text import describe
from .i18n.formatting import arg


class WindowExports(QObject):
    """``support``: the session's ProjectSupport (remembers the folder and the last kind);
    ``document``: the project (its name goes into the scripts' headers)."""

    def __init__(self, window, support, document):
        super().__init__(window)
        self.window, self.support, self.document = window, support, document

    # ---- export ------------------------------------------------------------------------------------------
    @Slot()
    def export_dialog(self) -> None:
        """File → Export…: what to export, then where."""
        from .dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.window, kind=self.support.export_kind)
        accepted = dialog.exec() == ExportDialog.DialogCode.Accepted
        kind, embed = dialog.kind, dialog.embed
        dialog.deleteLater()
        if not accepted:
            return
        self.support.export_kind = kind
        path = self.ask_export_path(kind)
        if path:
            self.export_to(kind, path, embed=embed)

    def ask_export_path(self, kind: str) -> str | None:
        """The save dialog for an export (tests replace this method)."""
        from .window_export import KINDS

        suffix, stem = KINDS[kind]
        filters = {".py": self.tr("Python scripts (*.py)"), ".npz": self.tr("Backprop Lab models (*.npz)"),
                   ".png": self.tr("PNG images (*.png)"), ".svg": self.tr("SVG drawings (*.svg)"),
                   ".csv": self.tr("CSV tables (*.csv)")}
        folder = self.support.folder or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(Path(folder) / (stem + suffix)),
                                              filters[suffix])
        if not path:
            return None
        return path if Path(path).suffix else path + suffix

    def export_to(self, kind: str, path: str, *, embed: bool | None = None) -> bool:
        """Write ``kind`` (``window_export.KINDS``) to ``path``; a message says how it went."""
        from .window_export import export

        if kind == "model":  # File → Save model's own saving, with its own messages
            return self.window.model_files.save_to(path)
        try:
            written = export(self.window, kind, path, embed=embed, source=self.document.display_name)
        except (OSError, ValueError) as exc:
            reason = describe(exc) if hasattr(exc, "code") else (getattr(exc, "strerror", None) or str(exc))
            self.window.show_message("error", arg(self.tr("Could not export to %1: %2"), path, reason))
            return False
        self.support.folder = str(Path(path).parent)
        if len(written) > 1:
            self.window.show_message("info", arg(self.tr("Exported to %1 (the weights are in %2)"), str(written[0]),
                                                 written[1].name))
        else:
            self.window.show_message("info", arg(self.tr("Exported to %1"), str(written[0])))
        return True

