"""Errors from the Qt-free layers said in the user's language: describe(error) phrases a UserError
from its code and details, keeps every detail, and falls back to str(error) for what it does not know."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from guiapp.engine.output_rules import (OutputMismatch, check_output_and_loss, classes_problem, loss_problem)
from guiapp.ui.error_text import TEMPLATES, describe, fill
from guiapp.user_errors import UserError
from i18n_fixtures import language_fixture  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def _raised(loss, activation, n_outputs):
    with pytest.raises(OutputMismatch) as info:
        check_output_and_loss(loss, activation, n_outputs)
    return info.value


def test_output_errors_in_english(language):
    language("en")
    text = describe(_raised("bce", "relu", 1))
    assert text.startswith("Binary cross-entropy needs sigmoid outputs") and "output layer is ReLU." in text
    assert describe(_raised("mse", "softmax", 1)).startswith("A softmax output needs at least two neurons")
    err = OutputMismatch(classes_problem(3, "sigmoid", 1))
    assert describe(err) == ("The data has 3 classes: with a sigmoid output that takes 3 output neurons, "
                             "but the output layer has 1.")
    err = OutputMismatch(classes_problem(2, "sigmoid", 3))
    assert "takes 1 output neuron," in describe(err)


def test_output_errors_in_russian_keep_their_details(language):
    language("ru")
    assert describe(_raised("bce", "tanh", 1)) == (
        "Бинарной перекрёстной энтропии нужен выход с сигмоидой (значения от 0 до 1), а у выходного слоя "
        "активация «tanh». Выберите выход с сигмоидой или другую функцию потерь.")
    assert "активация «линейная»" in describe(_raised("cross_entropy", "linear", 3))
    assert describe(_raised("mse", "softmax", 1)).startswith("Выходу softmax нужно не меньше двух нейронов")
    forms = {needed: describe(OutputMismatch(classes_problem(needed if needed > 2 else 2, "softmax" if needed == 2
                                                             else "sigmoid", 7)))
             for needed in (1, 2, 5)}
    assert "нужен 1 выходной нейрон" in forms[1]
    assert "нужно 2 выходных нейрона" in forms[2]
    assert "нужно 5 выходных нейронов" in forms[5]
    assert all("нейронов: 7." in text for text in forms.values())


def test_a_generic_loss_template_names_loss_and_activations(language):
    """The fallback sentence for a loss/activation pair with no sentence of its own."""
    language("ru")
    err = UserError("x", code="loss_needs_activation", loss="mse", needed="sigmoid", activation="leaky_relu")
    assert describe(err) == ("Функции потерь «среднеквадратичная ошибка» нужен выходной слой с активацией "
                             "«сигмоида», а у выходного слоя активация «ReLU с утечкой».")


def test_numbers_in_details_follow_the_locale(language):
    language("ru")
    assert fill("{rows} строк, {share}", {"rows": 47040016, "share": 0.25}) == "47\u00a0040\u00a0016 строк, 0,25"


def test_unknown_codes_and_other_errors_fall_back_to_the_english_sentence(language):
    language("ru")
    assert describe(UserError("The file ends early.", code="idx_truncated", file="a.gz")) == "The file ends early."
    assert describe(ValueError("plain")) == "plain"
    # details that do not fit the template: nothing is lost, the English sentence is shown
    assert describe(UserError("Bad classes.", code="outputs_for_classes")) == "Bad classes."


def test_every_problem_the_rules_produce_can_be_described(language):
    language("ru")
    problems = [loss_problem(loss, act, n) for loss in ("mse", "bce", "cross_entropy", "auto")
                for act in ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax") for n in (1, 2, 10)]
    problems += [classes_problem(k, act, n) for k in (2, 3, 10) for act in ("sigmoid", "softmax") for n in (1, 2, 3)]
    for problem in filter(None, problems):
        err = OutputMismatch(problem)
        text = describe(err)
        assert text != str(err) and "{" not in text and "%n" not in text, (problem, text)


def _codes_raised_below_the_ui() -> set[str]:
    """Codes of the errors engine/ and data/ raise: ``code="..."`` arguments, ``default_code = "..."``
    and the first argument of ``OutputProblem("...")``."""
    codes = set()
    for path in [*(ROOT / "guiapp" / "engine").rglob("*.py"), *(ROOT / "guiapp" / "data").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                        codes.add(kw.value.value)
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name == "OutputProblem" and node.args and isinstance(node.args[0], ast.Constant):
                    codes.add(node.args[0].value)
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "default_code" for t in node.targets):
                if isinstance(node.value, ast.Constant):
                    codes.add(node.value.value)
    return codes


def test_every_code_raised_below_the_ui_has_a_template():
    """When engine/ or data/ gain a code, error_text.TEMPLATES needs its sentence."""
    codes = _codes_raised_below_the_ui()
    assert {"loss_needs_activation", "softmax_needs_two", "outputs_for_classes"} <= codes
    assert sorted(codes - set(TEMPLATES)) == []
