"""Rewinding, on screen: the scrubber under the loss plot, the "epoch k of N" indicators, and the
loss curve answering a click.

- ``RewindBar`` (under the loss plot): a slider over epochs 0..N; dragging it (or the arrow keys:
  the previous / next kept epoch; Home: the start; End: live) shows the network as it was at the
  nearest kept epoch in every view (``RewindViewer.show_epoch``). Beside it "Epoch k of N",
  **Live** (back to the latest epoch) and **Continue from here…** (``RewindBranch``), and, once
  older epochs have been thinned, how many are kept and why.
- ``RewindIndicator`` (in the training toolbar, seen whatever the docks show): "Epoch k of N ·
  back to live" while an earlier epoch is shown; a click goes back to live.
- ``LossCurveRewind``: a click on the loss or accuracy plot shows that epoch; a line marks the
  epoch shown.

Every view follows ``session.display``; these widgets only choose what it is.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QStyle, QToolButton,
                               QWidget)

from ..i18n.formatting import arg, format_bytes, format_int
from .hover import view_point

#: The look of "you are looking at the past" (the message banner's warning colours).
PAST_STYLE = ("background: #fff4ce; color: #5c4400; border: 1px solid #c19c00; border-radius: 3px; "
              "padding: 1px 6px; font-weight: bold;")
MARK_COLOR = "#c19c00"


def shown_epoch(session, viewer) -> int | None:
    """The epoch the views show or are about to show; None while they follow training."""
    if viewer.pending_epoch is not None:
        return viewer.pending_epoch
    if session.is_live or session.display is None:
        return None
    return session.display.epoch


class EpochSlider(QSlider):
    """A horizontal slider over epochs whose arrow keys step between kept epochs (``bar.step``)."""

    def __init__(self, bar: "RewindBar"):
        super().__init__(Qt.Orientation.Horizontal)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1,
                 Qt.Key.Key_PageDown: -10, Qt.Key.Key_PageUp: 10}
        if key in moves:
            self._bar.step(moves[key])
        elif key == Qt.Key.Key_Home:
            self._bar.show_epoch(0)
        elif key == Qt.Key.Key_End:
            self._bar.viewer.show_live()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class RewindBar(QWidget):
    """The scrubber row under the loss plot. ``viewer``: the controller's RewindViewer; ``branch``: a
    RewindBranch ("continue from here")."""

    def __init__(self, session, viewer, branch, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.viewer, self.branch = session, viewer, branch
        self.setObjectName("rewindBar")
        self._syncing = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(6)

        self.slider = EpochSlider(self)
        self.slider.setObjectName("rewindSlider")
        self.slider.setAccessibleName(self.tr("Epoch shown"))
        self.slider.setToolTip(self.tr("Drag back to see the network as it was at an earlier epoch, in every view: "
                                       "diagram, weights, decision boundary, truth table, test results. Arrow keys: "
                                       "the previous or next kept epoch; End: back to the latest."))
        self.slider.setMinimumWidth(120)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._sync_slider)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("rewindEpochLabel")
        self.epoch_label.setToolTip(self.tr("The epoch every view shows"))
        self.live_button = QPushButton(self.tr("Live"))
        self.live_button.setObjectName("backToLiveButton")
        self.live_button.setToolTip(self.tr("Back to the latest epoch: the views follow training again"))
        self.live_button.clicked.connect(viewer.show_live)
        self.continue_button = QPushButton(self.tr("Continue from here…"))
        self.continue_button.setObjectName("continueFromHereButton")
        self.continue_button.setToolTip(self.tr("Train on from the epoch shown: the later epochs are removed from "
                                                "the history (asks first)"))
        self.continue_button.clicked.connect(self.continue_from_here)
        for button in (self.live_button, self.continue_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click leaves the focus: Space still trains
        self.note_label = QLabel()
        self.note_label.setObjectName("rewindNoteLabel")
        self.note_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.epoch_label)
        layout.addWidget(self.live_button)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.note_label)

        session.history_changed.connect(self.sync)
        session.display_changed.connect(self.sync)
        session.rewind_changed.connect(self.sync)
        session.network_changed.connect(self.sync)
        branch.busy_changed.connect(self.sync)
        self.sync()

    # ---- actions -------------------------------------------------------------------------------------
    def show_epoch(self, epoch: float) -> None:
        self.viewer.show_epoch(epoch)
        self.sync()

    def step(self, kept_epochs: int) -> None:
        """Move by ``kept_epochs`` kept epochs (negative: back)."""
        store, s = self.session.rewind, self.session
        at = shown_epoch(s, self.viewer)
        at = s.epoch if at is None else at
        for _ in range(abs(kept_epochs)):
            nxt = store.previous(at) if kept_epochs < 0 else store.following(at)
            if nxt is None:
                break
            at = nxt
        if kept_epochs > 0 and (at >= s.epoch or store.following(at) is None):
            self.viewer.show_live()
        else:
            self.show_epoch(at)

    @Slot()
    def continue_from_here(self) -> None:
        self.branch.continue_from_here(self)

    # ---- session -> widgets --------------------------------------------------------------------------------
    @Slot(int)
    def _on_slider(self, value: int) -> None:
        if not self._syncing:
            self.show_epoch(value)

    @Slot()
    def sync(self, *_) -> None:
        s = self.session
        last = s.epoch
        at = shown_epoch(s, self.viewer)
        usable = len(s.rewind) >= 1 and last > 0
        self.slider.setEnabled(usable)
        if at is None:
            self.epoch_label.setText(arg(self.tr("Live: epoch %1"), last))
            self.epoch_label.setStyleSheet("")
            self.epoch_label.setAccessibleName(self.epoch_label.text())
        else:
            self.epoch_label.setText(arg(self.tr("Epoch %1 of %2"), at, last))
            self.epoch_label.setStyleSheet(PAST_STYLE)
            self.epoch_label.setAccessibleName(self.epoch_label.text())
        self.live_button.setEnabled(at is not None)
        self.continue_button.setEnabled(at is not None and self.branch.can_continue())
        self._sync_note()
        if not self.slider.isSliderDown():
            self._sync_slider()

    @Slot()
    def _sync_slider(self) -> None:
        s = self.session
        at = shown_epoch(s, self.viewer)
        self._syncing = True
        try:
            self.slider.setRange(0, max(0, s.epoch))
            self.slider.setValue(s.epoch if at is None else at)
        finally:
            self._syncing = False

    def _sync_note(self) -> None:
        store = self.session.rewind
        if not store.thinned or store.last_epoch is None:
            self.note_label.hide()
            return
        last = max(self.session.epoch, store.last_epoch)
        self.note_label.setText(arg(self.tr("%1 of %2 epochs kept"), len(store), last + 1))
        self.note_label.setToolTip(arg(self.tr("To stay within memory, older epochs were thinned: every epoch up "
                                               "to %1 is kept, then fewer and fewer (every 2nd, 4th, 8th … epoch), "
                                               "at most %2 copies of the network or %3, whichever comes first. "
                                               "Between two kept epochs the nearer one is shown."),
                                       max(0, store.dense_until), format_int(store.max_entries),
                                       format_bytes(store.max_bytes)))
        self.note_label.show()


class RewindIndicator(QObject):
    """For the training toolbar: "Epoch k of N · back to live" while an earlier epoch is shown (an
    action the toolbar makes a button for: see the note in :mod:`.pace_control`)."""

    def __init__(self, session, viewer, parent: QWidget):
        super().__init__(parent)
        self.session, self.viewer = session, viewer
        self.action = QAction(self)
        self.action.setObjectName("rewindIndicatorAction")
        self.action.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.action.setToolTip(self.tr("The views show an earlier epoch, not the network training now. Click to go "
                                       "back to the latest epoch."))
        self.action.triggered.connect(viewer.show_live)
        self.button: QToolButton | None = None
        session.display_changed.connect(self.sync)
        session.history_changed.connect(self.sync)
        session.network_changed.connect(self.sync)
        self.sync()

    def add_to(self, toolbar) -> None:
        toolbar.addAction(self.action)
        self.button = toolbar.widgetForAction(self.action)
        self.button.setObjectName("rewindIndicatorButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setStyleSheet(f"QToolButton {{ {PAST_STYLE} }}")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sync()

    def text(self) -> str:
        return self.action.text()

    @Slot()
    def sync(self, *_) -> None:
        at = shown_epoch(self.session, self.viewer)
        self.action.setVisible(at is not None)
        if at is not None:
            self.action.setText(arg(self.tr("Epoch %1 of %2 · back to live"), at, self.session.epoch))
            if self.button is not None:
                self.button.setAccessibleName(self.action.text())


class LossCurveRewind(QObject):
    """A click on the loss panel's plots shows that epoch; a line marks the epoch shown."""

    def __init__(self, loss_panel, session, viewer, bar: RewindBar):
        super().__init__(loss_panel)
        self.panel, self.session, self.viewer, self.bar = loss_panel, session, viewer, bar
        pen = pg.mkPen(MARK_COLOR, width=2)
        self.marks = []
        for plot in (loss_panel.loss_plot, loss_panel.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            line.setZValue(19)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.marks.append(line)
        loss_panel.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        session.display_changed.connect(self.sync)
        session.network_changed.connect(self.sync)
        self.sync()

    @Slot(object)
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        for plot in (self.panel.loss_plot, self.panel.acc_plot):
            p = view_point(plot, event.scenePos())
            if p is not None and len(self.session.history):
                self.bar.show_epoch(max(0.0, p.x()))
                event.accept()
                return

    def click_at(self, epoch: float) -> None:
        """What a click on the curve at ``epoch`` does (for tests and tools)."""
        self.bar.show_epoch(epoch)

    @Slot()
    def sync(self, *_) -> None:
        at = shown_epoch(self.session, self.viewer)
        for line in self.marks:
            line.setVisible(at is not None)
            if at is not None:
                line.setPos(at)
