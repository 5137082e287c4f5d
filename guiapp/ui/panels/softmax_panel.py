"""Softmax and cross-entropy, opened up (tutorial 4), for one example of a network whose output
layer is softmax (the MNIST preset): the logits z, p = softmax(z), the target t, dL/dp = −t/p,
the Jacobian ∂p/∂z as a heatmap, and J·(−t/p) beside p − t: the same vector, the output layer's
δ that backpropagation starts from (the backprop view's δ, from ``MLP.trace``).

The example is the one picked anywhere in the app (``session.example``: a test digit from the
gallery, the drawing, ...) when it fits the network; the panel's own "Test digit" box picks one
too, through the session, so every other view follows. The weights are those the views draw
(``session.display``), or the network's own while nothing trains.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSpinBox,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...engine.softmax_parts import SoftmaxParts
from ...state.example_ref import DRAWING, PLANE_POINT, TEST_DIGIT, TRUTH_TABLE, ExampleRef
from ...state.session import RUNNING
from ..i18n.formatting import arg, format_int, format_number
from ..widgets.digit_canvas import PixelView
from ..widgets.jacobian_heatmap import JacobianHeatmap
from .base import DockPanel

#: Columns of the table, after the class name.
COLUMNS = ("z", "p", "t", "−t/p", "J·(−t/p)", "p − t", "δ")
#: J·(−t/p) and p − t count as equal below this difference (float64 rounding).
EQUAL_TOLERANCE = 1e-9


class SoftmaxPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("SoftmaxPanel", "Softmax")
    DOCK_NAME = "softmaxDock"
    OBJECT_NAME = "softmaxPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._net = None           # (spec, MLP) made for the current design
        self._example: ExampleRef | None = None
        self._target: int | None = None   # a class chosen in the target box (None: the example's label)
        self.parts: SoftmaxParts | None = None
        self.trace = None

        self.note_label = QLabel()
        self.note_label.setObjectName("softmaxNoteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.digit_spin = QSpinBox()
        self.digit_spin.setObjectName("softmaxDigitSpin")
        self.digit_spin.setAccessibleName(self.tr("Test example number"))
        self.digit_spin.setToolTip(self.tr("Pick a test example by its number (or click one in the Test results "
                                           "gallery, or draw a digit)"))
        self.digit_spin.valueChanged.connect(self._on_digit_chosen)
        digit_label = QLabel(self.tr("Test example"))
        digit_label.setBuddy(self.digit_spin)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("softmaxTargetCombo")
        self.target_combo.setAccessibleName(self.tr("Target class t"))
        self.target_combo.setToolTip(self.tr("The right answer t (one-hot): the example's label; change it to see "
                                             "what the loss would push towards"))
        self.target_combo.activated.connect(self._on_target_chosen)
        target_label = QLabel(self.tr("Target t"))
        target_label.setBuddy(self.target_combo)
        self.image = PixelView()
        self.image.setObjectName("softmaxDigitImage")
        self.image.setAccessibleName(self.tr("The example's image"))
        self.image.setFixedSize(56, 56)
        self.source_label = QLabel()
        self.source_label.setObjectName("softmaxSourceLabel")
        self.source_label.setWordWrap(True)
        self.equality_label = QLabel()
        self.equality_label.setObjectName("softmaxEqualityLabel")
        self.equality_label.setAccessibleName(self.tr("J·(−t/p) compared with p − t"))
        self.equality_label.setWordWrap(True)
        self.equality_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        pick = QHBoxLayout()
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(digit_label)
        pick.addWidget(self.digit_spin)
        pick.addSpacing(8)
        pick.addWidget(target_label)
        pick.addWidget(self.target_combo)
        pick.addStretch(1)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addLayout(pick)
        texts.addWidget(self.source_label)
        texts.addWidget(self.equality_label)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(texts, 1)

        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setObjectName("softmaxTable")
        self.table.setAccessibleName(self.tr("Softmax and cross-entropy, class by class"))
        self.table.setToolTip(self.tr("z: the logits; p = softmax(z); t: the target; −t/p = dL/dp; "
                                      "J·(−t/p) = dL/dz by the chain rule; p − t: the same, simplified; "
                                      "δ: the output layer's δ as backpropagation computes it"))
        self.table.setHorizontalHeaderLabels([self.tr("class"), *COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)   # 10 rows fit
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heatmap = JacobianHeatmap()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table, 5)
        body.addWidget(self.heatmap, 3)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(head)
        page_layout.addLayout(body, 1)
        self.content_page = page

        self.stack = QStackedWidget()
        self.stack.setObjectName("softmaxStack")
        self.stack.addWidget(self.note_label)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        session.dataset_changed.connect(self._on_dataset_changed)
        session.spec_changed.connect(self.request_redraw)
        session.network_changed.connect(self.request_redraw)
        session.display_changed.connect(self.request_redraw)
        session.example_selected.connect(self._on_example_selected)
        self._on_dataset_changed()

    # ---- for lessons ------------------------------------------------------------------------------
    @staticmethod
    def preset_names() -> list[str]:
        return ["first_test_digit"]

    def load_preset(self, name: str) -> None:
        """"first_test_digit": trace test example 0 (selected for every view)."""
        if name != "first_test_digit":
            raise ValueError(f"unknown softmax preset {name!r}: one of first_test_digit")
        self.pick_test_example(0)

    def controls(self) -> dict:
        return {w.objectName(): w for w in (self.digit_spin, self.target_combo)}

    # ---- what is shown -------------------------------------------------------------------------------
    def available(self) -> str | None:
        """None if the view can show the current network, else why not (a sentence)."""
        spec = self.session.spec
        if spec.activations[-1] != "softmax":
            return arg(self.tr("This view opens up a softmax output layer, like the one of the MNIST preset (Data → "
                               "Images → MNIST sample). The current network's output layer is %1."),
                       spec.activations[-1])
        return None

    def _data_split(self):
        """(X, y, split) the "Test example" box picks from: the test set, or the training set."""
        ds = self.session.dataset
        if ds.n_test > 0:
            return ds.X_test, ds.y_test, "test"
        return ds.X_train, ds.y_train, "train"

    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        X, _y, _split = self._data_split()
        self.digit_spin.blockSignals(True)
        self.digit_spin.setRange(0, max(len(X) - 1, 0))
        self.digit_spin.setValue(0)
        self.digit_spin.blockSignals(False)
        self.target_combo.clear()
        for name in ds.class_names:
            self.target_combo.addItem(str(name))
        self._example = None
        self._target = None
        self.image.setVisible(ds.image_shape is not None)
        self.request_redraw()

    def _fits(self, ex: ExampleRef | None) -> bool:
        return ex is not None and ex.x.size == self.session.dataset.n_features

    @Slot(object)
    def _on_example_selected(self, ex) -> None:
        if not self._fits(ex):
            return
        self._example, self._target = ex, None
        if ex.source == TEST_DIGIT and ex.index >= 0:
            self.digit_spin.blockSignals(True)
            self.digit_spin.setValue(ex.index)
            self.digit_spin.blockSignals(False)
        self.request_redraw()

    @Slot(int)
    def _on_digit_chosen(self, index: int) -> None:
        self.pick_test_example(index)

    def pick_test_example(self, index: int) -> None:
        """Trace example ``index`` of the test set (the training set if there is none), and make it
        the example every view traces."""
        X, y, split = self._data_split()
        if not 0 <= index < len(X):
            return
        source = self._source()
        ex = ExampleRef(source, int(index), X[index], int(y[index]), split)
        self._example, self._target = ex, None
        self.session.select_example(ex)
        self.request_redraw()

    def _source(self) -> str:
        ds = self.session.dataset
        return TEST_DIGIT if ds.kind == "images" else (PLANE_POINT if ds.is_2d else TRUTH_TABLE)

    @Slot(int)
    def _on_target_chosen(self, index: int) -> None:
        self._target = int(index)
        self.request_redraw()

    def current_example(self) -> ExampleRef | None:
        """The example shown: the one picked (here or elsewhere), or test example 0."""
        if self._fits(self._example):
            return self._example
        if self._fits(self.session.example):
            return self.session.example
        X, y, split = self._data_split()
        if not len(X):
            return None
        source = self._source()
        return ExampleRef(source, 0, X[0], int(y[0]), split)

    def _params(self):
        """The weights the views draw (as the Draw panel takes them)."""
        s = self.session
        snap = s.display
        if snap is not None and snap.network_id == s.network_id:
            return snap.params
        if s.state != RUNNING:
            return s.network.params
        return None

    def _network(self):
        spec = self.session.spec
        if self._net is None or self._net[0] != spec:
            self._net = (spec, spec.build(seed=0, dtype=np.float64))
        return self._net[1]

    # ---- drawing ---------------------------------------------------------------------------------------
    def redraw(self) -> None:
        why = self.available()
        if why is not None:
            self.note_label.setText(why)
            self.stack.setCurrentWidget(self.note_label)
            self.parts = self.trace = None
            return
        self.stack.setCurrentWidget(self.content_page)
        ex, params = self.current_example(), self._params()
        if ex is None or params is None:
            return
        net = self._network()
        try:
            net.set_params(params)
        except ValueError:   # weights of another design: a new snapshot is on its way
            return
        probe = net.predict_proba(ex.x.reshape(1, -1))[0]
        target = self._target if self._target is not None else (ex.label if ex.label is not None
                                                                  else int(np.argmax(probe)))
        self.trace = net.trace(ex.x, int(target), loss="cross_entropy")
        self.parts = parts = SoftmaxParts.from_trace(self.trace)
        self._show(ex, int(target), parts, np.asarray(self.trace.delta[-1], dtype=np.float64))

    def _show(self, ex: ExampleRef, target: int, parts: SoftmaxParts, delta: np.ndarray) -> None:
        ds = self.session.dataset
        names = [str(n) for n in ds.class_names]
        if len(names) != parts.p.size:
            names = [str(k) for k in range(parts.p.size)]
        self.target_combo.setCurrentIndex(target)
        if ds.image_shape is not None and ex.x.size == int(np.prod(ds.image_shape)):
            self.image.set_array(ex.x.reshape(ds.image_shape))
        if ex.source == DRAWING:
            where = self.tr("Your drawing")
        else:
            where = arg(self.tr("Example %1 of the test set") if ex.split == "test" else
                        self.tr("Example %1 of the training set"), format_int(ex.index))
        label = names[ex.label] if ex.label is not None and ex.label < len(names) else "?"
        guess = int(np.argmax(parts.p))
        self.source_label.setText(arg(self.tr("%1: label %2; the network says %3 (p = %4). "
                                              "Cross-entropy L = −log p%5 = %6."),
                                      where, label, names[guess], format_number(parts.p[guess], significant=3),
                                      names[target], format_number(parts.loss, significant=4)))
        diff = float(np.max(np.abs(parts.chain - parts.p_minus_t)))
        diff_delta = float(np.max(np.abs(delta - parts.p_minus_t)))
        ok = diff < EQUAL_TOLERANCE and diff_delta < EQUAL_TOLERANCE
        template = (self.tr("J·(−t/p) = p − t ✓ for every class (largest difference %1), and it is the output "
                            "layer's δ in the backprop view (difference %2).") if ok else
                    self.tr("J·(−t/p) and p − t differ by %1 (δ by %2)."))
        self.equality_label.setText(arg(template, format_number(diff, significant=2),
                                        format_number(diff_delta, significant=2)))
        columns = (parts.z, parts.p, parts.t, parts.neg_t_over_p, parts.chain, parts.p_minus_t, delta)
        self.table.setRowCount(parts.p.size)
        for r in range(parts.p.size):
            self._set(r, 0, names[r], bold=r == target)
            for c, values in enumerate(columns, start=1):
                v = float(values[r])
                self._set(r, c, format_number(0.0 if v == 0 else v, significant=3), bold=r == target)
        self.heatmap.set_jacobian(parts.jacobian, parts.p, names)

    def _set(self, row: int, col: int, text: str, bold: bool = False) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        item.setText(text)
        font = item.font()
        font.setBold(bold)
        item.setFont(font)

    # ---- for tests and tools -----------------------------------------------------------------------
    def column_texts(self, name: str) -> list[str]:
        """The table's texts in column ``name`` ("z", "p", ..., "δ")."""
        c = COLUMNS.index(name) + 1
        return [self.table.item(r, c).text() for r in range(self.table.rowCount())]
