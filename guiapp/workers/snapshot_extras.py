"""The extras a snapshot carries while some view asks for them (``state.snapshot.EXTRAS``), made on
the worker's thread at emit time only (about 30 times a second at most), never per minibatch:

- GRADIENTS: a copy of the network's gradients, dL/dW and dL/db of the last minibatch (what the
  last backward left in ``net.grads``; the data loss only, averaged over the batch).
- UPDATES: Δ of the last optimizer step, worked out from the optimizer's state
  (``engine.last_update.last_step``), so nothing is copied before each step.
- OPTIMIZER_STATE: a copy of the optimizer's running state, for previewing its next step.
- NEURON_HEALTH: saturated and dead neurons (``engine.neuron_health``) on a sample of the training
  rows, recomputed at most every ``HEALTH_SECONDS`` (longer for a big network: at most 1 % of the
  time; when a run ends, if the last check is older than a second), else the last verdicts.

Snapshots taken before the worker has trained this network (a new network, a restored place)
carry no gradients or updates: there is no "last step" to show yet.
"""

from __future__ import annotations

import time

import numpy as np

from ..engine.last_update import last_step
from ..engine.neuron_health import neuron_health
from ..state.snapshot import GRADIENTS, NEURON_HEALTH, OPTIMIZER_STATE, UPDATES

#: Seconds between two health checks while training runs, at least; and at least this many times
#: as long as the last check took (a check of 784-256-10 on 1,000 rows takes tens of milliseconds:
#: at most 1 % of the training time goes to it).
HEALTH_SECONDS = 1.0
HEALTH_COST_FACTOR = 100.0


class ExtrasMaker:
    """Makes the extras fields of a Snapshot; one per worker. ``reset()`` for a new network or a
    restored place (the steps before it are not this network's last step)."""

    def __init__(self):
        self.reset(0)

    def reset(self, steps: int) -> None:
        """Forget everything; ``steps``: the trainer's step count now (only later steps count as
        "the last step")."""
        self._steps_at_reset = int(steps)
        self._health = None
        self._health_at = -np.inf
        self._health_steps = -1
        self._health_wait = HEALTH_SECONDS

    def fields(self, extras, net, trainer, views, force: bool = False) -> dict:
        """The Snapshot fields for ``extras`` (a set of names) from the worker's ``net`` and
        ``trainer`` (None before the first run) and its ``views`` (a ViewSpec). ``force``: a run
        ended or a snapshot was asked for (health is measured again)."""
        out: dict = {}
        if not extras:
            return out
        stepped = trainer is not None and trainer.steps > self._steps_at_reset
        if GRADIENTS in extras and stepped:
            out["grads"] = tuple(np.array(g) for g in net.grads)
        if UPDATES in extras and stepped:
            delta = last_step(trainer.optimizer, [net.flat_params], [net.flat_grads], [net.weight_mask])
            if delta is not None:
                out["updates"] = tuple(_like(delta[0], net.params))
        if OPTIMIZER_STATE in extras and trainer is not None:
            out["optimizer_name"] = trainer.optimizer.name
            out["optimizer_state"] = trainer.optimizer.get_state()
        if NEURON_HEALTH in extras and views.X_health is not None and len(views.X_health):
            now = time.perf_counter()
            steps = trainer.steps if trainer is not None else 0
            # a run that ends asks for fresh verdicts, but not more than once a second either
            wait = min(self._health_wait, HEALTH_SECONDS) if force else self._health_wait
            if self._health is None or (steps != self._health_steps and now - self._health_at >= wait):
                self._health = tuple(neuron_health(net, views.X_health))
                took = time.perf_counter() - now
                self._health_at, self._health_steps = now, steps
                self._health_wait = max(HEALTH_SECONDS, HEALTH_COST_FACTOR * took)
            out["health"] = self._health
            out["health_steps"] = self._health_steps
        return out


def _like(flat: np.ndarray, arrays) -> list[np.ndarray]:
    """``flat`` cut into new arrays shaped like ``arrays`` (in order)."""
    out, offset = [], 0
    for a in arrays:
        out.append(np.array(flat[offset:offset + a.size]).reshape(a.shape))
        offset += a.size
    return out
