"""Save / Discard / Cancel: asked before quitting, opening another project or starting a new one
while training is not saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n.context import TrContext
from ..i18n.formatting import arg

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

UnsavedPrompt = TrContext("UnsavedPrompt")


def unsaved_box(parent: QWidget | None, name: str, epochs: int) -> QMessageBox:
    """The question, not shown yet (tests look at it). ``name``: the project's file name ("" if none)."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedPrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(UnsavedPrompt.tr("Unsaved training"))
    if name:
        box.setText(arg(UnsavedPrompt.tr("Save the changes to %1?"), name))
    else:
        box.setText(UnsavedPrompt.tr("Save this project?"))
    box.setInformativeText(UnsavedPrompt.tr("%n epoch(s) of training and the changes since the last save are not "
                                            "in a file. If you don't save, they are lost.", "", int(epochs)))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    for button, object_name in ((QMessageBox.StandardButton.Save, "unsavedSaveButton"),
                                (QMessageBox.StandardButton.Discard, "unsavedDiscardButton"),
                                (QMessageBox.StandardButton.Cancel, "unsavedCancelButton")):
        widget = box.button(button)
        widget.setObjectName(object_name)
        widget.setAccessibleName(widget.text().replace("&", ""))
    return box


def ask_unsaved(parent: QWidget | None, name: str, epochs: int) -> str:
    """SAVE, DISCARD or CANCEL (closing the box is Cancel)."""
    box = unsaved_box(parent, name, epochs)
    answer = box.exec()
    box.deleteLater()
    QCoreApplication.processEvents()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL
