"""The rewind store: where training stood at chosen epochs (the weights, and the optimizer's state
where it fits), so every view can show "the network at epoch k" and training can go on from there.
Plain data, NumPy only.

Which epochs are kept: every epoch at first, then fewer and fewer, so the beginning stays dense.
One rule, a pure function of the newest epoch N and the capacity K (entries):

    stride(e, D) = 1 for e < 2D, else 2^floor(log2(e / D))
    kept(N, D)   = {e ≤ N : e is a multiple of stride(e, D)}
    D(N, K)      = the largest power of two D with |kept(N, D)| ≤ K

Epochs 0 .. 2D-1 are all kept, then every 2nd epoch up to 4D, every 4th up to 8D, ...: each octave
[2^j·D, 2^(j+1)·D) holds D epochs (log-spaced). As N grows D halves when the octaves no longer
fit, and kept(N, D/2) ⊂ kept(N, D): an epoch once dropped is never wanted again. So the worker
copies only the epochs in kept(e, D(e, K)) (``RewindSchedule.wants``, a few integer operations per
epoch) and the store thins itself by the same rule (``RewindStore.add``). With K = 256: up to
epoch 255 every epoch; after 100,000 epochs D = 16: epochs 0-31, every 2nd to 64, every 4th to
128, ... 218 kept; after a million, 272 would not fit, so D = 8: 0-15, then 8 per octave.

Memory bound: at most ``MAX_ENTRIES`` (256) entries and ``MAX_BYTES`` (200 MB), whichever comes
first: K = min(256, 200 MB // bytes per entry). An entry holds the weights, and the optimizer's
running state (momentum's velocity: 1× the weights, Adam's two moments: 2×) when at least
``MIN_EXACT_ENTRIES`` (64) such entries fit in 200 MB; a bigger network keeps the weights only,
and "continue from here" then starts the optimizer afresh (the dialog says so). The default image
network (784-256-10, float32, momentum: 0.78 MB of weights) keeps both, 128 entries.

An entry is a ``TrainerState`` (``guiapp.engine.trainer_state``) taken at the end of an epoch
(batch 0): the flat weights, epoch, steps, optimizer name and state, the shuffle generator.
For project files: ``to_arrays()`` gives ``(meta, arrays)``, ``meta`` a JSON-safe dict and
``arrays`` named NumPy arrays (no pickles); ``RewindStore.from_arrays(meta, arrays)`` checks and
rebuilds the store.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable

import numpy as np

from ..engine.trainer_state import TrainerState

#: At most this many entries ...
MAX_ENTRIES = 256
#: ... and this many bytes of arrays, whichever comes first.
MAX_BYTES = 200 * 1024 * 1024
#: Keep the optimizer's state in every entry only if at least this many such entries fit.
MIN_EXACT_ENTRIES = 64
#: D before any thinning (every epoch is kept while they fit).
_MAX_DENSE = 1 << 40

#: ``to_arrays`` format version.
FORMAT = 1


# ---- the rule --------------------------------------------------------------------------------------
def stride(epoch: int, dense: int) -> int:
    """Keep every ``stride``-th epoch around ``epoch``: 1 below 2·dense, then doubling each octave."""
    if epoch < 2 * dense:
        return 1
    return 1 << ((epoch // dense).bit_length() - 1)


def is_kept(epoch: int, dense: int) -> bool:
    """Is ``epoch`` in kept(·, dense)?"""
    return epoch % stride(epoch, dense) == 0


def count_kept(last: int, dense: int) -> int:
    """|kept(last, dense)|: how many of the epochs 0..last the rule keeps."""
    if last < 0:
        return 0
    n = min(last, 2 * dense - 1) + 1
    lo, step = 2 * dense, 2
    while lo <= last:                  # octave [lo, 2·lo) at stride ``step``; lo is a multiple of it
        hi = min(last, 2 * lo - 1)
        n += hi // step - lo // step + 1
        lo, step = 2 * lo, 2 * step
    return n


def nth_kept(index: int, dense: int) -> int:
    """The epoch at position ``index`` (0-based) of kept(∞, dense)."""
    if index < 2 * dense:
        return index
    r = index - 2 * dense
    j = 1 + r // dense
    return (dense << j) + (r % dense) * (1 << j)


def dense_for(last: int, capacity: int) -> int:
    """D(last, capacity): the largest power of two whose kept epochs up to ``last`` fit in
    ``capacity`` (1 if even D = 1 keeps too many: the store then drops more, see ``_thin``)."""
    if last + 1 <= capacity:
        return _MAX_DENSE
    dense = 1 << max(0, (max(1, capacity // 2)).bit_length() - 1)
    while dense > 1 and count_kept(last, dense) > capacity:
        dense //= 2
    return dense


def capacity_for(entry_bytes: int, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
    """How many entries of ``entry_bytes`` the store holds (at least 2: the start and one more)."""
    return max(2, min(max_entries, max_bytes // max(1, int(entry_bytes))))


def keeps_optimizer(params_bytes: int, optimizer_slots: int, max_bytes: int = MAX_BYTES) -> bool:
    """Do entries keep the optimizer's state (``optimizer_slots`` arrays the size of the weights)?"""
    return max_bytes // max(1, params_bytes * (1 + optimizer_slots)) >= MIN_EXACT_ENTRIES


# ---- the worker's side: which epochs to copy ------------------------------------------------------
class RewindSchedule:
    """Which epochs the worker copies for rewinding (the rule above), and what it keeps of each.

    ``configure(params_bytes, optimizer_slots)`` when the network or optimizer may have changed;
    ``wants(epoch)`` at the end of every epoch (cheap); ``prepare(state)`` before sending a copy."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._sizes: tuple[int, int] | None = None
        self.keep_optimizer = True
        self.capacity = max_entries
        self._dense = _MAX_DENSE
        self._valid = (0, -1)   # epochs [from, until) for which self._dense holds

    def configure(self, params_bytes: int, optimizer_slots: int) -> None:
        sizes = (int(params_bytes), int(optimizer_slots))
        if sizes == self._sizes:
            return
        self._sizes = sizes
        self.keep_optimizer = keeps_optimizer(sizes[0], sizes[1], self.max_bytes)
        entry = sizes[0] * (1 + sizes[1]) if self.keep_optimizer else sizes[0]
        self.capacity = capacity_for(entry, self.max_entries, self.max_bytes)
        self._valid = (0, -1)

    def wants(self, epoch: int) -> bool:
        """Should the state at the end of ``epoch`` be copied?"""
        lo, hi = self._valid
        if not lo <= epoch < hi:
            self._dense = dense_for(epoch, self.capacity)
            # D holds until the epoch whose keeping would overflow the capacity
            hi = nth_kept(self.capacity, self._dense) if self._dense < _MAX_DENSE else self.capacity
            self._valid = (epoch, max(hi, epoch + 1))
        return is_kept(epoch, self._dense)

    def prepare(self, state: TrainerState) -> TrainerState:
        """The copy to keep: without the optimizer's state when it does not fit."""
        if self.keep_optimizer or state.optimizer is None:
            return state
        return dataclasses.replace(state, optimizer=None)


# ---- the store (GUI side, in the session) --------------------------------------------------------------
class RewindStore:
    """Kept ``TrainerState``s by epoch, thinned by the rule above within the memory bound.

    ``epochs`` (m,) int64 ascending; ``state_at(epoch)``; ``nearest(epoch)``; ``previous``/``following``
    for stepping; ``thinned``: not every epoch up to the last is kept; ``dense_until``: every epoch
    up to this one is kept. ``truncations`` counts ``truncate``/``clear`` calls (caches of views
    made from older entries compare it)."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES):
        self.max_entries, self.max_bytes = int(max_entries), int(max_bytes)
        self._epochs: list[int] = []
        self._states: list[TrainerState] = []
        self.truncations = 0

    # ---- reading ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._epochs)

    @property
    def epochs(self) -> np.ndarray:
        return np.array(self._epochs, dtype=np.int64)

    @property
    def last_epoch(self) -> int | None:
        return self._epochs[-1] if self._epochs else None

    @property
    def nbytes(self) -> int:
        """Bytes held by the kept arrays (weights, optimizer state)."""
        return sum(s.nbytes for s in self._states)

    @property
    def capacity(self) -> int:
        """Entries the bound allows for entries the size of the largest one kept."""
        biggest = max((s.nbytes for s in self._states), default=0)
        return capacity_for(biggest, self.max_entries, self.max_bytes)

    @property
    def thinned(self) -> bool:
        """Are some epochs up to the last one missing (older copies were dropped to stay in bounds)?"""
        return bool(self._epochs) and len(self._epochs) < self._epochs[-1] + 1

    @property
    def dense_until(self) -> int:
        """Every epoch 0..dense_until is kept (-1: not even epoch 0)."""
        n = 0
        while n < len(self._epochs) and self._epochs[n] == n:
            n += 1
        return n - 1

    def state_at(self, epoch: int) -> TrainerState | None:
        i = bisect.bisect_left(self._epochs, epoch)
        return self._states[i] if i < len(self._epochs) and self._epochs[i] == epoch else None

    def nearest(self, epoch: float) -> int | None:
        """The kept epoch closest to ``epoch`` (the earlier one on a tie); None when empty."""
        if not self._epochs:
            return None
        i = bisect.bisect_left(self._epochs, epoch)
        if i == 0:
            return self._epochs[0]
        if i == len(self._epochs):
            return self._epochs[-1]
        before, after = self._epochs[i - 1], self._epochs[i]
        return before if epoch - before <= after - epoch else after

    def previous(self, epoch: int) -> int | None:
        """The kept epoch before ``epoch`` (None: none)."""
        i = bisect.bisect_left(self._epochs, epoch)
        return self._epochs[i - 1] if i > 0 else None

    def following(self, epoch: int) -> int | None:
        """The kept epoch after ``epoch`` (None: none)."""
        i = bisect.bisect_right(self._epochs, epoch)
        return self._epochs[i] if i < len(self._epochs) else None

    # ---- changing --------------------------------------------------------------------------------
    def add(self, states: Iterable[TrainerState]) -> None:
        """Keep ``states`` (ascending epochs, after the ones kept; an epoch already kept or an
        earlier one replaces everything from there on), then thin to the bound."""
        for state in states:
            epoch = int(state.epoch)
            if self._epochs and epoch <= self._epochs[-1]:
                i = bisect.bisect_left(self._epochs, epoch)
                del self._epochs[i:], self._states[i:]
            self._epochs.append(epoch)
            self._states.append(state)
        self._thin()

    def truncate(self, epoch: int) -> None:
        """Forget the entries after ``epoch`` (training goes on from there: a new branch)."""
        i = bisect.bisect_right(self._epochs, epoch)
        if i < len(self._epochs):
            del self._epochs[i:], self._states[i:]
        self.truncations += 1

    def copy_until(self, epoch: int) -> "RewindStore":
        """A new store with the entries up to ``epoch`` (the entries themselves are shared: they
        are never changed)."""
        copy = RewindStore(self.max_entries, self.max_bytes)
        i = bisect.bisect_right(self._epochs, epoch)
        copy._epochs, copy._states = self._epochs[:i], self._states[:i]
        return copy

    def clear(self) -> None:
        self._epochs.clear()
        self._states.clear()
        self.truncations += 1

    def _thin(self) -> None:
        if not self._epochs:
            return
        capacity = self.capacity
        dense = dense_for(self._epochs[-1], capacity)
        keep = [i for i, e in enumerate(self._epochs) if is_kept(e, dense)]
        # The rule alone fits unless even D = 1 keeps too many (a network of tens of MB): then
        # every other entry between the first and the last goes until it fits.
        while len(keep) > max(2, capacity) or sum(self._states[i].nbytes for i in keep) > self.max_bytes:
            if len(keep) <= 2:
                keep = keep[-1:]
                break
            keep = [keep[0], *keep[2:-1:2], keep[-1]] if len(keep) > 3 else [keep[0], keep[-1]]
        if len(keep) != len(self._epochs):
            self._epochs = [self._epochs[i] for i in keep]
            self._states = [self._states[i] for i in keep]

    # ---- for project files -------------------------------------------------------------------------
    def to_arrays(self) -> tuple[dict, dict[str, np.ndarray]]:
        """``(meta, arrays)``: everything kept, as a JSON-safe dict and named arrays.

        arrays: ``epochs`` (m,) int64; ``steps`` (m,) int64; ``params`` (m, n_params) in the
        network's dtype; ``optimizer/<i>/<name>/<j>``: the j-th array of the optimizer's state list
        ``name`` of entry i (entries that kept it). meta: ``format``, ``max_entries``, ``max_bytes``,
        ``entries``: one dict per entry with ``optimizer_name``, ``optimizer`` (None: not kept, else
        ``{"scalars": {...}, "arrays": {name: count}}``), ``rng`` (the shuffle generator's state),
        ``best_loss`` (None for infinity)."""
        m = len(self._states)
        n_params = self._states[0].params.size if m else 0
        dtype = self._states[0].params.dtype if m else np.float64
        arrays: dict[str, np.ndarray] = {
            "epochs": np.array(self._epochs, dtype=np.int64),
            "steps": np.array([s.steps for s in self._states], dtype=np.int64),
            "params": np.stack([s.params for s in self._states]) if m else np.zeros((0, n_params), dtype=dtype),
        }
        entries = []
        for i, s in enumerate(self._states):
            opt = None
            if s.optimizer is not None:
                lists = s.optimizer.get("arrays", {})
                opt = {"scalars": {k: float(v) if isinstance(v, float) else int(v)
                                   for k, v in s.optimizer.get("scalars", {}).items()},
                       "arrays": {name: len(values) for name, values in lists.items()}}
                for name, values in lists.items():
                    for j, a in enumerate(values):
                        arrays[f"optimizer/{i}/{name}/{j}"] = np.asarray(a)
            entries.append({"optimizer_name": s.optimizer_name, "optimizer": opt, "rng": s.rng,
                            "best_loss": float(s.best_loss) if np.isfinite(s.best_loss) else None})
        meta = {"format": FORMAT, "max_entries": self.max_entries, "max_bytes": self.max_bytes, "entries": entries}
        return meta, arrays

    @classmethod
    def from_arrays(cls, meta: dict, arrays: dict[str, np.ndarray], n_params: int | None = None) -> "RewindStore":
        """The store ``to_arrays`` described. ValueError (saying what) if the parts do not fit
        together or, with ``n_params``, do not fit a network of that many parameters."""
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ValueError(f"unknown rewind data format {meta.get('format') if isinstance(meta, dict) else meta!r}")
        entries = meta.get("entries")
        epochs, steps, params = (np.asarray(arrays.get(k)) for k in ("epochs", "steps", "params"))
        if not isinstance(entries, list) or epochs.ndim != 1 or steps.shape != epochs.shape or params.ndim != 2:
            raise ValueError("the rewind data is incomplete: epochs, steps, weights and entries are needed")
        m = len(entries)
        if len(epochs) != m or len(params) != m:
            raise ValueError(f"the rewind data lists {m} entries but holds {len(epochs)} epochs and "
                             f"{len(params)} weight rows")
        if m and (np.any(np.diff(epochs) <= 0) or epochs[0] < 0):
            raise ValueError("the rewind data's epochs are not increasing")
        if n_params is not None and m and params.shape[1] != n_params:
            raise ValueError(f"the rewind data holds {params.shape[1]:,} weights per entry, the network "
                             f"{n_params:,}")
        if not np.issubdtype(params.dtype, np.floating) or not np.isfinite(params).all():
            raise ValueError("the rewind data's weights are not all finite numbers")
        store = cls(int(meta.get("max_entries", MAX_ENTRIES)), int(meta.get("max_bytes", MAX_BYTES)))
        states = []
        for i, entry in enumerate(entries):
            opt = entry.get("optimizer")
            state_opt = None
            if opt is not None:
                lists = {}
                for name, count in opt.get("arrays", {}).items():
                    keys = [f"optimizer/{i}/{name}/{j}" for j in range(int(count))]
                    if any(k not in arrays for k in keys):
                        raise ValueError(f"the rewind data lacks the optimizer's {name!r} arrays of entry {i}")
                    lists[name] = [np.array(arrays[k], copy=True) for k in keys]
                state_opt = {"arrays": lists, "scalars": dict(opt.get("scalars", {}))}
            best = entry.get("best_loss")
            states.append(TrainerState(params=np.array(params[i], copy=True), epoch=int(epochs[i]), batch=0,
                                       steps=int(steps[i]), optimizer=state_opt,
                                       optimizer_name=str(entry.get("optimizer_name", "")), rng=entry.get("rng"),
                                       best_loss=float("inf") if best is None else float(best)))
        store.add(states)
        return store
