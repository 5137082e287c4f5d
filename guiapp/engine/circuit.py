"""Circuits of gates, as Karpathy's hacker's guide builds them (tutorial 1): every wire is a
``Unit`` with a value (forward) and a gradient (backward); each gate knows its forward formula and,
beside it, its local derivatives; backward multiplies them by the gradient from above (the chain
rule) and *adds* into the inputs' gradients, so a unit used twice collects both.

    from guiapp.engine.circuit import Circuit
    c = Circuit()
    x, y, z = c.input("x", -2.0), c.input("y", 5.0), c.input("z", -4.0)
    q = c.add(x, y)
    f = c.mul(q, z)
    c.forward()
    c.backward(f)                # f.grad = 1, then every unit's .grad by the chain rule
    assert (f.value, x.grad, y.grad, z.grad) == (-12.0, -4.0, -4.0, 3.0)

For drawing: ``c.units`` lists every unit in topological order (inputs before the gates that use
them); a gate unit's ``op`` names the gate and ``inputs`` are the units it reads;
``local_grads()`` gives ∂(unit)/∂(each input) at the current values.
"""

from __future__ import annotations

import math
from typing import Callable


class Unit:
    """One wire: ``value`` from the forward pass, ``grad`` = d(output)/d(this unit) from the
    backward pass. ``op`` is "input" or the gate's name ("add", "mul", "max", "sigmoid", "tanh",
    "relu"); ``inputs`` the units the gate reads; ``name`` a label for drawing."""

    __slots__ = ("name", "op", "inputs", "value", "grad", "_forward", "_local")

    def __init__(self, name: str, op: str, inputs: tuple["Unit", ...], value: float = 0.0):
        self.name = name
        self.op = op
        self.inputs = inputs
        self.value = float(value)
        self.grad = 0.0
        self._forward: Callable[[], float] | None = None           # the gate's formula
        self._local: Callable[[], tuple[float, ...]] | None = None  # its derivative, per input

    @property
    def is_input(self) -> bool:
        return self.op == "input"

    def local_grads(self) -> tuple[float, ...]:
        """∂(this unit)/∂(input k) at the current values, one per ``inputs``; () for an input."""
        return () if self._local is None else self._local()

    def __repr__(self) -> str:
        return f"Unit({self.name!r}, {self.op}, value={self.value:g}, grad={self.grad:g})"


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


class Circuit:
    """A circuit of gates. Make inputs with ``input``, gates with ``add``/``mul``/``max``/
    ``sigmoid``/``tanh``/``relu`` (each computes its value at once), then ``forward``,
    ``backward(output)``, ``step``, ``numerical_grad``."""

    def __init__(self):
        self.units: list[Unit] = []
        self.output: Unit | None = None
        self._names: dict[str, Unit] = {}

    # ---- building -----------------------------------------------------------------------------
    def _new(self, name: str | None, op: str, inputs: tuple[Unit, ...]) -> Unit:
        for u in inputs:
            if u not in self.units:
                raise ValueError(f"{u!r} does not belong to this circuit")
        if name is None:
            name = f"{op}{sum(1 for u in self.units if u.op == op) + 1}"
        if name in self._names:
            raise ValueError(f"a unit named {name!r} already exists")
        unit = Unit(name, op, inputs)
        self.units.append(unit)
        self._names[name] = unit
        return unit

    def _gate(self, unit: Unit, forward, local) -> Unit:
        unit._forward, unit._local = forward, local
        unit.value = forward()
        self.output = unit
        return unit

    def input(self, name: str, value: float) -> Unit:
        """An input wire with a value the student can change (``unit.value = ...``)."""
        unit = self._new(name, "input", ())
        unit.value = float(value)
        return unit

    def add(self, u0: Unit, u1: Unit, name: str | None = None) -> Unit:
        """u0 + u1.   ∂/∂u0 = 1, ∂/∂u1 = 1: the + gate hands its gradient on unchanged."""
        out = self._new(name, "add", (u0, u1))
        return self._gate(out, lambda: u0.value + u1.value,
                          lambda: (1.0, 1.0))

    def mul(self, u0: Unit, u1: Unit, name: str | None = None) -> Unit:
        """u0 · u1.   ∂/∂u0 = u1, ∂/∂u1 = u0: each input gets the other's value times the gradient."""
        out = self._new(name, "mul", (u0, u1))
        return self._gate(out, lambda: u0.value * u1.value,
                          lambda: (u1.value, u0.value))

    def max(self, u0: Unit, u1: Unit, name: str | None = None) -> Unit:
        """max(u0, u1).   ∂ = 1 for the larger input, 0 for the other (ties: the first): a switch
        that routes the gradient to the input that won."""
        out = self._new(name, "max", (u0, u1))
        return self._gate(out, lambda: max(u0.value, u1.value),
                          lambda: (1.0, 0.0) if u0.value >= u1.value else (0.0, 1.0))

    def sigmoid(self, u: Unit, name: str | None = None) -> Unit:
        """σ(u) = 1 / (1 + e^−u).   ∂/∂u = σ(u)·(1 − σ(u))."""
        out = self._new(name, "sigmoid", (u,))
        return self._gate(out, lambda: _sigmoid(u.value),
                          lambda: (out.value * (1.0 - out.value),))

    def tanh(self, u: Unit, name: str | None = None) -> Unit:
        """tanh(u).   ∂/∂u = 1 − tanh(u)²."""
        out = self._new(name, "tanh", (u,))
        return self._gate(out, lambda: math.tanh(u.value),
                          lambda: (1.0 - out.value * out.value,))

    def relu(self, u: Unit, name: str | None = None) -> Unit:
        """max(0, u).   ∂/∂u = 1 if u > 0 else 0."""
        out = self._new(name, "relu", (u,))
        return self._gate(out, lambda: max(0.0, u.value),
                          lambda: (1.0 if u.value > 0 else 0.0,))

    # ---- looking up ----------------------------------------------------------------------------
    def __getitem__(self, name: str) -> Unit:
        return self._names[name]

    @property
    def inputs(self) -> list[Unit]:
        return [u for u in self.units if u.is_input]

    @property
    def gates(self) -> list[Unit]:
        return [u for u in self.units if not u.is_input]

    # ---- running --------------------------------------------------------------------------------
    def forward(self) -> float:
        """Recompute every gate's value from the inputs (in topological order); returns the output's."""
        for u in self.units:
            if u._forward is not None:
                u.value = u._forward()
        return self.output.value if self.output is not None else float("nan")

    def backward(self, output: Unit | None = None) -> None:
        """Gradients of ``output`` (default: the last gate made) with respect to every unit:
        all grads to 0, output.grad = 1 (the push "+1" of the guide), then from the output back,
        each gate adds local derivative × its own gradient into each input's grad."""
        if output is not None:
            self.output = output
        out = self.output
        if out is None:
            raise ValueError("the circuit has no units")
        for u in self.units:
            u.grad = 0.0
        out.grad = 1.0
        for u in reversed(self.units[: self.units.index(out) + 1]):
            for inp, local in zip(u.inputs, u.local_grads()):
                inp.grad += local * u.grad       # chain rule; += so a unit used twice collects both

    def step(self, step_size: float = 0.01) -> float:
        """Move every input by ``step_size`` × its gradient (upward: the output grows, as in the
        guide) and run forward again; returns the new output. Gradients are left as they were."""
        for u in self.inputs:
            u.value += step_size * u.grad
        return self.forward()

    def numerical_grad(self, unit: Unit, h: float = 1e-4, *, central: bool = True) -> float:
        """The numerical gradient of the output with respect to input ``unit``:
        (f(x + h) − f(x − h)) / 2h, or the guide's one-sided (f(x + h) − f(x)) / h with
        ``central=False``. Values are restored afterwards; gradients are untouched."""
        if not unit.is_input:
            raise ValueError(f"{unit.name!r} is not an input: only inputs can be nudged")
        old = unit.value
        try:
            unit.value = old + h
            plus = self.forward()
            unit.value = old - h if central else old
            minus = self.forward()
        finally:
            unit.value = old
            self.forward()
        return (plus - minus) / (2 * h if central else h)

    def formula(self, unit: Unit) -> str:
        """How ``unit`` is computed, by name: "q = x + y", "s = σ(n)", "x" for an input."""
        if unit.is_input:
            return unit.name
        a = [u.name for u in unit.inputs]
        body = {"add": lambda: f"{a[0]} + {a[1]}", "mul": lambda: f"{a[0]} · {a[1]}",
                "max": lambda: f"max({a[0]}, {a[1]})", "sigmoid": lambda: f"σ({a[0]})",
                "tanh": lambda: f"tanh({a[0]})", "relu": lambda: f"max(0, {a[0]})"}[unit.op]()
        return f"{unit.name} = {body}"


# ---- the guide's two examples ------------------------------------------------------------------------
def sum_times_circuit(x: float = -2.0, y: float = 5.0, z: float = -4.0) -> Circuit:
    """(x + y)·z with the guide's −2, 5, −4: f = −12; gradients x −4, y −4, z 3."""
    c = Circuit()
    ux, uy, uz = c.input("x", x), c.input("y", y), c.input("z", z)
    q = c.add(ux, uy, name="q")
    c.mul(q, uz, name="f")
    c.forward()
    return c


def single_neuron_circuit(a: float = 1.0, b: float = 2.0, c: float = -3.0, x: float = -1.0,
                          y: float = 3.0) -> Circuit:
    """The guide's neuron σ(a·x + b·y + c) with a = 1, b = 2, c = −3, x = −1, y = 3: output 0.8808;
    gradients a −0.105, b 0.315, c 0.105, x 0.105, y 0.210; ``step(0.01)`` gives 0.8825."""
    circ = Circuit()
    ua, ub, uc = circ.input("a", a), circ.input("b", b), circ.input("c", c)
    ux, uy = circ.input("x", x), circ.input("y", y)
    ax = circ.mul(ua, ux, name="ax")
    by = circ.mul(ub, uy, name="by")
    axpby = circ.add(ax, by, name="ax+by")
    n = circ.add(axpby, uc, name="ax+by+c")
    circ.sigmoid(n, name="s")
    circ.forward()
    return circ


PRESETS = {"sum_times": sum_times_circuit, "single_neuron": single_neuron_circuit}
