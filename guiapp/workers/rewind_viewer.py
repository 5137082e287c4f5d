"""Showing an earlier epoch: every view's "network at epoch k", made off the GUI thread.

The rewind store (``session.rewind``, :mod:`guiapp.state.rewind`) keeps where training stood at
chosen epochs; every view draws ``session.display``. ``RewindViewer.show_epoch(k)`` takes the kept
epoch nearest to k and makes a ``Snapshot`` of it on its own thread: its weights, the decision
boundary with every hidden neuron's map (2-D data), and the test results for that epoch (confusion
matrix, gallery guesses: images and tables), exactly as the training worker makes them for the
live network (:mod:`.views`). Then ``session.show_snapshot`` hands it to every view.

While a student drags the scrubber, only the newest request is worked on (queued older ones are
skipped), and the last few snapshots made are kept, so dragging back and forth is instant.
``show_live()`` goes back to the live network. The viewer's thread is owned by the training
controller, which ends it with its own (``shutdown``).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QThread, Signal, Slot
from threadpoolctl import threadpool_limits

from ..state.snapshot import Snapshot, ViewSpec
from .views import compute_boundary, compute_evaluation

#: Snapshots of earlier epochs kept for going back and forth.
CACHE_SIZE = 8


def snapshot_of(net, state, views: ViewSpec, network_id: int) -> Snapshot:
    """The Snapshot of ``net`` with the weights of ``state`` (a TrainerState at an epoch's end), and
    the views the worker computes for live snapshots."""
    net.flat_params[...] = state.params
    boundary = compute_boundary(net, views.grid) if views.grid is not None else None
    evaluation = None
    if views.X_eval is not None and len(views.X_eval):
        evaluation = compute_evaluation(net, views, epoch=int(state.epoch))
    return Snapshot(network_id=network_id, epoch=int(state.epoch), batch=0, steps=int(state.steps),
                    params=tuple(p.copy() for p in net.params), layer_sizes=tuple(net.layer_sizes),
                    boundary=boundary, evaluation=evaluation)


class _ViewMaker(QObject):
    """Lives on the viewer's thread: builds its own network once per design, fills in the kept weights."""

    made = Signal(int, object)    # (request id, Snapshot)
    failed = Signal(int, str)     # (request id, message)

    def __init__(self):
        super().__init__()
        #: Requests below this id are out of date (set from the GUI thread: a plain assignment).
        self.latest = 0
        self._net = None
        self._net_key = None

    @Slot(object)
    def make(self, job: tuple) -> None:
        request_id, network_id, spec, dtype, state, views = job
        if request_id < self.latest:
            return
        try:
            if self._net_key != (network_id, spec, dtype):
                self._net, self._net_key = spec.build(seed=0, dtype=dtype), (network_id, spec, dtype)
            with threadpool_limits(limits=1, user_api="blas"):   # the other core is the GUI's
                snap = snapshot_of(self._net, state, views, network_id)
        except Exception as exc:  # a kept state that does not fit this design (never expected)
            self.failed.emit(request_id, f"{type(exc).__name__}: {exc}")
            return
        self.made.emit(request_id, snap)


class RewindViewer(QObject):
    """Shows a kept epoch in every view (``show_epoch``), or the live network again (``show_live``)."""

    _request = Signal(object)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._thread = QThread()
        self._thread.setObjectName("rewindViewThread")
        self._maker = _ViewMaker()
        self._maker.moveToThread(self._thread)
        self._request.connect(self._maker.make)
        self._maker.made.connect(self._on_made)
        self._maker.failed.connect(self._on_failed)
        self._thread.start()
        self._next_id = 0
        self._wanted: int | None = None    # the epoch being made for the views
        self._cache: OrderedDict[int, Snapshot] = OrderedDict()
        self._cache_key = None
        session.network_changed.connect(self._forget)

    # ---- what the views show -----------------------------------------------------------------------
    @property
    def pending_epoch(self) -> int | None:
        """The epoch asked for whose views are still being made (None: nothing pending)."""
        return self._wanted

    def show_epoch(self, epoch: float) -> int | None:
        """Show the kept epoch nearest to ``epoch`` in every view; returns it (None: nothing kept).
        At or after the latest epoch this is the live network (``show_live``)."""
        s = self.session
        kept = s.rewind.nearest(epoch)
        if kept is None:
            return None
        if epoch >= s.epoch or kept >= s.epoch:
            self.show_live()
            return s.epoch
        self._check_cache()
        self._next_id += 1
        self._maker.latest = self._next_id   # queued older requests are skipped
        snap = self._cache.get(kept)
        if snap is not None:
            self._cache.move_to_end(kept)
            self._wanted = None
            s.show_snapshot(snap)
            return kept
        self._wanted = kept
        self._request.emit((self._next_id, s.network_id, s.spec, s.dtype, s.rewind.state_at(kept), s.view_spec()))
        return kept

    @Slot()
    def show_live(self) -> None:
        """The views follow training again (go back to live through here, so a view still in the
        making is dropped)."""
        self._next_id += 1
        self._maker.latest = self._next_id
        self._wanted = None
        self.session.show_live()

    # ---- from the viewer's thread ----------------------------------------------------------------------
    @Slot(int, object)
    def _on_made(self, request_id: int, snap: Snapshot) -> None:
        if snap.network_id != self.session.network_id:
            return
        self._check_cache()
        self._cache[snap.epoch] = snap
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if request_id == self._next_id:
            self._wanted = None
            self.session.show_snapshot(snap)

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id == self._next_id:
            self._wanted = None
            self.session.message.emit("error", message)

    def _check_cache(self) -> None:
        """Snapshots of another network, or of a branch since cut off, are forgotten."""
        key = (self.session.network_id, self.session.rewind.truncations)
        if key != self._cache_key:
            self._cache.clear()
            self._cache_key = key

    @Slot()
    def _forget(self) -> None:
        self._cache.clear()
        self._wanted = None
        self._next_id += 1
        self._maker.latest = self._next_id

    # ---- the thread's life (the training controller calls these) ------------------------------------------
    def request_shutdown(self) -> None:
        self._maker.latest = 1 << 62
        self._thread.quit()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """End the thread (a view in the making takes a moment at most); True if it ended."""
        self.request_shutdown()
        return bool(self._thread.wait(max(0, int(timeout_ms))))
