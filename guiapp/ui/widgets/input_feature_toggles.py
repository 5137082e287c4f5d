"""Toggles for the input features of 2-D data (``guiapp.engine.features``): x1², x2², x1·x2,
sin x1, sin x2, each an extra input neuron computed from the data's two columns, as TensorFlow
Playground offers them. The Network panel shows them for 2-D data only and reads them into the
design (``NetworkSpec.input_features``); they are named after the data's columns (A², A·B for a
truth table).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from ...engine.features import FEATURES, label, normalize
from ..i18n.formatting import arg

#: Check boxes per row.
COLUMNS = 3


class InputFeatureToggles(QWidget):
    """One check box per input feature. ``changed`` on every click (not on ``set_selected``)."""

    changed = Signal()

    def __init__(self, caption_width: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inputFeatureToggles")
        self._names = ("x1", "x2")
        grid = QGridLayout(self)          # two rows (x1², x2², x1·x2 / sin x1, sin x2): fits a narrow dock
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        self.caption = QLabel(self.tr("Add"))
        if caption_width:
            self.caption.setFixedWidth(caption_width)
        grid.addWidget(self.caption, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for k, key in enumerate(FEATURES):
            check = QCheckBox()
            check.setObjectName(f"inputFeature_{key}")
            check.toggled.connect(self.changed)
            grid.addWidget(check, k // COLUMNS, 1 + k % COLUMNS)
            self.checks[key] = check
        grid.setColumnStretch(COLUMNS + 1, 1)
        self.caption.setBuddy(self.checks[next(iter(FEATURES))])
        self.set_names(self._names)

    def set_names(self, base_names) -> None:
        """Name the features after the data's two columns ('x1', 'x2'; 'A', 'B')."""
        self._names = tuple(str(n) for n in base_names) if len(base_names) == 2 else ("x1", "x2")
        a, b = self._names
        self.setToolTip(arg(self.tr("Extra inputs computed from %1 and %2, one input neuron each (as TensorFlow "
                                    "Playground offers them). With %1² and %2² a network without a hidden layer "
                                    "can draw a circle."), a, b))
        for key, check in self.checks.items():
            text = label(key, self._names)
            check.setText(text)
            check.setAccessibleName(arg(self.tr("Input feature %1"), text))
            check.setToolTip(arg(self.tr("Add the input %1, computed from %2 and %3"), text, a, b))

    def selected(self) -> tuple[str, ...]:
        """The features ticked, in the engine's order."""
        return normalize(key for key, check in self.checks.items() if check.isChecked())

    def set_selected(self, features) -> None:
        """Tick exactly ``features`` (no ``changed`` signal)."""
        chosen = set(normalize(features))
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(key in chosen)
            check.blockSignals(False)
