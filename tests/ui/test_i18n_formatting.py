"""Numbers and placeholders in the user's language: arg() as QString::arg, the format_* helpers
in English and Russian (decimal comma, non-breaking group separator), Russian plural forms, and
number boxes that take either decimal separator."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import Qt

from guiapp.ui.i18n import (TrContext, arg, format_bytes, format_elapsed, format_int, format_loss, format_number,
                            format_percent, normalize_decimal_input, parse_number)
from guiapp.ui.i18n.number_input import LocaleDoubleSpinBox
from i18n_fixtures import language_fixture, test_catalog_fixture  # noqa: F401

NBSP = "\u00a0"


# ---- arg: QString::arg for Python strings -------------------------------------------------------
def test_arg_fills_placeholders_by_rank_in_one_pass(language):
    language("en")
    assert arg("Epoch %1 of %2", 3, 10) == "Epoch 3 of 10"
    assert arg("%2 before %1", "a", "b") == "b before a"           # translations may reorder
    assert arg("%1 and %3", "a", "b") == "a and b"                 # numbered by rank, gaps allowed
    assert arg("%1%1", "x") == "xx"
    assert arg("%1 then %2", "%2", "y") == "%2 then y"             # a value is never substituted again
    assert arg("%L1 items", 12730) == "12,730 items"
    assert arg("%10 and %9", "nine", "ten") == "ten and nine"      # two-digit placeholders
    assert arg("%1 of %2", 1) == "1 of %2"                         # a missing value leaves the placeholder
    with pytest.warns(UserWarning, match="placeholders"):
        assert arg("only %1", 1, 2) == "only 1"


def test_arg_formats_numbers_in_the_current_locale(language):
    language("ru")
    assert arg("Скорость %1, эпоха %2", 0.5, 12730) == f"Скорость 0,5, эпоха 12{NBSP}730"
    language("en")
    assert arg("rate %1, epoch %2", 0.5, 12730) == "rate 0.5, epoch 12,730"


# ---- numbers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, expected", [
    ("en", {"half": "0.5", "int": "12,730", "dec2": "0.12", "sig3": "0.000123", "loss": "0.01235",
            "big_loss": "123,457", "tiny": "1e-07", "pct": "97.5%", "mb": "11.1\u00a0MB", "b": "812\u00a0B",
            "elapsed": "00:01:02.3", "neg": "-2.5", "short": "0.1"}),
    ("ru", {"half": "0,5", "int": f"12{NBSP}730", "dec2": "0,12", "sig3": "0,000123", "loss": "0,01235",
            "big_loss": f"123{NBSP}457", "tiny": "1e-07", "pct": f"97,5{NBSP}%", "mb": f"11,1{NBSP}МБ",
            "b": f"812{NBSP}Б", "elapsed": "00:01:02,3", "neg": "-2,5", "short": "0,1"}),
])
def test_numbers_follow_the_language(language, lang, expected):
    language(lang)
    got = {"half": format_number(0.5), "int": format_int(12730), "dec2": format_number(0.123456, decimals=2),
           "sig3": format_number(0.000123456, significant=3), "loss": format_loss(0.0123456),
           "big_loss": format_loss(123456.7), "tiny": format_number(1e-7), "pct": format_percent(0.975),
           "mb": format_bytes(11_594_722), "b": format_bytes(812), "elapsed": format_elapsed(62.34),
           "neg": format_number(-2.5), "short": format_number(0.1)}
    assert got == expected


def test_missing_and_special_numbers(language):
    language("ru")
    assert format_loss(None) == "–" and format_percent(None) == "–"
    assert format_number(float("nan")) == "NaN"
    assert format_number(float("inf")) == "∞" and format_number(float("-inf")) == "−∞"
    assert format_number(-0.0) == "0"
    assert format_number(-0.0001, decimals=3) == "0,000" and format_number(-0.0006, decimals=3) == "-0,001"
    import numpy as np

    assert arg("%1 / %2", np.int64(12730), np.float32(0.5)) == f"12{NBSP}730 / 0,5"


# ---- plural forms -------------------------------------------------------------------------------------
def test_russian_plural_forms_and_decimal_comma(language, test_catalog):
    """Russian has three forms: 1 эпоха, 2 эпохи, 5 эпох; 11 is 'many', 21 'one', 22 'few'."""
    assert language("ru", folder=test_catalog) == "ru"
    ctx = TrContext("TestStrings")
    got = [ctx.tr("%n epoch(s)", "", n) for n in (1, 2, 5, 11, 21, 22)]
    assert got == ["1 эпоха", "2 эпохи", "5 эпох", "11 эпох", "21 эпоха", "22 эпохи"]
    assert arg(ctx.tr("Learning rate %1"), 0.5) == "Скорость обучения 0,5"


def test_english_catalogue_gives_english_plurals(language):
    """The English catalogue holds the plural forms of the app's numerus messages."""
    language("en")
    from guiapp.ui.error_text import ErrorText

    source = ("The data has {n_classes} classes: with a {activation} output that takes %Ln output neuron(s), "
              "but the output layer has {n_outputs}.")
    assert "takes 1 output neuron," in ErrorText.tr(source, "", 1)
    assert "takes 2 output neurons," in ErrorText.tr(source, "", 2)


# ---- number input -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [("0,5", 0.5), ("0.5", 0.5), ("1e-4", 1e-4), ("1,5e-3", 0.0015),
                                         (f"1{NBSP}000,5", 1000.5), ("−2", -2.0), (" 3 ", 3.0), (".5", 0.5)])
def test_parse_number_takes_either_separator(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2.3", "e5", "--1"])
def test_parse_number_refuses_what_is_not_a_number(text):
    assert parse_number(text) is None


def test_normalize_decimal_input_shows_the_locale_separator(language):
    language("ru")
    assert normalize_decimal_input("0.5") == "0,5"
    language("en")
    assert normalize_decimal_input("0,5") == "0.5"


def _type(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["0.5", "0,5"])
def test_locale_spin_box_takes_either_separator_in_russian(qtbot, language, typed):
    language("ru")
    spin = LocaleDoubleSpinBox()
    spin.setDecimals(3)
    spin.setRange(0, 10)
    qtbot.addWidget(spin)
    spin.show()
    _type(qtbot, spin, typed)
    assert spin.value() == pytest.approx(0.5)
    assert spin.text() == "0,500"


@pytest.mark.parametrize("typed", ["0.05", "0,05", "5e-2"])
def test_learning_rate_box_takes_either_separator_and_shows_a_comma_in_russian(qtbot, language, typed):
    language("ru")
    from guiapp.ui.widgets.training_log_spin import LogSpinBox

    spin = LogSpinBox(1e-6, 1e6, decimals=6)
    spin.setValue(0.1)
    qtbot.addWidget(spin)
    spin.show()
    assert spin.text() == "0,1"
    _type(qtbot, spin, typed)
    assert spin.value() == pytest.approx(0.05)
    assert spin.text() == "0,05"
    spin.stepBy(1)  # 1-2-5 steps still work
    assert spin.value() == pytest.approx(0.1)


def test_learning_rate_box_is_unchanged_in_english(qtbot, language):
    language("en")
    from guiapp.ui.widgets.training_log_spin import LogSpinBox

    spin = LogSpinBox(1e-6, 1e6, decimals=6)
    qtbot.addWidget(spin)
    spin.show()
    spin.setValue(0.0001)
    assert spin.text() == "0.0001"
    _type(qtbot, spin, "0,5")
    assert spin.value() == pytest.approx(0.5) and spin.text() == "0.5"


def test_no_warnings_from_formatting(language):
    language("ru")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        format_percent(0.5), format_bytes(10 ** 10), format_loss(1.0)
