"""The 11-line network (tutorial 3, iamtrask): the tutorial's exact run, one click away, run by
the app's own engine off the GUI thread, with the errors it prints beside the tutorial's.

- "3-4-1": the 3-column XOR table, sigmoid layers without biases, weights 2·random − 1 after
  ``<code>np.random.seed(1)</code>``, the tutorial's update (summed over the four rows, step 1), 60,000
  iterations; the mean absolute error at 0, 10,000, …, 50,000 against the six printed values.
- "2-layer": the first example, y = [0, 0, 1, 1], 3-1, 10,000 iterations; the four outputs.

``guiapp.engine.tutorial_runs.eleven_line_run`` does the arithmetic (the Trainer with MSE at
learning rate 2, which is the tutorial's step). A background job runs it; the live table shows
l0 | l1 | l2 | error | delta for each row of the latest iteration, about 30 times a second.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QEventLoop, Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...engine.tutorial_runs import (ELEVEN_LINE_ERRORS, THREE_COLUMN_FIRST_Y, THREE_COLUMN_X, THREE_COLUMN_XOR_Y,
                                     TWO_LAYER_OUTPUTS, eleven_line_run)
from ...workers.background_job import BackgroundJob
from ..i18n.formatting import DASH, arg, format_elapsed, format_int, format_number
from ..widgets.tutorial_match import matching_digits, significant_digits
from .base import DockPanel

#: The tutorial's printed numbers as it prints them (text: their digits count).
PRINTED_ERRORS = ("0.496410031903", "0.00858452565325", "0.00578945986251", "0.00462917677677",
                  "0.00395876528027", "0.00351012256786")
PRINTED_OUTPUTS = ("0.00966449", "0.00786506", "0.99358898", "0.99211957")
assert tuple(float(t) for t in PRINTED_ERRORS) == ELEVEN_LINE_ERRORS
assert tuple(float(t) for t in PRINTED_OUTPUTS) == TWO_LAYER_OUTPUTS

#: "Agrees" needs this many significant digits (or all the tutorial prints, if fewer).
MIN_DIGITS = 8
#: Live updates a second, at most.
LIVE_RATE = 30.0


@dataclass(frozen=True)
class ElevenPreset:
    name: str
    title: str
    Y: np.ndarray
    hidden: int | None
    iterations: int
    report_every: int


PRESETS = {
    "eleven_lines": ElevenPreset("eleven_lines", QT_TRANSLATE_NOOP(
        "ElevenLinesPanel", "3-4-1: the 3-column XOR table, 60,000 iterations"), THREE_COLUMN_XOR_Y, 4, 60_000, 10_000),
    "two_layer": ElevenPreset("two_layer", QT_TRANSLATE_NOOP(
        "ElevenLinesPanel", "First example: 3-1, y = [0, 0, 1, 1], 10,000 iterations"), THREE_COLUMN_FIRST_Y, None,
        10_000, 0),
}


class _RunLog:
    """What the background run leaves for the GUI (written by the job's thread, read by the GUI's):
    the latest state, and the (iteration, error) pairs the tutorial prints."""

    def __init__(self):
        self.latest = None
        self.errors: list[tuple[int, float]] = []
        self.started = time.perf_counter()
        self.seconds = 0.0


class ElevenLinesPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("ElevenLinesPanel", "The 11-line network")
    DOCK_NAME = "elevenLinesDock"
    OBJECT_NAME = "elevenLinesPanel"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.preset: ElevenPreset | None = None
        self.iterations = 0
        self.job: BackgroundJob | None = None
        self.log: _RunLog | None = None
        self._watching = None   # the window whose closing stops the run

        self.help_label = QLabel(self.tr(
            "iamtrask's “neural network in 11 lines of Python”, run by the app's own engine: the same "
            "data, the same starting weights and the same update, so the same numbers come out."))
        self.help_label.setObjectName("elevenHelpLabel")
        self.help_label.setWordWrap(True)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("elevenPresetCombo")
        self.preset_combo.setAccessibleName(self.tr("Which run of the tutorial"))
        self.preset_combo.setToolTip(self.tr("Choose a run: it is set up exactly as the tutorial's code does it"))
        for p in PRESETS.values():
            self.preset_combo.addItem(self.tr(p.title), p.name)
        self.preset_combo.currentIndexChanged.connect(lambda _i: self.load_preset(self.preset_combo.currentData()))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("elevenStartButton")
        self.start_button.setAccessibleName(self.tr("Start the tutorial's run"))
        self.start_button.setToolTip(self.tr("Run the tutorial's loop from its first iteration (on a background "
                                             "thread: the window stays responsive)"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("elevenStopButton")
        self.stop_button.setAccessibleName(self.tr("Stop the run"))
        self.stop_button.setToolTip(self.tr("Stop the run where it is"))
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setObjectName("elevenProgress")
        self.progress.setAccessibleName(self.tr("Iterations done"))
        self.progress.setTextVisible(True)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(18)
        self.progress.setMinimumWidth(120)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.progress, 1)

        self.setup_label = QLabel()
        self.setup_label.setObjectName("elevenSetupLabel")
        self.setup_label.setWordWrap(True)
        self.setup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compare_title = QLabel()
        self.compare_title.setObjectName("elevenCompareTitle")
        self.compare_table = self._table("elevenCompareTable", self.tr("The app's numbers beside the tutorial's"))
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.compare_table.horizontalHeader().setStretchLastSection(True)
        self.live_title = QLabel()
        self.live_title.setObjectName("elevenLiveTitle")
        self.live_table = self._table("elevenLiveTable", self.tr("Every row of the table at the latest iteration"))
        self.live_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.live_table.horizontalHeader().setStretchLastSection(True)
        self.live_table.setRowCount(4)

        self.status_label = QLabel()
        self.status_label.setObjectName("elevenStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout()
        left.addWidget(self.compare_title)
        left.addWidget(self.compare_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.live_title)
        right.addWidget(self.live_table, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 1)
        body.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.help_label)
        layout.addLayout(top)
        layout.addWidget(self.setup_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)

        self.load_preset("eleven_lines")

    def _table(self, name: str, tip: str) -> QTableWidget:
        t = QTableWidget()
        t.setObjectName(name)
        t.setAccessibleName(tip)
        t.setToolTip(tip)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.setMinimumHeight(120)
        return t

    # ---- for lessons ------------------------------------------------------------------------------
    @staticmethod
    def preset_names() -> list[str]:
        return list(PRESETS)

    def load_preset(self, name: str) -> None:
        """Set up the run ``name`` ("eleven_lines" or "two_layer") exactly as the tutorial has it
        (stops a run under way); Start runs it."""
        if name not in PRESETS:
            raise ValueError(f"unknown run {name!r}: one of {', '.join(PRESETS)}")
        self.stop(wait=True)
        self.preset = PRESETS[name]
        self.iterations = self.preset.iterations
        index = self.preset_combo.findData(name)
        if index != self.preset_combo.currentIndex():
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(index)
            self.preset_combo.blockSignals(False)
        self.log = None
        two = self.preset.hidden is None
        X_text = self.tr("the 3-column table [0,0,1], [0,1,1], [1,0,1], [1,1,1] (the third column, always 1, "
                         "acts as a bias)")
        if two:
            setup = arg(self.tr("<b>Data:</b> %1 → y = 0, 0, 1, 1 (y copies the first column). <b>Network:</b> "
                                "3-1, sigmoid, no biases. <b>Weights:</b> <code>syn0 = 2·random((3, 1)) − 1</code> after "
                                "<code>np.random.seed(1)</code>. <b>Update:</b> <code>syn0 += l0ᵀ·l1_delta</code>, summed over the four rows "
                                "(in the app: mean squared error at learning rate 2, the same step). "
                                "<b>Iterations:</b> %2."), X_text, format_int(self.iterations))
        else:
            setup = arg(self.tr("<b>Data:</b> %1 → y = 0, 1, 1, 0 (XOR of the first two). <b>Network:</b> 3-4-1, "
                                "sigmoid, no biases. <b>Weights:</b> <code>syn0 = 2·random((3, 4)) − 1</code>, then "
                                "<code>syn1 = 2·random((4, 1)) − 1</code>, after <code>np.random.seed(1)</code>. <b>Update:</b> "
                                "<code>syn1 += l1ᵀ·l2_delta</code>, <code>syn0 += l0ᵀ·l1_delta</code>, summed over the four rows (in the "
                                "app: mean squared error at learning rate 2, the same step). <b>Iterations:</b> "
                                "%2."), X_text, format_int(self.iterations))
        self.setup_label.setText(setup)
        self._setup_compare()
        self._setup_live()
        self.progress.setRange(0, self.iterations)
        self.progress.setValue(0)
        self.progress.setFormat(arg(self.tr("iteration %1 of %2"), format_int(0), format_int(self.iterations)))
        self.status_label.setText(self.tr("Press Start to run it."))
        self._sync_buttons()

    def controls(self) -> dict:
        """Every control by objectName (a lesson locks or hides them)."""
        return {w.objectName(): w for w in (self.preset_combo, self.start_button, self.stop_button)}

    def view_state(self) -> dict:
        """What a window rebuilt in another language needs (a run under way is not carried over)."""
        return {"preset": self.preset.name}

    def restore_view_state(self, state: dict) -> None:
        self.load_preset(state["preset"])

    # ---- tables -----------------------------------------------------------------------------------
    def _setup_compare(self) -> None:
        t = self.compare_table
        t.clearContents()
        if self.preset.hidden is None:
            self.compare_title.setText(self.tr("Output l1 after training, beside the tutorial's printout"))
            t.setColumnCount(4)
            t.setHorizontalHeaderLabels([self.tr("Row"), self.tr("App"), self.tr("Tutorial"), self.tr("Agrees")])
            printed = PRINTED_OUTPUTS
            firsts = [str(list(map(int, x))) for x in THREE_COLUMN_X]
        else:
            self.compare_title.setText(self.tr("Mean absolute error, printed every 10,000 iterations"))
            t.setColumnCount(4)
            t.setHorizontalHeaderLabels([self.tr("Iteration"), self.tr("App"), self.tr("Tutorial"), self.tr("Agrees")])
            printed = PRINTED_ERRORS
            firsts = [format_int(k * self.preset.report_every) for k in range(len(printed))]
        t.setRowCount(len(printed))
        for r, (first, text) in enumerate(zip(firsts, printed)):
            self._set(t, r, 0, first)
            self._set(t, r, 1, DASH)
            self._set(t, r, 2, format_number(float(text), significant=significant_digits(text)))
            self._set(t, r, 3, "")

    def _setup_live(self) -> None:
        t = self.live_table
        t.clearContents()
        if self.preset.hidden is None:   # the tutorial's names for the 2-layer example
            headers = ["l0", "l1", "l1_error", "l1_delta"]
        else:
            headers = ["l0", "l1", "l2", "l2_error", "l2_delta"]
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        for r in range(4):
            self._set(t, r, 0, self._vector(THREE_COLUMN_X[r], exact=True))
        self.live_title.setText(self.tr("Each row of the table, live"))

    @staticmethod
    def _set(table: QTableWidget, row: int, col: int, text: str) -> None:
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        item.setText(text)

    @staticmethod
    def _vector(values, exact: bool = False, decimals: int | None = None) -> str:
        """A row's values side by side: whole numbers (``exact``), ``decimals`` fixed decimals
        (activations, between 0 and 1), or 3 significant digits (errors and deltas)."""
        values = np.asarray(values).reshape(-1)
        if exact:
            return "  ".join(format_int(int(v)) for v in values)
        if decimals is not None:
            return "  ".join(format_number(v, decimals=decimals) for v in values)
        return "  ".join(format_number(v, significant=3) for v in values)

    def _agree_text(self, value: float, printed: str) -> str:
        k = matching_digits(value, printed)
        total = significant_digits(printed)
        need = min(MIN_DIGITS, total)
        if k >= need:
            return self.tr("✓ all %n digit(s)", "", k) if k == total else self.tr("✓ %n digit(s)", "", k)
        return self.tr("✗ only %n digit(s)", "", k)

    # ---- running ------------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.job is not None and not self.job.done

    @Slot()
    def start(self) -> None:
        """Run the set-up run from its first iteration on a background thread."""
        if self.is_running():
            return
        self._setup_compare()
        self._setup_live()
        p, n = self.preset, self.iterations
        log = _RunLog()
        self.log = log
        every = p.report_every

        def run(ctx):
            last_emit = 0.0
            gen = eleven_line_run(n, 1, X=THREE_COLUMN_X, Y=p.Y, hidden=p.hidden, stop=ctx.cancel)
            for state in gen:
                log.latest = state
                if every and state.iteration % every == 0:
                    log.errors.append((state.iteration, state.mean_abs_error))
                now = time.perf_counter()
                if now - last_emit >= 1.0 / LIVE_RATE:
                    last_emit = now
                    ctx.progress(state.iteration + 1, n)
            log.seconds = time.perf_counter() - log.started
            return log.latest

        self.job = BackgroundJob(run, self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self._watch_window()
        self.status_label.setText(self.tr("Running…"))
        self.job.start()
        self._sync_buttons()

    @Slot()
    def stop(self, wait: bool = False, timeout: float = 10.0) -> bool:
        """Stop the run; with ``wait``, until its thread has ended (its last signals handled).
        True if no run is left going."""
        job = self.job
        if job is None or job.done:
            return True
        job.cancel()
        if not wait:
            return False
        deadline = time.monotonic() + timeout
        while not job.done and time.monotonic() < deadline:
            # the job reports "done" through a queued signal: let it through
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not job.done:
                job.wait(10)
        return job.done

    def shutdown(self) -> None:
        """Stop and wait (the window is closing)."""
        self.stop(wait=True)

    def _watch_window(self) -> None:
        win = self   # the top-level window (the main window also while the dock floats)
        while win.parentWidget() is not None:
            win = win.parentWidget()
        if win is not self._watching:
            if self._watching is not None:
                self._watching.removeEventFilter(self)
            win.installEventFilter(self)
            self._watching = win

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and obj is getattr(self, "_watching", None):
            self.shutdown()
        return super().eventFilter(obj, event)

    @Slot(object, object)
    def _on_progress(self, done, total) -> None:
        self._show_progress(done)

    def _show_progress(self, done: int) -> None:
        log = self.log
        if log is None:
            return
        self.progress.setValue(int(done))
        self.progress.setFormat(arg(self.tr("iteration %1 of %2"), format_int(done), format_int(self.iterations)))
        for r, (it, err) in enumerate(log.errors[: len(PRINTED_ERRORS)]):
            self._set(self.compare_table, r, 1, format_number(err, significant=12))
            self._set(self.compare_table, r, 3, self._agree_text(err, PRINTED_ERRORS[r]))
        s = log.latest
        if s is not None:
            self._show_state(s)

    def _show_state(self, s) -> None:
        t = self.live_table
        self.live_title.setText(arg(self.tr("Each row of the table at iteration %1 (before its update)"),
                                    format_int(s.iteration)))
        if s.l1 is None:
            cols = [(s.l2, 3), (s.error, None), (s.l2_delta, None)]
        else:
            cols = [(s.l1, 3), (s.l2, 3), (s.error, None), (s.l2_delta, None)]
        for r in range(4):
            for c, (values, decimals) in enumerate(cols, start=1):
                self._set(t, r, c, self._vector(values[r], decimals=decimals))

    @Slot()
    def _on_finished(self) -> None:
        job, log = self.job, self.log
        self._sync_buttons()
        if job is None or log is None:
            return
        if not job.ok:
            self.status_label.setText(arg(self.tr("The run stopped with an error: %1"), str(job.result)))
            return
        last = job.result
        if last is None:
            self.status_label.setText(self.tr("Stopped before the first iteration."))
            return
        self._show_progress(last.iteration + 1)
        cancelled = job.cancel_requested and last.iteration + 1 < self.iterations
        if cancelled:
            self.status_label.setText(arg(self.tr("Stopped at iteration %1."), format_int(last.iteration)))
            return
        if self.preset.hidden is None:
            for r, text in enumerate(PRINTED_OUTPUTS):
                value = float(last.l2[r, 0])
                self._set(self.compare_table, r, 1, format_number(value, decimals=8))
                self._set(self.compare_table, r, 3, self._agree_text(value, text))
            rows = [(float(last.l2[r, 0]), t) for r, t in enumerate(PRINTED_OUTPUTS)]
        else:
            rows = [(err, PRINTED_ERRORS[r]) for r, (_it, err) in enumerate(log.errors[: len(PRINTED_ERRORS)])]
        agree = sum(matching_digits(v, t) >= min(MIN_DIGITS, significant_digits(t)) for v, t in rows)
        if len(rows) == len(PRINTED_ERRORS if self.preset.hidden else PRINTED_OUTPUTS) and agree == len(rows):
            verdict = self.tr("Every number agrees with the tutorial's ✓")
        else:
            verdict = arg(self.tr("%1 of %2 numbers agree with the tutorial's"), format_int(agree),
                          format_int(len(rows)))
        self.status_label.setText(arg(self.tr("Done: %1 iterations in %2. %3"), format_int(self.iterations),
                                      format_elapsed(log.seconds), verdict))

    def _sync_buttons(self) -> None:
        running = self.is_running()
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.preset_combo.setEnabled(not running)

    # ---- for tests and tools -----------------------------------------------------------------------
    def compare_rows(self) -> list[tuple[str, ...]]:
        """The comparison table's texts, row by row."""
        t = self.compare_table
        return [tuple(t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount()))
                for r in range(t.rowCount())]

    def live_rows(self) -> list[tuple[str, ...]]:
        t = self.live_table
        return [tuple(t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount()))
                for r in range(t.rowCount())]
