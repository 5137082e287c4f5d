""""Continue from here": training branches off the epoch the views show.

    1. ask (guiapp/ui/dialogs/continue_dialog.py): epoch k, the later epochs lost, the optimizer;
    2. pause if training runs, and wait (a GUI timer, never a sleep) until the worker has ended its
       run and every snapshot of it has arrived, so nothing of the old branch comes in afterwards;
    3. cut the history and the rewind store after k (``session.truncate_history``), put the worker
       at the kept state (``controller.restore_state``: weights, optimizer state where kept,
       counters, shuffle generator);
    4. when the worker's snapshot of epoch k arrives, the views go live again and training goes on
       (``controller.start``: from k, so an epoch limit the old branch had reached counts from k).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .dialogs.continue_dialog import ask_continue, optimizer_restored

#: How long to wait for the worker to end its run (a minibatch; MNIST's take ~10 ms).
IDLE_WAIT_S = 15.0


class RewindBranch(QObject):
    """Owns the steps above (one at a time); ``busy`` while they are under way."""

    busy_changed = Signal(bool)

    def __init__(self, session, controller, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.controller = session, controller
        self._state = None
        self._restored_epoch: int | None = None
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._state is not None

    def can_continue(self) -> bool:
        s = self.session
        snap = s.display
        return (not self.busy and not s.is_live and snap is not None and snap.network_id == s.network_id
                and snap.epoch < s.epoch and s.rewind.state_at(snap.epoch) is not None)

    def continue_from_here(self, widget, ask: bool = True) -> bool:
        """Branch off the epoch shown (asking first unless ``ask`` is False); True if it goes ahead."""
        if not self.can_continue():
            return False
        s = self.session
        epoch = s.display.epoch
        state = s.rewind.state_at(epoch)
        if ask and not ask_continue(widget, epoch, s.epoch - epoch, optimizer_restored(state, s.config.optimizer)):
            return False
        self._state = state
        self.busy_changed.emit(True)
        if self.controller.is_running:
            self.controller.pause()
        self._deadline = time.monotonic() + IDLE_WAIT_S
        self._poll()
        return True

    @Slot()
    def _poll(self) -> None:
        if self.controller.worker_busy and time.monotonic() < self._deadline:
            if not self._timer.isActive():
                self._timer.start()
            return
        self._timer.stop()
        state, self._state = self._state, None
        if state is not None and self.session.network_id == self._network_of(state):
            if self._restored_epoch is None:
                self.session.snapshot_changed.connect(self._on_first_snapshot)
            self._restored_epoch = int(state.epoch)
            self.session.truncate_history(state.epoch)
            self.controller.restore_state(state)
        self.busy_changed.emit(False)

    def _network_of(self, state) -> int:
        """The network the kept state belongs to: the current one while it is still in the store."""
        s = self.session
        return s.network_id if s.rewind.state_at(state.epoch) is state else -1

    @Slot(object)
    def _on_first_snapshot(self, snap) -> None:
        """The worker's first snapshot after the restore: epoch k (anything else: the restore failed)."""
        self.session.snapshot_changed.disconnect(self._on_first_snapshot)
        epoch, self._restored_epoch = self._restored_epoch, None
        if snap.epoch == epoch and snap.batch == 0:
            self.controller.rewind_viewer.show_live()
            self.controller.start()
