"""The formulas of one backprop step, as text that wraps: one row per number ("h1.2 | δ = σ′(z)·Σₖ
wₖ·δₖ = 0.25·(0.8·(−0.05) + (−1.2)·0.1) = −0.04"), a hidden neuron's δ followed by the terms of its
fan-out sum, indented. A click on a row emits ``line_clicked(line)``; ``select_where`` marks the
rows of a neuron or link picked in the diagram and scrolls to them."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser

#: The background of the rows picked in the diagram (the diagram's accent, light).
_PICKED = "#fde8c2"
_PICKED_DARK = "#5c4210"


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

    def show_lines(self, lines) -> None:
        self._lines = list(lines)
        self._picked = set()
        self._render(scroll=False)

    def _render(self, scroll: bool) -> None:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        picked_bg = _PICKED_DARK if dark else _PICKED
        link_c = self.palette().color(QPalette.ColorRole.Text).name()
        rows = []
        for k, line in enumerate(self._lines):
            bg = f' style="background-color:{picked_bg}"' if k in self._picked else ""
            rows.append(f'<tr{bg}><td style="padding:2px 8px 2px 2px; white-space:nowrap">'
                        f'<a name="l{k}" href="line:{k}" style="color:{link_c}; text-decoration:none"><b>'
                        f'{html.escape(line.subject)}</b></a></td>'
                        f'<td style="padding:2px">{html.escape(line.text)}</td></tr>')
            for term in line.terms:
                rows.append(f'<tr{bg}><td></td><td style="padding:0px 2px 0px 16px"><small>'
                            f'{html.escape(term)}</small></td></tr>')
        bar = self.verticalScrollBar().value()
        self.setHtml(f'<table width="100%" cellspacing="0">{"".join(rows)}</table>')
        if scroll and self._picked:
            self.scrollToAnchor(f"l{min(self._picked)}")
        elif not scroll:
            self.verticalScrollBar().setValue(0)
        else:
            self.verticalScrollBar().setValue(bar)

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
