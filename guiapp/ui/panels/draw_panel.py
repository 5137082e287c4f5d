"""Draw a digit: the student draws with the mouse and the network guesses, live.

The drawing is prepared the way the MNIST digits were (``guiapp.data.preprocess``: cropped to the
ink, scaled so its longer side is 20 px, centred by its centre of mass in a 28x28 frame); the panel
shows that "as the network sees it" and the network's ten outputs as a bar chart.

The guess comes from the engine's own forward pass (``MLP.predict_proba`` on a network of the
session's design holding the latest snapshot's weights, copies made by the worker), so it follows
training live; one 784-input image is microseconds of work, fine on the GUI thread. Guesses are
throttled to about 30 a second, and skipped while the dock is hidden.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...data.preprocess import MNIST_SIZE, center_of_mass, mnist_preprocess
from ...state.session import RUNNING
from ..data_texts import class_names, dataset_title
from ..i18n.formatting import arg, format_number, format_percent
from ..widgets.digit_canvas import DigitCanvas, PixelView
from ..widgets.example_pickers import DrawingPicker
from ..widgets.guess_chart import GuessChart
from ..widgets.plot_menu import PlotMenu
from .base import DockPanel

#: Inputs a network needs for drawing: one per pixel of a 28x28 image.
DRAW_INPUTS = MNIST_SIZE * MNIST_SIZE
#: At most one guess per this many milliseconds while drawing or training (about 30 a second).
GUESS_MS = 33

class DrawPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("DrawPanel", "Draw a digit")
    DOCK_NAME = "drawDock"
    OBJECT_NAME = "drawPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._wide: bool | None = None
        self._net = None             # (spec, MLP): a network of the session's design, to guess with
        self._probability_mode = True
        self._digits = True
        self._seen: np.ndarray | None = None   # the preprocessed drawing (None: redo it)

        # ---- the canvas and its buttons ----
        self.canvas = DigitCanvas()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearCanvasButton")
        self.clear_button.setAccessibleName(self.tr("Clear the drawing"))
        self.clear_button.setToolTip(self.tr("Wipe the canvas to draw another digit (Delete or Esc on the canvas)"))
        self.clear_button.clicked.connect(self.canvas.clear)
        tip = QLabel(self.tr("Right button rubs out"))
        tip.setObjectName("drawTipLabel")
        tip.setEnabled(False)  # drawn in the palette's quieter text colour
        canvas_box = QVBoxLayout()
        canvas_box.setContentsMargins(0, 0, 0, 0)
        canvas_box.addStretch(1)
        canvas_box.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(tip, 1)
        canvas_box.addLayout(buttons)
        canvas_box.addStretch(1)
        self.canvas_host = QWidget()
        self.canvas_host.setLayout(canvas_box)

        # ---- as the network sees it ----
        self.preview = PixelView()
        self.preview.setObjectName("preprocessedView")
        self.preview.setAccessibleName(self.tr("The drawing as the network sees it"))
        self.preview.setToolTip(self.tr("Your drawing made MNIST-style, as the network sees it: cropped to the ink, "
                                        "scaled so its longer side is 20 pixels, and moved so its centre of mass "
                                        "(red cross) is in the middle of a 28×28 frame. These 784 grey values are "
                                        "the network's inputs."))
        self.drawing_picker = DrawingPicker(session, lambda: mnist_preprocess(self.canvas.image()), self.preview,
                                            self.canvas, self)
        buttons.insertWidget(1, self.drawing_picker.button)
        seen_title = QLabel(self.tr("As the network sees it"))
        seen_title.setObjectName("seenTitleLabel")
        seen_title.setWordWrap(True)
        seen_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        seen_note = QLabel(self.tr("28×28 pixels, centred like MNIST"))
        seen_note.setObjectName("seenNoteLabel")
        seen_note.setWordWrap(True)
        seen_note.setEnabled(False)
        seen_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        seen_box = QVBoxLayout()
        seen_box.setContentsMargins(0, 0, 0, 0)
        seen_box.addStretch(1)
        seen_box.addWidget(seen_title)
        seen_box.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        seen_box.addWidget(seen_note)
        seen_box.addStretch(1)
        self.seen_host = QWidget()
        self.seen_host.setLayout(seen_box)

        # ---- the guess ----
        self.guess_label = QLabel()
        self.guess_label.setObjectName("guessLabel")
        self.guess_label.setAccessibleName(self.tr("The network's guess"))
        self.guess_label.setToolTip(self.tr("The class with the highest output, and how sure the network is"))
        self.guess_label.setWordWrap(True)
        font = QFont(self.guess_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.guess_label.setFont(font)
        self.note_label = QLabel()
        self.note_label.setObjectName("drawNoteLabel")
        self.note_label.setAccessibleName(self.tr("Note about the guess"))
        self.note_label.setWordWrap(True)
        self.note_label.setEnabled(False)

        self.chart = GuessChart()
        self.chart_menu = PlotMenu(self.chart, "guess", data=self.chart.plotted_data)

        guess_box = QVBoxLayout()
        guess_box.setContentsMargins(0, 0, 0, 0)
        guess_box.addWidget(self.guess_label)
        guess_box.addWidget(self.chart, 1)
        guess_box.addWidget(self.note_label)
        self.guess_host = QWidget()
        self.guess_host.setLayout(guess_box)

        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        draw_page = QWidget()
        draw_page.setObjectName("drawPage")
        draw_page.setLayout(self.grid)

        self.unavailable_label = QLabel()
        self.unavailable_label.setObjectName("drawUnavailableLabel")
        self.unavailable_label.setAccessibleName(self.tr("Drawing is not available for this data"))
        self.unavailable_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.setObjectName("drawStack")
        self.stack.addWidget(self.unavailable_label)
        self.stack.addWidget(draw_page)
        self.draw_page = draw_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GUESS_MS)
        self._timer.timeout.connect(self.request_redraw)

        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.stroke_finished.connect(self.request_redraw)
        self.canvas.cleared.connect(self._on_canvas_cleared)
        session.dataset_changed.connect(self._on_dataset_changed)
        session.spec_changed.connect(self._on_spec_changed)
        session.network_changed.connect(self._schedule)
        session.display_changed.connect(self._on_snapshot)
        self._arrange(wide=True)  # the default place is a wide, low dock: start with its small minimum
        self._on_dataset_changed()

    # ---- layout ------------------------------------------------------------------------------------
    def _arrange(self, wide: bool | None = None) -> None:
        """Three columns in a wide dock; the canvas above the preview and the chart otherwise.
        The canvas is as big a square as fits (a maximum size only, so the dock can still shrink);
        the chart takes the rest."""
        if wide is None:
            wide = self.width() >= 1.4 * max(self.height(), 1)
        button_h = self.clear_button.sizeHint().height() + 8
        if wide:
            side = min(self.height() - button_h - 16, int(0.42 * self.width()))
        else:
            side = min(self.width() - 16, int(0.55 * self.height()) - button_h)
        side = max(self.canvas.minimumWidth(), side)
        self.canvas.setMaximumSize(side, side)
        self.canvas.resize(side, side)
        preview = max(self.preview.minimumWidth(), int(0.5 * side))
        self.preview.setMaximumSize(preview, preview)
        if wide == self._wide:
            return
        self._wide = wide
        for w in (self.canvas_host, self.seen_host, self.guess_host):
            self.grid.removeWidget(w)
        for i in range(3):
            self.grid.setColumnStretch(i, 0)
            self.grid.setRowStretch(i, 0)
        if wide:
            self.grid.addWidget(self.canvas_host, 0, 0)
            self.grid.addWidget(self.seen_host, 0, 1)
            self.grid.addWidget(self.guess_host, 0, 2)
            self.grid.setColumnStretch(2, 1)
            self.grid.setRowStretch(0, 1)
        else:
            self.grid.addWidget(self.canvas_host, 0, 0, 1, 2)
            self.grid.addWidget(self.seen_host, 1, 0)
            self.grid.addWidget(self.guess_host, 1, 1)
            self.grid.setColumnStretch(1, 1)
            self.grid.setRowStretch(1, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ---- from the session --------------------------------------------------------------------------
    def available(self) -> bool:
        """Can the current network take a drawing? (784 inputs.)"""
        return self.session.dataset.n_features == DRAW_INPUTS

    @Slot()
    def _on_dataset_changed(self) -> None:
        ds = self.session.dataset
        if not self.available():
            self.stack.setCurrentWidget(self.unavailable_label)
            self.unavailable_label.setText(arg(self.tr(
                "<p style='font-size:12pt'>Drawing needs <b>784-input image data like MNIST</b> (28×28 pixels).</p>"
                "<p>Pick <b>MNIST</b> in the %1 panel, train the network, then draw a digit here and watch it "
                "guess.</p><p>The current data, <i>%2</i>, has %Ln input(s).</p>", "", ds.n_features),
                QCoreApplication.translate("DataPanel", "Data"), html.escape(dataset_title(ds))))
            self._timer.stop()
            return
        self.stack.setCurrentWidget(self.draw_page)
        fashion = any(not name.isdigit() for name in ds.class_names)
        self._digits = not fashion
        self.canvas.set_hint(self.tr("Draw a digit here") if self._digits else self.tr("Draw something here"))
        self.chart.set_classes(class_names(ds))
        self._on_spec_changed()

    @Slot()
    def _on_spec_changed(self) -> None:
        self._net = None   # made again (lazily) for the new design
        self._schedule()

    def _network(self):
        """An MLP of the session's design (made when first needed; None if it cannot be)."""
        spec = self.session.spec
        if self._net is None or self._net[0] != spec:
            try:
                self._net = (spec, spec.build(seed=0, dtype=self.session.dtype))
            except (ValueError, MemoryError):
                return None
        return self._net[1]

    @Slot()
    def _on_canvas_changed(self) -> None:
        self._seen = None
        self._schedule()

    @Slot()
    def _on_canvas_cleared(self) -> None:
        self._seen = None
        self.request_redraw()

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if not self.canvas.is_empty():
            self._schedule()

    # ---- guessing ---------------------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def redraw(self) -> None:
        self.update_guess()

    def current_params(self):
        """The weights to guess with: the latest snapshot's copies (the live network only while
        the worker is idle and no snapshot has come yet)."""
        s = self.session
        snap = s.display
        if snap is not None and snap.network_id == s.network_id:
            return snap.params
        if s.state != RUNNING:
            return s.network.params
        return None

    def outputs_for(self, x: np.ndarray) -> np.ndarray | None:
        """The network's outputs (k,) for one input ``x`` (784,) with the weights to guess with,
        through the engine's own forward pass; None while there are none that fit."""
        params = self.current_params()
        net = self._network() if params is not None else None
        if net is None:
            return None
        try:
            net.set_params(params)
        except ValueError:   # weights of another design (a snapshot that is about to be replaced)
            return None
        return np.asarray(net.predict_proba(x.reshape(1, -1))[0], dtype=np.float64)

    def update_guess(self) -> None:
        """Preprocess the drawing, run the network on it and show the result."""
        self._dirty = False
        if not self.available():
            return
        if self._seen is None:  # the drawing changed: prepare it again (new weights alone do not need this)
            self._seen = mnist_preprocess(self.canvas.image())
            self.preview.set_array(self._seen, marker=center_of_mass(self._seen))
        seen = self._seen
        if not seen.any():
            self._show_outputs(None)
            self.guess_label.setText(self.tr("Draw a digit on the canvas") if self._digits
                                     else self.tr("Draw on the canvas"))
            self.note_label.setText(self.tr("The network will guess what it is as you draw."))
            return
        out = self.outputs_for(seen.reshape(-1))
        k = len(self.chart.class_names)
        if out is None:
            self._show_outputs(None)
            self.guess_label.setText(self.tr("Waiting for the network…"))
            self.note_label.setText("")
            return
        last = self.session.spec.activations[-1]
        self._probability_mode = last == "softmax" or (last == "sigmoid" and out.size == 1)
        if out.size == 1 and k == 2:   # one output neuron: P(class 1)
            out = np.array([1.0 - out[0], out[0]])
        if out.size != k:
            self._show_outputs(None)
            self.guess_label.setText(self.tr("The output layer does not match the classes"))
            self.note_label.setText(arg(self.tr("It has %Ln neuron(s) for %1 classes: fix the design in the %2 panel.",
                                                "", out.size), k, QCoreApplication.translate("NetworkPanel", "Network")))
            return
        self._show_outputs(out)
        top = int(np.argmax(out))
        name = self.chart.class_names[top]
        if self._probability_mode:
            self.guess_label.setText(arg(self.tr("I think it's <b>%1</b> (%2 sure)"), html.escape(name),
                                         format_percent(out[top], decimals=0)))
        else:
            self.guess_label.setText(arg(self.tr("I think it's <b>%1</b> (output %2)"), html.escape(name),
                                         format_number(out[top], decimals=2)))
        if not self.session.has_progress:
            self.note_label.setText(arg(self.tr("This network has not been trained yet, so its guess is random "
                                                "(unless you loaded trained weights): press %1 to teach it."),
                                        QCoreApplication.translate("MainWindow", "&Start").replace("&", "")))
        elif self._probability_mode:
            self.note_label.setText("")
        else:
            self.note_label.setText(self.tr("The output layer is not a softmax: the bars are raw outputs, not "
                                            "probabilities."))

    def _show_outputs(self, out: np.ndarray | None) -> None:
        self.chart.show_outputs(out, self._probability_mode)

    # ---- view state: the drawing (kept over a language switch and in project files) ---------------
    def view_state(self) -> dict:
        return {} if self.canvas.is_empty() else {"drawing": self.canvas.image()}

    def restore_view_state(self, state: dict) -> None:
        drawing = state.get("drawing") if isinstance(state, dict) else None
        if drawing is not None:
            try:
                self.canvas.set_image(drawing)
            except ValueError:
                pass

    # ---- for tests and tools -----------------------------------------------------------------------
    def top_class(self) -> str | None:
        """The name of the class the bar chart highlights (None while nothing is guessed)."""
        return self.chart.top_class()

    def bar_values(self) -> np.ndarray:
        """The bar lengths the chart shows now."""
        return self.chart.bar_values()

    def bar_labels(self) -> list[str]:
        """The class names on the chart's axis."""
        return self.chart.bar_labels()
