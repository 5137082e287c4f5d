"""The rewind store (guiapp/state/rewind.py): which epochs are kept (dense at the start, then
log-spaced), the memory bound (256 entries or 200 MB), the optimizer state where it fits, and
the arrays a project file saves. Plain NumPy: no Qt."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine.trainer_state import TrainerState
from guiapp.state import rewind as rw
from guiapp.state.rewind import RewindSchedule, RewindStore


def _state(epoch: int, n: int = 17, optimizer=None, name: str = "sgd") -> TrainerState:
    return TrainerState(params=np.full(n, float(epoch)), epoch=epoch, steps=3 * epoch, optimizer=optimizer,
                        optimizer_name=name, rng={"bit_generator": "PCG64", "state": {"state": epoch, "inc": 1}})


def _train(store: RewindStore, schedule: RewindSchedule, epochs: int, n: int = 17, slots: int = 0) -> int:
    """What the worker does at every epoch end; returns how many copies it made."""
    made = 0
    for e in range(epochs + 1):
        schedule.configure(n * 8, slots)
        if schedule.wants(e):
            made += 1
            store.add([schedule.prepare(_state(e, n))])
    return made


def test_the_rule_counts_and_nests():
    for dense in (1, 2, 8, 32):
        kept = [e for e in range(6000) if rw.is_kept(e, dense)]
        assert kept[: 2 * dense] == list(range(2 * dense))                 # the start: every epoch
        for i in (0, 5, 2 * dense, len(kept) - 1):
            assert rw.nth_kept(i, dense) == kept[i]
        for last in (0, 1, 2 * dense, 999, 5999):
            assert rw.count_kept(last, dense) == sum(1 for e in kept if e <= last)
        if dense > 1:   # halving D only ever drops epochs: one dropped is never wanted again
            assert set(e for e in kept if rw.is_kept(e, dense // 2)) == {e for e in range(6000)
                                                                         if rw.is_kept(e, dense // 2)}


def test_100000_epochs_keep_the_bound_and_the_dense_start():
    store, schedule = RewindStore(), RewindSchedule()
    made = _train(store, schedule, 100_000)
    epochs = store.epochs
    assert len(store) <= rw.MAX_ENTRIES and store.nbytes <= rw.MAX_BYTES
    assert list(epochs[:32]) == list(range(32))           # every epoch of the start
    assert store.dense_until >= 31 and store.thinned
    gaps = np.diff(epochs)
    assert gaps[-1] >= 1000 and (np.diff(gaps) >= 0).all()  # spaced out more and more
    # exactly the rule at the last epoch, and the worker copied only ~2x that many
    dense = rw.dense_for(100_000, rw.MAX_ENTRIES)
    assert list(epochs) == [e for e in range(100_001) if rw.is_kept(e, dense)]
    assert made < 3 * rw.MAX_ENTRIES
    assert 50 in epochs                                   # "dragging back to epoch 50" finds it


def test_every_epoch_is_kept_until_the_bound_is_reached():
    store, schedule = RewindStore(), RewindSchedule()
    _train(store, schedule, 255)
    assert list(store.epochs) == list(range(256)) and not store.thinned
    _train(store, schedule, 256)   # one more: the first thinning
    assert len(store) < 256 and store.thinned and list(store.epochs[:128]) == list(range(128))


def test_the_byte_bound_comes_first_for_big_entries():
    n = 1_000_000                                         # 8 MB of weights per entry
    store = RewindStore(max_bytes=100 * 8 * n)            # room for 100 entries
    schedule = RewindSchedule(max_bytes=100 * 8 * n)
    schedule.configure(8 * n, 0)
    assert schedule.capacity == 100
    for e in range(2000):
        if schedule.wants(e):
            store.add([TrainerState(params=np.zeros(n), epoch=e)])
        assert len(store) <= 100 and store.nbytes <= 100 * 8 * n
    assert list(store.epochs[:16]) == list(range(16))


def test_the_optimizer_state_is_kept_where_it_fits():
    # the default image network: 784-256-10 float32 with momentum keeps its velocity, 128 entries
    weights = (784 * 256 + 256 + 256 * 10 + 10) * 4
    assert rw.keeps_optimizer(weights, 1)
    schedule = RewindSchedule()
    schedule.configure(weights, 1)
    assert schedule.keep_optimizer and schedule.capacity == 128
    # 5 million float32 weights with Adam (2 arrays more): the weights only
    schedule.configure(20_000_000, 2)
    assert not schedule.keep_optimizer and schedule.capacity == 10
    kept = schedule.prepare(_state(3, optimizer={"arrays": {"m": [np.ones(2)]}, "scalars": {}}, name="adam"))
    assert kept.optimizer is None and kept.epoch == 3


def test_nearest_previous_following_and_truncate():
    store = RewindStore()
    store.add([_state(e) for e in (0, 1, 2, 4, 8)])
    assert store.nearest(5.9) == 4 and store.nearest(6) == 4 and store.nearest(6.1) == 8 and store.nearest(99) == 8
    assert store.previous(4) == 2 and store.following(4) == 8 and store.previous(0) is None
    assert store.state_at(3) is None and store.state_at(4).epoch == 4
    before = store.truncations
    store.truncate(3)
    assert list(store.epochs) == [0, 1, 2] and store.truncations == before + 1
    store.add([_state(3)])                                # the new branch goes on
    assert list(store.epochs) == [0, 1, 2, 3]
    store.add([_state(2)])                                # an epoch again: it replaces what follows
    assert list(store.epochs) == [0, 1, 2] and store.state_at(2).params[0] == 2


def test_arrays_for_a_project_file_round_trip():
    momentum = {"arrays": {"velocity": [np.arange(12.0).reshape(3, 4), np.arange(4.0)]}, "scalars": {}}
    adam = {"arrays": {"m": [np.ones(16)], "v": [np.full(16, 2.0)]}, "scalars": {"t": 7}}
    store = RewindStore()
    store.add([_state(0, 16), _state(1, 16, momentum, "momentum"), _state(2, 16, adam, "adam"), _state(5, 16)])
    meta, arrays = store.to_arrays()
    import json

    meta = json.loads(json.dumps(meta))                   # JSON-safe
    assert arrays["params"].shape == (4, 16) and all(isinstance(a, np.ndarray) for a in arrays.values())
    back = RewindStore.from_arrays(meta, arrays, n_params=16)
    assert list(back.epochs) == [0, 1, 2, 5]
    for e in (0, 1, 2, 5):
        a, b = store.state_at(e), back.state_at(e)
        np.testing.assert_array_equal(a.params, b.params)
        assert (a.steps, a.optimizer_name, a.rng) == (b.steps, b.optimizer_name, b.rng)
        assert (a.optimizer is None) == (b.optimizer is None)
    np.testing.assert_array_equal(back.state_at(1).optimizer["arrays"]["velocity"][0], np.arange(12.0).reshape(3, 4))
    assert back.state_at(2).optimizer["scalars"] == {"t": 7}
    with pytest.raises(ValueError, match="16 weights per entry"):
        RewindStore.from_arrays(meta, arrays, n_params=17)
    broken = dict(arrays)
    del broken["optimizer/2/v/0"]
    with pytest.raises(ValueError, match="'v' arrays of entry 2"):
        RewindStore.from_arrays(meta, broken)
    with pytest.raises(ValueError, match="not increasing"):
        RewindStore.from_arrays(meta, dict(arrays, epochs=np.array([0, 2, 1, 5])))
