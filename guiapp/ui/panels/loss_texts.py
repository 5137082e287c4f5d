"""The words of the loss plot: the curve choices, the note before the first epoch, the curves'
names (axis labels and legends) and the line of values at the epoch under the mouse."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..i18n.context import TrContext
from ..i18n.formatting import DASH, arg, format_int, format_loss, format_percent

LossTexts = TrContext("LossTexts")

#: (key, label) of the plot choices.
PLOT_CHOICES = (("both", QT_TRANSLATE_NOOP("LossTexts", "Loss and accuracy")),
                ("loss", QT_TRANSLATE_NOOP("LossTexts", "Loss only")),
                ("accuracy", QT_TRANSLATE_NOOP("LossTexts", "Accuracy only")))
#: The curves: axis labels and legend entries.
NAMES = {
    "loss": QT_TRANSLATE_NOOP("LossTexts", "loss"),
    "accuracy": QT_TRANSLATE_NOOP("LossTexts", "accuracy"),
    "epoch": QT_TRANSLATE_NOOP("LossTexts", "epoch"),
    "train loss": QT_TRANSLATE_NOOP("LossTexts", "train loss"),
    "train data loss": QT_TRANSLATE_NOOP("LossTexts", "train data loss"),
    "penalty": QT_TRANSLATE_NOOP("LossTexts", "L1/L2 penalty"),
    "test loss": QT_TRANSLATE_NOOP("LossTexts", "test loss"),
    "train accuracy": QT_TRANSLATE_NOOP("LossTexts", "train accuracy"),
    "test accuracy": QT_TRANSLATE_NOOP("LossTexts", "test accuracy"),
}


def name(key: str) -> str:
    """A curve's or an axis's name on screen ("train loss" / «потери (обучение)»)."""
    return LossTexts.tr(NAMES[key])


def plot_choices() -> list[tuple[str, str]]:
    return [(key, LossTexts.tr(text)) for key, text in PLOT_CHOICES]


def empty_text() -> str:
    """What the plot says before the first epoch (rich text; the button's own name)."""
    start = QCoreApplication.translate("MainWindow", "&Start").replace("&", "")
    return arg(LossTexts.tr("<p style='font-size:13pt'>Press <b>%1</b> (F5 or Space) to train.</p>"
                            "<p>The loss and accuracy of every epoch will be drawn here.</p>"), start)


def _loss(v: float) -> str:
    return format_loss(v) if math.isfinite(v) else DASH


def _pct(v: float) -> str:
    return format_percent(v) if math.isfinite(v) else DASH


def penalty_tip() -> str:
    return LossTexts.tr("The L1/L2 penalty of the weights (λ₁·Σ|w| + λ₂/2·Σw²) after each epoch: training "
                        "minimises the data loss plus this")


def values_text(epoch: int, latest: bool, tl: float, ta: float, vl: float, va: float, penalty: float = 0.0) -> str:
    """The line above the plot: the epoch ("Latest: epoch 12" when not hovering) and its losses and
    accuracies (train and test when there is a test set), and the L1/L2 penalty when there is one."""
    text = _values_text(epoch, latest, tl, ta, vl, va)
    if penalty > 0:
        text = arg(LossTexts.tr("%1  ·  L1/L2 penalty %2"), text, format_loss(penalty))
    return text


def _values_text(epoch: int, latest: bool, tl: float, ta: float, vl: float, va: float) -> str:
    e = format_int(epoch)
    if math.isfinite(vl) or math.isfinite(va):
        if latest:
            return arg(LossTexts.tr("Latest: epoch %1  ·  loss: train %2, test %3  ·  accuracy: train %4, test %5"),
                       e, _loss(tl), _loss(vl), _pct(ta), _pct(va))
        return arg(LossTexts.tr("Epoch %1  ·  loss: train %2, test %3  ·  accuracy: train %4, test %5"),
                   e, _loss(tl), _loss(vl), _pct(ta), _pct(va))
    if latest:
        return arg(LossTexts.tr("Latest: epoch %1  ·  loss %2  ·  accuracy %3"), e, _loss(tl), _pct(ta))
    return arg(LossTexts.tr("Epoch %1  ·  loss %2  ·  accuracy %3"), e, _loss(tl), _pct(ta))


def csv_header() -> list[str]:
    """The columns of the plot's CSV (the history's own names, for scripts that read them)."""
    return ["epoch", "train_loss", "train_acc", "test_loss", "test_acc"]
