"""A circuit of gates drawn the way the hacker's guide draws it (tutorial 1): inputs on the left,
gates as circles (+, ×, max, σ, tanh, relu), and on every wire its value above (green, from the
forward pass) and below it the gradient that flows back along it (red, from the backward pass).

The gradient written under a wire is the one that wire carries: the gate's local derivative for
that input times the gate's own gradient. A unit used by two gates has two wires, and its gradient
(written beside an input's name) is their sum, as the chain rule adds them.

    graph = CircuitGraph()
    graph.set_circuit(circuit)            # guiapp.engine.circuit.Circuit
    graph.refresh(grads_fresh=True)       # after forward/backward: repaint the numbers
    graph.wire_texts()                    # [(from, to, value text, gradient text)], for tests

Layout (:func:`circuit_layout`, no Qt): a gate's column is one more than its deepest input's; an
input sits one column left of its first gate. Inputs are stacked top to bottom in the order a
walk back from the output meets them, and a gate sits at the mean height of its inputs, so wires
rarely cross.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n.context import TrContext
from ..i18n.formatting import DASH, arg, format_number
from .colormaps import is_dark_palette

CircuitGraphText = TrContext("CircuitGraphText")

#: How each gate is drawn inside its circle.
GATE_SYMBOL = {"add": "+", "mul": "×", "max": "max", "sigmoid": "σ", "tanh": "tanh", "relu": "relu"}

#: Pixels: gate radius, input dot radius, the smallest and largest distance between rows.
GATE_R, DOT_R = 17.0, 4.0
MIN_ROW, MAX_ROW = 48.0, 84.0


@dataclass(frozen=True)
class Placement:
    """Where each unit goes, in grid units: ``col`` (0 = leftmost) and ``row`` (0 = top, may be
    fractional); ``n_cols`` includes one more column for the output wire, ``n_rows`` the inputs."""

    col: dict
    row: dict
    n_cols: int
    n_rows: int


def circuit_layout(circuit) -> Placement:
    """Columns and rows for every unit of ``circuit`` (see the module notes)."""
    units = circuit.units
    depth: dict = {}
    for u in units:  # topological order: inputs before the gates that read them
        depth[u.name] = 0 if u.is_input else 1 + max(depth[i.name] for i in u.inputs)
    consumers: dict = {u.name: [] for u in units}
    for u in units:
        for i in u.inputs:
            consumers[i.name].append(u)
    col = {}
    for u in units:
        if u.is_input:
            users = [depth[c.name] for c in consumers[u.name]]
            col[u.name] = (min(users) - 1) if users else 0
        else:
            col[u.name] = depth[u.name]
    # inputs in the order a walk back from the output meets them
    order: list = []
    seen: set = set()

    def visit(u) -> None:
        if u.name in seen:
            return
        seen.add(u.name)
        if u.is_input:
            order.append(u)
        for i in u.inputs:
            visit(i)

    out = circuit.output if circuit.output is not None else (units[-1] if units else None)
    if out is not None:
        visit(out)
    for u in units:  # inputs nothing reads
        if u.is_input and u.name not in seen:
            order.append(u)
    row = {u.name: float(k) for k, u in enumerate(order)}
    for u in units:
        if not u.is_input:
            row[u.name] = sum(row[i.name] for i in u.inputs) / len(u.inputs)
    n_cols = (max(col.values()) + 2) if col else 1
    return Placement(col, row, n_cols, max(len(order), 1))


class CircuitGraph(QWidget):
    """Draws a :class:`~guiapp.engine.circuit.Circuit` (see the module notes).

    ``input_clicked(name)``: an input was clicked (the panel focuses its value box)."""

    input_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("circuitGraph")
        self.setAccessibleName(CircuitGraphText.tr("The circuit: values above the wires, gradients below"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.circuit = None
        self.grads_fresh = False
        self.fmt: Callable[[float], str] = lambda v: format_number(v, significant=4)
        self._place: Placement | None = None
        self._pos: dict = {}
        self._wire_grads: list | None = None   # the gradient along each wire at the last backward pass

    def sizeHint(self) -> QSize:
        return QSize(400, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 180)

    # ---- content ------------------------------------------------------------------------------------
    def set_circuit(self, circuit) -> None:
        self.circuit = circuit
        self._place = circuit_layout(circuit) if circuit is not None else None
        self.grads_fresh = False
        self._wire_grads = None
        self.update()

    def refresh(self, grads_fresh: bool) -> None:
        """The numbers changed: repaint. ``grads_fresh``: a backward pass has just run for the
        values shown (the wires' gradients are taken now); otherwise the gradients of the last
        backward pass stay, drawn faded, until the next one."""
        self.grads_fresh = bool(grads_fresh)
        if self.grads_fresh and self.circuit is not None:
            self._wire_grads = [grad for _u, _g, grad in self._current_wires()]
        self.update()

    def _current_wires(self) -> list:
        c = self.circuit
        out = []
        for g in c.gates:
            for u, local in zip(g.inputs, g.local_grads()):
                out.append((u, g, local * g.grad))   # what flows back along this wire: local × from above
        if c.output is not None:
            out.append((c.output, None, c.output.grad))
        return out

    def wires(self) -> list:
        """[(source unit, gate unit or None for the output wire, gradient along it at the last
        backward pass, or None before one)]."""
        if self.circuit is None:
            return []
        wires = self._current_wires()
        grads = self._wire_grads if self._wire_grads is not None else [None] * len(wires)
        return [(u, g, grad) for (u, g, _now), grad in zip(wires, grads)]

    def value_text(self, v: float) -> str:
        return self.fmt(v)

    def wire_texts(self) -> list[tuple[str, str, str, str]]:
        """What each wire shows: (from, to or "", value text, gradient text; a dash before any
        backward pass)."""
        return [(u.name, g.name if g is not None else "", self.value_text(u.value),
                 self.value_text(grad) if grad is not None else DASH) for u, g, grad in self.wires()]

    def _has_grads(self) -> bool:
        return self._wire_grads is not None

    # ---- geometry -----------------------------------------------------------------------------------
    def _geometry(self) -> dict:
        """Pixel centre of every unit."""
        p = self._place
        if p is None:
            return {}
        fm = QFontMetricsF(self.font())
        left = 14.0 + max((fm.horizontalAdvance(u.name) for u in self.circuit.inputs), default=0.0)
        right = 18.0 + fm.horizontalAdvance(self.circuit.output.name if self.circuit.output else "")
        top, bottom = 26.0, 26.0
        w, h = max(self.width(), 1), max(self.height(), 1)
        col_w = (w - left - right) / max(p.n_cols - 1, 1)
        span = max(p.n_rows - 1, 1)
        row_h = min(MAX_ROW, max(MIN_ROW, (h - top - bottom) / span)) if p.n_rows > 1 else 0.0
        used = row_h * (p.n_rows - 1)
        y0 = top + max(0.0, (h - top - bottom - used) / 2)
        return {name: QPointF(left + p.col[name] * col_w, y0 + p.row[name] * row_h) for name in p.col}

    def _path(self, u, g, pos) -> tuple[list, QPointF]:
        """The wire from unit ``u`` to gate ``g`` (None: the output wire) as a polyline, and where
        its labels go: it runs level from ``u`` (the labels sit on that level part, so labels of
        neighbouring wires never meet), then bends into the gate."""
        a = QPointF(pos[u.name])
        if not u.is_input:
            a = QPointF(a.x() + GATE_R, a.y())
        if g is None:
            end = QPointF(self.width() - 14.0 - QFontMetricsF(self.font()).horizontalAdvance(u.name), a.y())
            return [a, end], QPointF((a.x() + end.x()) / 2, a.y())
        c = QPointF(pos[g.name])
        stop = c.x() - GATE_R                                  # the gate's left edge
        if abs(c.y() - a.y()) < 0.5:
            return [a, QPointF(stop, c.y())], QPointF((a.x() + stop) / 2, a.y())
        bend = QPointF(a.x() + 0.62 * (stop - a.x()), a.y())   # level until here, then into the gate
        dx, dy = c.x() - bend.x(), c.y() - bend.y()
        length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
        b = QPointF(c.x() - GATE_R * dx / length, c.y() - GATE_R * dy / length)
        return [a, bend, b], QPointF((a.x() + stop) / 2 - 0.1 * (stop - a.x()), a.y())

    # ---- painting -----------------------------------------------------------------------------------
    def _colours(self) -> dict:
        dark = is_dark_palette(self.palette())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faded = QColor(text)
        faded.setAlpha(110)
        return {"value": QColor("#81c784" if dark else "#1b7a2f"), "grad": QColor("#ef9a9a" if dark else "#c62828"),
                "stale": faded, "wire": QColor(text), "text": text,
                "gate": QColor("#37474f" if dark else "#eceff1")}

    def paintEvent(self, event) -> None:
        c = self.circuit
        if c is None or self._place is None:
            return
        pos = self._geometry()
        self._pos = pos
        col = self._colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        bold = QFont(base)
        bold.setBold(True)
        fm = QFontMetricsF(bold)
        # wires, with the value above and the gradient below
        for u, g, grad in self.wires():
            points, mid = self._path(u, g, pos)
            painter.setPen(QPen(col["wire"], 1.4))
            painter.drawPolyline(points)
            b = points[-1]
            if g is None:  # the output: an arrow head and its name
                painter.drawLine(b, QPointF(b.x() - 7, b.y() - 4))
                painter.drawLine(b, QPointF(b.x() - 7, b.y() + 4))
                painter.setFont(base)
                painter.setPen(col["text"])
                painter.drawText(QPointF(b.x() + 6, b.y() + fm.ascent() / 2 - 1), u.name)
            painter.setFont(bold)
            clear = points[0].x() + (3.0 if u.is_input else 2.0)   # labels start right of the node
            v_text = self.value_text(u.value)
            w = fm.horizontalAdvance(v_text)
            painter.setPen(col["value"])
            painter.drawText(QPointF(max(mid.x() - w / 2, clear), mid.y() - 4), v_text)
            g_text = self.value_text(grad) if grad is not None else DASH
            w = fm.horizontalAdvance(g_text)
            painter.setPen(col["grad"] if (self.grads_fresh and grad is not None) else col["stale"])
            painter.drawText(QPointF(max(mid.x() - w / 2, clear), mid.y() + fm.ascent() + 2), g_text)
        # inputs: a dot and the name
        painter.setFont(base)
        for u in c.inputs:
            p = pos[u.name]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(col["text"])
            painter.drawEllipse(p, DOT_R, DOT_R)
            painter.setPen(col["text"])
            w = QFontMetricsF(base).horizontalAdvance(u.name)
            painter.drawText(QPointF(p.x() - w - 8, p.y() + QFontMetricsF(base).ascent() / 2 - 1), u.name)
        # gates: a circle with the gate's symbol (the unit's name and formula are in its tool tip)
        for g in c.gates:
            p = pos[g.name]
            painter.setPen(QPen(col["wire"], 1.4))
            painter.setBrush(col["gate"])
            painter.drawEllipse(p, GATE_R, GATE_R)
            symbol = GATE_SYMBOL.get(g.op, g.op)
            font = QFont(bold if len(symbol) == 1 else small)
            if len(symbol) == 1:
                font.setPointSizeF(base.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.setPen(col["text"])
            painter.drawText(QRectF(p.x() - GATE_R, p.y() - GATE_R, 2 * GATE_R, 2 * GATE_R),
                             Qt.AlignmentFlag.AlignCenter, symbol)
        painter.end()

    # ---- mouse ----------------------------------------------------------------------------------------
    def unit_at(self, point: QPointF):
        """The unit whose node is under ``point`` (an input's dot or name, a gate's circle), or None."""
        if self.circuit is None:
            return None
        pos = self._pos or self._geometry()
        for u in self.circuit.units:
            p = pos.get(u.name)
            if p is None:
                continue
            if u.is_input:
                w = QFontMetricsF(self.font()).horizontalAdvance(u.name)
                if QRectF(p.x() - w - 12, p.y() - 12, w + 20, 24).contains(point):
                    return u
            elif (point.x() - p.x()) ** 2 + (point.y() - p.y()) ** 2 <= (GATE_R + 3) ** 2:
                return u
        return None

    def describe(self, u) -> str:
        """A unit's formula, its value and (for a gate) its local derivatives with the numbers."""
        c = self.circuit
        f = self.value_text
        if u.is_input:
            return arg(CircuitGraphText.tr("Input %1 = %2. Gradient ∂%3/∂%1 = %4. Click to change it."),
                       u.name, f(u.value), c.output.name if c.output else "", f(u.grad) if self._has_grads() else DASH)
        lines = [arg(CircuitGraphText.tr("%1, value %2"), c.formula(u), f(u.value))]
        for i, local in zip(u.inputs, u.local_grads()):
            lines.append(arg(CircuitGraphText.tr("local derivative ∂%1/∂%2 = %3"), u.name, i.name, f(local)))
        return "\n".join(lines)

    def mousePressEvent(self, event) -> None:
        u = self.unit_at(event.position())
        if u is not None and u.is_input:
            self.input_clicked.emit(u.name)
        super().mousePressEvent(event)

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            u = self.unit_at(QPointF(e.pos()))
            if u is not None:
                QToolTip.showText(e.globalPos(), self.describe(u), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)
