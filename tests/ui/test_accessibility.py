"""Every control a student can use has a stable objectName (tests and automation find it),
an accessible name (screen readers read it) and a tooltip (says what it does); and the window
fits a 1366x768 laptop screen."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QScrollBar, QSlider, QTabBar,
                               QWidget)

from guiapp.state.dataset_spec import DatasetSpec

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider)


def _controls(window):
    for name, dock in window.docks.items():
        for w in dock.widget().findChildren(QWidget):
            if not isinstance(w, CONTROLS) or isinstance(w, (QScrollBar, QTabBar)):
                continue
            if type(w).__module__.startswith("pyqtgraph") or w.objectName().startswith("qt_"):
                continue  # pyqtgraph's and Qt's own internals (e.g. a table's corner button)
            parent = w.parentWidget()
            if isinstance(w, QAbstractButton) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
                continue  # a spin box's own arrow buttons
            yield name, w


def _check(window):
    missing = []
    for dock, w in _controls(window):
        label = f"{dock}/{type(w).__name__}({w.objectName() or '?'} {getattr(w, 'text', lambda: '')()!r})"
        if not w.objectName():
            missing.append(f"{label}: no objectName")
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip("& "))):
            missing.append(f"{label}: no accessible name")
        if not w.toolTip():
            missing.append(f"{label}: no tooltip")
    return missing


def test_every_control_is_named_and_explained_for_each_kind_of_data(window, session):
    problems = _check(window)
    for spec in (DatasetSpec("toy2d", "spiral", {"n_classes": 3}), DatasetSpec("mnist", "sample")):
        assert session.load_dataset_spec(spec)
        problems += _check(window)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_window_actions_have_names_tooltips_and_shortcuts(window):
    files = window.project_files
    for action in (window.start_action, window.step_epoch_action, window.step_batch_action, window.stop_action,
                   window.reset_action, window.load_model_action, files.new_action, files.open_action,
                   files.save_action, files.save_as_action, files.export_action):
        assert action.objectName() and action.toolTip() and not action.shortcut().isEmpty()
    assert window.save_model_action.objectName() and window.save_model_action.toolTip()  # an export: Ctrl+S saves the project
    assert window.start_action.shortcut().toString() == "F5"   # works wherever the focus is
    assert "F5" in window.start_action.toolTip() and "Space" in window.start_action.toolTip()


def test_the_window_fits_a_1366x768_screen(window, session):
    for spec in (DatasetSpec("logic", "XOR"), DatasetSpec("toy2d", "spiral", {"n_classes": 3}),
                 DatasetSpec("mnist", "sample")):
        assert session.load_dataset_spec(spec)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, (spec.name, hint)
