"""The Network panel: design the multilayer perceptron and watch its weights.

- Hidden layers: add, remove, neurons per layer (1 to ``MAX_NEURONS``), activation per layer.
- Input and output sizes follow the data (shown, not editable). The output activation and the loss
  are set to fit the data when it changes (one sigmoid neuron + binary cross-entropy for two
  classes, softmax + cross-entropy for more) and can be overridden; combinations that cannot
  train (cross-entropy without softmax, binary cross-entropy without sigmoid) are greyed out in
  the loss list and, if reached anyway, explained and never applied.
- Initializer and bias on/off.
- A live parameter count (784-16-10 → 12,730) and an estimate of the memory training needs; a
  large design is flagged with a warning.
- When edits apply: the count and the diagram follow every edit at once. The new network is built
  by itself ``APPLY_DELAY_MS`` after the last edit as long as nothing would be lost (no training
  progress) and the design is not large; otherwise the Apply button lights up, and Apply asks
  before throwing away the training so far ("No" puts the widgets back). While training runs the
  design is locked (pause or stop first), so the network is never rebuilt under the worker.
- The diagram (``NetworkDiagram``) draws the network with its live weights from the session's
  snapshots: sign by colour, size by width; hover for values.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...engine.features import input_names
from ...engine.output_rules import default_loss_for, loss_problem, output_size_for
from ...engine.specs import NetworkSpec
from ...state.session import LARGE_NETWORK_PARAMS, RUNNING
from ..data_texts import class_names, dataset_title
from ..error_text import describe
from ..i18n.formatting import arg, format_int
from ..terms import activation_name, loss_name, loss_short_name
from ..widgets.network_diagram import NetworkDiagram
from ..widgets.input_feature_toggles import InputFeatureToggles
from ..widgets.network_form import NetworkForm
from ..widgets.plot_menu import PlotMenu
from ..widgets.value_modes import DiagramValues
from .base import DockPanel
from .network_texts import (APPLY_DELAY_MS, APPLY_TIP, LARGE_MEMORY_MB, LOSS_TIPS, MAX_HIDDEN_LAYERS,
                            OUTPUT_ACTIVATIONS, describe_loss_problem, estimate_training_mb, format_mb,
                            initializer_items, loss_items, tr)


class _FitScrollArea(QScrollArea):
    """A scroll area that asks for the height of its contents (so the splitter starts with the
    controls fully visible and gives the rest to the diagram)."""

    def sizeHint(self) -> QSize:
        w = self.widget()
        if w is None:
            return super().sizeHint()
        hint = w.sizeHint()
        f = 2 * self.frameWidth()
        return QSize(hint.width() + f, hint.height() + f)


class NetworkPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("NetworkPanel", "Network")
    DOCK_NAME = "networkDock"
    OBJECT_NAME = "networkPanel"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_DELAY_MS)
        self._apply_timer.timeout.connect(self._auto_apply)

        self.diagram = NetworkDiagram()
        self.diagram_menu = PlotMenu(self.diagram, "network-diagram", data=self.diagram.plotted_data)
        self.form = self.controls = NetworkForm(loss_items(), initializer_items(), tr(APPLY_TIP), MAX_HIDDEN_LAYERS)
        self.form.edited.connect(self._on_edited)
        self.form.remove_requested.connect(self.remove_layer)
        self.form.add_button.clicked.connect(self.add_layer)
        self.form.apply_button.clicked.connect(self.apply_design)
        self.form.revert_button.clicked.connect(self.sync_from_session)
        self.feature_toggles = InputFeatureToggles(self.form.caption_width)   # x1², sin x2, ... (2-D data)
        self.form.layout().insertWidget(1, self.feature_toggles)
        self.feature_toggles.changed.connect(self._on_edited)

        scroll = _FitScrollArea()
        scroll.setObjectName("networkControlsScroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes straight to the controls
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("networkSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.diagram_values = DiagramValues(session, self.diagram)   # weights / dL/dw / Δw, barely-learning neurons
        self.splitter.addWidget(self.diagram_values.host)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.splitter)

        self._controls_hint = -1
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_controls)

        session.dataset_changed.connect(self._on_dataset_changed)
        session.spec_changed.connect(self.sync_from_session)
        session.config_changed.connect(self._refresh)
        session.network_changed.connect(self._on_network_changed)
        session.display_changed.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state_changed)
        session.history_changed.connect(self._update_buttons)
        self._on_dataset_changed()
        self._on_state_changed(session.state)
        if session.display is not None:
            self.diagram.set_params(session.display.params)

    # ---- the design in the widgets ---------------------------------------------------------------
    def _output_size(self, activation: str) -> int:
        spec = self.session.spec
        if activation == spec.activations[-1]:
            return spec.layer_sizes[-1]  # keep what is built (e.g. a loaded model's two sigmoid outputs)
        return output_size_for(activation, self.session.dataset.n_classes)

    def design(self) -> NetworkSpec:
        """The design the widgets show (applied or not)."""
        out_act = self.form.output_combo.currentData() or self.session.spec.activations[-1]
        hidden = self.form.values()
        features = self.feature_toggles.selected() if self.session.dataset.is_2d else ()
        sizes = (self.session.dataset.n_features + len(features), *[s for s, _ in hidden], self._output_size(out_act))
        acts = (*[a for _, a in hidden], out_act)
        return NetworkSpec(sizes, acts, init=self.form.init_combo.currentData(), bias=self.form.bias_check.isChecked(),
                           loss=self.form.loss_combo.currentData(), input_features=features)

    def is_pending(self) -> bool:
        """Do the widgets show a design that is not built?"""
        return self.design() != self.session.spec

    def _problem(self, spec: NetworkSpec) -> str | None:
        return describe_loss_problem(loss_problem(spec.loss, spec.activations[-1], spec.layer_sizes[-1]))

    def _estimate(self, spec: NetworkSpec) -> tuple[float, int]:
        ds = self.session.dataset
        batch = self.session.config.batch_size or ds.n_train
        itemsize = np.dtype(self.session.dtype).itemsize
        return estimate_training_mb(spec, batch, itemsize), batch

    def is_large(self, spec: NetworkSpec | None = None) -> bool:
        spec = spec or self.design()
        return spec.num_params > LARGE_NETWORK_PARAMS or self._estimate(spec)[0] > LARGE_MEMORY_MB

    # ---- from the session ----------------------------------------------------------------------
    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        d = ds.n_features
        if ds.image_shape:
            text = arg(self.tr("%Ln pixel(s) (%1×%2 image)", "", d), ds.image_shape[0], ds.image_shape[1])
        elif ds.feature_names and len(ds.feature_names) <= 4:
            text = arg(self.tr("%Ln input(s): %1", "", d), ", ".join(ds.feature_names))
        else:
            text = self.tr("%Ln input(s)", "", d)
        self.form.input_label.setText(text)
        self.form.input_label.setToolTip(arg(self.tr("One input neuron per feature of the data “%1”: %2. It follows "
                                                     "the data."), dataset_title(ds), format_int(d)))
        self.feature_toggles.set_names(ds.feature_names)
        self.feature_toggles.setVisible(ds.is_2d)
        self._fill_output_combo()
        self.sync_from_session()

    def _fill_output_combo(self) -> None:
        k = self.session.dataset.n_classes
        spec_act = self.session.spec.activations[-1]
        names = list(OUTPUT_ACTIVATIONS) if k == 2 else ["softmax", "sigmoid", "tanh", "linear"]
        if spec_act not in names:
            names.append(spec_act)
        with QSignalBlocker(self.form.output_combo):
            self.form.output_combo.clear()
            for i, name in enumerate(names):
                n = output_size_for(name, k)
                title = activation_name(name)
                self.form.output_combo.addItem(arg(self.tr("%1 (%Ln neuron(s))", "", n), title) if k == 2 else title,
                                               name)
                tip = tr(OUTPUT_ACTIVATIONS[name]) if name in OUTPUT_ACTIVATIONS else title
                self.form.output_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)

    @Slot()
    def sync_from_session(self) -> None:
        """Show the built design in the widgets (edits not applied are dropped)."""
        self._apply_timer.stop()
        spec = self.session.spec
        if self.form.output_combo.findData(spec.activations[-1]) < 0:
            self._fill_output_combo()
        hidden = list(zip(spec.layer_sizes[1:-1], spec.activations[:-1]))
        self.form.show_values(hidden)
        self.feature_toggles.set_selected(spec.input_features)
        with QSignalBlocker(self.form.output_combo), QSignalBlocker(self.form.loss_combo), \
                QSignalBlocker(self.form.init_combo), QSignalBlocker(self.form.bias_check):
            self.form.output_combo.setCurrentIndex(self.form.output_combo.findData(spec.activations[-1]))
            self.form.loss_combo.setCurrentIndex(max(0, self.form.loss_combo.findData(spec.loss)))
            self.form.init_combo.setCurrentIndex(max(0, self.form.init_combo.findData(spec.init)))
            self.form.bias_check.setChecked(spec.bias)
        self._refresh()

    @Slot()
    def _on_network_changed(self) -> None:
        self.diagram.set_params(None)   # the first snapshot of the new network brings its weights
        self._refresh()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.diagram.set_params(snap.params)   # kept by reference; repaint throttled by the diagram

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        running = state == RUNNING
        self.controls.setEnabled(not running)
        self._refresh()
        if not running and self.is_pending():
            self._schedule_auto_apply()

    # ---- edits ----------------------------------------------------------------------------------
    @Slot()
    def _on_edited(self, *_args) -> None:
        self._refresh()
        self._schedule_auto_apply()

    @Slot()
    def add_layer(self) -> None:
        values = self.form.values()
        if len(values) >= MAX_HIDDEN_LAYERS:
            return
        if values:
            size, act = values[-1]
        else:
            size, act = (4, "tanh") if self.session.dataset.n_features <= 16 else (32, "relu")
        self.form.show_values([*values, (size, act)])
        self.form.rows[-1].spin.setFocus()
        self._on_edited()

    def remove_layer(self, index: int) -> None:
        values = self.form.values()
        if not 0 <= index < len(values):
            return
        del values[index]
        self.form.show_values(values)
        self._on_edited()

    def _schedule_auto_apply(self) -> None:
        if self._can_auto_apply():
            self._apply_timer.start()
        else:
            self._apply_timer.stop()

    def _can_auto_apply(self) -> bool:
        s = self.session
        if s.state == RUNNING or s.has_progress or not self.is_pending():
            return False
        spec = self.design()
        return self._problem(spec) is None and not self.is_large(spec)

    @Slot()
    def _auto_apply(self) -> None:
        if self._can_auto_apply():
            self._build(self.design())

    @Slot()
    def apply_design(self) -> bool:
        """Build the design in the widgets; asks first if training has made progress. True if built."""
        self._apply_timer.stop()
        if self.session.state == RUNNING:
            self.session.message.emit("warning", self.tr("Pause or stop training before changing the network."))
            return False
        spec = self.design()
        problem = self._problem(spec)
        if problem:
            self.session.message.emit("error", problem)
            return False
        if spec == self.session.spec:
            self._refresh()
            return True
        if self.session.has_progress:
            epochs = self.session.epochs_done
            if epochs:
                text = self.tr("The new design starts from fresh random weights: %Ln epoch(s) of training will be "
                               "lost.\n\nBuild it now?", "", epochs)
            else:
                text = self.tr("The new design starts from fresh random weights: the training so far will be "
                               "lost.\n\nBuild it now?")
            if not self.confirm(self.tr("Build the new network?"), text):
                self.sync_from_session()
                return False
        return self._build(spec)

    def _build(self, spec: NetworkSpec) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.set_spec(spec)
        except (MemoryError, ValueError) as exc:
            self.session.message.emit("error", arg(self.tr("Could not build the network: %1"), describe(exc)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    # ---- showing the state -------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._controls_hint = -1
        self._fit_timer.start()

    @Slot()
    def _fit_controls(self) -> None:
        """Give the controls the height they need (rows added, a warning shown) and the diagram the
        rest. A dragged splitter stays put while the content keeps its size, but never cuts the
        controls while the diagram can give way."""
        hint = self.controls.sizeHint().height() + 2
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        top = max(0, min(hint, total - self.diagram.minimumHeight()))
        if hint == self._controls_hint and sizes[0] >= top:
            return
        self._controls_hint = hint
        self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _catch_up(self) -> None:
        super()._catch_up()
        self._fit_timer.start()   # the dock's tab was picked: the controls may have changed meanwhile

    @Slot()
    def _refresh(self, *_args) -> None:
        """Count, memory, warnings, loss choices, buttons and diagram for the design in the widgets."""
        ds = self.session.dataset
        spec = self.design()
        out_n, out_act = spec.layer_sizes[-1], spec.activations[-1]
        title = dataset_title(ds)
        if ds.n_classes == 2 and out_n == 1:
            what = arg(self.tr("%Ln output neuron(s): the probability of “%1”.", "", out_n), class_names(ds)[1])
        elif out_n == ds.n_classes:
            what = arg(self.tr("%Ln output neuron(s): one per class of the data “%1”.", "", out_n), title)
        else:
            what = arg(self.tr("%Ln output neuron(s); the data “%1” has %2 classes.", "", out_n), title, ds.n_classes)
        self.form.output_label.setText(self.tr("%Ln neuron(s)", "", out_n))
        self.form.output_label.setToolTip(arg(self.tr("%1 The output size follows the data."), what))
        self.form.param_label.setText(format_int(spec.num_params))
        mb, batch = self._estimate(spec)
        self.form.memory_label.setText(arg(self.tr("≈ %1"), format_mb(mb)))
        if self.session.config.batch_size is None:
            tip = self.tr("Rough memory to train this network: weights, gradients and optimizer state, plus the "
                          "activations of one batch (the full batch: %Ln sample(s)).", "", batch)
        else:
            tip = self.tr("Rough memory to train this network: weights, gradients and optimizer state, plus the "
                          "activations of one batch (batch size: %Ln sample(s)).", "", batch)
        self.form.memory_label.setToolTip(tip)

        # loss choices that fit the output layer
        model = self.form.loss_combo.model()
        if isinstance(model, QStandardItemModel):
            for i in range(self.form.loss_combo.count()):
                name = self.form.loss_combo.itemData(i)
                item = model.item(i)
                if name == "auto":
                    auto = default_loss_for(out_act, out_n)
                    item.setText(arg(self.tr("auto (%1)"), loss_short_name(auto)))
                    item.setToolTip(arg(self.tr("%1\nHere: %2."), tr(LOSS_TIPS["auto"]), loss_name(auto)))
                    continue
                why = describe_loss_problem(loss_problem(name, out_act, out_n))
                item.setEnabled(why is None)
                item.setToolTip(why or tr(LOSS_TIPS[name]))

        if self.is_large(spec):
            self.form.warning_label.setText(arg(
                self.tr("⚠ A large network: %1 parameters, about %2 of memory to train (batch of %3). Building it "
                        "takes a moment and training will be slow. It is only built when you press Apply."),
                format_int(spec.num_params), format_mb(mb), format_int(batch)))
            self.form.warning_label.show()
        else:
            self.form.warning_label.hide()
        problem = self._problem(spec)
        self.form.problem_label.setText(arg(self.tr("✕ %1"), problem) if problem else "")
        self.form.problem_label.setVisible(bool(problem))
        self._update_buttons()

        current = self.form.loss_combo.currentData()
        item_tip = self.form.loss_combo.itemData(self.form.loss_combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        self.form.loss_combo.setToolTip(arg(self.tr("What training minimises: how far the outputs are from the "
                                                    "targets.\n%1"), item_tip or "") if current else "")
        self._fit_timer.start()

        pending = spec != self.session.spec
        self.diagram.set_design(spec.layer_sizes, spec.activations, bias=spec.bias,
                                input_names=input_names(spec.input_features, ds.feature_names),
                                image_shape=ds.image_shape, class_names=class_names(ds))
        self.diagram.set_preview(pending, self.tr("Preview: this design is not built yet") if pending else "")

    @Slot()
    def _update_buttons(self, *_args) -> None:
        s = self.session
        running = s.state == RUNNING
        spec = self.design()
        pending = spec != s.spec
        problem = self._problem(spec)
        ready = pending and not running and problem is None
        self.form.apply_button.setEnabled(ready)
        self.form.revert_button.setEnabled(pending and not running)
        if self.form.apply_button.font().bold() != ready:   # lit up when there is something to apply
            font = self.form.apply_button.font()
            font.setBold(ready)
            self.form.apply_button.setFont(font)
            self.form.apply_button.setDefault(ready)
        if running:
            status = self.tr("Training is running: pause or stop it to change the design.")
        elif pending and problem is None:
            if self._can_auto_apply():
                status = self.tr("Building the new network…")
            elif s.has_progress:
                status = self.tr("Press Apply to build this design: it starts again from fresh weights.")
            else:
                status = self.tr("Press Apply to build this design.")
        else:
            status = ""
        self.form.status_label.setText(status)
        self.form.status_label.setVisible(bool(status))
