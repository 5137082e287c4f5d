"""The worker's extras maker: neuron health is measured again at most once a second while steps
go on (and whenever a run ends), and not at all when no view asks."""

from __future__ import annotations

import numpy as np

from guiapp.engine import MLP, Trainer
from guiapp.state.snapshot import NEURON_HEALTH, ViewSpec
from guiapp.workers import snapshot_extras
from guiapp.workers.snapshot_extras import ExtrasMaker


def test_health_is_refreshed_now_and_then(monkeypatch):
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    net = MLP([2, 3, 1], ["relu", "sigmoid"], seed=0)
    trainer = Trainer(net, X, np.array([0, 1, 1, 0]), learning_rate=0.5)
    views = ViewSpec(X_health=X)
    clock = [100.0]
    monkeypatch.setattr(snapshot_extras.time, "perf_counter", lambda: clock[0])
    maker = ExtrasMaker()
    assert maker.fields(frozenset(), net, trainer, views) == {}
    first = maker.fields({NEURON_HEALTH}, net, trainer, views)["health"]
    trainer.step_batch()
    clock[0] += 0.5
    assert maker.fields({NEURON_HEALTH}, net, trainer, views)["health"] is first      # too soon
    clock[0] += 0.6
    again = maker.fields({NEURON_HEALTH}, net, trainer, views)
    assert again["health"] is not first and again["health_steps"] == 1
    trainer.step_batch()
    clock[0] += 0.5      # a run ended half a second later: still fresh enough
    assert maker.fields({NEURON_HEALTH}, net, trainer, views, force=True)["health_steps"] == 1
    clock[0] += 0.6      # a second after the last check: measured again
    assert maker.fields({NEURON_HEALTH}, net, trainer, views, force=True)["health_steps"] == 2
