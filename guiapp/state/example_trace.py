"""The example the backprop view shows, traced through the weights the views draw (issue 9).

It never reads the worker's live arrays: the weights come from ``session.display`` (the latest
snapshot while training, or an earlier epoch while rewinding), the activations and the loss from
the design (``session.spec``). The Update step previews what the optimizer of the current settings
would do with this example's gradient, with the worker's running state when a snapshot carries
it (``Snapshot.optimizer_state``), else from a fresh start (and says so).

    tracer = ExampleTracer()
    traced = tracer.trace(spec, snap.params, example, target=None, config=session.config,
                          learning_rate=snap.learning_rate, optimizer_state=snap.optimizer_state,
                          optimizer_name=snap.optimizer_name)
    traced.trace.delta[0], traced.preview.step_W[0]

Plain Python and NumPy (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.network import MLP
from ..engine.specs import NetworkSpec, TrainingConfig
from ..engine.trace import Trace
from ..engine.update_preview import UpdatePreview
from .example_ref import ExampleRef
from .training_state import RUNNING

#: How the Update step's optimizer state was found.
STATE_KEPT, STATE_FRESH, STATE_NONE = "kept", "fresh", "none"


@dataclass(frozen=True, eq=False)
class TracedExample:
    """One traced example.

    example: what was picked; target: the class traced against (the example's label, or the one
        the view chose; ``guessed``: the network's own answer, for a point without a label).
    trace: the engine's Trace (float64); preview: the optimizer's next step on this example's
        gradient (an UpdatePreview); optimizer_state: STATE_KEPT (the worker's running state),
        STATE_FRESH (momentum/Adam from zero: no state known for these weights) or STATE_NONE (SGD).
    """

    example: ExampleRef
    target: int
    guessed: bool
    trace: Trace
    preview: UpdatePreview
    optimizer_state: str


class ExampleTracer:
    """Traces examples through given weights, keeping one float64 network per design (made once:
    a 784-256-10 network takes milliseconds to build, a trace about two)."""

    def __init__(self):
        self._net: tuple[NetworkSpec, MLP] | None = None

    def network(self, spec: NetworkSpec, params) -> MLP:
        """A float64 MLP of ``spec`` holding copies of ``params`` ``[W1, b1, ...]``."""
        if self._net is None or self._net[0] != spec:
            self._net = (spec, spec.build(seed=0, dtype=np.float64))
        net = self._net[1]
        net.set_params(params)
        return net

    def guess(self, spec: NetworkSpec, params, x) -> int:
        """The network's answer (a class) for the input ``x`` (n_inputs,)."""
        net = self.network(spec, params)
        return int(net.predict(np.asarray(x, dtype=np.float64).reshape(1, -1))[0])

    def trace(self, spec: NetworkSpec, params, example: ExampleRef, *, target: int | None = None,
              config: TrainingConfig, learning_rate: float | None = None, optimizer_name: str = "",
              optimizer_state: dict | None = None) -> TracedExample:
        """Trace ``example`` through ``params`` of a network of ``spec`` against ``target`` (a class;
        None: the example's label, or for a point without one the network's own answer).
        ``config`` makes the optimizer previewed (at ``learning_rate`` if given: the rate training
        runs at); ``optimizer_state`` is its running state if known (from a worker of the same
        ``optimizer_name``). Raises ``TraceInputError`` for an example that does not fit."""
        net = self.network(spec, params)
        guessed = False
        if target is None:
            target = example.label
        if target is None:
            target = int(net.predict(example.x.reshape(1, -1))[0])
            guessed = True
        loss = None if spec.loss == "auto" else spec.loss
        tr = net.trace(example.x, int(target), loss)
        optimizer = config.make_optimizer()
        if learning_rate:
            optimizer.learning_rate = float(learning_rate)
        status = STATE_NONE if optimizer.name == "sgd" else STATE_FRESH
        if optimizer_state and optimizer_state.get("arrays") and optimizer_name == optimizer.name:
            try:
                optimizer.set_state(optimizer_state)
                status = STATE_KEPT
            except ValueError:   # a state of another shape (a design changed since): start afresh
                optimizer.reset()
        return TracedExample(example, int(target), guessed, tr, tr.update(optimizer), status)


def trace_display(tracer: ExampleTracer, session, example: ExampleRef, target: int | None = None):
    """Trace ``example`` through what ``session`` displays (its ``display`` snapshot; the network's
    own weights only while nothing trains and no snapshot has come). None when there are no
    weights to trace yet, or they belong to another design."""
    snap = session.display
    spec = session.spec
    if snap is not None and snap.network_id == session.network_id:
        if tuple(snap.layer_sizes) != tuple(spec.layer_sizes):
            return None
        return tracer.trace(spec, snap.params, example, target=target, config=session.config,
                            learning_rate=snap.learning_rate or None, optimizer_name=snap.optimizer_name,
                            optimizer_state=snap.optimizer_state)
    if session.state == RUNNING:
        return None
    return tracer.trace(spec, session.network.params, example, target=target, config=session.config)
