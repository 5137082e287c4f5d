"""Gradient check: is backpropagation right? Compare its gradient with a numerical one, as tutorial 1
does: nudge one weight by ±h and watch the loss, dL/dw ≈ (L(w+h) − L(w−h)) / 2h.

- One weight (picked with a click on a link of a diagram or a cell of a weights heatmap, or chosen
  here): w, L(w+h), L(w−h), the numerical gradient, backprop's and their relative error, h editable.
- "Check all gradients": every weight and bias, on a background thread with progress and Cancel
  (``engine.gradcheck.check_all_gradients``, float64), the largest relative error per layer (below
  1e-7 for smooth activations), and why ReLU's kink at 0 can make single entries disagree.

The example and the weights are those the Backpropagation panel traces (``source()`` gives them).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QProgressDialog, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...engine.gradcheck import check_all_gradients
from ...state.weight_ref import WeightRef
from ...workers.background_job import BackgroundJob
from ..i18n.formatting import DASH, arg, format_int, format_number
from ..i18n.number_input import parse_number

#: The usual steps h (the engine's default is 1e-5).
STEPS = ("1e-3", "1e-4", "1e-5", "1e-6", "1e-7")
#: Relative errors below this mean backprop agrees (smooth activations, float64).
PASS_MARK = 1e-7
#: How often the check follows new weights while training (ms).
REFRESH_MS = 250


def _num(v: float, digits: int = 4) -> str:
    return format_number(float(v), significant=digits).replace("-", "−")


def _sci(v: float) -> str:
    """A small number, 2 significant digits: 3.2e−11 (the locale's decimal separator)."""
    return format_number(float(v), significant=2).replace("-", "−")


class GradCheckDialog(QDialog):
    def __init__(self, session, source, parent=None):
        super().__init__(parent)
        self.session = session
        self.source = source
        self.setObjectName("gradCheckDialog")
        self.setWindowTitle(self.tr("Gradient check"))
        self.setModal(False)
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.report = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.example_label = QLabel()
        self.example_label.setObjectName("gradcheckExampleLabel")
        self.example_label.setWordWrap(True)

        # ---- one weight ----
        self.param_combo = QComboBox()
        self.param_combo.setObjectName("gradcheckParamCombo")
        self.param_combo.setAccessibleName(self.tr("Weights or biases of a layer"))
        self.row_spin = QSpinBox()
        self.row_spin.setObjectName("gradcheckRowSpin")
        self.row_spin.setAccessibleName(self.tr("From (row of W)"))
        self.col_spin = QSpinBox()
        self.col_spin.setObjectName("gradcheckColumnSpin")
        self.col_spin.setAccessibleName(self.tr("To (neuron)"))
        for spin in (self.row_spin, self.col_spin):
            spin.setMinimum(1)
            spin.valueChanged.connect(self._on_choice_changed)
        self.param_combo.currentIndexChanged.connect(self._on_param_changed)
        self.h_combo = QComboBox()
        self.h_combo.setObjectName("gradcheckStepCombo")
        self.h_combo.setAccessibleName(self.tr("Step h"))
        self.h_combo.setToolTip(self.tr("How far the weight is nudged each way. Too large: the curve's bend shows; "
                                        "too small: rounding noise. 1e-5 suits float64."))
        self.h_combo.setEditable(True)
        self.h_combo.addItems(list(STEPS))
        self.h_combo.setCurrentText("1e-5")
        self.h_combo.currentTextChanged.connect(lambda _t: self.refresh())
        pick = QHBoxLayout()
        pick.addWidget(self.param_combo)
        pick.addWidget(QLabel(self.tr("from")))
        pick.addWidget(self.row_spin)
        pick.addWidget(QLabel(self.tr("to")))
        pick.addWidget(self.col_spin)
        pick.addStretch(1)
        pick.addWidget(QLabel(self.tr("h =")))
        pick.addWidget(self.h_combo)

        self.weight_label = QLabel()
        self.weight_label.setObjectName("gradcheckWeightLabel")
        self.values = {}
        form = QFormLayout()
        for key, text in (("plus", self.tr("L(w + h)")), ("minus", self.tr("L(w − h)")),
                          ("numerical", self.tr("Numerical gradient")), ("backprop", self.tr("Backprop gradient")),
                          ("error", self.tr("Relative error"))):
            label = QLabel()
            label.setObjectName(f"gradcheck_{key}_label")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(text, label)
        self.single_verdict = QLabel()
        self.single_verdict.setObjectName("gradcheckSingleVerdictLabel")
        self.single_verdict.setWordWrap(True)
        one = QGroupBox(self.tr("One weight"))
        ol = QVBoxLayout(one)
        ol.addLayout(pick)
        ol.addWidget(self.weight_label)
        ol.addLayout(form)
        ol.addWidget(self.single_verdict)

        # ---- every parameter ----
        self.check_all_button = QPushButton(self.tr("Check all gradients"))
        self.check_all_button.setObjectName("checkAllGradientsButton")
        self.check_all_button.setToolTip(self.tr("Nudge every weight and bias in turn (on a background thread) and "
                                                 "compare each numerical gradient with backprop's"))
        self.check_all_button.clicked.connect(self.check_all)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("gradcheckLayersTable")
        self.table.setAccessibleName(self.tr("Largest relative error per layer"))
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Relative error"), self.tr("Weights"),
                                              self.tr("Biases"), self.tr("Largest difference: backprop, numerical")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(150)
        self.all_verdict = QLabel()
        self.all_verdict.setObjectName("gradcheckVerdictLabel")
        self.all_verdict.setWordWrap(True)
        self.relu_note = QLabel()
        self.relu_note.setObjectName("gradcheckReluNote")
        self.relu_note.setWordWrap(True)
        every = QGroupBox(self.tr("Every weight and bias"))
        al = QVBoxLayout(every)
        al.addWidget(self.check_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        al.addWidget(self.table)
        al.addWidget(self.all_verdict)
        al.addWidget(self.relu_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.example_label)
        layout.addWidget(one)
        layout.addWidget(every)
        layout.addWidget(buttons)
        self.resize(620, 560)
        session.display_changed.connect(self._on_display_changed)
        session.network_changed.connect(self._on_network_changed)
        self._on_network_changed()

    # ---- which parameter ------------------------------------------------------------------------
    @Slot()
    def _on_network_changed(self) -> None:
        sizes = self.session.spec.layer_sizes
        self.param_combo.blockSignals(True)
        self.param_combo.clear()
        for l in range(len(sizes) - 1):
            self.param_combo.addItem(f"W{l + 1}", (l, False))
            if self.session.spec.bias:
                self.param_combo.addItem(f"b{l + 1}", (l, True))
        self.param_combo.blockSignals(False)
        self.report = None
        self.table.setRowCount(0)
        self.all_verdict.clear()
        self.relu_note.clear()
        self._on_param_changed()

    def _on_param_changed(self, *_args) -> None:
        data = self.param_combo.currentData()
        if data is None:
            return
        layer, bias = data
        sizes = self.session.spec.layer_sizes
        self.row_spin.blockSignals(True)
        self.col_spin.blockSignals(True)
        self.row_spin.setEnabled(not bias)
        self.row_spin.setMaximum(sizes[layer])
        self.col_spin.setMaximum(sizes[layer + 1])
        self.row_spin.blockSignals(False)
        self.col_spin.blockSignals(False)
        self.refresh()

    def _on_choice_changed(self, *_args) -> None:
        self.refresh()

    def weight(self) -> WeightRef | None:
        data = self.param_combo.currentData()
        if data is None:
            return None
        layer, bias = data
        return WeightRef(layer, None if bias else self.row_spin.value() - 1, self.col_spin.value() - 1)

    def set_weight(self, ref: WeightRef) -> None:
        """Check ``ref`` (a WeightRef of the current design)."""
        if not ref.fits(self.session.spec.layer_sizes):
            return
        for k in range(self.param_combo.count()):
            if self.param_combo.itemData(k) == (ref.layer, ref.is_bias):
                self.param_combo.blockSignals(True)
                self.param_combo.setCurrentIndex(k)
                self.param_combo.blockSignals(False)
                break
        self._on_param_changed()
        for spin, value in ((self.row_spin, ref.i), (self.col_spin, ref.j)):
            if value is not None:
                spin.blockSignals(True)
                spin.setValue(value + 1)
                spin.blockSignals(False)
        self.refresh()

    def step(self) -> float | None:
        """The h typed in, or None if it is not a positive number."""
        h = parse_number(self.h_combo.currentText())
        return h if h is not None and h > 0 else None

    # ---- one weight -----------------------------------------------------------------------------
    @Slot()
    def _on_display_changed(self, *_args) -> None:
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Check the chosen parameter again (on the current weights and example)."""
        traced, where = self.source()
        self.example_label.setText(arg(self.tr("On %1, with the weights the views show."), where))
        ref, h = self.weight(), self.step()
        if traced is None or ref is None or h is None:
            for label in self.values.values():
                label.setText(DASH)   # no value yet
            self.single_verdict.setText(self.tr("h must be a positive number, e.g. 1e-5.") if h is None else "")
            return
        self.traced = traced
        tr = traced.trace
        check = tr.check_bias(ref.layer, ref.j, h) if ref.is_bias else tr.check_weight(ref.layer, ref.i, ref.j, h)
        self.last_check = check
        from ..names import neuron_name

        ds = self.session.dataset
        sizes = self.session.spec.layer_sizes

        def name(k, j):
            return neuron_name(k, j, sizes, feature_names=ds.feature_names, image_shape=ds.image_shape,
                               class_names=ds.class_names)

        if ref.is_bias:
            self.weight_label.setText(arg(self.tr("b%1 of %2 = %3"), ref.layer + 1, name(ref.layer + 1, ref.j),
                                          _num(check.w, 6)))
        else:
            self.weight_label.setText(f"W{ref.layer + 1}[{name(ref.layer, ref.i)} → {name(ref.layer + 1, ref.j)}] = "
                                      f"{_num(check.w, 6)}")
        self.values["plus"].setText(_num(check.loss_plus, 12))
        self.values["minus"].setText(_num(check.loss_minus, 12))
        self.values["numerical"].setText(
            f"(L(w + h) − L(w − h)) / 2h = ({_num(check.loss_plus, 12)} − {_num(check.loss_minus, 12)}) / "
            f"(2·{_sci(h)}) = {_num(check.numerical, 8)}")
        self.values["backprop"].setText(_num(check.backprop, 8))
        self.values["error"].setText(f"|{_num(check.numerical, 8)} − {_num(check.backprop, 8)}| / max(…) = "
                                     f"{_sci(check.rel_error)}")
        if check.rel_error < 1e-4 or check.abs_error < 1e-10:
            verdict = self.tr("They agree: backpropagation's gradient is what nudging the weight gives.")
        else:
            verdict = self.tr("They differ: with a ReLU, w ± h may have moved a neuron's z across 0, where the slope "
                              "jumps (try a smaller h); otherwise the backward pass has a mistake.")
        self.single_verdict.setText(verdict)

    # ---- every parameter ----------------------------------------------------------------------
    @Slot()
    def check_all(self) -> None:
        """Run the check of every parameter on a background thread (progress, Cancel)."""
        if self.job is not None:
            return
        traced, _where = self.source()
        h = self.step()
        if traced is None or h is None:
            return
        tr = traced.trace
        net = self.session.spec.build(seed=0, dtype=np.float64)
        net.set_params([p for wb in zip(tr.weights, tr.biases) for p in wb if p is not None])
        x, target, loss = tr.x[None, :].copy(), np.array([traced.target]), tr.loss_name

        def work(ctx):
            return check_all_gradients(net, x, target, loss, eps=h, progress=ctx.progress, cancel=ctx.cancel)

        self.report = None
        self.check_all_button.setEnabled(False)
        self.all_verdict.setText(self.tr("Checking…"))
        self.job = BackgroundJob(work, self)
        self.progress = QProgressDialog(self.tr("Nudging every weight and bias…"), self.tr("Cancel"), 0, 1000, self)
        self.progress.setObjectName("gradcheckProgressDialog")
        self.progress.setWindowTitle(self.tr("Check all gradients"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancel)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_report)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.job.start()

    def cancel_check(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(object, object)
    def _on_progress(self, done, total) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(1000 * done / total))

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self.all_verdict.setText(str(exc))

    @Slot()
    def _on_finished(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.job.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job.deleteLater()
        self.job = None
        self.check_all_button.setEnabled(True)

    @Slot(object)
    def _on_report(self, report) -> None:
        self.report = report
        self.table.setRowCount(len(report.layers))
        for row, layer in enumerate(report.layers):
            w = layer.worst
            where = f"W{layer.layer + 1}[{w.index[0] + 1}, {w.index[1] + 1}]" if w.param == "W" else \
                f"b{layer.layer + 1}[{w.index[0] + 1}]"
            cells = [arg(self.tr("layer %1"), layer.layer + 1), _sci(layer.rel_error), _sci(layer.weight_rel_error),
                     "–" if layer.bias_rel_error is None else _sci(layer.bias_rel_error),
                     f"{where}: {_num(w.analytic, 8)}, {_num(w.numerical, 8)}"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if report.cancelled:
            self.all_verdict.setText(arg(self.tr("Cancelled after %1 of %2 parameters; the layers finished so far "
                                                 "are listed."), format_int(report.checked), format_int(report.total)))
        elif report.max_rel_error < PASS_MARK:
            self.all_verdict.setText(arg(self.tr("Largest relative error %1: below %2 in every layer. "
                                                 "Backpropagation's gradients agree with the numerical ones."),
                                         _sci(report.max_rel_error), _sci(PASS_MARK)))
        else:
            self.all_verdict.setText(arg(self.tr("Largest relative error %1: above %2. Look at the layers marked "
                                                 "and at the note on ReLU below."),
                                         _sci(report.max_rel_error), _sci(PASS_MARK)))
        acts = set(self.session.spec.activations)
        if acts & {"relu", "leaky_relu"}:
            kinks = sum(layer.kink_entries for layer in report.layers)
            self.relu_note.setText(self.tr(
                "ReLU has a kink at 0: its slope jumps from 0 to 1 there. If nudging a weight by ±h moves a neuron's "
                "z across 0, the numerical gradient mixes the two slopes, while backprop uses one of them, so single "
                "entries can disagree although backprop is right. Here %n parameter(s) sit that close to a kink "
                "(|z| ≤ h·|input|); the error of a whole layer stays tiny.", "", kinks))
        else:
            self.relu_note.setText("")

    def closeEvent(self, event) -> None:
        self.cancel_check()   # the job ends within one parameter and cleans up after itself
        super().closeEvent(event)
