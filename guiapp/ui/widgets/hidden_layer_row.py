"""One hidden layer in the network designer: caption, neuron count, activation, remove button.

A widget of its own, so a removed layer's row goes away at once (:meth:`HiddenLayerRow.discard`:
hidden and taken out of its layout before it is deleted), not when Qt next gets round to its
deferred deletions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QToolButton, QWidget

from ..i18n.formatting import arg
from ..terms import activation_name

#: Neurons per hidden layer: at least 1 (0 cannot be typed), at most this.
MAX_NEURONS = 4096

HIDDEN_ACTIVATIONS = {
    "sigmoid": QT_TRANSLATE_NOOP("HiddenLayerRow", "Sigmoid σ(z) = 1 / (1 + e^−z): squashes into (0, 1). The "
                                                   "classic; learns slowly when saturated."),
    "tanh": QT_TRANSLATE_NOOP("HiddenLayerRow", "tanh(z), the hyperbolic tangent: squashes into (−1, 1), centred on "
                                                "zero. A good choice for small networks."),
    "relu": QT_TRANSLATE_NOOP("HiddenLayerRow", "ReLU: max(0, z). Fast and the usual choice for deep or large "
                                                "networks; a neuron can “die”."),
    "leaky_relu": QT_TRANSLATE_NOOP("HiddenLayerRow", "Leaky ReLU: z for z > 0, else 0.01·z. Like ReLU but never "
                                                      "completely silent."),
    "linear": QT_TRANSLATE_NOOP("HiddenLayerRow", "Linear: z unchanged. Layers of linear neurons together are still "
                                                  "just one linear map."),
}


class HiddenLayerRow(QWidget):
    """Hidden layer ``number`` (1-based). ``changed`` on every edit; ``remove_requested(index)``
    (0-based) when its remove button is pressed."""

    changed = Signal()
    remove_requested = Signal(int)

    @staticmethod
    def caption_text(number: int) -> str:
        """"Hidden 3" / «Скрытый 3»: the row's caption."""
        return arg(QCoreApplication.translate("HiddenLayerRow", "Hidden %1"), number)

    def __init__(self, number: int, caption_width: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"hiddenLayerRow{number}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = QLabel(self.caption_text(number))
        if caption_width:
            self.caption.setFixedWidth(caption_width)
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_NEURONS)
        self._fix_suffix(self.spin.value())
        self.spin.valueChanged.connect(self._fix_suffix)
        self.spin.setAccelerated(True)
        self.spin.setObjectName(f"hiddenSizeSpin{number}")
        self.spin.setAccessibleName(arg(self.tr("Neurons in hidden layer %1"), number))
        self.spin.setToolTip(arg(self.tr("How many neurons hidden layer %1 has (1 to %2). More neurons can bend the "
                                         "decision boundary more, but train slower."), number, MAX_NEURONS))
        self.caption.setBuddy(self.spin)
        self.combo = QComboBox()
        self.combo.setObjectName(f"hiddenActivationCombo{number}")
        self.combo.setAccessibleName(arg(self.tr("Activation of hidden layer %1"), number))
        self.combo.setToolTip(arg(self.tr("The activation function of hidden layer %1: what each neuron does with "
                                          "its weighted sum z"), number))
        for i, (name, tip) in enumerate(HIDDEN_ACTIVATIONS.items()):
            self.combo.addItem(activation_name(name), name)
            self.combo.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(6)
        for w in (self.spin, self.combo):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName(f"removeLayerButton{number}")
        self.remove.setAccessibleName(arg(self.tr("Remove hidden layer %1"), number))
        self.remove.setToolTip(arg(self.tr("Remove hidden layer %1"), number))
        self.remove.setAutoRaise(True)
        for w, stretch in ((self.caption, 0), (self.spin, 1), (self.combo, 1), (self.remove, 0)):
            layout.addWidget(w, stretch)
        self.spin.valueChanged.connect(self.changed)
        self.combo.currentIndexChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.number - 1))

    def _fix_suffix(self, value: int) -> None:
        """The unit after the number in the plural form it needs: 1 нейрон, 2 нейрона, 5 нейронов."""
        suffix = self.tr("%n neuron(s)", "the unit after a number box; the number is shown by the box",
                         value).replace(str(value), "", 1)
        if self.spin.suffix() != suffix:
            self.spin.setSuffix(suffix)

    def set(self, size: int, activation: str) -> None:
        """Show ``size`` neurons of ``activation`` (no ``changed`` signal)."""
        with QSignalBlocker(self.spin), QSignalBlocker(self.combo):
            if self.spin.value() != size:
                self.spin.setValue(size)
            self._fix_suffix(size)
            i = self.combo.findData(activation)
            if i < 0:
                self.combo.addItem(activation_name(activation), activation)
                i = self.combo.count() - 1
            self.combo.setCurrentIndex(i)

    def value(self) -> tuple[int, str]:
        return self.spin.value(), self.combo.currentData()

    def discard(self) -> None:
        """Take the row off the screen now (out of its layout, hidden, no parent), then delete it."""
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().removeWidget(self)
        self.hide()
        self.setParent(None)
        self.deleteLater()
