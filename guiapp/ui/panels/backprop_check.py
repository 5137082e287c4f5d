"""The Backpropagation panel's link to the gradient check dialog (:mod:`..dialogs.gradcheck_dialog`):
made when first needed, opened for a weight picked anywhere (``session.weight_selected`` with
"show"), and following the picked weight while it is open. The check runs on the example the panel
follows, or on the first training example when none is picked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from ...engine.trace import TraceInputError
from ...state.example_ref import PLANE_POINT, TRUTH_TABLE, ExampleRef
from ...state.example_trace import ExampleTracer, trace_display
from ..error_text import describe
from ..i18n.context import TrContext

BackpropCheck = TrContext("BackpropCheck")


class GradientCheckLink(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.dialog = None
        self.session.weight_selected.connect(self._on_weight_selected)

    def source(self):
        """(TracedExample, where it comes from) for the check; (None, why) when there is nothing to
        trace yet."""
        panel, session = self.panel, self.session
        if session.example is not None and panel.traced is not None:
            return panel.traced, panel.describe_example(session.example)
        ds = session.dataset
        ex = ExampleRef(TRUTH_TABLE if ds.kind in ("logic", "table") else PLANE_POINT, 0, ds.X_train[0],
                        int(ds.y_train[0]), "train")
        try:
            traced = trace_display(ExampleTracer(), session, ex)
        except (TraceInputError, ValueError) as exc:
            return None, describe(exc)
        return traced, BackpropCheck.tr("the first training example (no example is picked in Backpropagation)")

    def open(self, weight=None) -> None:
        from ..dialogs.gradcheck_dialog import GradCheckDialog

        if self.dialog is None:
            self.dialog = GradCheckDialog(self.session, self.source, self.panel.window())
        if weight is not None:
            self.dialog.set_weight(weight)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()

    @Slot(object, bool)
    def _on_weight_selected(self, weight, show: bool) -> None:
        if weight is None:
            return
        if show:
            self.open(weight)
        elif self.dialog is not None and self.dialog.isVisible():
            self.dialog.set_weight(weight)
            self.dialog.refresh()
