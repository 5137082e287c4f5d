"""Pace and rewind in the main window (one call from it): the pace control and the "epoch k of N"
indicator in the training toolbar, the scrubber under the loss plot and clicks on the loss curve,
and their entries in the Training menu (Faster Ctrl+], Slower Ctrl+[, Back to live, Continue from
here…). The parts: :mod:`.widgets.pace_control`, :mod:`.widgets.rewind_bar`, :mod:`.rewind_branch`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from .rewind_branch import RewindBranch
from .widgets.pace_control import PaceControl
from .widgets.rewind_bar import LossCurveRewind, RewindBar, RewindIndicator


class PaceRewindControls(QObject):
    """What ``install_pace_and_rewind`` made (``window.pace_rewind``): ``pace``, ``indicator``,
    ``bar`` and ``curve`` (None without a loss panel), ``branch``, and the menu actions.

    It keeps no Python reference to the window (its Qt parent): a window <-> controls reference
    cycle left a closed window to Python's garbage collector, whose teardown of the window's
    widgets crashed PySide 6.11 (tests/ui/test_pace_rewind_teardown.py)."""

    def __init__(self, window):
        super().__init__(window)
        session, controller = window.session, window.controller
        viewer = controller.rewind_viewer
        self.branch = RewindBranch(session, controller, self)
        tb = window.toolbar
        tb.addSeparator()
        self.pace = PaceControl(session, tb)
        self.pace.add_to(tb)
        self.indicator = RewindIndicator(session, viewer, tb)
        self.indicator.add_to(tb)
        self.bar = self.curve = None
        loss = window.panels.get("lossDock")
        if loss is not None:
            self.bar = RewindBar(session, viewer, self.branch, loss)
            loss.layout().addWidget(self.bar)
            self.curve = LossCurveRewind(loss, session, viewer, self.bar)
        self.live_action = QAction(self.tr("Back to &live"), window)
        self.live_action.setObjectName("backToLiveAction")
        self.live_action.setToolTip(self.tr("Show the latest epoch again: the views follow training"))
        self.live_action.triggered.connect(viewer.show_live)
        self.continue_action = QAction(self.tr("&Continue from here…"), window)
        self.continue_action.setObjectName("continueFromHereAction")
        self.continue_action.setToolTip(self.tr("Train on from the epoch shown (the later epochs are removed from "
                                                "the history; asks first)"))
        self.continue_action.triggered.connect(self._continue)
        self._session = session   # (never the window itself: see the class notes)
        window.training_menu.addSeparator()
        actions = [*self.pace.actions_for_menu(), self.live_action, self.continue_action]
        window.training_menu.addActions(actions)
        window.addActions(actions)   # their shortcuts work wherever the focus is in the window
        for signal in (session.display_changed, session.history_changed, session.network_changed):
            signal.connect(self._sync_actions)
        self.branch.busy_changed.connect(self._sync_actions)
        self._sync_actions()

    def _continue(self) -> None:
        self.branch.continue_from_here(self.parent())

    def _sync_actions(self, *_) -> None:
        live = self._session.is_live
        self.live_action.setEnabled(not live)
        self.continue_action.setEnabled(self.branch.can_continue())


def install_pace_and_rewind(window) -> PaceRewindControls:
    """Add pace and rewind to ``window`` (a MainWindow with its toolbar, menus and panels made)."""
    window.pace_rewind = PaceRewindControls(window)
    return window.pace_rewind
