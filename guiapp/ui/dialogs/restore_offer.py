"""The offer at start after a crash: "Restore the session from 10:42 — MNIST sample, 784-64-10,
epoch 37?" Restore brings the autosave back; Not now keeps the file until Backprop Lab next closes
normally."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStyle, QVBoxLayout, QHBoxLayout, QWidget

from ..i18n.formatting import arg, format_loss, format_percent


def saved_time_text(saved_at: str, mtime: float, now: datetime | None = None) -> str:
    """When the autosave was written, as the user's locale says a time ("10:42"), with the date
    when it was not today."""
    try:
        when = datetime.fromisoformat(saved_at).astimezone()
    except (TypeError, ValueError):
        when = datetime.fromtimestamp(mtime).astimezone()
    now = now or datetime.now().astimezone()
    locale = QLocale()
    qtime = QTime(when.hour, when.minute, when.second)
    if when.date() == now.date():
        return locale.toString(qtime, QLocale.FormatType.ShortFormat)
    qdate = QDate(when.year, when.month, when.day)
    return locale.toString(QDateTime(qdate, qtime), QLocale.FormatType.ShortFormat)


class RestoreOffer(QDialog):
    """Restore (accept) or Not now (reject)."""

    def __init__(self, summary: dict, mtime: float, parent: QWidget | None = None, *, now: datetime | None = None):
        super().__init__(parent)
        self.setObjectName("restoreOfferDialog")
        self.setWindowTitle(self.tr("Restore the last session?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.question = QLabel(self.question_text(summary, mtime, now))
        self.question.setObjectName("restoreQuestionLabel")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.details = QLabel(self.details_text(summary))
        self.details.setObjectName("restoreDetailsLabel")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the session"))
        self.restore_button.setToolTip(self.tr("Bring back the data, the network, its training and the history "
                                               "as they were at the last autosave"))
        self.decline_button = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.decline_button.setObjectName("declineRestoreButton")
        self.decline_button.setAccessibleName(self.tr("Do not restore the session now"))
        self.decline_button.setToolTip(self.tr("Start as usual; the autosave is kept until Backprop Lab next "
                                               "closes normally"))
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def question_text(self, summary: dict, mtime: float, now: datetime | None = None) -> str:
        when = saved_time_text(str(summary.get("saved_at", "")), mtime, now)
        sizes = summary.get("layer_sizes")
        design = "-".join(str(int(s)) for s in sizes) if isinstance(sizes, list) and sizes else "?"
        dataset = str(summary.get("dataset") or "?")
        epoch = summary.get("epoch")
        epoch = int(epoch) if isinstance(epoch, int) else 0
        return arg(self.tr("Restore the session from %1 — %2, %3, epoch %4?"), when, dataset, design, epoch)

    def details_text(self, summary: dict) -> str:
        lines = [self.tr("Backprop Lab did not close normally last time. Its last autosave holds the data, the "
                         "network, where training stood, the loss history and the epochs kept for rewinding.")]
        loss, acc = summary.get("train_loss"), summary.get("test_acc")
        if acc is None:
            acc = summary.get("train_acc")
        if isinstance(loss, (int, float)) and isinstance(acc, (int, float)):
            lines.append(arg(self.tr("Training loss %1, accuracy %2."), format_loss(loss), format_percent(acc)))
        document = summary.get("document")
        if isinstance(document, str) and document:
            lines.append(arg(self.tr("It belongs to the project %1."), Path(document).name))
        return "\n".join(lines)
