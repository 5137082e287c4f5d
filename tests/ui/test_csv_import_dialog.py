"""Importing a CSV table through its dialog: preview, label column, standardisation, and bad
files explained by row and column without closing the dialog."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.ui.dialogs.csv_import_dialog import CsvImportDialog


@pytest.fixture
def good_csv(tmp_path):
    rng = np.random.default_rng(0)
    lines = ["species,petal_len,petal_wid,sepal_len"]
    for i in range(60):
        cls = ["setosa", "versicolor", "virginica"][i % 3]
        a, b, c = rng.normal(size=3) + i % 3
        lines.append(f"{cls},{a:.3f},{b:.3f},{c * 10:.3f}")
    path = tmp_path / "iris_like.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_preview_label_column_and_import(qtbot, good_csv, session):
    dialog = CsvImportDialog(good_csv)
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 4
    assert dialog.table.rowCount() == 20
    assert dialog.table.horizontalHeaderItem(0).text() == "species"
    assert dialog.label_combo.currentText() == "sepal_len"  # the last column by default
    dialog.label_combo.setCurrentText("species")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    spec = dialog.spec
    assert spec.params["label_column"] == "species" and spec.params["standardize"] is True
    assert session.load_dataset_spec(spec)
    ds = session.dataset
    assert ds.kind == "table" and ds.n_features == 3 and ds.n_classes == 3
    assert ds.class_names == ("setosa", "versicolor", "virginica")
    assert abs(float(ds.X_train.mean())) < 0.3  # standardised
    assert session.spec.layer_sizes[0] == 3 and session.spec.layer_sizes[-1] == 3


def test_bad_file_explains_row_and_column_and_stays_open(qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,label\n1,2,0\n3,abc,1\n4,5,0\n")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.spec is None
    text = dialog.error_label.text()
    assert "abc" in text and "x2" in text and "3" in text


def test_one_class_only_is_refused(qtbot, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("a,b,label\n1,2,1\n3,4,1\n5,6,1\n")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.spec is None
    assert "class" in dialog.error_label.text().lower()


# ---- wide files, spreadsheets in other languages (issue 14 §2) --------------------------------

def test_a_million_columns_are_refused_with_a_message_at_once(qtbot, tmp_path, monkeypatch):
    """The probe's file froze this dialog for over 150 s (a table and a list of 10^6 columns)."""
    from PySide6.QtWidgets import QMessageBox

    from guiapp.data.csv_table import CsvFormatError
    from guiapp.ui.dialogs import csv_import_dialog

    path = tmp_path / "wide.csv"
    row = ",".join(["1"] * 1_000_000)
    path.write_text(row + "\n" + row + "\n")
    with pytest.raises(CsvFormatError):
        CsvImportDialog(path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    assert csv_import_dialog.import_csv_interactive(None, path) is None
    (title, text), = warnings
    assert "columns; at most 20,000" in text and "unchanged" in text


def test_a_wide_table_shows_its_first_columns_and_says_how_many(qtbot, tmp_path):
    path = tmp_path / "mnist_like.csv"
    rng = np.random.default_rng(0)
    lines = ["label," + ",".join(f"px{i}" for i in range(784))]
    lines += [f"{i % 10}," + ",".join(map(str, rng.integers(0, 256, 784))) for i in range(30)]
    path.write_text("\n".join(lines) + "\n")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 50 and dialog.table.rowCount() == 20
    assert "first 50 of 785 columns" in dialog.intro_label.text()
    assert dialog.label_combo.count() == 785
    dialog.label_combo.setCurrentText("label")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.spec.params["label_column"] == "label"


def test_semicolons_and_decimal_commas_are_detected_and_said(qtbot, tmp_path, session):
    path = tmp_path / "ирисы.csv"
    path.write_text("длина;ширина;сорт\n5,1;3,5;щетинистый\n4,9;3;щетинистый\n7,0;3,2;разноцветный\n"
                    "6,4;-0,5;разноцветный\n", encoding="cp1251")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    text = dialog.detected_label.text()
    assert "semicolon" in text and "decimal comma" in text and "Windows-1251" in text, text
    assert dialog.table.horizontalHeaderItem(0).text() == "длина"
    assert dialog.table.item(0, 0).text() == "5,1"
    dialog.standardize_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.load_dataset_spec(dialog.spec)
    ds = session.dataset
    assert ds.feature_names == ("длина", "ширина") and ds.n_classes == 2
    values = sorted(np.concatenate([ds.X_train, ds.X_test])[:, 1].tolist())
    assert values == pytest.approx([-0.5, 3.0, 3.2, 3.5])
