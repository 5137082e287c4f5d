"""Circuits of gates (tutorial 1, issue 11 §1): values forward, gradients backward."""

from __future__ import annotations

import math

import pytest

from guiapp.engine.circuit import PRESETS, Circuit, single_neuron_circuit, sum_times_circuit


def test_the_issue_example_runs_as_written():
    from guiapp.engine.circuit import Circuit
    c = Circuit()
    x, y, z = c.input("x", -2.0), c.input("y", 5.0), c.input("z", -4.0)
    q = c.add(x, y)
    f = c.mul(q, z)
    c.forward()
    c.backward(f)                # f.grad = 1, then every unit's .grad by the chain rule
    assert (f.value, x.grad, y.grad, z.grad) == (-12.0, -4.0, -4.0, 3.0)
    assert q.grad == -4.0 and f.grad == 1.0


def test_graph_for_drawing():
    c = sum_times_circuit()
    assert [u.name for u in c.units] == ["x", "y", "z", "q", "f"]
    assert [u.name for u in c.inputs] == ["x", "y", "z"] and [u.op for u in c.gates] == ["add", "mul"]
    for k, u in enumerate(c.units):          # topological: a gate comes after everything it reads
        assert all(c.units.index(i) < k for i in u.inputs)
    assert c["q"].inputs == (c["x"], c["y"])
    assert [c.formula(u) for u in c.units] == ["x", "y", "z", "q = x + y", "f = q · z"]
    c.backward()
    assert c["f"].local_grads() == (-4.0, 3.0)        # ∂f/∂q = z = −4, ∂f/∂z = q = 3
    assert c["q"].local_grads() == (1.0, 1.0) and c["x"].local_grads() == ()
    auto = Circuit()
    a = auto.input("a", 1.0)
    assert auto.add(a, a).name == "add1" and auto.add(a, a).name == "add2" and auto.mul(a, a).name == "mul1"
    with pytest.raises(ValueError):
        auto.input("a", 2.0)
    with pytest.raises(ValueError):
        Circuit().add(a, a)                       # a unit of another circuit


def test_a_unit_used_twice_collects_both_gradients():
    c = Circuit()
    x = c.input("x", 3.0)
    sq = c.mul(x, x)                # x²: d/dx = x + x = 6
    c.backward(sq)
    assert x.grad == 6.0
    y = c.input("y", 2.0)
    s = c.add(c.mul(x, y), x)       # x·y + x: d/dx = y + 1 = 3, d/dy = x = 3
    c.backward(s)
    assert (x.grad, y.grad) == (3.0, 3.0)
    assert sq.grad == 0.0           # not on the way to s: its stale gradient was cleared


def test_each_gate_against_its_numerical_gradient():
    for gate, v, expect in [("sigmoid", 0.7, lambda s: s * (1 - s)), ("tanh", -0.4, lambda t: 1 - t * t),
                            ("relu", 1.3, lambda r: 1.0), ("relu", -1.3, lambda r: 0.0)]:
        c = Circuit()
        u = c.input("u", v)
        out = getattr(c, gate)(u)
        c.backward(out)
        assert u.grad == pytest.approx(expect(out.value), rel=1e-14)
        assert c.numerical_grad(u) == pytest.approx(u.grad, abs=1e-8)
    c = Circuit()
    a, b = c.input("a", 2.0), c.input("b", 5.0)
    m = c.max(a, b)
    c.backward(m)
    assert (m.value, a.grad, b.grad) == (5.0, 0.0, 1.0)     # the gradient is routed to the larger input
    a.value = 7.0
    c.forward()
    c.backward(m)
    assert (m.value, a.grad, b.grad) == (7.0, 1.0, 0.0)
    assert c.numerical_grad(a) == pytest.approx(1.0) and c.numerical_grad(b) == pytest.approx(0.0)


def test_numerical_gradient_changes_nothing_and_is_for_inputs():
    c = single_neuron_circuit()
    c.backward()
    values = [u.value for u in c.units]
    grads = [u.grad for u in c.units]
    for u in c.inputs:
        assert c.numerical_grad(u) == pytest.approx(u.grad, abs=1e-8)            # central, O(h²)
        assert c.numerical_grad(u, central=False) == pytest.approx(u.grad, abs=1e-4)   # the guide's one-sided
    assert [u.value for u in c.units] == values and [u.grad for u in c.units] == grads
    with pytest.raises(ValueError):
        c.numerical_grad(c["s"])


def test_step_goes_uphill_and_inputs_are_editable():
    c = sum_times_circuit()
    c.backward()
    before = c.output.value
    after = c.step(0.01)
    assert after > before and after == c.output.value
    assert c["x"].value == pytest.approx(-2.0 + 0.01 * -4.0)
    c["z"].value = 2.0                     # a student edits an input
    assert c.forward() == pytest.approx((c["x"].value + c["y"].value) * 2.0)


def test_presets_table():
    assert set(PRESETS) == {"sum_times", "single_neuron"}
    assert PRESETS["sum_times"]().output.value == -12.0
    assert math.isclose(PRESETS["single_neuron"]().output.value, 1 / (1 + math.exp(-2.0)))
