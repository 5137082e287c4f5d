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
