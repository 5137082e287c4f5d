"""Drawing your own 2-D points: the "Edit points" row of the Data panel and what it does.

Left click on the scatter plot adds a point of the chosen class, right click or Shift+click erases
the nearest one; Undo/Redo (Ctrl+Z / Ctrl+Shift+Z while the Data panel has the focus). The edited
points become "My points" (``DatasetSpec("custom", ...)``, points kept in its params so the
settings restore them). Edits are applied ``EDIT_DELAY_MS`` after the last click, so a burst of
clicks rebuilds the network once; if training was running it starts again on the new points.
Turning editing on after training asks first (a new data set means fresh weights).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

import numpy as np

from ...state.dataset_spec import DatasetSpec
from ...state.datasets import load_dataset
from ...state.session import RUNNING
from ..i18n.formatting import arg
from .data_preview import ScatterPreview, class_icon
from .point_editor import MAX_CLASSES, PointEditor

#: The name of a student's own points in the data layer and the settings (shown translated,
#: ``data_texts.dataset_title``).
MY_POINTS = "My points"
ERASE_RADIUS_PX = 12


class PointEditBar(QWidget):
    """The edit row (check box, class, Undo, Redo, Clear) and a hint line under it.

    ``points_changed`` when the points on screen change (the panel redraws its scatter from
    :attr:`editor`); ``editing_changed(bool)``; ``hint(text)`` for a line in the panel's summary.
    ``own_spec`` is the "My points" spec this bar applied last."""

    EDIT_DELAY_MS = 300
    points_changed = Signal()
    editing_changed = Signal(bool)
    hint = Signal(str)

    def __init__(self, session, scatter: ScatterPreview, confirm, restart_training, parent: QWidget | None = None):
        """``confirm(title, text) -> bool`` asks the user; ``restart_training()`` starts training again."""
        super().__init__(parent)
        self.setObjectName("editPointsBox")
        self.session = session
        self.scatter = scatter
        self._confirm = confirm
        self._restart = restart_training
        self.editor = PointEditor()
        self.own_spec: DatasetSpec | None = None
        self.timer = QTimer(self, singleShot=True, interval=self.EDIT_DELAY_MS)
        self.timer.timeout.connect(self.apply_edits)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.edit_check = QCheckBox(self.tr("Edit points"))
        self._name(self.edit_check, "editPointsCheck", self.tr("Edit points"),
                   self.tr("Draw your own data: left click adds a point of the chosen class, right click (or "
                           "Shift+click) erases one. The network restarts on the new points a moment after your last "
                           "click; if it was training it keeps training"))
        self.edit_check.toggled.connect(self._on_edit_toggled)
        row.addWidget(self.edit_check)
        self.class_combo = QComboBox()
        self._name(self.class_combo, "pointClassCombo", self.tr("Class of new points"),
                   self.tr("The class (colour) a left click gives the new point"))
        for c in range(MAX_CLASSES):
            self.class_combo.addItem(class_icon(c), arg(self.tr("Class %1"), c), c)
        row.addWidget(self.class_combo)
        self.undo_button = self._tool(self.tr("Undo"), "undoPointsButton", self.tr("Undo point edit"),
                                      self.tr("Undo the last change to the points (Ctrl+Z)"), self.undo_points)
        self.redo_button = self._tool(self.tr("Redo"), "redoPointsButton", self.tr("Redo point edit"),
                                      self.tr("Redo the change you just undid (Ctrl+Shift+Z)"), self.redo_points)
        self.clear_button = self._tool(self.tr("Clear"), "clearPointsButton", self.tr("Erase all points"),
                                       self.tr("Erase every point to start from an empty plane (Undo brings them "
                                               "back)"),
                                       self.clear_points)
        for b in (self.undo_button, self.redo_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        self.edit_hint = QLabel(self.tr("Click: add a point · right-click or Shift+click: erase · Ctrl+Z: undo"))
        self.edit_hint.setObjectName("editPointsHint")
        self.edit_hint.setWordWrap(True)
        self.edit_hint.setEnabled(False)  # drawn in the palette's dimmed text colour
        self.edit_hint.hide()
        box.addWidget(self.edit_hint)
        scatter.point_clicked.connect(self._on_point_clicked)

    @staticmethod
    def _name(widget: QWidget, object_name: str, accessible: str, tip: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)

    def _tool(self, text, name, accessible, tip, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        self._name(button, name, accessible, tip)
        button.clicked.connect(slot)
        return button

    def make_actions(self, owner: QWidget) -> None:
        """Undo/redo shortcuts, active while ``owner`` (the panel, e.g. the plot just clicked) has focus."""
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self._action("undoPointsAction", self.tr("Undo point edit"),
                                        self.tr("Undo the last change to the points"),
                                        self.undo_points, QKeySequence.StandardKey.Undo, ctx)
        self.redo_action = self._action("redoPointsAction", self.tr("Redo point edit"),
                                        self.tr("Redo the change you just undid"),
                                        self.redo_points, QKeySequence.StandardKey.Redo, ctx)
        owner.addActions([self.undo_action, self.redo_action])
        self.update_buttons()

    def _action(self, name, text, tip, slot, shortcut, context) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        a.setToolTip(arg(self.tr("%1 (%2)", "a tool tip and its shortcut key"), tip,
                         QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
        a.setStatusTip(tip)
        a.setShortcut(QKeySequence(shortcut))
        a.setShortcutContext(context)
        a.triggered.connect(slot)
        return a

    # ---- editing on and off --------------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.edit_check.isChecked()

    @Slot(bool)
    def _on_edit_toggled(self, on: bool) -> None:
        if on:
            if self.session.has_progress and not self._confirm(
                    self.tr("Edit the points?"),
                    self.tr("The network has trained for %Ln epoch(s). Your edited points make a new data set, and "
                            "the network starts again with fresh weights each time they change.", "",
                            self.session.epochs_done)):
                with QSignalBlocker(self.edit_check):
                    self.edit_check.setChecked(False)
                return
            if not self.seed_editor():
                with QSignalBlocker(self.edit_check):
                    self.edit_check.setChecked(False)
                return
        elif self.timer.isActive():
            self.timer.stop()
            self.apply_edits()
        self.set_editing(on)

    def set_editing(self, on: bool) -> None:
        with QSignalBlocker(self.edit_check):
            self.edit_check.setChecked(on)
        self.scatter.set_editing(on)
        self.edit_hint.setVisible(on)
        self.update_buttons()
        self.editing_changed.emit(on)

    def seed_editor(self) -> bool:
        """Start editing from the points of the current data (the undo history starts afresh)."""
        spec, ds = self.session.dataset_spec, self.session.dataset
        try:
            if spec.kind == "custom":
                p = spec.params
                n = len(p.get("points", []))
                test = np.zeros(n, dtype=bool)
                test[np.asarray(p.get("test", []), dtype=np.int64)] = True
                self.editor.reset(p.get("points", []), p.get("labels", []), test)
            else:
                X = np.concatenate([ds.X_train, ds.X_test])
                y = np.concatenate([ds.y_train, ds.y_test])
                test = np.r_[np.zeros(ds.n_train, dtype=bool), np.ones(ds.n_test, dtype=bool)]
                self.editor.reset(X, y, test)
        except (ValueError, IndexError):
            n = len(spec.params.get("points", [])) if spec.kind == "custom" else ds.n_train + ds.n_test
            self.session.message.emit("warning", arg(self.tr("These %1 points cannot be edited: at most %2 can be "
                                                             "edited by hand. Lower the number of points and try "
                                                             "again."), n, self.editor.max_points))
            return False
        self.update_buttons()
        return True

    # ---- edits -----------------------------------------------------------------------------------
    @Slot(float, float, bool)
    def _on_point_clicked(self, x: float, y: float, erase: bool) -> None:
        if not self.is_editing():
            return
        if erase:
            if not self.editor.remove_nearest(x, y, ERASE_RADIUS_PX, self.scatter.data_per_pixel()):
                return
        else:
            if len(self.editor) >= self.editor.max_points:
                self.session.message.emit("warning", arg(self.tr("Point not added: there are already %1 points, "
                                                                 "the most this editor holds."),
                                                         self.editor.max_points))
                return
            try:
                self.editor.add(x, y, self.class_combo.currentData())
            except ValueError:   # a position that is not a number
                return
        self._points_edited()

    @Slot()
    def undo_points(self) -> None:
        if self.is_editing() and self.editor.undo():
            self._points_edited()

    @Slot()
    def redo_points(self) -> None:
        if self.is_editing() and self.editor.redo():
            self._points_edited()

    @Slot()
    def clear_points(self) -> None:
        if self.is_editing() and self.editor.clear():
            self._points_edited()

    def _points_edited(self) -> None:
        self.update_buttons()
        self.points_changed.emit()
        self.timer.start()  # applied once the clicks pause

    def update_buttons(self) -> None:
        on = self.is_editing()
        self.class_combo.setEnabled(on)
        self.undo_button.setEnabled(on and self.editor.can_undo)
        self.redo_button.setEnabled(on and self.editor.can_redo)
        self.clear_button.setEnabled(on and len(self.editor) > 0)
        if hasattr(self, "undo_action"):
            self.undo_action.setEnabled(on and self.editor.can_undo)
            self.redo_action.setEnabled(on and self.editor.can_redo)

    @Slot()
    def apply_edits(self) -> None:
        """Make the edited points the session's data ("My points")."""
        if self.editor.n_train == 0:
            self.hint.emit(self.tr("No training points: click in the plot to add some. Until then the network "
                                   "keeps the previous points."))
            return
        spec = DatasetSpec("custom", MY_POINTS, self.editor.spec_params())
        try:
            dataset = load_dataset(spec)
        except ValueError as exc:
            self.session.message.emit("error", arg(self.tr("Could not use these points: %1"), str(exc)))
            return
        was_running = self.session.state == RUNNING
        self.own_spec = spec
        self.session.set_dataset(dataset, spec)
        if was_running:
            self._restart()
