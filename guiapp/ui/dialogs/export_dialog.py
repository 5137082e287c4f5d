"""File → Export…: what to export (the model as a NumPy or PyTorch script or a model file, the
whole window as PNG or SVG, the history as CSV); Export… then asks where."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
                               QRadioButton, QVBoxLayout, QWidget)

#: (key, objectName, label, tooltip) per choice, in the dialog's order; grouped by what is exported.
CHOICES = {
    QT_TRANSLATE_NOOP("ExportDialog", "The model"): [
        ("numpy", "exportNumpyRadio", QT_TRANSLATE_NOOP("ExportDialog", "NumPy script (.py)"),
         QT_TRANSLATE_NOOP("ExportDialog", "A standalone script in the tutorials' style: predict(X) with the "
                                           "forward pass written out (np.dot and the activations)")),
        ("pytorch", "exportPytorchRadio", QT_TRANSLATE_NOOP("ExportDialog", "PyTorch script (.py)"),
         QT_TRANSLATE_NOOP("ExportDialog", "build_model() holding the trained weights, and a training loop with "
                                           "the same loss, optimizer and settings (needs PyTorch to run)")),
        ("model", "exportModelRadio", QT_TRANSLATE_NOOP("ExportDialog", "Backprop Lab model file (.npz)"),
         QT_TRANSLATE_NOOP("ExportDialog", "The design and the weights, for File → Open or Python "
                                           "(guiapp.engine.load_model)")),
    ],
    QT_TRANSLATE_NOOP("ExportDialog", "Pictures"): [
        ("png", "exportPngRadio", QT_TRANSLATE_NOOP("ExportDialog", "The whole window as PNG"),
         QT_TRANSLATE_NOOP("ExportDialog", "A picture of the window as it is now")),
        ("svg", "exportSvgRadio", QT_TRANSLATE_NOOP("ExportDialog", "The whole window as SVG"),
         QT_TRANSLATE_NOOP("ExportDialog", "A drawing of the window that stays sharp at any size (for reports)")),
    ],
    QT_TRANSLATE_NOOP("ExportDialog", "Numbers"): [
        ("csv", "exportCsvRadio", QT_TRANSLATE_NOOP("ExportDialog", "The training history as CSV"),
         QT_TRANSLATE_NOOP("ExportDialog", "One row per epoch: loss and accuracy on the training and test data "
                                           "(for a spreadsheet)")),
    ],
}

#: Where a script's weights go: (embed argument, label).
WEIGHTS = [
    (None, QT_TRANSLATE_NOOP("ExportDialog", "Inside the script if small, else in a .npz beside it")),
    (True, QT_TRANSLATE_NOOP("ExportDialog", "Always inside the script")),
    (False, QT_TRANSLATE_NOOP("ExportDialog", "Always in a .npz beside the script")),
]


class ExportDialog(QDialog):
    """Pick what to export; ``kind`` and ``embed`` say what was picked."""

    def __init__(self, parent: QWidget | None = None, *, kind: str = "numpy"):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for title, choices in CHOICES.items():
            box = QGroupBox(self.tr(title))
            box_layout = QVBoxLayout(box)
            for key, name, label, tip in choices:
                radio = QRadioButton(self.tr(label))
                radio.setObjectName(name)
                radio.setAccessibleName(self.tr(label))
                radio.setToolTip(self.tr(tip))
                self.group.addButton(radio)
                self.radios[key] = radio
                box_layout.addWidget(radio)
            if title == "The model":
                form = QFormLayout()
                self.weights_combo = QComboBox()
                self.weights_combo.setObjectName("exportWeightsCombo")
                self.weights_combo.setAccessibleName(self.tr("Where the weights go"))
                self.weights_combo.setToolTip(self.tr("A script with hundreds of thousands of weights is easier to "
                                                      "read with the weights in a file beside it"))
                for _, text in WEIGHTS:
                    self.weights_combo.addItem(self.tr(text))
                form.addRow(self.tr("Weights:"), self.weights_combo)
                box_layout.addLayout(form)
            layout.addWidget(box)
        note = QLabel(self.tr("Each plot has its own export: right-click it."))
        note.setObjectName("exportPlotNote")
        note.setEnabled(False)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportChooseFileButton")
        self.export_button.setAccessibleName(self.tr("Choose where to export"))
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.buttonToggled.connect(lambda *_: self._sync())
        chosen = self.radios.get(kind, self.radios["numpy"])
        chosen.setChecked(True)
        chosen.setFocus()   # arrows move between the choices; Enter exports
        self._sync()
        self.setMinimumWidth(420)

    @property
    def kind(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())

    @property
    def embed(self) -> bool | None:
        return WEIGHTS[self.weights_combo.currentIndex()][0]

    def _sync(self) -> None:
        self.weights_combo.setEnabled(self.kind in ("numpy", "pytorch"))
