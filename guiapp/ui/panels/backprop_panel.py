"""Backpropagation: follow one example through the network, forward and back, every number with its
formula (issue 9).

Why a panel of its own (not a mode of the Network panel's diagram): at 1366×768 the Network panel
shares a 430 px column with the design controls, too narrow for numbers beside every neuron and a
formula list; a dock tabbed with the other views gets about 900×420 px: the diagram on the left,
the formulas of the step on the right, the step buttons on top, while the Data panel (the truth
table to pick from) stays in sight on the left.

- An example is picked where it lives (a truth-table row, a point on the decision boundary, a test
  digit, the drawing: ``session.select_example``); this panel comes to the front when one is picked.
- ← / → (or the buttons) step through Input, Forward layer by layer, Loss, Backward layer by layer,
  Update (:mod:`.backprop_steps`); the diagram (:mod:`.backprop_scene`) and the list show that
  step's numbers, each with its formula (hover the diagram, or read the list).
- It traces ``session.display`` (the latest snapshot while training, an earlier epoch while
  rewinding), never the worker's live arrays; while training it retraces a few times a second.
- Check gradients… (or a click on a link) opens the numerical gradient check
  (:mod:`..dialogs.gradcheck_dialog`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.trace import TraceInputError
from ...state.example_ref import (
    DRAWING,
    PLANE_POINT,
    TEST_DIGIT,
    TRUTH_TABLE,
    ExampleRef,
)
from ...state.example_trace import ExampleTracer, trace_display
from ...state.session import RUNNING
from ...state.snapshot import NEURON_HEALTH, OPTIMIZER_STATE
from ...state.weight_ref import WeightRef
from ..error_text import describe
from ..i18n.formatting import arg
from ..names import neuron_name
from ..widgets.backprop_diagram import BackpropDiagram
from ..widgets.formula_list import FormulaList
from ..widgets.health_text import health_reasons
from ..widgets.step_bar import StepBar
from .backprop_check import GradientCheckLink
from .backprop_scene import build_scene, column_titles, shown_neurons, tooltip
from .backprop_steps import (
    DLDW,
    DW,
    UPDATE,
    W_NEW,
    learning_rate_text,
    step_explanation,
    step_lines,
    step_title,
    steps_for,
)
from .backprop_texts import describe_example, empty_text, weights_note
from .base import DockPanel

#: While training, the example is traced again at most every this many ms (a trace of 784-256-10
#: takes about 2 ms; the repaint a few more).
RETRACE_MS = 200


class BackpropPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("BackpropPanel", "Backpropagation")
    DOCK_NAME = "backpropDock"
    OBJECT_NAME = "backpropPanel"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.tracer = ExampleTracer()
        self.traced = None
        self.steps = steps_for(len(session.spec.layer_sizes) - 1)
        self.index = 0
        self.shown = None
        self.selected: tuple | None = None
        self._target: int | None = None     # a target the student chose (None: the example's own)
        self._error = ""
        self._retrace = True
        self._lines_cache: dict[int, list] = {}

        self._build()
        self._retrace_timer = QTimer(self, singleShot=True, interval=RETRACE_MS)
        self._retrace_timer.timeout.connect(self._on_retrace_due)
        # Between key presses, the formulas of the other steps are laid out ahead, one per timer
        # tick (the event loop runs in between), so a step usually only swaps in its text.
        self._prefetch_timer = QTimer(self, singleShot=True, interval=0)
        self._prefetch_timer.timeout.connect(self._prefetch_one)
        session.example_selected.connect(self._on_example_selected)
        session.display_changed.connect(self._on_display_changed)
        session.network_changed.connect(self._on_network_changed)
        session.config_changed.connect(self._on_display_changed)
        self.check = GradientCheckLink(self)   # the gradient check dialog: follows session.weight_selected
        self._on_network_changed()
        if session.example is not None:   # a window rebuilt (another language): follow the same example
            self._follow(session.example, bring_to_front=False)

    # ---- building ---------------------------------------------------------------------------------
    def _button(self, cls, name: str, text: str, tip: str, slot):
        b = cls()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        self.example_label = QLabel()
        self.example_label.setObjectName("backpropExampleLabel")
        self.example_label.setAccessibleName(self.tr("The example followed"))
        self.example_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("backpropTargetCombo")
        self.target_combo.setAccessibleName(self.tr("Target"))
        self.target_combo.setToolTip(self.tr("The answer the network should give for this example (what the loss "
                                             "compares its output with). Pick another to see how the gradients "
                                             "change."))
        self.target_combo.activated.connect(self._on_target_chosen)
        target_label = QLabel(self.tr("&Target:"))
        target_label.setBuddy(self.target_combo)
        self.check_button = self._button(QPushButton, "checkGradientsButton", self.tr("Check gradients…"),
                                         self.tr("Compare backpropagation's gradients with numerical ones, "
                                                 "(L(w+h) − L(w−h)) / 2h"), self.open_gradient_check)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.example_label, 1)
        top.addWidget(target_label)
        top.addWidget(self.target_combo)
        top.addWidget(self.check_button)

        self.step_bar = StepBar(self)
        self.step_bar.first.connect(self.first_step)
        self.step_bar.back.connect(self.previous_step)
        self.step_bar.forward.connect(self.next_step)
        self.step_bar.last.connect(self.last_step)
        self.back_button, self.next_button = self.step_bar.back_button, self.step_bar.next_button
        self.step_label = self.step_bar.label

        self.diagram = BackpropDiagram()
        self.diagram.tooltip_provider = self._tooltip
        self.diagram.neuron_clicked.connect(self._on_neuron_clicked)
        self.diagram.link_clicked.connect(self._on_link_clicked)
        self.diagram.link_double_clicked.connect(self._on_link_double_clicked)
        self.diagram.pixel_clicked.connect(self._on_pixel_clicked)
        self.explanation = QLabel()
        self.explanation.setObjectName("backpropExplanationLabel")
        self.explanation.setAccessibleName(self.tr("What this step computes"))
        self.explanation.setWordWrap(True)
        self.formulas = FormulaList()
        self.formulas.line_clicked.connect(self._on_line_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("backpropSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.diagram)
        self.splitter.addWidget(self.formulas)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split_done = False
        self.note_label = QLabel()
        self.note_label.setObjectName("backpropNoteLabel")
        self.note_label.setAccessibleName(self.tr("Which weights are traced"))
        self.note_label.setWordWrap(True)
        self.note_label.setEnabled(False)

        main = QWidget()
        ml = QVBoxLayout(main)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(4)
        ml.addLayout(top)
        ml.addWidget(self.step_bar)
        ml.addWidget(self.explanation)
        ml.addWidget(self.splitter, 1)
        ml.addWidget(self.note_label)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("backpropEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_example_button = self._button(QPushButton, "backpropFirstExampleButton",
                                                 self.tr("Follow the first training example"),
                                                 self.tr("Trace the first row of the training data"),
                                                 self.pick_first_example)
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addWidget(self.first_example_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.setObjectName("backpropStack")
        self.stack.addWidget(empty)
        self.stack.addWidget(main)
        self.main_page, self.empty_page = main, empty
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.addWidget(self.stack)

        self.check_action = QAction(self.tr("Check &gradients…"), self)
        self.check_action.setObjectName("checkGradientsAction")
        self.check_action.setToolTip(self.tr("Compare backpropagation's gradients with numerical ones"))
        self.check_action.triggered.connect(self.open_gradient_check)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        w = self.splitter.width()
        if not self._split_done and w > 300:   # the diagram a little wider than the formulas, once
            self._split_done = True
            self.splitter.setSizes([int(w * 0.55), w - int(w * 0.55)])

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"Training": [self.check_action]}

    # ---- names and words ------------------------------------------------------------------------
    def name(self, col: int, j: int) -> str:
        ds = self.session.dataset
        return neuron_name(col, j, self.session.spec.layer_sizes, feature_names=ds.feature_names,
                           image_shape=self._image_shape(), class_names=ds.class_names)

    def _image_shape(self):
        shape = self.session.dataset.image_shape
        n = self.session.spec.layer_sizes[0]
        return shape if shape is not None and shape[0] * shape[1] == n else None

    def describe_example(self, ex: ExampleRef) -> str:
        return describe_example(ex, self.session.dataset, self.name)

    # ---- the example ------------------------------------------------------------------------------
    @Slot(object)
    def _on_example_selected(self, ex) -> None:
        self._follow(ex, bring_to_front=True)

    def _follow(self, ex, bring_to_front: bool) -> None:
        previous = getattr(self, "_example_source", None)
        self._example_source = ex.source if ex is not None else None
        self._target = None
        self.selected = None
        self.session.request_extras("backprop", {OPTIMIZER_STATE, NEURON_HEALTH} if ex is not None else ())
        self._fill_targets()
        self._retrace = True
        self.request_redraw()
        if bring_to_front and ex is not None and not (previous == DRAWING and ex.source == DRAWING):
            self.bring_to_front()

    def bring_to_front(self) -> None:
        """Show this panel's dock (a tab behind another comes to the front)."""
        w = self.parentWidget()
        while w is not None and not isinstance(w, QDockWidget):
            w = w.parentWidget()
        if w is not None:
            w.show()
            w.raise_()

    def pick_first_example(self) -> None:
        ds = self.session.dataset
        if ds.n_train == 0:
            return
        source = TRUTH_TABLE if ds.kind in ("logic", "table") else (PLANE_POINT if ds.is_2d else TEST_DIGIT)
        if source == TEST_DIGIT and ds.n_test:
            self.session.select_example(ExampleRef(TEST_DIGIT, 0, ds.X_test[0], int(ds.y_test[0]), "test"))
        else:
            self.session.select_example(ExampleRef(source, 0, ds.X_train[0], int(ds.y_train[0]), "train"))

    def _fill_targets(self) -> None:
        ds = self.session.dataset
        self.target_combo.clear()
        for name in ds.class_names:
            self.target_combo.addItem(str(name))

    @Slot(int)
    def _on_target_chosen(self, index: int) -> None:
        ex = self.session.example
        self._target = None if ex is not None and index == ex.label else index
        self._retrace = True
        self.request_redraw()

    # ---- from the session ---------------------------------------------------------------------------
    @Slot()
    def _on_network_changed(self) -> None:
        self.steps = steps_for(len(self.session.spec.layer_sizes) - 1)
        self.index = min(self.index, len(self.steps) - 1)
        self.traced = None
        if self.session.example is None:
            self._example_source = None
            self.session.request_extras("backprop", ())
        self._fill_targets()
        self._retrace = True
        self.request_redraw()

    @Slot()
    def _on_display_changed(self, *_args) -> None:
        self._retrace = True
        if self.session.state == RUNNING:
            if not self._retrace_timer.isActive():
                self._retrace_timer.start()
        else:
            self.request_redraw()

    @Slot()
    def _on_retrace_due(self) -> None:
        self.request_redraw()

    # ---- tracing and drawing ----------------------------------------------------------------------
    def redraw(self) -> None:
        if self._retrace:
            self._retrace = False
            self._do_trace()
        self.render_step()

    def _do_trace(self) -> None:
        ex = self.session.example
        self._error = ""
        if ex is None:
            self.traced = None
            return
        try:
            traced = trace_display(self.tracer, self.session, ex, self._target)
        except (TraceInputError, ValueError) as exc:
            self.traced, self._error = None, describe(exc)
            return
        if traced is None:   # no weights to trace yet: keep what is shown if it still fits
            old = self.traced
            if old is None or old.example != ex or tuple(old.trace.layer_sizes) != tuple(self.session.spec.layer_sizes):
                self.traced = None
            return
        self.traced = traced
        self.shown = shown_neurons(traced.trace, self._image_shape() is not None)
        self._lines_cache = {}
        self.formulas.forget()

    def render_step(self) -> None:
        ex = self.session.example
        if ex is None or self.traced is None:
            self.stack.setCurrentWidget(self.empty_page)
            self.empty_label.setText(self._error or empty_text())
            self.first_example_button.setVisible(not self._error)
            return
        self.stack.setCurrentWidget(self.main_page)
        self.index = max(0, min(self.index, len(self.steps) - 1))
        traced, step = self.traced, self.steps[self.index]
        sizes = self.session.spec.layer_sizes
        titles, subs = column_titles(sizes, self.session.spec.activations, self.shown, self._image_shape())
        health = health_reasons(getattr(self.session.display, "health", None))
        self.diagram.set_scene(build_scene(self.steps, self.index, traced, self.shown, self.name, titles=titles,
                                           subtitles=subs, image_shape=self._image_shape(), health=health,
                                           selected=self.selected))
        self.formulas.show_lines(self._lines_of(self.index), key=self.index)
        if self.session.state != RUNNING and not self._prefetch_timer.isActive():
            self._prefetch_timer.start()
        self.step_bar.show_step(self.index, len(self.steps), arg(self.tr("Step %1 of %2: %3"), self.index + 1,
                                                                 len(self.steps), step_title(step, traced.trace.n_layers)))
        text = step_explanation(step, traced.trace, traced.preview.optimizer)
        if step.kind == UPDATE:
            text = arg(self.tr("%1 Here %2."), text, learning_rate_text(traced.preview))
        self.explanation.setText(text)
        self.example_label.setText(self.describe_example(ex))
        if 0 <= traced.target < self.target_combo.count() and self.target_combo.currentIndex() != traced.target:
            self.target_combo.setCurrentIndex(traced.target)
        self.note_label.setText(self._note(step))

    def _lines_of(self, index: int):
        """The formula lines of step ``index`` (made once per step and trace: a wide layer's take
        milliseconds)."""
        lines = self._lines_cache.get(index)
        if lines is None:
            lines = self._lines_cache[index] = step_lines(self.steps[index], self.traced, self.shown, self.name)
        return lines

    @Slot()
    def _prefetch_one(self) -> None:
        """Lay out the nearest step not ready yet (not while training: the trace changes anyway)."""
        if self.traced is None or self.session.state == RUNNING:
            return
        n = len(self.steps)
        for d in range(1, n):
            for k in (self.index + d, self.index - d):
                if 0 <= k < n and not self.formulas.is_prepared(k):
                    self.formulas.prepare(self._lines_of(k), k)
                    self._prefetch_timer.start()
                    return

    def _note(self, step) -> str:
        wide = any(len(sh) < n for sh, n in zip(self.shown[1:], self.session.spec.layer_sizes[1:]))
        return weights_note(self.session, self.traced, step.kind == UPDATE, wide)

    # ---- stepping ---------------------------------------------------------------------------------
    def set_step(self, index: int) -> None:
        index = max(0, min(int(index), len(self.steps) - 1))
        if index != self.index:
            self.index = index
            if self.traced is not None:
                self.render_step()

    @Slot()
    def next_step(self) -> None:
        self.set_step(self.index + 1)

    @Slot()
    def previous_step(self) -> None:
        self.set_step(self.index - 1)

    @Slot()
    def first_step(self) -> None:
        self.set_step(0)

    @Slot()
    def last_step(self) -> None:
        self.set_step(len(self.steps) - 1)

    # ---- the diagram and the list -------------------------------------------------------------------
    def _tooltip(self, hit) -> str | None:
        health = health_reasons(getattr(self.session.display, "health", None))
        return tooltip(hit, self.steps, self.index, self.traced, self.name, health)

    def _select(self, hit, predicate) -> None:
        self.selected = hit
        self.formulas.select_where(predicate)
        self.render_selection()

    def render_selection(self) -> None:
        scene = self.diagram.scene
        if scene is not None:
            scene.selected = self.selected
            self.diagram.update()

    @Slot(int, int)
    def _on_neuron_clicked(self, col: int, j: int) -> None:
        layer = col - 1
        self._select(("neuron", col, j), lambda line: (col == 0 and line.layer == -1 and line.i == j)
                     or (line.layer == layer and line.j == j and line.i is None))

    @Slot(int, int, int)
    def _on_link_clicked(self, layer: int, i: int, j: int) -> None:
        if i < 0:
            return
        self._select(("link", layer, i, j), lambda line: line.quantity in (DLDW, DW, W_NEW) and line.layer == layer
                     and line.i == i and line.j == j)
        self.session.select_weight(WeightRef(layer, i, j), False)

    @Slot(int, int, int)
    def _on_link_double_clicked(self, layer: int, i: int, j: int) -> None:
        if i >= 0:
            self.session.select_weight(WeightRef(layer, i, j), True)

    @Slot(int, int)
    def _on_pixel_clicked(self, _which: int, i: int) -> None:
        self._select(("pixel", 0, i), lambda line: line.layer == -1 and line.i == i)

    def _on_line_clicked(self, line) -> None:
        if line.quantity in (DLDW, DW, W_NEW):
            self.selected = ("link", line.layer, line.i, line.j)
            self.session.select_weight(WeightRef(line.layer, line.i, line.j), False)
        elif line.layer == -1 and line.i is not None:
            self.selected = ("pixel", 0, line.i) if self._image_shape() is not None else ("neuron", 0, line.i)
        elif line.j is not None:
            self.selected = ("neuron", line.layer + 1, line.j)
        self.render_selection()

    # ---- the gradient check (:mod:`.backprop_check`) ------------------------------------------------
    @Slot()
    def open_gradient_check(self, weight: WeightRef | None = None) -> None:
        self.check.open(weight if isinstance(weight, WeightRef) else None)

    @property
    def check_dialog(self):
        return self.check.dialog

    # ---- a window rebuilt in another language keeps the step --------------------------------------
    def view_state(self) -> dict:
        return {"index": self.index}

    def restore_view_state(self, state: dict) -> None:
        self.index = int(state.get("index", 0))
        self._retrace = True
        self.request_redraw()

    # ---- for tests and tools ---------------------------------------------------------------------------
    def current_step(self):
        return self.steps[self.index]

    def shown_lines(self):
        """The formula lines on screen now."""
        return self.formulas.lines()
