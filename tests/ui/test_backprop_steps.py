"""The step model of the backprop view (no widgets): the order of the steps, the formulas of a
wide layer written exactly as the engine writes them, and the links listed for a wide layer."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP
from guiapp.engine.explain import number, z_formula
from guiapp.ui.panels import backprop_steps as bs


def test_steps_go_forward_then_back():
    kinds = [(s.kind, s.layer) for s in bs.steps_for(3)]
    assert kinds == [("input", -1), ("forward", 0), ("forward", 1), ("forward", 2), ("loss", -1),
                     ("backward", 2), ("backward", 1), ("backward", 0), ("update", -1)]


@pytest.mark.parametrize("layer, j", [(0, 0), (0, 77), (1, 4)])
def test_a_wide_sum_is_written_as_the_engine_writes_it(layer, j):
    net = MLP([784, 256, 10], ["relu", "softmax"], seed=0)
    x = np.random.default_rng(1).random(784)
    tr = net.trace(x, 3)
    fast, slow = bs.wide_z_formula(tr, layer, j, number), z_formula(tr, layer, j, number)
    assert bs.formula_text(fast) == bs.formula_text(slow) and fast.omitted == slow.omitted
    assert fast.value == slow.value


def test_a_wide_layer_lists_its_largest_gradients():
    net = MLP([784, 256, 10], ["relu", "softmax"], seed=0)
    tr = net.trace(np.random.default_rng(2).random(784), 7)
    links = bs.links_for(tr, 0, np.zeros(0, int), tr.top_neurons(0, 10))
    assert links == tr.top_links(0, bs.TOP_LINKS)
    small = MLP([2, 2, 1], ["sigmoid", "sigmoid"], seed=0).trace([1.0, 0.0], 1)
    assert bs.links_for(small, 0, np.arange(2), np.arange(2)) == [(0, 0), (1, 0), (0, 1), (1, 1)]


def test_the_number_format_follows_the_locale(qapp):
    from PySide6.QtCore import QLocale

    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        assert bs.ui_number(-0.0531) == "−0,0531"
    finally:
        QLocale.setDefault(old)
    assert bs.ui_number(-0.0531) == "−0.0531"
