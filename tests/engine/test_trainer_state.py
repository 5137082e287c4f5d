"""TrainerState: a Trainer's place copied out and put back; training then goes on exactly as if
it had never stopped (what rewinding and project files rely on)."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.data import make_toy
from guiapp.engine import MLP, Trainer
from guiapp.engine.optimizers import make_optimizer


def _trainer(seed_net=0, optimizer="momentum", batch_size=16, shuffle=True):
    ds = make_toy("spiral", n=120, seed=3)
    net = MLP([2, 8, 1], ["tanh", "sigmoid"], seed=seed_net)
    opt = make_optimizer(optimizer, 0.05, l2=1e-3)
    return Trainer(net, ds.X_train, ds.y_train, optimizer=opt, batch_size=batch_size, shuffle=shuffle, seed=4)


def _losses(trainer, steps):
    out = []
    for _ in range(steps):
        r = trainer.step_batch()
        if r is not None:
            out.append(r.train_loss)
    return out, trainer.net.flat_params.copy()


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("stop_after", [14, 21])   # at an epoch's end (7 batches an epoch) and mid-epoch
def test_restored_trainer_goes_on_exactly(optimizer, stop_after):
    a = _trainer(optimizer=optimizer)
    _losses(a, stop_after)
    state = a.capture_state()
    want, want_params = _losses(a, 40)

    b = _trainer(seed_net=7, optimizer=optimizer)   # other starting weights, overwritten by the state
    b.restore_state(state)
    assert (b.epoch, b.batch, b.steps) == (state.epoch, state.batch, state.steps)
    got, got_params = _losses(b, 40)
    assert got == want                              # bit for bit, not just close
    np.testing.assert_array_equal(got_params, want_params)
    assert state.exact


def test_state_is_a_copy():
    t = _trainer()
    _losses(t, 10)
    state = t.capture_state()
    before = state.params.copy()
    _losses(t, 10)
    np.testing.assert_array_equal(state.params, before)
    assert not np.shares_memory(state.params, t.net.flat_params)


def test_a_state_without_optimizer_or_generator_starts_those_afresh():
    """A rewound epoch may have kept only the weights: training goes on from them, not exactly."""
    a = _trainer()
    _losses(a, 21)
    full = a.capture_state()
    from dataclasses import replace

    bare = replace(full, optimizer=None, rng=None, order=None)
    assert not bare.exact
    b = _trainer(seed_net=5)
    b.restore_state(bare)
    np.testing.assert_array_equal(b.net.flat_params, full.params)
    assert b.batch == 0 and b.epoch == full.epoch       # the half-done epoch starts again
    assert b.optimizer.get_state() == {"arrays": {}, "scalars": {}}
    got, _ = _losses(b, 14)
    assert len(got) == 2 and all(np.isfinite(got))


def test_a_state_for_another_design_is_refused():
    a = _trainer()
    state = a.capture_state()
    ds = make_toy("spiral", n=120, seed=3)
    other = Trainer(MLP([2, 5, 1], ["tanh", "sigmoid"], seed=0), ds.X_train, ds.y_train)
    with pytest.raises(ValueError, match="numbers"):
        other.restore_state(state)


def test_nan_weights_are_refused():
    from dataclasses import replace

    from guiapp.engine import WeightsNotFinite

    a = _trainer()
    state = a.capture_state()
    bad = state.params.copy()
    bad[3] = np.nan
    with pytest.raises(WeightsNotFinite):
        a.restore_state(replace(state, params=bad))
