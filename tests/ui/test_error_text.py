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
    """Codes of the errors raised below the UI (engine/, data/, state/, bounded_read): ``code="..."``
    arguments, ``default_code = "..."``, the first argument of ``OutputProblem("...")`` and the code
    given to bounded_read's ``_raise(error, message, "code", ...)``."""
    codes = set()
    package = ROOT / "guiapp"
    paths = [*(package / "engine").rglob("*.py"), *(package / "data").rglob("*.py"),
             *(package / "state").rglob("*.py"), package / "bounded_read.py"]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                        codes.add(kw.value.value)
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name == "OutputProblem" and node.args and isinstance(node.args[0], ast.Constant):
                    codes.add(node.args[0].value)
                if name == "_raise" and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                    codes.add(node.args[2].value)
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "default_code" for t in node.targets):
                if isinstance(node.value, ast.Constant):
                    codes.add(node.value.value)
    return codes


def test_every_code_raised_below_the_ui_has_a_template():
    """When engine/, data/, state/ or bounded_read gain a code, error_text.TEMPLATES needs its sentence."""
    codes = _codes_raised_below_the_ui()
    assert {"loss_needs_activation", "softmax_needs_two", "outputs_for_classes", "npz_missing", "archive_pickle",
            "csv_ragged", "model_shapes"} <= codes
    assert sorted(codes - set(TEMPLATES)) == []


_SAMPLE = {"file": "данные.csv", "part": "история", "name": "спираль", "folder": "/home/ученик/mnist",
           "path": "/home/ученик/a.gz", "row": 12,
           "column": "вес", "columns": 3, "value": "абв", "reason": "No space left on device", "found": 2,
           "expected": 3, "needed": 4, "limit": 10_000, "classes": 12, "size": 2_000_000, "count": 3, "layer": 2,
           "what": "weights", "params": 25_000_000, "param": 1, "shape": "(3, 4)", "at_least": True, "extra": 9,
           "values": 47_040_016, "rows": 100_000, "type_code": 0x0F, "status": 404, "version": 3, "supported": 2,
           "member": "meta", "missing": "x_test", "skipped": "", "dtype": "float16", "low": -1, "high": 300,
           "max_label": 9, "images": 60_000, "labels": 59_999, "images_file": "a.gz", "labels_file": "b.gz",
           "wanted": "train-images-idx3-ubyte[.gz]", "train": "28×28", "test": "32×32", "format": "matlab",
           "parameter": 3, "declared": 80, "target": "7", "n_outputs": 10, "got": 3, "loss": "bce",
           "activation": "relu", "n_classes": 3, "format_": "", "feature": "x3",
           "epoch": 12, "batch": 3, "best_loss": 0.25, "learning_rate": 1e6, "suggested_learning_rate": 0.001,
           "restored_epoch": 11, "optimizer": "adam"}


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_template_reads_in_russian_with_its_details(language, code):
    """Each template, filled with details of its shape, is Russian through and through, keeps the
    details (numbers in Russian notation) and has no placeholder left."""
    from english_leaks import english_words

    language("ru")
    variants = [dict(_SAMPLE)]
    if code in ("model_not_finite",):
        variants.append({**_SAMPLE, "what": "biases"})
    without = {"model_shapes": "param", "too_big": "rows", "csv_too_wide": "row", "csv_no_label_column": "columns"}
    if code in without:
        variants.append({k: v for k, v in _SAMPLE.items() if k != without[code]})
    if code in ("unreachable", "timeout", "http_error", "truncated", "too_large", "checksum", "download_failed",
                "archive_invalid", "archive_truncated", "archive_corrupt", "archive_pickle", "archive_member_too_large"):
        variants.append({k: v for k, v in _SAMPLE.items() if k != "file"})
    if code == "training_diverged":
        variants = [{**_SAMPLE, "reason": "loss_exploded", "loss": 25.3}] + [
            {**_SAMPLE, "reason": r, "loss": float("nan")} for r in ("loss_not_finite", "weights_not_finite")]
    if code == "outputs_for_classes":
        variants = [{**_SAMPLE, "needed": n} for n in (1, 2, 5)]
    for details in variants:
        text = describe(UserError("English fallback", code=code, **details))
        assert text != "English fallback" and "{" not in text and "%" not in text.replace("%)", ""), (code, text)
        assert english_words(text, allowed=_allowed()) == [], (code, text)


def _allowed():
    from english_leaks import ALLOWED_WORDS

    return ALLOWED_WORDS | {"No", "space", "left", "device", "matlab", "float", "meta"}   # values, not words


def test_os_errors_are_said_in_the_users_language(language):
    language("ru")
    err = FileNotFoundError(2, "No such file or directory", "/home/ученик/данные.csv")
    assert describe(err) == "/home/ученик/данные.csv: такого файла или папки нет."
    full = UserError("x", code="export_write_failed", file="сеть.py", reason="No space left on device")
    assert describe(full) == "Не удалось записать сеть.py: диск заполнен."
    assert describe(MemoryError()) == "Для этого не хватает памяти."
