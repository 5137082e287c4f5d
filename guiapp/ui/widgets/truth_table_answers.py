"""The truth table answers back: the Data panel's table of a truth table gets two more columns,
the network's **output** for each row and its **error** (target − output, as the "neural network in
11 lines" tutorial writes ``l2_error = y - l2``), from ``session.display``: live while training,
and the epoch the rewind scrubber shows. Rows the network gets wrong are marked (✗, tinted).
(Picking a row for the backprop view is ``widgets.example_pickers.TablePicker``'s job.)

With one output neuron the answer is class 1 when the output is at least 0.5; with one output per
class the output column gives the class with the highest output and that output, and the error is
1 − the output for the target class.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from ..i18n.formatting import DASH, arg, format_number

WRONG_BACKGROUND = "#fde7e9"
WRONG_TEXT = "#8a1622"


class TruthTableAnswers(QObject):
    """Adds the output and error columns to a ``TablePreview`` showing a truth table (call
    ``table_filled(dataset)`` after each ``table.show_dataset``)."""

    def __init__(self, session, table):
        super().__init__(table)
        self.session, self.table = session, table
        self._active = False
        self._X = self._y = None
        self._first = 0          # the column of "output"
        self._net = None
        self._net_key = None
        self.outputs: np.ndarray | None = None   # (rows, k) as shown (for tests and tools)
        self.wrong: np.ndarray | None = None     # (rows,) bool
        session.display_changed.connect(self._on_display)
        session.network_changed.connect(self._on_display)
        #: Long tables (up to 200 rows shown) are refreshed at most 10 times a second.
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh)

    # ---- filling -------------------------------------------------------------------------------------
    def table_filled(self, ds) -> None:
        """``table`` now shows ``ds``: add the columns if it is a truth table."""
        t = self.table
        self._active = ds.kind == "logic"
        if not self._active:
            self._X = self._y = self.outputs = self.wrong = None
            return
        rows = t.rowCount()
        self._X, self._y = ds.X_train[:rows], ds.y_train[:rows]
        self._first = t.columnCount()
        t.setColumnCount(self._first + 2)
        for c, (text, tip) in enumerate(((self.tr("output"), self.tr("What the network answers for this row, at the "
                                                                     "epoch shown")),
                                         (self.tr("error"), self.tr("Target minus output: how far the answer is "
                                                                    "from the target (✗: wrong side of 0.5)")))):
            header = QTableWidgetItem(text)
            header.setToolTip(tip)
            t.setHorizontalHeaderItem(self._first + c, header)
            for r in range(rows):
                item = QTableWidgetItem(DASH)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(r, self._first + c, item)
        self.refresh()

    @Slot()
    def _on_display(self, *_) -> None:
        """Shown or not (a truth table is small: the table is always up to date when it appears)."""
        if not self._active:
            return
        if self._X is not None and len(self._X) <= 16:
            self.refresh()
        elif not self._timer.isActive():
            self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Fill the output and error columns from ``session.display`` (dashes before it exists)."""
        if not self._active or self._X is None:
            return
        s = self.session
        snap = s.display
        if (snap is None or snap.network_id != s.network_id or tuple(snap.layer_sizes) != tuple(s.spec.layer_sizes)
                or snap.layer_sizes[0] != self._X.shape[1]):   # (mid-switch: the new data, the old network)
            self.outputs = self.wrong = None
            self._show_nothing()
            return
        net = self._network()
        net.set_params(snap.params)
        out = np.asarray(net.predict_proba(self._X), dtype=np.float64)
        y = self._y
        if out.shape[1] == 1:
            pred = (out[:, 0] >= 0.5).astype(np.int64)
            error = y - out[:, 0]
        else:
            pred = out.argmax(axis=1)
            error = 1.0 - out[np.arange(len(y)), y]
        wrong = pred != y
        self.outputs, self.wrong = out, wrong
        names = s.dataset.class_names
        for r in range(len(y)):
            if out.shape[1] == 1:
                text = format_number(out[r, 0], decimals=3)
            else:
                text = arg(self.tr("%1 (%2)", "class (its output)"), names[pred[r]],
                           format_number(out[r, pred[r]], decimals=3))
            self._set_row(r, text, format_number(error[r], decimals=3), bool(wrong[r]), names[pred[r]], names[y[r]],
                          snap.epoch)

    def _set_row(self, r: int, output: str, error: str, wrong: bool, answer: str, target: str, epoch: int) -> None:
        t = self.table
        out_item, err_item = t.item(r, self._first), t.item(r, self._first + 1)
        out_item.setText(arg(self.tr("✗ %1"), output) if wrong else output)
        err_item.setText(error)
        if wrong:
            tip = arg(self.tr("Wrong at epoch %1: the network answers %2, the target is %3"), epoch, answer, target)
        else:
            tip = arg(self.tr("Right at epoch %1: the network answers %2"), epoch, answer)
        for item in (out_item, err_item):
            item.setToolTip(tip)
            item.setBackground(QBrush(QColor(WRONG_BACKGROUND)) if wrong else QBrush())
            item.setForeground(QBrush(QColor(WRONG_TEXT)) if wrong else QBrush())

    def _show_nothing(self) -> None:
        for r in range(self.table.rowCount()):
            for c in (self._first, self._first + 1):
                item = self.table.item(r, c)
                if item is not None:
                    item.setText(DASH)
                    item.setBackground(QBrush())
                    item.setForeground(QBrush())

    def _network(self):
        """A network of the current design (the GUI's own, never the one training)."""
        s = self.session
        key = (s.network_id, s.spec, s.dtype)
        if key != self._net_key:
            self._net, self._net_key = s.spec.build(seed=0, dtype=s.dtype), key
        return self._net
