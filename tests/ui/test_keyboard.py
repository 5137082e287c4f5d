"""The keyboard: Space belongs to the focused control (a check box toggles, a combo box opens, a
spin box or a table keeps it), F5 starts and pauses training wherever the focus is, Space on
anything that does not use it starts training too, and Tab walks through every panel without
getting stuck (the data table used to keep it for 22 presses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QWidget

from guiapp.state.session import IDLE, PAUSED, RUNNING


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget()),
                    timeout=2000)


def test_at_start_space_presses_start_and_f5_pauses(window, session, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(window, "startButton"), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: session.state == RUNNING, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert session.state == PAUSED


def test_space_belongs_to_the_focused_control(window, session, qtbot):
    # a check box toggles
    check = find(window, "runUntilStoppedCheck")
    before = check.isChecked()
    focus(qtbot, check)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() != before and session.state == IDLE
    # a combo box opens its list
    combo = find(window, "optimizerCombo")
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    combo.hidePopup()
    assert session.state == IDLE
    # a spin box and the data table keep their Space: training does not start
    for name in ("seedSpin", "dataTable"):
        focus(qtbot, find(window, name))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert session.state == IDLE, name
    # a button is pressed
    add = find(window, "addLayerButton")
    focus(qtbot, add)
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert window.findChild(QWidget, "hiddenSizeSpin2") is not None and session.state == IDLE


def test_f5_starts_and_pauses_wherever_the_focus_is(window, session, qtbot):
    check = find(window, "shuffleCheck")
    focus(qtbot, find(window, "runUntilStoppedCheck"))
    before = check.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: session.state == RUNNING, timeout=2000)
    focus(qtbot, find(window, "dataNameCombo"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert session.state == PAUSED and check.isChecked() == before
    assert not find(window, "dataNameCombo").view().isVisible()
    # Space on something that does not use it (the plot) starts training too
    plot = find(window, "boundaryPlot")
    focus(qtbot, plot)
    qtbot.keyClick(plot, Qt.Key.Key_Space)
    assert session.state == RUNNING
    window.controller.stop()


def _dock_of(widget):
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else "toolbar or tabs"


def test_tab_walks_through_every_panel_and_shows_it(window, qtbot):
    focus(qtbot, find(window, "startButton"))
    visits, run = [], 0
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        dock = _dock_of(widget)
        if dock != "toolbar or tabs":   # its panel is on screen (brought to the front if it was a tab behind)
            panel = window.docks[dock].widget()
            assert not panel.visibleRegion().isEmpty(), f"{widget.objectName()} has the focus out of sight"
        run = run + 1 if visits and visits[-1][1] is widget else 1
        assert run == 1, f"Tab stayed in {widget.objectName()}"
        visits.append((dock, widget))
        if widget.objectName() == "startButton" and len(visits) > 5:
            break
    else:
        raise AssertionError("Tab never came back to Start")
    docks = {d for d, _w in visits}
    for dock in ("dataDock", "networkDock", "trainingDock", "boundaryDock", "weightsDock", "lossDock"):
        assert dock in docks, f"Tab never reached {dock}"
    table_presses = sum(1 for _d, w in visits if w.objectName() == "dataTable")
    assert table_presses == 1   # one stop, then on to the next control


def test_the_toolbar_is_the_one_place_with_the_training_buttons(window):
    names = ("startButton", "stepEpochButton", "stepBatchButton", "stopButton", "resetButton")
    for name in names:
        assert len(window.findChildren(QWidget, name)) == 1, name
        assert find(window, name).parentWidget() is window.toolbar
    panel = window.panels["trainingDock"]
    assert not [w for w in panel.findChildren(QWidget) if w.objectName() in names]
    for action in (window.start_action, window.step_epoch_action, window.stop_action):
        assert action in window.training_menu.actions()
    assert isinstance(find(window, "optimizerCombo"), QComboBox)
