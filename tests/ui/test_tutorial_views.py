"""The tutorials' views in the main window: hidden until opened, Help → Tutorials opens each worked
example in one click, as a tab beside the other views, and the window still fits a small screen."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractSpinBox

from guiapp.ui.tutorial_views import MENU_ITEMS, TUTORIAL_DOCKS


def test_hidden_at_first_and_the_window_still_fits(window):
    for name in TUTORIAL_DOCKS:
        assert name in window.docks and not window.docks[name].isVisible()
    assert window.docks["boundaryDock"].isVisible()


def test_the_new_window_takes_the_screen_height_before_it_shows(qtbot, session, controller):
    """The hidden docks must not count in the window's first size (they did, once: the window came
    up 1,416 px tall on a 768 px screen and the other docks lost their widths)."""
    from guiapp.ui.main_window import MainWindow

    win = MainWindow(session, controller, None)
    qtbot.addWidget(win)
    assert win.height() <= win.screen().availableGeometry().height()


def test_help_tutorials_opens_each_example_as_a_tab(window, qtbot):
    titles = [a.text() for a in window.help_menu.actions()]
    assert window.tutorials_menu.menuAction() in window.help_menu.actions(), titles
    actions = {a.objectName(): a for a in window.tutorials_menu.actions()}
    assert set(actions) == {item[0] for item in MENU_ITEMS} | {"tutorialXorFeaturesAction"}   # (ui/lessons.py adds it)
    for name, _text, _tip, dock_name, preset in MENU_ITEMS:
        actions[name].trigger()
        dock = window.docks[dock_name]
        qtbot.waitUntil(dock.isVisible)
        assert window.docks["boundaryDock"] in window.tabifiedDockWidgets(dock)
        assert not dock.widget().visibleRegion().isEmpty()          # in front
        if preset is not None:
            assert dock.widget().preset.name == preset
    assert window.docks["elevenLinesDock"].widget().preset.name == "two_layer"


def test_the_view_menu_also_opens_them_as_tabs(window, qtbot):
    toggle = window.docks["softmaxDock"].toggleViewAction()
    assert isinstance(toggle, QAction) and toggle in window.view_menu.actions()
    toggle.trigger()
    qtbot.waitUntil(window.docks["softmaxDock"].isVisible)
    assert window.docks["boundaryDock"] in window.tabifiedDockWidgets(window.docks["softmaxDock"])


def test_a_window_rebuilt_in_another_language_keeps_the_examples(window, qtbot, session, controller):
    from guiapp.ui.main_window import MainWindow
    from guiapp.ui.tutorial_views import open_tutorial

    circuit = open_tutorial(window, "circuitDock", "sum_times")
    circuit.findChild(QAbstractSpinBox, "circuitInput_z").setValue(2.0)
    open_tutorial(window, "elevenLinesDock", "two_layer")
    view = window.capture_view()
    new = MainWindow(session, controller, None)
    qtbot.addWidget(new)
    new.restore_view(view)
    again = new.docks["circuitDock"].widget()
    assert again.preset.name == "sum_times" and again.circuit["z"].value == 2.0
    assert again.circuit.output.value == (-2.0 + 5.0) * 2.0
    assert new.docks["elevenLinesDock"].widget().preset.name == "two_layer"
    assert not new.docks["circuitDock"].isHidden()
