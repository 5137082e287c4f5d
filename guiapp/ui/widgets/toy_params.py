"""The settings of a generated 2-D point set (circle, spiral, ...): how many points, noise, test
share, classes (spiral arms) and seed, and a "New sample" button. It only holds the values; the
Data panel turns them into a ``DatasetSpec`` a moment after the last change."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSpinBox, QWidget

from ...state.dataset_spec import DatasetSpec
from ..i18n.formatting import arg, format_number
from ..i18n.number_input import LocaleDoubleSpinBox

TOY_DEFAULTS = {"n": 200, "noise": 0.1, "seed": 0, "test_ratio": 0.2, "n_classes": 2}


class ToyParamsBox(QWidget):
    """``changed`` on every edit of a spin box (not while showing a spec); ``regenerate`` for "New sample"."""

    changed = Signal()
    regenerate = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("toyParamsBox")
        self.spiral_classes = 3   # kept while other sets (always 2 classes) are shown
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.count_spin = self._spin(QSpinBox(), (10, 5000), 50, "countSpin", self.tr("Number of points"),
                                     self.tr("How many points to generate in all (training + test)"))
        self.noise_spin = self._spin(LocaleDoubleSpinBox(), (0.0, 1.0), 0.05, "noiseSpin", self.tr("Noise"),
                                     arg(self.tr("How much the points are scattered around the clean shape (0 = none, "
                                                 "%1 = a lot)"), format_number(0.3)))
        self.noise_spin.setDecimals(2)
        self.test_ratio_spin = self._spin(QSpinBox(), (0, 90), 5, "testRatioSpin", self.tr("Test share"),
                                          self.tr("The share of points kept aside for testing (drawn as rings): the "
                                                  "network never trains on them, so they show how well it "
                                                  "generalises"))
        self.test_ratio_spin.setSuffix(self.tr(" %", "a percentage after a number box"))
        self.classes_spin = self._spin(QSpinBox(), (2, 5), 1, "classesSpin", self.tr("Number of classes"),
                                       self.tr("Number of spiral arms, one class each (only the spiral has more than "
                                               "2 classes)"))
        self.seed_spin = self._spin(QSpinBox(), (0, 99_999), 1, "dataSeedSpin", self.tr("Random seed for the points"),
                                    self.tr("The same seed always gives the same points; change it for another "
                                            "random sample"))
        self.regenerate_button = QPushButton(self.tr("New sample"))
        self.regenerate_button.setObjectName("regenerateButton")
        self.regenerate_button.setAccessibleName(self.tr("Regenerate the points"))
        self.regenerate_button.setToolTip(self.tr("Draw a new random sample of points (moves the seed on by one)"))
        self.regenerate_button.clicked.connect(self.regenerate)
        for row, (a, wa, b, wb) in enumerate(((self.tr("Points:"), self.count_spin, self.tr("Noise:"),
                                               self.noise_spin),
                                              (self.tr("Test share:"), self.test_ratio_spin, self.tr("Classes:"),
                                               self.classes_spin),
                                              (self.tr("Seed:"), self.seed_spin, None, self.regenerate_button))):
            la = QLabel(a)
            la.setBuddy(wa)
            grid.addWidget(la, row, 0)
            grid.addWidget(wa, row, 1)
            if b:
                lb = QLabel(b)
                lb.setBuddy(wb)
                grid.addWidget(lb, row, 2)
                grid.addWidget(wb, row, 3)
            else:
                grid.addWidget(wb, row, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.count_spin.setValue(TOY_DEFAULTS["n"])
        self.noise_spin.setValue(TOY_DEFAULTS["noise"])
        self.test_ratio_spin.setValue(round(100 * TOY_DEFAULTS["test_ratio"]))
        self.seed_spin.setValue(TOY_DEFAULTS["seed"])
        self.spins = (self.count_spin, self.noise_spin, self.test_ratio_spin, self.classes_spin, self.seed_spin)
        for spin in self.spins:
            spin.setKeyboardTracking(False)  # typing "500" makes one change, not three
            spin.valueChanged.connect(self._on_changed)

    def _spin(self, spin, limits, step, name, accessible, tip):
        spin.setRange(*limits)
        spin.setSingleStep(step)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setToolTip(tip)
        return spin

    def _on_changed(self, *_) -> None:
        if self.sender() is self.classes_spin:
            self.spiral_classes = self.classes_spin.value()
        self.changed.emit()

    def spec(self, name: str) -> DatasetSpec:
        """The 2-D set ``name`` with the values shown."""
        return DatasetSpec("toy2d", name, {
            "n": self.count_spin.value(),
            "noise": round(self.noise_spin.value(), 3),
            "seed": self.seed_spin.value(),
            "test_ratio": self.test_ratio_spin.value() / 100,
            "n_classes": self.spiral_classes if name == "spiral" else 2,
        })

    def show_spec(self, spec: DatasetSpec) -> None:
        """Show ``spec``'s values (a generated set) without emitting ``changed``."""
        blockers = [QSignalBlocker(w) for w in self.spins]
        try:
            is_toy = spec.kind == "toy2d"
            if is_toy:
                p = {**TOY_DEFAULTS, **spec.params}
                self.count_spin.setValue(int(p["n"]))
                self.noise_spin.setValue(float(p["noise"]))
                self.test_ratio_spin.setValue(int(round(100 * float(p["test_ratio"]))))
                self.seed_spin.setValue(int(p["seed"]))
                if spec.name == "spiral":
                    self.spiral_classes = int(p["n_classes"])
            spiral = is_toy and spec.name == "spiral"
            self.classes_spin.setValue(self.spiral_classes if spiral else 2)
            self.classes_spin.setEnabled(spiral)
        finally:
            del blockers

    def next_seed(self) -> None:
        """Move the seed on by one (no ``changed``)."""
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue((self.seed_spin.value() + 1) % (self.seed_spin.maximum() + 1))
