"""The main window: docks (one per panel), menus, toolbar, status bar, and their wiring.

Panels talk to each other only through the session; this file just places them and connects
the window-level actions (Start/Pause, Step, Stop, Reset, save/load model, About).

The training toolbar is the one place with the buttons that run training (the Training panel
shows progress and settings): it is always on screen whatever the docks show, and it has the
width a speed control and a rewind scrubber will need. Keys: F5 starts or pauses training from
anywhere; Space does too unless the focused control uses Space itself (a check box, button,
combo box, spin box or table gets its Space: keys go to the focused widget first, and only what
it leaves reaches the window). At start the keyboard focus is on Start, so Space starts training.
Tab goes through every panel: a panel whose dock tab is behind another comes to the front as the
focus enters it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStyle, QTabBar, QToolBar, QVBoxLayout, QWidget

from .. import APP_NAME
from ..state.session import PAUSED, RUNNING, Session
from ..state.settings import Settings
from ..workers.training_controller import TrainingController
from .about import show_about
from .data_texts import spec_title
from .error_text import describe
from .i18n.formatting import arg
from .i18n.language_menu import LanguageMenu
from .model_files import ModelFiles
from .project_files import install as install_project_files
from .panels import load_panel_classes
from .panels.base import question_box
from .pace_rewind import install_pace_and_rewind
from .tutorial_views import install_tutorial_views
from .lessons import install as install_lessons
from .status_bar import TrainingStatus
from .widgets import locale_axis
from .widgets.message_banner import MessageBanner

#: Closing waits this long for the training thread before the window goes anyway.
SHUTDOWN_WAIT_MS = 2000

#: Starts or pauses training wherever the keyboard focus is. Space does too, unless the focused
#: control uses it (see the module notes); the tooltips and the README say both.
START_KEY = Qt.Key.Key_F5

_AREAS = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}


class MainWindow(QMainWindow):
    def __init__(self, session: Session, controller: TrainingController, settings: Settings | None = None):
        super().__init__()
        self.session = session
        self.controller = controller
        self.settings = settings
        #: Set by the owner (guiapp.app.WindowHost): rebuild the window in another language.
        self.rebuild_for_language = None
        self._retired = False  # replaced by a new window: closing it must not stop training
        locale_axis.install()  # plot axes write 0,5 in Russian
        session.describe_error, session.describe_data = describe, spec_title   # its messages in our words
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setDockNestingEnabled(True)
        # The left column (data, design, training) runs the full height; plots share the right.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)

        self.banner = MessageBanner()
        central = QWidget()
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        self.setCentralWidget(central)
        central.setMaximumHeight(0)  # grows only while the banner shows
        self._central = central

        self._focus_placed = False
        self.model_files = ModelFiles(self)
        self.panels: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._make_docks()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.project_files = install_project_files(self)   # File → New/Open/Save…, title bar, quit prompt
        install_pace_and_rewind(self)   # pace in the toolbar, the rewind scrubber under the loss plot
        install_tutorial_views(self)   # the tutorials' views: hidden until Help → Tutorials opens one
        install_lessons(self)   # Help → Lessons, File → Save as lesson…, the Lesson panel
        self._arrange_default_layout()
        self._default_state = self.saveState()

        session.state_changed.connect(self._on_state_changed)
        session.snapshot_changed.connect(self._on_snapshot)
        session.network_changed.connect(self._on_network_changed)
        session.dataset_changed.connect(self._raise_views_for_data)
        session.message.connect(self.show_message)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._on_state_changed(session.state)
        self._raise_views_for_data()
        self._restore_window()
        pending = session.take_pending_message()
        if pending:
            QTimer.singleShot(0, lambda: self.show_message("warning", pending))

    # ---- docks ---------------------------------------------------------------------------------
    def _make_docks(self) -> None:
        for cls, area in load_panel_classes():
            panel = cls.create(self.session, self.controller, self)
            title = cls.title()
            dock = QDockWidget(title, self)
            dock.setObjectName(cls.DOCK_NAME)
            dock.setWidget(panel)
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable)
            dock.toggleViewAction().setToolTip(arg(self.tr("Show or hide the %1 panel"), title))
            self.addDockWidget(_AREAS[area], dock)
            self.panels[cls.DOCK_NAME] = panel
            self.docks[cls.DOCK_NAME] = dock

    def _arrange_default_layout(self) -> None:
        """Left column: Data | Network (tabs) above Training. Right: the views (tabs) above the
        loss plot. Split before tabifying: splitting a tabbed dock would add a tab instead."""
        d = self.docks
        left = [d[n] for n in ("dataDock", "networkDock", "trainingDock") if n in d]
        views = [d[n] for n in ("boundaryDock", "featureSpaceDock", "weightsDock", "mnistDock", "drawDock",
                                "backpropDock") if n in d]
        if views and "lossDock" in d:
            self.splitDockWidget(views[0], d["lossDock"], Qt.Orientation.Vertical)
        for other in views[1:]:
            self.tabifyDockWidget(views[0], other)
        if "dataDock" in d and "networkDock" in d:
            self.tabifyDockWidget(d["dataDock"], d["networkDock"])
            d["dataDock"].raise_()
        if views:
            views[0].raise_()
        if left and views:
            self.resizeDocks([left[0], views[0]], [430, 900], Qt.Orientation.Horizontal)
        if "dataDock" in d and "trainingDock" in d:
            # Training as tall as its settings (its minimum), Data and Network get the rest
            self.resizeDocks([d["dataDock"], d["trainingDock"]], [700, 1], Qt.Orientation.Vertical)
        if views and "lossDock" in d:
            self.resizeDocks([views[0], d["lossDock"]], [420, 260], Qt.Orientation.Vertical)

    @Slot(object, object)
    def _on_focus_changed(self, _old, new) -> None:
        """Tab walks through every panel: a dock whose tab is behind another comes to the front when
        the keyboard focus enters it (otherwise the focus would be on a control nobody can see)."""
        w = new
        while w is not None and not isinstance(w, QDockWidget):
            w = w.parentWidget()
        if w is not None and w.parentWidget() is self and w.widget() is not None and w.widget().visibleRegion().isEmpty():
            w.raise_()

    @Slot()
    def _raise_views_for_data(self) -> None:
        ds = self.session.dataset
        name = "mnistDock" if ds.kind == "images" else ("boundaryDock" if ds.is_2d else "weightsDock")
        if name in self.docks:
            self.docks[name].raise_()

    # ---- actions, menus, toolbar --------------------------------------------------------------
    def _action(self, name: str, text: str, tip: str, slot, shortcut=None, icon=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(arg(self.tr("%1 (%2)", "a tool tip and its shortcut key"), tip,
                              QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
                          if shortcut else tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        SP = QStyle.StandardPixmap
        c = self.controller
        self.start_action = self._action("startAction", self.tr("&Start"), self.tr("Start training, or pause it"),
                                         c.toggle, START_KEY, SP.SP_MediaPlay)
        self.step_epoch_action = self._action("stepEpochAction", self.tr("Step &epoch"),
                                              self.tr("Train until the current epoch is finished, then pause"),
                                              c.step_epoch, "Ctrl+E", SP.SP_MediaSkipForward)
        self.step_batch_action = self._action("stepBatchAction", self.tr("Step &batch"),
                                              self.tr("Train on one more minibatch, then pause"), c.step_batch,
                                              "Ctrl+B", SP.SP_MediaSeekForward)
        self.stop_action = self._action("stopAction", self.tr("S&top"),
                                        self.tr("Stop training (weights and history are kept)"),
                                        c.stop, "Ctrl+.", SP.SP_MediaStop)
        self.reset_action = self._action("resetAction", self.tr("&Reset"),
                                         self.tr("New random weights (from the seed) and an empty history; asks first "
                                                 "if the network has been trained"),
                                         self.confirm_reset, "Ctrl+R", SP.SP_BrowserReload)
        self.save_model_action = self._action("saveModelAction", self.tr("&Save model…"),
                                              self.tr("Save the network's design and weights"),
                                              self.save_model_dialog)
        self.load_model_action = self._action("loadModelAction", self.tr("&Load model…"),
                                              self.tr("Load a saved network"), self.load_model_dialog, "Ctrl+L")
        self.quit_action = self._action("quitAction", self.tr("&Quit"), self.tr("Quit Backprop Lab"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.reset_layout_action = self._action("resetLayoutAction", self.tr("Reset &layout"),
                                                self.tr("Put every panel back where it started"), self.reset_layout)
        self.about_action = self._action("aboutAction", self.tr("&About Backprop Lab"),
                                         self.tr("Version, credits and licences"), self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.training_menu = bar.addMenu(self.tr("&Training"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        for menu, name in ((self.file_menu, "fileMenu"), (self.view_menu, "viewMenu"),
                           (self.training_menu, "trainingMenu"), (self.help_menu, "helpMenu")):
            menu.setObjectName(name)
        extra = {"File": [], "View": [], "Training": [], "Help": []}
        for panel in self.panels.values():
            for menu, actions in getattr(panel, "menu_actions", lambda: {})().items():
                extra.setdefault(menu, []).extend(actions)
        for a in extra["File"]:
            self.file_menu.addAction(a)
        if extra["File"]:
            self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_model_action, self.load_model_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addActions(extra["View"])
        self.view_menu.addAction(self.reset_layout_action)
        self.language_menu = LanguageMenu(self)
        self.language_menu.language_chosen.connect(self._on_language_chosen)
        self.view_menu.addMenu(self.language_menu)
        self.training_menu.addActions([self.start_action, self.step_epoch_action, self.step_batch_action,
                                       self.stop_action, self.reset_action])
        if extra["Training"]:
            self.training_menu.addSeparator()
            self.training_menu.addActions(extra["Training"])
        self.help_menu.addActions(extra["Help"])
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        tb = QToolBar(self.tr("Training controls"), self)
        tb.setObjectName("trainingToolBar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(18, 18))
        tb.addActions([self.start_action, self.step_epoch_action, self.step_batch_action, self.stop_action,
                       self.reset_action])
        for action in tb.actions():
            widget = tb.widgetForAction(action)
            if widget is not None:
                widget.setObjectName(action.objectName().replace("Action", "Button"))   # startButton, ...
                widget.setAccessibleName(action.text().replace("&", ""))
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # reachable by Tab; a click leaves the focus
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        self.start_button = tb.widgetForAction(self.start_action)

    def _make_status_bar(self) -> None:
        self.status = TrainingStatus(self.statusBar(), self.session)
        s = self.status
        self.state_label, self.epoch_label, self.speed_label = s.state_label, s.epoch_label, s.speed_label
        self.loss_label, self.time_label = s.loss_label, s.time_label
        self._update_status(None)

    # ---- reacting to the session -----------------------------------------------------------------
    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        running = state == RUNNING
        SP = QStyle.StandardPixmap
        self.start_action.setText(self.tr("&Pause") if running else (self.tr("&Resume") if state == PAUSED
                                                                     else self.tr("&Start")))
        self.start_action.setIcon(self.style().standardIcon(SP.SP_MediaPause if running else SP.SP_MediaPlay))
        if running:
            tip = self.tr("Pause training (F5 or Space)")
        elif state == PAUSED:
            tip = self.tr("Resume training (F5 or Space)")
        else:
            tip = self.tr("Start training (F5 or Space)")
        self.start_action.setToolTip(tip)
        self.start_button.setAccessibleName(self.start_action.text().replace("&", ""))
        self.stop_action.setEnabled(state in (RUNNING, PAUSED))
        self.load_model_action.setEnabled(not running)
        self.status.show_state(state)
        if running and self.banner.level == "error":
            self.banner.hide()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self._update_status(snap)

    @Slot()
    def _on_network_changed(self) -> None:
        self._update_status(None)

    def _update_status(self, snap) -> None:
        self.status.update(snap)

    @Slot(str, str)
    def show_message(self, level: str, text: str) -> None:
        """Errors and warnings stay in a banner until dismissed; information goes to the status bar."""
        if level in ("error", "warning"):
            self.banner.show_message(level, text)
            self._central.setMaximumHeight(16777215)
            self._central.setMaximumHeight(self.banner.sizeHint().height() + 8)
        else:
            self.statusBar().showMessage(text, 6000)

    # ---- window-level commands -------------------------------------------------------------------
    @Slot()
    def confirm_reset(self) -> None:
        if self.session.has_progress and not self.ask(self.tr("Reset the network?"),
                                                      self.tr("Training progress will be lost: the weights start "
                                                              "again from random values and the history is "
                                                              "cleared.")):
            return
        self.controller.reset()

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question: the one place every panel's confirmation goes through
        (``panels.base.confirm``); tests replace this method."""
        return question_box(self, title, text)

    def keyPressEvent(self, event) -> None:
        """Space that no focused control took (see the module notes): start or pause training."""
        if event.key() == Qt.Key.Key_Space and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self.start_action.isEnabled():
                self.start_action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._focus_placed:   # the first time: Space presses Start
            self._focus_placed = True
            # With the button as context: a window closed before the timer fires cancels it.
            button = self.start_button
            QTimer.singleShot(0, button, lambda: button.setFocus(Qt.FocusReason.OtherFocusReason))

    def current_network_copy(self):
        """An independent network with the latest weights (from the snapshot while training)."""
        net = self.session.spec.build(seed=0, dtype=self.session.dtype)
        snap = self.session.snapshot
        net.set_params(snap.params if snap is not None else self.session.network.params)
        return net

    # ---- model files (File → Save model / Load model): guiapp/ui/model_files.py ---------------------
    @Slot()
    def save_model_dialog(self) -> None:
        self.model_files.save_dialog()

    def save_model_to(self, path: str) -> bool:
        return self.model_files.save_to(path)

    @Slot()
    def load_model_dialog(self) -> None:
        self.model_files.load_dialog()

    def load_model_from(self, path: str) -> bool:
        return self.model_files.load_from(path)

    @Slot()
    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()

    @Slot()
    def show_about(self) -> None:
        show_about(self)

    # ---- language: the owner rebuilds the window around the same session ---------------------------
    @Slot(str)
    def _on_language_chosen(self, choice: str) -> None:
        if self.rebuild_for_language is not None:
            self.rebuild_for_language(choice)
            return
        if self.settings is not None:  # no owner to rebuild us: the next start uses it
            self.settings.set_language(choice)
        self.language_menu.sync()
        self.show_message("info", self.tr("The language changes the next time Backprop Lab starts."))

    def capture_view(self) -> dict:
        """What a replacement window needs to look the same: geometry, dock layout, the message on
        show, and each panel's own view state (panels may offer ``view_state()``)."""
        return {"geometry": self.saveGeometry(), "state": self.saveState(), "window_state": self.windowState(),
                "visible": self.isVisible(), "banner": (self.banner.level, self.banner.text()),
                "panels": {name: panel.view_state() for name, panel in self.panels.items()
                           if callable(getattr(panel, "view_state", None))}}

    def restore_view(self, view: dict) -> None:
        """Take over ``capture_view()`` of the window this one replaces."""
        self.restoreGeometry(view["geometry"])
        self.restore_dock_state(view["state"])
        self.setWindowState(view["window_state"])
        level, text = view["banner"]
        if text:
            self.show_message(level, text)
        for name, state in view["panels"].items():
            restore = getattr(self.panels.get(name), "restore_view_state", None)
            if callable(restore):
                restore(state)

    def restore_dock_state(self, state) -> bool:
        """restoreState() without ghost tab bars: restoring over the default arrangement leaves the
        old tab bars of tabbed docks visible at their old places (Qt 6.11, seen in screenshots); Qt
        shows the ones the restored layout uses, so hide them all first."""
        bars = [b for b in self.findChildren(QTabBar) if b.parentWidget() is self and b.isVisibleTo(self)]
        for bar in bars:
            bar.hide()
        if self.restoreState(state):
            return True
        for bar in bars:
            bar.show()
        return False

    def retire(self) -> None:
        """Close for good without saving or stopping training: a new window took over."""
        self._retired = True
        self.close()
        self.deleteLater()

    # ---- settings and closing ----------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry() if self.settings else None
        state = self.settings.window_state() if self.settings else None
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_launch_geometry()
        if state is not None:
            self.restore_dock_state(state)

    def _first_launch_geometry(self) -> None:
        """Fill a small screen (a 1366x768 laptop); on a big one, a generous centred window."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        size = QSize(min(1600, avail.width()), min(960, avail.height()))
        if avail.width() <= 1440 or avail.height() <= 900:
            self.setGeometry(avail)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(size)
            self.move(avail.center() - self.rect().center())

    def save_settings(self) -> None:
        if self.settings is None:
            return
        s = self.session
        self.settings.save_session(s.dataset_spec, s.spec, s.config)
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        """Save, end training, close (a window being replaced by a language switch only closes).
        A minibatch cannot be interrupted: if one outlasts SHUTDOWN_WAIT_MS the window closes
        anyway (nothing is lost: the settings are saved) and the thread ends right after that
        batch (the app waits for it at exit, bounded)."""
        if not self._retired:
            self.save_settings()
            self.controller.shutdown(SHUTDOWN_WAIT_MS)
        super().closeEvent(event)
