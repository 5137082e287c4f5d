"""The formulas of one backprop step, as text that wraps: one row per number ("h1.2 | δ = σ′(z)·Σₖ
wₖ·δₖ = 0.25·(0.8·(−0.05) + (−1.2)·0.1) = −0.04"), a hidden neuron's δ followed by the terms of its
fan-out sum, indented. A click on a row emits ``line_clicked(line)``; ``select_where`` marks the
rows of a neuron or link picked in the diagram and scrolls to them."""

from __future__ import annotations

import html

import shiboken6

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser

#: The background of the rows picked in the diagram (the diagram's accent, light).
_PICKED = "#fde8c2"
_PICKED_DARK = "#5c4210"
#: Indent (px) of a wrapped formula's second line, and of the terms of a sum.
HANG = 18


class FormulaList(QTextBrowser):
    """Shows ``Line`` objects (see :mod:`..panels.backprop_steps`)."""

    line_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backpropFormulaList")
        self.setAccessibleName(self.tr("Formulas of this step"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._lines: list = []
        self._picked: set[int] = set()
        self._docs: dict = {}          # laid-out documents by key: showing one again costs nothing
        # The documents' owner: not the editor, which would delete a document it owns as soon as
        # another one is set (QTextEdit.setDocument), kept ones included.
        self._owner = QObject(self)

    def show_lines(self, lines, key=None) -> None:
        """Show ``lines``; with a ``key`` (e.g. the step), the laid-out text is kept and shown again
        at once the next time the same key comes (until ``forget``)."""
        self._lines = list(lines)
        self._picked = set()
        doc = self._docs.get(key) if key is not None else None
        if doc is None:
            doc = self._make_document()
            if key is not None:
                self._docs[key] = doc
        self._show(doc)
        self.verticalScrollBar().setValue(0)

    def prepare(self, lines, key) -> None:
        """Lay out ``lines`` for ``key`` ahead of time (shown at once by ``show_lines(lines, key)``)."""
        if key not in self._docs:
            current = self._lines
            self._lines, self._picked = list(lines), set()
            self._docs[key] = self._make_document()
            self._lines = current

    def is_prepared(self, key) -> bool:
        return key in self._docs

    def forget(self) -> None:
        """Drop the kept documents (the numbers changed); the one on screen goes when replaced."""
        current = _address(self.document())
        for doc in self._docs.values():
            if _address(doc) != current:
                doc.deleteLater()
        self._docs = {}

    def _show(self, doc: QTextDocument) -> None:
        old = self.document()
        if _address(old) == _address(doc):
            return
        # (asked before setDocument: a document the editor owns is deleted by it right away)
        kept = {_address(d) for d in self._docs.values()}
        ours = _address(old.parent()) == _address(self._owner) and _address(old) not in kept
        self.setDocument(doc)
        if ours:
            old.deleteLater()

    def _render(self, scroll: bool) -> None:
        bar = self.verticalScrollBar().value()
        self._show(self._make_document())
        if scroll and self._picked:
            self.scrollToAnchor(f"l{min(self._picked)}")
        else:
            self.verticalScrollBar().setValue(bar)

    def _make_document(self) -> QTextDocument:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        picked_bg = _PICKED_DARK if dark else _PICKED
        link_c = self.palette().color(QPalette.ColorRole.Text).name()
        rows = []
        for k, line in enumerate(self._lines):
            bg = f"background-color:{picked_bg};" if k in self._picked else ""
            # one paragraph per number (much faster to lay out than a table), the formula hanging
            # under its subject when it wraps; the terms of a sum indented below it
            rows.append(f'<p style="margin:1px 0px 1px 0px; margin-left:{HANG}px; text-indent:-{HANG}px; {bg}">'
                        f'<a name="l{k}" href="line:{k}" style="color:{link_c}; text-decoration:none"><b>'
                        f'{html.escape(line.subject)}</b></a>&nbsp;&nbsp;&nbsp;{html.escape(line.text)}</p>')
            for term in line.terms:
                rows.append(f'<p style="margin:0px; margin-left:{2 * HANG}px; {bg}"><small>{html.escape(term)}'
                            f'</small></p>')
        doc = QTextDocument(self._owner)
        doc.setDefaultFont(self.font())
        doc.setHtml("".join(rows))
        return doc

    def lines(self) -> list:
        """The lines shown, in order."""
        return list(self._lines)

    def texts(self) -> list[str]:
        """Every formula shown (term rows included), as on screen."""
        out = []
        for line in self._lines:
            out.append(line.text)
            out.extend(line.terms)
        return out

    def picked_lines(self) -> list:
        return [self._lines[k] for k in sorted(self._picked)]

    def select_where(self, predicate) -> int:
        """Mark the rows whose line satisfies ``predicate`` and scroll to the first; how many match."""
        self._picked = {k for k, line in enumerate(self._lines) if predicate(line)}
        self._render(scroll=True)
        return len(self._picked)

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("line:"):
            k = int(text.split(":", 1)[1])
            if 0 <= k < len(self._lines):
                self._picked = {k}
                self._render(scroll=True)
                self.line_clicked.emit(self._lines[k])


def _address(obj) -> int:
    """The C++ object behind a Qt wrapper (0 for None): wrappers of one object may differ."""
    return 0 if obj is None else shiboken6.getCppPointer(obj)[0]
