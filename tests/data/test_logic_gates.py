"""Truth tables must be exact."""

import numpy as np
import pytest

from guiapp.data import GATES, load_logic, logic_gate, parity, truth_table_names, xor3_table

INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]]
EXPECTED = {
    "AND": [0, 0, 0, 1],
    "OR": [0, 1, 1, 1],
    "XOR": [0, 1, 1, 0],
    "NAND": [1, 1, 1, 0],
    "NOR": [1, 0, 0, 0],
    "XNOR": [1, 0, 0, 1],
}


def test_gate_list():
    assert GATES == ("AND", "OR", "XOR", "NAND", "NOR", "XNOR")


@pytest.mark.parametrize("gate", GATES)
def test_gate_table_exact(gate):
    d = logic_gate(gate)
    assert d.name == gate and d.kind == "logic"
    np.testing.assert_array_equal(d.X_train, INPUTS)
    np.testing.assert_array_equal(d.y_train, EXPECTED[gate])
    np.testing.assert_array_equal(d.X_test, d.X_train)
    np.testing.assert_array_equal(d.y_test, d.y_train)
    assert d.feature_names == ("A", "B")
    assert d.class_names == ("0", "1") and d.n_classes == 2
    assert d.X_train.dtype == np.float32 and d.is_2d
    assert d.description


def test_gate_names_are_case_insensitive_and_unknown_lists_choices():
    np.testing.assert_array_equal(logic_gate("xor").y_train, EXPECTED["XOR"])
    with pytest.raises(ValueError, match="AND, OR, XOR, NAND, NOR, XNOR"):
        logic_gate("IMPLIES")


def test_xor3_table_exact():
    d = xor3_table()
    np.testing.assert_array_equal(d.X_train, [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    np.testing.assert_array_equal(d.y_train, [0, 1, 1, 0])
    np.testing.assert_array_equal(d.y_test, [0, 1, 1, 0])
    assert d.n_features == 3 and not d.is_2d


@pytest.mark.parametrize("n_bits", [2, 3, 4, 5])
def test_parity(n_bits):
    d = parity(n_bits)
    assert d.X_train.shape == (2**n_bits, n_bits)
    assert d.name == f"{n_bits}-bit parity"
    # rows in counting order, first input the most significant bit
    as_int = d.X_train.astype(int) @ (2 ** np.arange(n_bits)[::-1])
    np.testing.assert_array_equal(as_int, np.arange(2**n_bits))
    np.testing.assert_array_equal(d.y_train, d.X_train.sum(axis=1).astype(int) % 2)
    assert len(d.feature_names) == n_bits


def test_parity_2_is_xor():
    np.testing.assert_array_equal(parity(2).y_train, EXPECTED["XOR"])


@pytest.mark.parametrize("bad", [1, 13, 3.0, True, "3"])
def test_parity_bad_bits(bad):
    with pytest.raises(ValueError):
        parity(bad)


def test_every_listed_name_loads():
    names = truth_table_names()
    assert names[:6] == GATES
    assert "XOR (3-column table)" in names and "3-bit parity" in names
    for name in names:
        assert load_logic(name).kind == "logic"
    assert load_logic("XOR (3-column table)").n_features == 3
    assert load_logic("7-bit parity").n_train == 128


def test_load_logic_unknown_lists_valid_names():
    with pytest.raises(ValueError) as info:
        load_logic("MAJORITY")
    for name in truth_table_names():
        assert name in str(info.value)
