"""The tutorials, runnable (issue 11): where their three views sit in the main window and how a
student opens them.

The Circuit, 11-line network and Softmax panels are registered like every panel
(``ui/panels/__init__.py``); :func:`install_tutorial_views` (one call in the main window) puts
them as tabs beside the other views, hidden until opened, and adds Help → Tutorials: one item per
worked example, which shows the view with that example set up.

    open_tutorial(window, "elevenLinesDock", "two_layer")   # what a lesson (or the menu) does
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .i18n.context import TrContext

TutorialViews = TrContext("TutorialViews")

#: The docks of the tutorial views, in the order of their tabs.
TUTORIAL_DOCKS = ("circuitDock", "elevenLinesDock", "softmaxDock")
#: The views a tutorial dock is tabbed with (the first one there).
VIEW_DOCKS = ("boundaryDock", "weightsDock", "mnistDock", "drawDock")

#: Help → Tutorials: (objectName, text, tool tip, dock, preset).
MENU_ITEMS = (
    ("tutorialCircuitSumAction", QT_TRANSLATE_NOOP("TutorialViews", "Gates: (x + y)·z"),
     QT_TRANSLATE_NOOP("TutorialViews", "Hacker's guide: a circuit of two gates, forward and backward"),
     "circuitDock", "sum_times"),
    ("tutorialCircuitNeuronAction", QT_TRANSLATE_NOOP("TutorialViews", "One neuron: σ(a·x + b·y + c)"),
     QT_TRANSLATE_NOOP("TutorialViews", "Hacker's guide: one sigmoid neuron as a circuit, its gradients and "
                                        "one step"), "circuitDock", "single_neuron"),
    ("tutorialElevenLinesAction", QT_TRANSLATE_NOOP("TutorialViews", "The 11-line network (3-4-1)"),
     QT_TRANSLATE_NOOP("TutorialViews", "Neural network in 11 lines: the XOR table, 60,000 iterations, the six "
                                        "printed errors"), "elevenLinesDock", "eleven_lines"),
    ("tutorialTwoLayerAction", QT_TRANSLATE_NOOP("TutorialViews", "The first, 2-layer example (3-1)"),
     QT_TRANSLATE_NOOP("TutorialViews", "Neural network in 11 lines: the first example, 10,000 iterations, the four "
                                        "outputs"), "elevenLinesDock", "two_layer"),
    ("tutorialSoftmaxAction", QT_TRANSLATE_NOOP("TutorialViews", "Softmax and cross-entropy"),
     QT_TRANSLATE_NOOP("TutorialViews", "Fully connected layers, softmax and MNIST: softmax, its Jacobian and "
                                        "p − t for one digit"), "softmaxDock", None),
)


def install_tutorial_views(window) -> None:
    """Hide the tutorial docks (before the window arranges the others: hidden, they take no room)
    and add Help → Tutorials. Shown, a tutorial dock becomes a tab beside the first view
    (:func:`place_dock`), whether the menu, a lesson or View opens it."""
    docks = [window.docks[name] for name in TUTORIAL_DOCKS if name in window.docks]
    if not docks:
        return
    for dock in docks:
        panel = dock.widget()
        dock.setWindowTitle(QCoreApplication.translate(type(panel).__name__, type(panel).TITLE))
        dock.hide()
        dock.visibilityChanged.connect(lambda visible, d=dock: visible and place_dock(window, d))

    menu = QMenu(TutorialViews.tr("&Tutorials"), window)
    menu.setObjectName("tutorialsMenu")
    menu.setToolTipsVisible(True)
    for name, text, tip, dock_name, preset in MENU_ITEMS:
        if dock_name not in window.docks:
            continue
        action = QAction(TutorialViews.tr(text), window)
        action.setObjectName(name)
        action.setToolTip(TutorialViews.tr(tip))
        action.setStatusTip(TutorialViews.tr(tip))
        action.triggered.connect(lambda _checked=False, d=dock_name, p=preset: open_tutorial(window, d, p))
        menu.addAction(action)
    about = getattr(window, "about_action", None)
    if about is not None and about in window.help_menu.actions():
        window.help_menu.insertMenu(about, menu)
        window.help_menu.insertSeparator(about)
    else:
        window.help_menu.addMenu(menu)
    window.tutorials_menu = menu


def place_dock(window, dock) -> None:
    """Make ``dock`` a tab beside the first view, unless it is floating or already a tab."""
    if dock.isFloating() or window.tabifiedDockWidgets(dock):
        return
    anchor = next((window.docks[n] for n in VIEW_DOCKS if n in window.docks and window.docks[n] is not dock
                   and not window.docks[n].isFloating()), None)
    if anchor is not None:
        window.tabifyDockWidget(anchor, dock)


def open_tutorial(window, dock_name: str, preset: str | None = None):
    """Show the tutorial view ``dock_name`` in front, set up with ``preset`` (its ``load_preset``);
    returns its panel."""
    dock = window.docks[dock_name]
    panel = dock.widget()
    if preset is not None:
        panel.load_preset(preset)
    place_dock(window, dock)
    dock.show()
    dock.raise_()
    return panel
