"""The project the window works on: its file (or none yet) and whether it has unsaved changes.

``ProjectDocument`` listens to the session: new data, a new design, new settings, a new network
and every minibatch trained are changes; the layout of the panels is not. ``generation`` counts
changes, so a save that copied the session at generation g knows whether anything changed while
it was being written (then the project stays modified), and autosave knows whether anything
changed since its last copy. ``tracking_paused()`` keeps the changes a project's own opening
makes from counting. QtCore only.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from .training_state import RUNNING


class ProjectDocument(QObject):
    modified_changed = Signal(bool)
    path_changed = Signal(str)        # "" for a project not saved yet
    changed = Signal()                # any change (for autosave)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._path = ""
        self._modified = False
        self.generation = 0            # changes so far
        self._saved_generation = 0     # the generation the file holds
        self._paused = 0
        self._awaiting: int | None = None  # a restored place's steps, whose snapshot is still to come
        self._steps = session.snapshot.steps if session.snapshot is not None else 0
        for signal in (session.dataset_changed, session.spec_changed, session.config_changed,
                       session.network_changed):
            signal.connect(self._on_change)
        session.snapshot_changed.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state)
        session.history_changed.connect(self._on_history)
        self._history_len = len(session.history)

    # ---- reading ----------------------------------------------------------------------------
    @property
    def path(self) -> str:
        return self._path

    @property
    def modified(self) -> bool:
        return self._modified

    @property
    def display_name(self) -> str:
        """The file's name for the title bar, or "" when the project has no file yet."""
        return Path(self._path).name if self._path else ""

    @property
    def has_unsaved_training(self) -> bool:
        """Would closing now lose training (trained weights or history not in a file)?"""
        return self._modified and self.session.has_progress

    # ---- changes ----------------------------------------------------------------------------
    @Slot()
    def _on_change(self, *_args) -> None:
        if self._paused:
            return
        self._awaiting = None
        self.generation += 1
        self._set_modified(True)
        self.changed.emit()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        steps = snap.steps
        if self._awaiting is not None:  # snapshots before the restored place's own are no change
            if steps == self._awaiting:
                self._awaiting = None
                self._steps = steps
            return
        if steps != self._steps:
            self._steps = steps
            self._on_change()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == RUNNING:  # training again: whatever the worker sends now is a change
            self._awaiting = None

    @Slot()
    def _on_history(self) -> None:
        n = len(self.session.history)
        if n != self._history_len:
            self._history_len = n
            self._on_change()

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    @contextmanager
    def tracking_paused(self):
        """Changes made inside do not count (opening a project, New)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def expect_steps(self, steps: int) -> None:
        """A project was just opened at ``steps`` optimizer steps: the snapshots until the one with
        those steps (the worker's, of the restored place) are no change."""
        self._steps = int(steps)
        self._awaiting = int(steps)
        self._history_len = len(self.session.history)

    # ---- saving and opening ---------------------------------------------------------------------
    def saved(self, path: str | Path, generation: int) -> None:
        """The project was written to ``path`` as of ``generation``: it stays modified only if it
        changed since."""
        self.set_path(path)
        self._saved_generation = generation
        self._set_modified(generation != self.generation)

    def reset(self, path: str | Path = "") -> None:
        """A project just opened from ``path`` (or a new one): nothing unsaved."""
        self.set_path(path)
        self._saved_generation = self.generation
        self._steps = self.session.snapshot.steps if self.session.snapshot is not None else self._steps
        self._history_len = len(self.session.history)
        self._set_modified(False)

    def mark_modified(self) -> None:
        """Something not in the file (a recovered session, a model loaded into it)."""
        self.generation += 1
        self._set_modified(True)
        self.changed.emit()

    def set_path(self, path: str | Path) -> None:
        path = str(path) if path else ""
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)
