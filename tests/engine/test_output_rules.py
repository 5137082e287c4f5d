"""The output-layer rules (engine.output_rules): one place that the Trainer, model loading and
the designer use, so all refuse the same impossible pairs."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.engine import MLP, OutputMismatch, Trainer, save_model, load_model
from guiapp.engine.output_rules import (classes_problem, default_loss_for, loss_problem, output_layer_for,
                                        output_size_for)
from guiapp.engine.specs import NetworkSpec


@pytest.mark.parametrize("loss, act, n, code", [
    ("bce", "relu", 1, "loss_needs_activation"),
    ("bce", "tanh", 1, "loss_needs_activation"),
    ("cross_entropy", "sigmoid", 3, "loss_needs_activation"),
    ("mse", "softmax", 1, "softmax_needs_two"),
    ("auto", "softmax", 1, "softmax_needs_two"),
])
def test_impossible_pairs_are_named(loss, act, n, code):
    assert loss_problem(loss, act, n).code == code


@pytest.mark.parametrize("loss, act, n", [("bce", "sigmoid", 1), ("cross_entropy", "softmax", 10),
                                          ("mse", "relu", 1), ("mse", "softmax", 3), ("auto", "tanh", 1)])
def test_possible_pairs_pass(loss, act, n):
    assert loss_problem(loss, act, n) is None


def test_trainer_refuses_relu_output_with_bce():
    # Before: this trained to a loss stuck at 13.8 (log of the clip margin) and said nothing.
    net = MLP([2, 3, 1], ["tanh", "relu"], seed=0)
    X, y = np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), np.array([0, 1, 1, 0])
    with pytest.raises(OutputMismatch) as info:
        Trainer(net, X, y, loss="bce")
    assert info.value.problem.code == "loss_needs_activation"
    assert info.value.problem.needed == "sigmoid" and info.value.problem.activation == "relu"
    assert "sigmoid" in str(info.value)


def test_model_file_with_an_impossible_design_is_refused(tmp_path):
    net = MLP([2, 2, 1], ["tanh", "relu"], seed=0)
    path = save_model(tmp_path / "m.npz", net, NetworkSpec((2, 2, 1), ("tanh", "relu"), loss="bce"))
    with pytest.raises(ValueError, match="sigmoid"):
        load_model(path)


def test_spec_reports_its_problem():
    assert NetworkSpec((2, 2, 1), ("tanh", "relu"), loss="bce").output_problem().code == "loss_needs_activation"
    assert NetworkSpec((2, 2, 1), ("tanh", "sigmoid")).output_problem() is None


def test_outputs_for_classes():
    assert output_layer_for(2) == (1, "sigmoid") and output_layer_for(10) == (10, "softmax")
    assert output_size_for("softmax", 2) == 2 and output_size_for("tanh", 2) == 1 and output_size_for("relu", 5) == 5
    assert classes_problem(10, "softmax", 10) is None
    problem = classes_problem(10, "sigmoid", 1)
    assert problem.code == "outputs_for_classes" and problem.needed == 10 and problem.n_outputs == 1


def test_default_loss_fits_and_passes_its_own_rule():
    for act in ("sigmoid", "softmax", "tanh", "relu", "linear"):
        for n in (1, 2, 5):
            if act == "softmax" and n < 2:
                continue
            assert loss_problem(default_loss_for(act, n), act, n) is None
