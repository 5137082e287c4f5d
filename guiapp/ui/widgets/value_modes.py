"""Weights, gradients or updates: what the network diagram's links and the weight heatmaps show
while training (issue 9, "Gradients while training").

- Weights w (the default);
- dL/dw of the last minibatch: which way and how hard the last batch pulled each weight;
- Δw of the last update: how far the optimizer actually moved it (momentum and Adam differ from −η·g).

The worker copies gradients and updates into its snapshots only while some view asks for them
(``session.request_extras``): choosing "weights" again withdraws the request. The network
diagram also marks the neurons that barely learn (saturated, dead), with the reason on hover.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...state.snapshot import GRADIENTS, NEURON_HEALTH, UPDATES
from ...state.weight_ref import WeightRef
from ..i18n.context import TrContext
from .health_text import health_reasons

ValueModes = TrContext("ValueModes")

WEIGHTS = "weights"
#: (key, label, tool tip) of the choices.
MODES = (
    (WEIGHTS, QT_TRANSLATE_NOOP("ValueModes", "Weights w"),
     QT_TRANSLATE_NOOP("ValueModes", "The weights themselves")),
    (GRADIENTS, QT_TRANSLATE_NOOP("ValueModes", "Gradient dL/dw (last minibatch)"),
     QT_TRANSLATE_NOOP("ValueModes", "Which way, and how hard, the last minibatch pulled each weight: red "
                                     "positive (the weight goes down), blue negative (it goes up)")),
    (UPDATES, QT_TRANSLATE_NOOP("ValueModes", "Last update Δw"),
     QT_TRANSLATE_NOOP("ValueModes", "How far the last optimizer step moved each weight (for plain SGD −η·g; "
                                     "momentum and Adam add up past steps)")),
)
SYMBOLS = {WEIGHTS: "W", GRADIENTS: "dL/dW", UPDATES: "ΔW"}


class ValueModeCombo(QComboBox):
    """The choice, asking the worker for what it needs (as ``owner``, plus ``always`` extras)."""

    mode_changed = Signal(str)

    def __init__(self, session, owner: str, object_name: str, always=frozenset(), parent=None):
        super().__init__(parent)
        self.session = session
        self.owner = owner
        self.always = frozenset(always)
        self.setObjectName(object_name)
        self.setAccessibleName(ValueModes.tr("What the colours show"))
        self.setToolTip(ValueModes.tr("Show the weights, the last minibatch's gradient dL/dw, or the last update Δw"))
        for k, (key, text, tip) in enumerate(MODES):
            self.addItem(ValueModes.tr(text), key)
            self.setItemData(k, ValueModes.tr(tip), 3)   # Qt.ToolTipRole
        self.currentIndexChanged.connect(self._on_changed)
        self._request()

    def mode(self) -> str:
        return self.currentData() or WEIGHTS

    def set_mode(self, mode: str) -> None:
        k = self.findData(mode)
        if k >= 0:
            self.setCurrentIndex(k)

    def _request(self) -> None:
        mode = self.mode()
        self.session.request_extras(self.owner, self.always | ({mode} if mode != WEIGHTS else set()))

    @Slot(int)
    def _on_changed(self, _index: int) -> None:
        self._request()
        self.mode_changed.emit(self.mode())

    def arrays(self, snap):
        """What to draw from ``snap``: its params, grads or updates (None: not there yet)."""
        if snap is None:
            return None
        mode = self.mode()
        return snap.params if mode == WEIGHTS else (snap.grads if mode == GRADIENTS else snap.updates)

    def waiting_text(self) -> str:
        return ValueModes.tr("No training step yet: dL/dw and Δw appear after the first minibatch.")

    def symbol(self) -> str:
        return SYMBOLS[self.mode()]


class DiagramValues(QWidget):
    """The network diagram with its choice above it: ``host`` holds both. Also marks the neurons
    that barely learn and turns a click on a link into the gradient check of that weight."""

    def __init__(self, session, diagram, parent=None):
        super().__init__(parent)
        self.session = session
        self.diagram = diagram
        self.combo = ValueModeCombo(session, "networkDiagram", "diagramValuesCombo", always={NEURON_HEALTH})
        self.combo.mode_changed.connect(self._on_display_changed)
        label = QLabel(ValueModes.tr("&Links show:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(diagram, 1)
        self.host = self
        session.display_changed.connect(self._on_display_changed)
        session.network_changed.connect(self.refresh)
        diagram.link_clicked.connect(self._on_link_clicked)
        diagram.neuron_clicked.connect(self._on_neuron_clicked)

    @Slot(object)
    def _on_display_changed(self, _snap) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        snap = self.session.display
        ok = snap is not None and snap.network_id == self.session.network_id
        mode = self.combo.mode()
        if not ok or mode == WEIGHTS:
            self.diagram.set_overlay(None)
        else:
            arrays = self.combo.arrays(snap)
            legend = (ValueModes.tr("links: dL/dw of the last minibatch (red +, blue −)") if mode == GRADIENTS
                      else ValueModes.tr("links: Δw of the last update (red +, blue −)"))
            if arrays is None:   # nothing trained yet: grey links, and say why
                arrays, legend = [np.zeros_like(p) for p in snap.params], self.combo.waiting_text()
            self.diagram.set_overlay(mode, arrays, legend)
        self.diagram.set_health(health_reasons(snap.health) if ok else {})

    @Slot(int, int, int)
    def _on_link_clicked(self, layer: int, i: int, j: int) -> None:
        self.session.select_weight(WeightRef(layer, i, j), True)

    @Slot(int, int)
    def _on_neuron_clicked(self, col: int, j: int) -> None:
        if col > 0 and self.session.spec.bias:
            self.session.select_weight(WeightRef(col - 1, None, j), True)
