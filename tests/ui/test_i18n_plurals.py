"""Russian plural forms and decimal commas in the real window (issue 13), with numbers that need
each form: 1 эпоха, 2 эпохи, 5 эпох, 11 эпох, 21 эпоха, 22 эпохи; 0,5 in every number shown or typed,
12 730 with a non-breaking space."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSpinBox

from guiapp.state.dataset_spec import DatasetSpec
from i18n_fixtures import language_fixture, russian_window_fixture  # noqa: F401

NBSP = "\u00a0"
#: n -> the form it takes: one (1, 21, 101), few (2-4, 22-24), many (5-20, 25-30, 11-14, 111).
FORMS = {1: "one", 2: "few", 3: "few", 4: "few", 5: "many", 11: "many", 12: "many", 14: "many", 20: "many",
         21: "one", 22: "few", 25: "many", 101: "one", 111: "many", 1000: "many", 1001: "one", 12730: "many"}


def _tr(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


@pytest.mark.parametrize("n", sorted(FORMS))
def test_epochs_take_the_form_their_number_needs(language, n):
    language("ru")
    text = _tr("DataPanel", "The network has trained for %Ln epoch(s). New data means a new network with fresh "
               "weights: that training progress will be lost.", n)
    word = {"one": "эпоху", "few": "эпохи", "many": "эпох"}[FORMS[n]]
    number = f"{n:,}".replace(",", NBSP)
    assert text.startswith(f"Сеть обучалась {number} {word}."), text


@pytest.mark.parametrize("n, expected", [(1, "1 нейрон"), (2, "2 нейрона"), (4, "4 нейрона"), (5, "5 нейронов"),
                                         (11, "11 нейронов"), (21, "21 нейрон"), (22, "22 нейрона"),
                                         (100, "100 нейронов"), (101, "101 нейрон")])
def test_a_hidden_layer_counts_its_neurons(russian_window, qtbot, n, expected):
    """The designer's neuron box: the unit after the number follows it."""
    spin = russian_window.findChild(QSpinBox, "hiddenSizeSpin1")
    spin.setValue(n)
    assert spin.text() == expected
    russian_window.panels["networkDock"].apply_design()
    assert russian_window.findChild(QSpinBox, "hiddenSizeSpin1").text() == expected


def test_the_window_counts_in_russian(russian_window, session, qtbot):
    w = russian_window
    training = w.panels["trainingDock"]
    net = w.panels["networkDock"]
    summary = w.panels["dataDock"].summary.text()
    assert "4 строки" in summary and "2 входа" in summary and "2 класса" in summary      # XOR
    assert training.batches_label.text() == "1 шаг за эпоху"                           # full batch
    assert net.form.output_label.text() == "1 нейрон"
    assert session.load_dataset_spec(DatasetSpec("logic", "3-bit parity"))
    summary = w.panels["dataDock"].summary.text()
    assert "8 строк" in summary and "3 входа" in summary and "3-битная чётность" in summary
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 300, "n_classes": 3}))
    assert net.form.output_label.text() == "3 нейрона"
    assert training.batches_label.text() == "15 мини-батчей за эпоху"                  # 240 points, 16 a batch
    training.batch_spin.setValue(120)
    assert training.batches_label.text() == "2 мини-батча за эпоху"
    training.batch_spin.setValue(11)
    assert training.batches_label.text() == "22 мини-батча за эпоху"
    training.batch_spin.setValue(12)
    assert training.batches_label.text() == "20 мини-батчей за эпоху"
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    summary = w.panels["dataDock"].summary.text()
    assert f"обучающих примеров — 8{NBSP}000, тестовых — 2{NBSP}000" in summary and "10 классов" in summary
    assert net.form.input_label.text() == "784 пикселя (изображение 28×28)"
    assert net.form.param_label.text() == f"203{NBSP}530"                             # 784-256-10
    assert w.epoch_label.text() == "Эпоха 0"


def test_numbers_have_a_decimal_comma(russian_window, session, controller, qtbot):
    w = russian_window
    training = w.panels["trainingDock"]
    assert training.lr_spin.text() == "0,1"                                            # XOR's preset
    assert w.panels["networkDock"].diagram.tooltip_at(
        w.panels["networkDock"].diagram.link_point(0, 0, 0)).count(",") == 2             # "w[…, из A в h1.1] = 0,123"
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done == 1, timeout=10_000)
    loss = session.history.last("train_loss")
    assert w.loss_label.text() == "Потери " + f"{loss:.4g}".replace(".", ",")
    assert "," in w.time_label.text()                                                   # 00:00:00,0
    values = w.panels["lossDock"].hover_label.text()
    assert values.startswith("Последняя: эпоха 1") and f"{NBSP}%" in values and "," in values
    boundary = w.panels["boundaryDock"]
    qtbot.waitUntil(lambda: boundary._boundary is not None, timeout=10_000)
    x0, x1, y0, y1 = boundary._bounds
    text = boundary.text_at(0.5, 0.25)
    assert text.startswith("A = 0,50, B = 0,25  →  выход 0,") and "P(класс 1)" in text
    axis = boundary.plot.getAxis("bottom")
    assert axis.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0,5", "1,0"] or axis.tickStrings([0.5], 1.0, 0.5) == ["0,5"]


@pytest.mark.parametrize("typed, value", [("0.05", 0.05), ("0,05", 0.05), ("2e-3", 0.002)])
def test_number_boxes_take_either_separator(russian_window, qtbot, typed, value):
    training = russian_window.panels["trainingDock"]
    for spin in (training.lr_spin, russian_window.panels["dataDock"].toy_box.noise_spin):
        if spin is not training.lr_spin and "e" in typed:
            continue
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        assert spin.value() == pytest.approx(value)
        assert "." not in spin.text()
    momentum = training.momentum_spin
    momentum.lineEdit().selectAll()
    qtbot.keyClicks(momentum.lineEdit(), "0.85")
    qtbot.keyClick(momentum.lineEdit(), Qt.Key.Key_Return)
    assert momentum.value() == pytest.approx(0.85) and momentum.text() == "0,850"


def test_results_count_their_test_digits(russian_window, session, controller, qtbot):
    w = russian_window
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    results = w.panels["mnistDock"]
    w.docks["mnistDock"].raise_()
    assert results.epoch_label.text() == f"ещё не измерена (тестовых цифр: 2{NBSP}000)"
    assert results.gallery_title.text() == "Первые 40 тестовых цифр и ответы сети"
    controller.step_epoch()
    qtbot.waitUntil(lambda: results.shown_evaluation() is not None and session.epochs_done == 1, timeout=60_000)
    text = results.epoch_label.text()
    assert text.startswith("после эпохи 1 · на 2") and "тестовых цифрах · наугад было бы 10" in text
    assert f"2{NBSP}000" in text and results.accuracy_label.text().endswith(f"{NBSP}%")
    assert results.gallery_title.text().startswith("Первые 40 тестовых цифр: ошибок — ")
    cell = results.matrix_view.describe(4, 9)
    n = int(results.matrix_view.matrix()[4, 9])
    word = {"one": "цифра", "few": "цифры", "many": "цифр"}[FORMS.get(n, "many" if n % 10 in (0, 5, 6, 7, 8, 9)
                                                              or 11 <= n % 100 <= 14 else
                                                              "one" if n % 10 == 1 else "few")]
    assert cell == f"верно 4, сеть ответила 9: {n} {word}"
