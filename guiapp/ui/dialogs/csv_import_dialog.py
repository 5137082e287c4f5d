"""Import a CSV table: a preview, choose the label column, optional standardisation.

Numeric columns become the inputs; the label column's values (numbers or text) become classes.
A bad file gets a message pointing at the row and column, and nothing is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...state.dataset_spec import DatasetSpec

#: Files up to this size are fully checked inside the dialog, so errors show before closing it.
CHECK_IN_DIALOG_BYTES = 20_000_000


class CsvImportDialog(QDialog):
    def __init__(self, path: str | os.PathLike, parent: QWidget | None = None):
        super().__init__(parent)
        from ...data.csv_table import preview_csv

        self.setObjectName("csvImportDialog")
        self.setWindowTitle(f"Import {Path(path).name}")
        self.resize(640, 480)
        self.path = Path(path)
        self.spec: DatasetSpec | None = None
        self.headers, rows = preview_csv(self.path, 20)  # raises ValueError for an unreadable file

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"The first {len(rows)} rows of {self.path.name}:"))
        self.table = QTableWidget(len(rows), len(self.headers))
        self.table.setObjectName("csvPreviewTable")
        self.table.setAccessibleName("Preview of the file")
        self.table.setHorizontalHeaderLabels(list(self.headers))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(self.headers)]):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.label_combo = QComboBox()
        self.label_combo.setObjectName("csvLabelColumnCombo")
        self.label_combo.setAccessibleName("Label column")
        self.label_combo.setToolTip("The column that holds the class of each row; the other numeric columns are inputs")
        self.label_combo.addItems(list(self.headers))
        self.label_combo.setCurrentIndex(len(self.headers) - 1)
        form.addRow("Label column:", self.label_combo)
        self.standardize_check = QCheckBox("Standardise inputs (mean 0, standard deviation 1)")
        self.standardize_check.setObjectName("csvStandardizeCheck")
        self.standardize_check.setAccessibleName("Standardise inputs")
        self.standardize_check.setToolTip("Rescale each input column; helps when columns have very different ranges")
        self.standardize_check.setChecked(True)
        form.addRow("", self.standardize_check)
        layout.addLayout(form)

        self.error_label = QLabel("")
        self.error_label.setObjectName("csvErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #c42b1c;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        ok.setObjectName("csvImportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def current_spec(self) -> DatasetSpec:
        return DatasetSpec("file", self.path.name, {
            "path": str(self.path), "format": "csv",
            "label_column": self.label_combo.currentText(),
            "standardize": self.standardize_check.isChecked(),
        })

    def accept(self) -> None:
        """Check the file (if not huge) before closing: errors show here, pointing at row and column."""
        spec = self.current_spec()
        if self.path.stat().st_size <= CHECK_IN_DIALOG_BYTES:
            from ...data.csv_table import read_csv_table

            try:
                read_csv_table(self.path, label_column=spec.params["label_column"],
                               standardize=spec.params["standardize"])
            except (ValueError, OSError) as exc:
                self.error_label.setText(str(exc))
                self.error_label.show()
                return
        self.spec = spec
        super().accept()


def import_csv_interactive(parent: QWidget | None, path: str | os.PathLike) -> DatasetSpec | None:
    """Show the import dialog for ``path``; the DatasetSpec to load, or None."""
    from PySide6.QtWidgets import QMessageBox

    try:
        dialog = CsvImportDialog(path, parent)
    except (ValueError, OSError) as exc:
        QMessageBox.warning(parent, "Cannot read this file", f"{Path(path).name}: {exc}")
        return None
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.spec
    return None
