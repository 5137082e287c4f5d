"""The "nothing left in English" walker (tests/ui/english_leaks.py) on small widget trees: it finds
English where it hides (texts, tool tips, accessible names, combo items, tabs, headers, actions,
group boxes, pyqtgraph axes and legends, painted text) and passes Russian and the names that stay.

The walk over the whole app is tests/ui/russian_walk.py: tests/ui/test_i18n_russian.py asserts it
finds nothing, scripts/english_leaks.py prints what it finds.
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDockWidget, QGroupBox, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QSpinBox, QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from english_leaks import english_words, find_leaks, leaks_by_panel, pattern
from i18n_fixtures import language_fixture  # noqa: F401


@pytest.mark.parametrize("text, words", [
    ("Start training", ["Start", "training"]),
    ("Начать обучение", []),
    ("Скорость обучения Adam, ReLU, MNIST, XOR, SGD, PyTorch, NumPy", []),
    ("&Start", ["Start"]),                                   # an accelerator does not hide a word
    ("Эпоха 12 · loss 0,25", ["loss"]),
    ("Откройте <code>mnist.npz</code> или /usr/share/datasets/fashion-mnist", []),
    ("Файлы *.gz, *.npz и .csv; см. https://example.org/page", []),
    ("hidden_size", []),                                     # identifiers, not words
    ("a to be", []),                                         # fewer than 3 letters
    ("and/or", ["and"]),                                     # a slash between words does not hide them
    ("AND, OR, NAND", []),                                   # gate names stay; "and" does not
    ("Or press Reset", ["press", "Reset"]),
    ("28×28 px", []),
])
def test_english_words(text, words):
    assert english_words(text) == words


def _tree(qtbot, english: bool):
    """A window with one string of every kind, all English or all Russian."""
    t = (lambda en, ru: en) if english else (lambda en, ru: ru)
    win = QMainWindow()
    qtbot.addWidget(win)
    win.setWindowTitle("Backprop Lab")
    dock = QDockWidget(t("Training", "Обучение"), win)
    dock.setObjectName("trainingDock")
    panel = QWidget()
    layout = QVBoxLayout(panel)
    label = QLabel(t("<b>Learning</b> rate", "<b>Скорость</b> обучения"))
    label.setObjectName("rateLabel")
    button = QPushButton(t("Start", "Старт"))
    button.setToolTip(t("Start training", "Начать обучение"))
    button.setAccessibleName(t("Start button", "Кнопка старта"))
    combo = QComboBox()
    combo.addItem(t("Momentum", "Импульс"))
    combo.setItemData(0, t("Gradient descent with momentum", "Градиентный спуск с импульсом"), 3)  # ToolTipRole
    combo.addItem("Adam")
    group = QGroupBox(t("Optimizer", "Оптимизатор"))
    edit = QLineEdit()
    edit.setPlaceholderText(t("Type a number", "Введите число"))
    spin = QSpinBox()
    spin.setSuffix(t(" epochs", " эпох"))
    tabs = QTabWidget()
    tabs.addTab(QWidget(), t("Weights", "Веса"))
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels([t("input", "вход"), t("output", "выход")])
    plot = pg.PlotWidget()
    plot.setLabel("bottom", t("epoch", "эпоха"))
    plot.addLegend()
    plot.plot([0, 1], [1, 0], name=t("train loss", "потери на обучающей выборке"))
    for w in (label, button, combo, group, edit, spin, tabs, table, plot):
        layout.addWidget(w)
    dock.setWidget(panel)
    win.addDockWidget(pg.QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    action = QAction(t("&Quit", "&Выход"), win)
    action.setStatusTip(t("Quit the app", "Закрыть программу"))
    win.menuBar().addMenu(t("&File", "&Файл")).addAction(action)
    return win


def test_the_walker_finds_english_of_every_kind(qtbot):
    leaks = find_leaks(_tree(qtbot, english=True))
    found = {(leak.where, leak.prop, leak.text) for leak in leaks}
    expected = {
        ("trainingDock", "windowTitle", "Training"),
        ("trainingDock", "text", "Learning rate"),            # rich text read as plain text
        ("trainingDock", "text", "Start"),
        ("trainingDock", "toolTip", "Start training"),
        ("trainingDock", "accessibleName", "Start button"),
        ("trainingDock", "item 0", "Momentum"),
        ("trainingDock", "item 0 toolTip", "Gradient descent with momentum"),
        ("trainingDock", "title", "Optimizer"),
        ("trainingDock", "placeholderText", "Type a number"),
        ("trainingDock", "suffix", " epochs"),
        ("trainingDock", "tab 0", "Weights"),
        ("trainingDock", "column header 0", "input"),
        ("trainingDock", "column header 1", "output"),
        ("trainingDock", "axis bottom", "epoch"),
        ("trainingDock", "legend", "train loss"),
        ("menus", "text", "&Quit"),
        ("menus", "statusTip", "Quit the app"),
        ("menus", "text", "&File"),                            # a menu's title is its menu action's text
    }
    assert expected <= found, expected - found
    assert not any(leak.text in ("Adam", "Backprop Lab") for leak in leaks)
    assert set(leaks_by_panel(leaks)) >= {"trainingDock", "menus"}


def test_the_walker_passes_a_russian_window(qtbot, language):
    language("ru")  # Qt's own strings (the dock's Float/Close buttons) come from qtbase_ru
    leaks = find_leaks(_tree(qtbot, english=False))
    # all that is left: pyqtgraph's own right-click menu ("Export..."), not in any catalogue yet
    assert leaks and all(leak.widget.endswith("(pyqtgraph menu)") for leak in leaks), leaks
    assert {leak.text for leak in leaks} <= {"Export...", "Export"}


def test_user_data_can_opt_out(qtbot):
    win = QDialog()
    win.setObjectName("csvDialog")
    qtbot.addWidget(win)
    layout = QVBoxLayout(win)
    name = QLabel("my_table weather data")   # a file name the user chose
    name.setProperty("i18nExempt", True)
    columns = QComboBox()
    columns.addItems(["temperature", "label"])
    columns.setToolTip("The column with the classes")
    columns.setProperty("i18nExempt", "items")  # its items are the user's; its tool tip is ours
    layout.addWidget(name)
    layout.addWidget(columns)
    leaks = find_leaks(win)
    assert [(leak.where, leak.prop, leak.text) for leak in leaks] == [
        ("csvDialog", "toolTip", "The column with the classes")]


def test_painted_text_is_read_through_visible_texts(qtbot):
    class Diagram(QWidget):
        def visible_texts(self):
            return [("neuron label", "hidden layer"), "скрытый слой"]

    d = Diagram()
    qtbot.addWidget(d)
    leaks = find_leaks(d)
    assert [(leak.prop, leak.text) for leak in leaks] == [("neuron label", "hidden layer")]


def test_patterns_count_one_template_once():
    assert pattern("Map of hidden neuron h1.12") == pattern("Map of hidden neuron h2.3")
