"""Truth tables: the classic first problems for a neural network.

- ``AND``, ``OR``, ``NAND``, ``NOR``: one straight line separates the 0s from the
  1s, so a single neuron (a perceptron) can learn them.
- ``XOR``, ``XNOR``: no single line works; the network needs a hidden layer.
- n-bit parity: XOR of n inputs, harder still.
- the "neural network in 11 lines of Python" table (iamtrask, 2015): three
  input columns, the third always 1 (it plays the role of a bias).

Every table is both the training and the test set: there is nothing else to
test a truth table on. Inputs are 0.0/1.0 float32, rows in counting order
(00, 01, 10, 11, ...), the first input being the most significant bit.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from .dataset import Dataset

__all__ = ["GATES", "logic_gate", "parity", "xor3_table", "truth_table_names", "load_logic"]

GATES = ("AND", "OR", "XOR", "NAND", "NOR", "XNOR")

#: Output for each gate, given the two inputs a and b (0 or 1).
_GATE_RULES = {
    "AND": lambda a, b: a & b,
    "OR": lambda a, b: a | b,
    "XOR": lambda a, b: a ^ b,
    "NAND": lambda a, b: 1 - (a & b),
    "NOR": lambda a, b: 1 - (a | b),
    "XNOR": lambda a, b: 1 - (a ^ b),
}

_GATE_TEXT = {
    "AND": "AND: 1 only when both inputs are 1. Linearly separable: one neuron can learn it.",
    "OR": "OR: 1 when at least one input is 1. Linearly separable: one neuron can learn it.",
    "XOR": "XOR: 1 when the inputs differ. Not linearly separable: it needs a hidden layer.",
    "NAND": "NAND: NOT AND. Linearly separable: one neuron can learn it.",
    "NOR": "NOR: NOT OR. Linearly separable: one neuron can learn it.",
    "XNOR": "XNOR: 1 when the inputs are equal. Not linearly separable: it needs a hidden layer.",
}

XOR3_NAME = "XOR (3-column table)"
_PARITY_CHOICES = (3, 4, 5)
_MAX_PARITY_BITS = 12  # 4,096 rows: plenty for a truth table
_BINARY = ("0", "1")


def _all_inputs(n_bits: int) -> np.ndarray:
    """Every combination of n_bits zeros and ones, in counting order: (2**n_bits, n_bits) int64."""
    return np.array(list(itertools.product((0, 1), repeat=n_bits)), dtype=np.int64)


def _table(name: str, X: np.ndarray, y: np.ndarray, feature_names: tuple[str, ...], text: str) -> Dataset:
    # Train and test are the same table; separate copies so neither is a view of the other.
    return Dataset(
        name=name,
        kind="logic",
        X_train=X.astype(np.float32),
        y_train=y.copy(),
        X_test=X.astype(np.float32),
        y_test=y.copy(),
        n_classes=2,
        class_names=_BINARY,
        feature_names=feature_names,
        description=text,
    )


def logic_gate(name: str) -> Dataset:
    """Truth table of a two-input gate.

    Args:
        name: one of :data:`GATES` (case-insensitive).

    Returns:
        Dataset with X (4, 2): rows [0,0], [0,1], [1,0], [1,1]; y (4,);
        feature_names ("A", "B"); class_names ("0", "1").
    """
    key = str(name).strip().upper()
    if key not in _GATE_RULES:
        raise ValueError(f"unknown logic gate {name!r}; choose one of: {', '.join(GATES)}")
    X = _all_inputs(2)
    y = _GATE_RULES[key](X[:, 0], X[:, 1])
    return _table(key, X, y, ("A", "B"), _GATE_TEXT[key])


def parity(n_bits: int) -> Dataset:
    """n-bit parity: output 1 when an odd number of inputs are 1 (XOR of all inputs).

    Args:
        n_bits: number of inputs, 2..12.

    Returns:
        Dataset with X (2**n_bits, n_bits), y (2**n_bits,); feature names
        "A", "B", "C", ...; named "3-bit parity" etc.
    """
    if isinstance(n_bits, bool) or not isinstance(n_bits, (int, np.integer)):
        raise ValueError(f"n_bits must be a whole number, got {n_bits!r}")
    if not 2 <= n_bits <= _MAX_PARITY_BITS:
        raise ValueError(f"n_bits must be between 2 and {_MAX_PARITY_BITS}, got {n_bits}")
    n_bits = int(n_bits)
    X = _all_inputs(n_bits)
    y = X.sum(axis=1) % 2
    names = tuple("ABCDEFGHIJKL"[:n_bits])
    text = (
        f"{n_bits}-bit parity: 1 when an odd number of the {n_bits} inputs are 1. "
        "XOR of all inputs: needs a hidden layer."
    )
    return _table(f"{n_bits}-bit parity", X, y, names, text)


def xor3_table() -> Dataset:
    """The table from "A neural network in 11 lines of Python" (iamtrask).

    Inputs (4, 3) and outputs (4,)::

        x1 x2 x3 -> y
         0  0  1    0
         0  1  1    1
         1  0  1    1
         1  1  1    0

    y is x1 XOR x2; x3 is always 1, so it acts like a bias input.
    """
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.int64)
    y = np.array([0, 1, 1, 0], dtype=np.int64)
    text = (
        "XOR of x1 and x2, with a third column that is always 1 (a built-in bias), "
        'as in "A neural network in 11 lines of Python".'
    )
    return _table(XOR3_NAME, X, y, ("x1", "x2", "x3"), text)


def truth_table_names() -> tuple[str, ...]:
    """Every truth table the UI offers, in menu order; each works with :func:`load_logic`."""
    return GATES + (XOR3_NAME,) + tuple(f"{n}-bit parity" for n in _PARITY_CHOICES)


def load_logic(name: str) -> Dataset:
    """Load a truth table by its UI name (see :func:`truth_table_names`).

    Gate names are case-insensitive; any "N-bit parity" with 2 <= N <= 12 works,
    not only the ones listed.
    """
    text = str(name).strip()
    if text.upper() in _GATE_RULES:
        return logic_gate(text)
    if text.lower() == XOR3_NAME.lower():
        return xor3_table()
    match = re.fullmatch(r"(\d+)-bit parity", text, flags=re.IGNORECASE)
    if match:
        return parity(int(match.group(1)))
    raise ValueError(f"unknown truth table {name!r}; choose one of: {', '.join(truth_table_names())}")
