"""Import a CSV table: a preview, choose the label column, optional standardisation.

Numeric columns become the inputs; the label column's values (numbers or text) become classes.
Only the start of the file is read for the preview (its first rows and columns); the dialog says
what it detected (separator, decimal comma, encoding, header). A bad file gets a message
pointing at the row and column, and nothing is loaded; an absurdly wide one is refused at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...state.dataset_spec import DatasetSpec
from ..error_text import describe
from ..i18n.context import TrContext
from ..i18n.formatting import arg

CsvImport = TrContext("CsvImport")

#: Files up to this size are fully checked inside the dialog, so errors show before closing it.
CHECK_IN_DIALOG_BYTES = 20_000_000


#: Columns shown in the preview table; the label list offers them all.
PREVIEW_COLUMNS = 50


class CsvImportDialog(QDialog):
    def __init__(self, path: str | os.PathLike, parent: QWidget | None = None):
        super().__init__(parent)
        from ...data.csv_table import inspect_csv

        self.setObjectName("csvImportDialog")
        self.setWindowTitle(arg(self.tr("Import %1"), Path(path).name))
        self.resize(640, 480)
        self.path = Path(path)
        self.spec: DatasetSpec | None = None
        # Reads only the start of the file; raises ValueError (CsvFormatError) for an empty,
        # unreadable or absurdly wide file.
        preview = inspect_csv(self.path, 20, PREVIEW_COLUMNS)
        self.preview = preview
        self.headers = list(preview.headers)
        rows = preview.rows
        shown = min(preview.n_columns, PREVIEW_COLUMNS)

        layout = QVBoxLayout(self)
        name = f"<code>{_html(self.path.name)}</code>"
        if shown < preview.n_columns:
            intro = arg(self.tr("The first %1 rows and the first %2 of %3 columns of %4:"), len(rows), shown,
                        preview.n_columns, name)
        else:
            intro = arg(self.tr("The first %1 rows of %2:"), len(rows), name)
        self.intro_label = QLabel(intro)
        self.intro_label.setObjectName("csvIntroLabel")
        layout.addWidget(self.intro_label)
        self.detected_label = QLabel(self._detected_text())
        self.detected_label.setObjectName("csvDetectedLabel")
        self.detected_label.setWordWrap(True)
        layout.addWidget(self.detected_label)
        self.table = QTableWidget(len(rows), shown)
        self.table.setObjectName("csvPreviewTable")
        self.table.setAccessibleName(self.tr("Preview of the file"))
        self.table.setProperty("i18nExempt", "items")   # the file's own column names
        self.table.setHorizontalHeaderLabels(self.headers[:shown])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:shown]):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.label_combo = QComboBox()
        self.label_combo.setObjectName("csvLabelColumnCombo")
        self.label_combo.setAccessibleName(self.tr("Label column"))
        self.label_combo.setProperty("i18nExempt", "items")   # the file's own column names
        self.label_combo.setToolTip(self.tr("The column that holds the class of each row; the other numeric "
                                            "columns are inputs"))
        self.label_combo.addItems(self.headers)
        self.label_combo.setCurrentIndex(len(self.headers) - 1)
        form.addRow(self.tr("Label column:"), self.label_combo)
        self.standardize_check = QCheckBox(self.tr("Standardise inputs (mean 0, standard deviation 1)"))
        self.standardize_check.setObjectName("csvStandardizeCheck")
        self.standardize_check.setAccessibleName(self.tr("Standardise inputs"))
        self.standardize_check.setToolTip(self.tr("Rescale each input column; helps when columns have very "
                                                  "different ranges"))
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
        ok.setText(self.tr("Import"))
        ok.setObjectName("csvImportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _detected_text(self) -> str:
        """What was detected, in one line: separator, decimal comma, encoding, header row."""
        d = self.preview.dialect
        separator = {"\t": self.tr("tab"), ";": self.tr("semicolon"), ",": self.tr("comma")}[d.separator]
        parts = [arg(self.tr("Separator: %1"), separator)]
        if d.decimal_comma:
            parts.append(self.tr("numbers with a decimal comma (3,14)"))
        if d.encoding == "cp1251":
            parts.append(self.tr("text in Windows-1251 (Cyrillic)"))
        parts.append(self.tr("the first row holds column names") if self.preview.has_header
                     else self.tr("no header row"))
        return arg(self.tr("Detected: %1."), "; ".join(parts))

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
                self.error_label.setText(describe(exc))
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
        QMessageBox.warning(parent, CsvImport.tr("Cannot read this file"),
                            arg(CsvImport.tr("%1\n\nThe current data is unchanged."), describe(exc)))
        return None
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.spec
    return None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
