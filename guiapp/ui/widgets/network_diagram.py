"""A drawing of a multilayer perceptron: neurons as circles, one column per layer, and the links
between them coloured by the weight's sign and drawn thicker and more opaque the larger it is.

Cheap by design (plain QPainter, no scene graph): big layers are drawn with at most a few neurons
("x1, x2, …, ⋮, x784") and links only between the neurons drawn, so a 784-input layer paints as
fast as XOR. Weights come in as arrays (a Snapshot's copies); the repaint is throttled to
``FPS`` frames a second, and hovering a link or a neuron shows its weight or bias.

Colours follow the app's weight heatmaps (ColorBrewer RdBu, colour-blind safe): positive weights
red-orange, negative weights blue.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n.formatting import arg, format_int, format_number
from ..names import neuron_name
from ..terms import activation_name
from .diagram_layout import MAX_SHOWN, DiagramLayout

#: Repaints per second at most while weights stream in.
FPS = 25
#: Width levels for links (more levels, more pens).
LEVELS = 6



# RdBu: (positive, negative) line colours for a light and a dark background.
_LIGHT = (QColor("#d6604d"), QColor("#2166ac"))
_DARK = (QColor("#f4a582"), QColor("#6baed6"))


def _mix(back: QColor, front: QColor, alpha: float) -> QColor:
    """``front`` over ``back`` with opacity ``alpha``, as an opaque colour: translucent lines are
    about ten times slower to draw than opaque ones."""
    a = max(0.0, min(1.0, alpha))
    return QColor.fromRgbF(back.redF() + (front.redF() - back.redF()) * a,
                           back.greenF() + (front.greenF() - back.greenF()) * a,
                           back.blueF() + (front.blueF() - back.blueF()) * a)


class NetworkDiagram(QWidget):
    """Draws a network design and (when given) its weights. See the module docstring."""

    link_clicked = Signal(int, int, int)    # (weight layer, i, j): a link was clicked
    neuron_clicked = Signal(int, int)       # (column, neuron)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # What the links show instead of the weights (issue 9): ("gradient" | "update", arrays like
        # the params) or None; and {(column, neuron): why it barely learns}.
        self._overlay: tuple[str, list, str] | None = None
        self._health: dict = {}
        self.setObjectName("networkDiagram")
        self.setAccessibleName(self.tr("Network diagram"))
        self.setToolTip("")  # tooltips are made per position in event()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 110)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._design: tuple | None = None
        self._sizes: tuple[int, ...] = (2, 1)
        self._acts: tuple[str, ...] = ("sigmoid",)
        self._bias = True
        self._input_names: tuple[str, ...] = ()
        self._image_shape: tuple[int, int] | None = None
        self._class_names: tuple[str, ...] = ()
        self._weights: list[np.ndarray] | None = None
        self._biases: list[np.ndarray] | None = None
        self._preview = False
        self._note = ""
        self._geo: DiagramLayout | None = None   # where everything goes (None: to be worked out)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(1000 / FPS))
        self._timer.timeout.connect(self._next_frame)
        self._tip_pos: QPointF | None = None   # where the shown tooltip was asked for
        self.paint_count = 0  # for tests and benchmarks

    # ---- input ----------------------------------------------------------------------------------
    def set_design(self, layer_sizes, activations, *, bias: bool = True, input_names=(), image_shape=None,
                   class_names=()) -> None:
        """The structure to draw. Weights that no longer fit it are dropped."""
        design = (tuple(int(s) for s in layer_sizes), tuple(activations), bool(bias), tuple(input_names),
                  tuple(image_shape) if image_shape is not None else None, tuple(class_names))
        if design == self._design:
            return
        self._design = design
        self._sizes = tuple(int(s) for s in layer_sizes)
        self._acts = tuple(activations)
        self._bias = bool(bias)
        self._input_names = tuple(input_names)
        self._image_shape = tuple(image_shape) if image_shape is not None else None
        self._class_names = tuple(class_names)
        acts = ", ".join(activation_name(a) for a in self._acts)
        self.setAccessibleDescription(arg(self.tr("A %1 network; activations: %2"),
                                          "-".join(str(n) for n in self._sizes), acts))
        if not self._params_fit(self._weights, self._biases):
            self._weights = self._biases = None
        self._geo = None
        self.update()

    def set_params(self, params) -> None:
        """The network's parameters ``[W1, b1, W2, b2, ...]`` (``[W1, W2, ...]`` without biases),
        e.g. a Snapshot's copies; they are kept by reference and must not change afterwards.
        ``None`` (or arrays that do not fit the design) draws the links in neutral grey."""
        if params is None:
            weights = biases = None
        else:
            weights = [p for p in params if p.ndim == 2]
            biases = [p for p in params if p.ndim == 1]
        if not self._params_fit(weights, biases):
            weights = biases = None
        self._weights, self._biases = weights, biases
        self.schedule_update()

    def set_overlay(self, kind: str | None, params=None, legend: str = "") -> None:
        """Colour and size the links by ``params`` (``[dW1, db1, ...]``: a gradient or an update,
        ``kind`` "gradient" / "update", with ``legend`` under the drawing) instead of the weights;
        ``kind`` None: the weights again."""
        weights = None if params is None else [p for p in params if p.ndim == 2]
        self._overlay = (kind, weights, legend) if kind is not None and weights is not None and \
            self._params_fit(weights, [p for p in params if p.ndim == 1] if self._bias else None) else None
        self.schedule_update()

    def set_health(self, reasons: dict) -> None:
        """Mark the neurons that barely learn: {(column, neuron): the reason, shown on hover}."""
        if reasons != self._health:
            self._health = dict(reasons)
            self.schedule_update()

    def mousePressEvent(self, event) -> None:
        hit = self.hit_test(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is not None and hit[0] == "link":
            self.link_clicked.emit(hit[1], hit[2], hit[3])
        elif hit is not None and hit[0] == "neuron":
            self.neuron_clicked.emit(hit[1], hit[2])
        super().mousePressEvent(event)

    def set_preview(self, preview: bool, note: str = "") -> None:
        """Preview: the design is not built yet, so there are no weights to show (grey links)."""
        if preview != self._preview or note != self._note:
            self._preview, self._note = preview, note
            self.update()

    def has_weights(self) -> bool:
        return self._weights is not None and not self._preview

    def schedule_update(self) -> None:
        """Repaint soon, at most ``FPS`` times a second."""
        if not self._timer.isActive():
            self._timer.start()

    def _next_frame(self) -> None:
        self.update()
        if self._tip_pos is not None and QToolTip.isVisible():   # keep a shown value live while training
            text = self.tooltip_at(self._tip_pos)
            if text and text != QToolTip.text():
                QToolTip.showText(self.mapToGlobal(self._tip_pos.toPoint()), text, self)

    def leaveEvent(self, event) -> None:
        self._tip_pos = None
        super().leaveEvent(event)

    def _params_fit(self, weights, biases) -> bool:
        if weights is None:
            return False
        pairs = list(zip(self._sizes[:-1], self._sizes[1:]))
        if len(weights) != len(pairs) or any(w.shape != p for w, p in zip(weights, pairs)):
            return False
        if self._bias:
            return biases is not None and len(biases) == len(pairs) and all(
                b.shape == (p[1],) for b, p in zip(biases, pairs))
        return True

    def plotted_data(self):
        """(header, rows) of every weight and bias shown: parameter, from, to, value (None: no weights)."""
        if not self.has_weights():
            return None
        rows = []
        for layer, W in enumerate(self._weights):
            for j in range(W.shape[1]):
                dst = self.neuron_name(layer + 1, j)
                rows.extend((f"W{layer + 1}", self.neuron_name(layer, i), dst, float(W[i, j]))
                            for i in range(W.shape[0]))
                if self._bias and self._biases is not None:
                    rows.append((f"b{layer + 1}", self.tr("bias"), dst, float(self._biases[layer][j])))
        return [self.tr("parameter"), self.tr("from"), self.tr("to"), self.tr("value")], rows

    # ---- names ----------------------------------------------------------------------------------
    def neuron_name(self, layer: int, index: int) -> str:
        """The app's one name for a neuron (:mod:`..names`): the data's feature name for an input
        (A, x2, pixel (row 3, col 7)), h1.2 for a hidden neuron, out or class 7 for an output."""
        return neuron_name(layer, index, self._sizes, feature_names=self._input_names,
                           image_shape=self._image_shape, class_names=self._class_names)

    def _neuron_detail(self, layer: int, index: int) -> str:
        last = len(self._sizes) - 1
        if layer == 0:
            return arg(self.tr("input %1 of %2"), index + 1, self._sizes[0])
        if layer == last:
            names = self._class_names
            if self._sizes[-1] == 1 and len(names) == 2:
                return arg(self.tr("output: how sure the network is of “%1”"), names[1])
            return arg(self.tr("output %1 of %2"), index + 1, self._sizes[-1])
        return arg(self.tr("hidden layer %1, neuron %2"), layer, index + 1)

    def _layer_title(self, layer: int) -> str:
        if layer == 0:
            return self.tr("Input")
        if layer == len(self._sizes) - 1:
            return self.tr("Output")
        return arg(self.tr("Hidden %1"), layer) if len(self._sizes) > 3 else self.tr("Hidden")

    def _header_sub(self, layer: int, part: str = "both") -> str:
        size = format_int(self._sizes[layer])
        if layer == 0:
            return size if part != "act" else ""
        act = activation_name(self._acts[layer - 1])
        return {"size": size, "act": act}.get(part, arg(self.tr("%1 · %2", "neurons · activation"), size, act))

    def _output_labels(self) -> list[str] | None:
        names, n_out = self._class_names, self._sizes[-1]
        if n_out == 1 and len(names) == 2:
            return [arg(self.tr("P(%1)", "the probability of a class"), names[1])]
        if n_out == len(names) and n_out <= MAX_SHOWN:
            return list(names)
        return None

    def _input_labels(self) -> list[str] | None:
        if self._input_names and len(self._input_names) == self._sizes[0] and self._sizes[0] <= MAX_SHOWN:
            return list(self._input_names)
        return None

    # ---- layout ---------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        size = small.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.9))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def resizeEvent(self, event) -> None:
        self._geo = None
        super().resizeEvent(event)

    def _ensure_layout(self) -> DiagramLayout:
        if self._geo is None:
            small, _bold = self._fonts()
            subs = [self._header_sub(layer) for layer in range(len(self._sizes))]
            self._geo = DiagramLayout(self.width(), self.height(), self._sizes, QFontMetrics(small),
                                      self._input_labels(), self._output_labels(), subs)
        return self._geo

    # ---- geometry for hit tests (and tests) ------------------------------------------------------
    def neuron_center(self, layer: int, index: int) -> QPointF | None:
        """Where neuron ``index`` of ``layer`` is drawn, or None if it is not drawn."""
        return self._ensure_layout().neuron_center(layer, index)

    def link_point(self, layer: int, i: int, j: int, t: float = 0.5) -> QPointF | None:
        """A point a fraction ``t`` along the link from neuron i of ``layer`` to neuron j of the next."""
        return self._ensure_layout().link_point(layer, i, j, t)

    def hit_test(self, pos) -> tuple | None:
        """What is under ``pos``: ("neuron", layer, index), ("link", layer, i, j), ("more", layer), None."""
        return self._ensure_layout().hit_test(pos)

    def tooltip_at(self, pos) -> str | None:
        """The hover text at ``pos``: a weight "w[1→2, from x1 to h3] = -0.734", a neuron and its
        bias, or None."""
        hit = self.hit_test(pos)
        if hit is None:
            return None
        weights = self._weights if not self._preview else None
        biases = self._biases if not self._preview else None
        if hit[0] == "link":
            _, layer, i, j = hit
            head = arg(self.tr("w[%1→%2, from %3 to %4]"), layer + 1, layer + 2, self.neuron_name(layer, i),
                       self.neuron_name(layer + 1, j))
            if weights is None:
                if self._preview:
                    return arg(self.tr("%1\n(no value yet: apply the design first)"), head)
                return arg(self.tr("%1\n(no value yet: building first)"), head)
            text = arg(self.tr("%1 = %2", "a weight and its value"), head,
                       format_number(float(weights[layer][i, j]), decimals=3))
            if self._overlay is not None:
                what = "dL/dw" if self._overlay[0] == "gradient" else "Δw"
                text = arg(self.tr("%1\n%2 = %3", "a weight, then its gradient or update and its value"), text, what,
                           format_number(float(self._overlay[1][layer][i, j]), significant=3))
            return text
        if hit[0] == "more":
            layer = hit[1]
            col = self._ensure_layout().columns[layer]
            hidden = col.size - len(col.indices)
            return arg(self.tr("%Ln more neuron(s) are not drawn (%1 … %2); their links are left out too", "", hidden),
                       self.neuron_name(layer, int(col.indices[-2]) + 1), self.neuron_name(layer, col.size - 2))
        _, layer, index = hit
        name = self.neuron_name(layer, index)
        detail = self._neuron_detail(layer, index)
        if layer == 0:
            text = arg(self.tr("%1: %2", "a neuron's name: what it is"), name, detail)
        else:
            act = activation_name(self._acts[layer - 1])
            if not self._bias:
                text = arg(self.tr("%1: %2\nactivation: %3\nno bias"), name, detail, act)
            elif biases is not None:
                text = arg(self.tr("%1: %2\nactivation: %3\nbias b = %4"), name, detail, act,
                           format_number(float(biases[layer - 1][index]), decimals=3))
            else:
                text = arg(self.tr("%1: %2\nactivation: %3"), name, detail, act)
        if (layer, index) in self._health:
            text = arg(self.tr("%1\n%2", "a neuron's description, then why it barely learns"), text,
                       self._health[(layer, index)])
        return text

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            text = self.tooltip_at(pos)
            self._tip_pos = pos if text else None
            QToolTip.showText(event.globalPos(), text or self.help_text(), self)
            return True
        return super().event(event)

    def help_text(self) -> str:
        """The tool tip away from any neuron or link."""
        return self.tr("Each circle is a neuron, each line a weight: red-orange positive, blue negative, thicker and "
                       "darker the larger it is. A neuron's fill shows its bias the same way.\n"
                       "Hover a line to read its weight, a neuron to read its bias.")

    def _legend_texts(self, weights) -> tuple[list[str], str]:
        """(the colour legend's words, the note after them) for the weights shown."""
        if weights is not None:
            rest = self._overlay[2] if self._overlay is not None else self.tr("thicker = larger |w| · fill = bias")
            return [self.tr("positive"), self.tr("negative")], rest
        if self._preview:
            return [], self._note or self.tr("Preview: not built yet")
        return [], self.tr("waiting for the weights…")

    def visible_texts(self) -> list[tuple[str, str]]:
        """What the diagram paints in words (for the English-leak check): layer titles and sizes, the
        input and output names, the legend, and the tool tip away from the neurons."""
        out = [("help", self.help_text())]
        for layer in range(len(self._sizes)):
            out += [("layer title", self._layer_title(layer)), ("layer size", self._header_sub(layer))]
        out += [("name", t) for t in (self._input_labels() or []) + (self._output_labels() or [])]
        words, note = self._legend_texts(None if self._preview else self._weights)
        return out + [("legend", w) for w in words] + [("legend", note)]

    # ---- painting -------------------------------------------------------------------------------
    def _colors(self) -> tuple[QColor, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return _DARK if dark else _LIGHT

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        geo = self._ensure_layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        text_c = pal.color(QPalette.ColorRole.WindowText)
        base_c = pal.color(QPalette.ColorRole.Base)
        mid_c = pal.color(QPalette.ColorRole.Mid)
        back_c = pal.color(QPalette.ColorRole.Window)
        pos_c, neg_c = self._colors()
        small, bold = self._fonts()
        fm = QFontMetrics(small)
        r = geo.radius
        weights = None if self._preview else self._weights
        biases = None if self._preview else self._biases
        if weights is not None and self._overlay is not None:
            weights = self._overlay[1]   # the links show a gradient or an update instead

        # links
        for layer, lines in enumerate(geo.lines):
            a, b = geo.columns[layer], geo.columns[layer + 1]
            # many links: thinner and paler, so the picture stays readable
            density = min(1.0, float(np.sqrt(40.0 / max(len(lines), 1))))
            if weights is None or not lines:
                p.setPen(QPen(_mix(back_c, mid_c, 0.35 + 0.5 * density), 0.6 + 0.6 * density))
                p.drawLines(lines)
                continue
            w = weights[layer][np.ix_(a.indices, b.indices)].ravel()
            finite = np.where(np.isfinite(w), w, 0.0)
            top = float(np.max(np.abs(finite))) if finite.size else 0.0
            if top <= 0:
                level = np.zeros(finite.shape, dtype=int)
            else:
                level = np.minimum(LEVELS - 1, (np.abs(finite) / top * LEVELS).astype(int))
            sign = finite >= 0
            for lv in range(LEVELS):           # faint first, strong on top
                frac = (lv + 1) / LEVELS
                for positive, colour in ((True, pos_c), (False, neg_c)):
                    idx = np.nonzero((level == lv) & (sign == positive))[0]
                    if not len(idx):
                        continue
                    c = _mix(back_c, colour, (0.1 + 0.1 * density) + (0.9 - 0.1 * density) * frac)
                    p.setPen(QPen(c, 0.5 + (1.2 + 1.8 * density) * frac))
                    p.drawLines([lines[k] for k in idx])

        # neurons
        border = QPen(text_c, 1.0)
        for layer, col in enumerate(geo.columns):
            b = biases[layer - 1][col.indices] if (layer > 0 and biases is not None and self._bias) else None
            btop = float(np.max(np.abs(b))) if b is not None and b.size else 0.0
            for k, y in enumerate(col.ys):
                fill = QColor(base_c)
                if b is not None and btop > 0 and np.isfinite(b[k]):
                    fill = _mix(base_c, pos_c if b[k] >= 0 else neg_c, 0.15 + 0.85 * min(1.0, abs(float(b[k])) / btop))
                p.setPen(border)
                p.setBrush(fill)
                p.drawEllipse(QPointF(col.x, float(y)), r, r)
                if (layer, int(col.indices[k])) in self._health:   # barely learns: a red dashed ring
                    p.setPen(QPen(QColor("#dc2626"), 2.0, Qt.PenStyle.DashLine))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawEllipse(QPointF(col.x, float(y)), r + 3, r + 3)
            if col.ellipsis_y is not None:
                p.setPen(text_c)
                p.setFont(bold)
                rect = QRectF(col.x - 2 * r - 6, col.ellipsis_y - r - 2, 4 * r + 12, 2 * r + 4)
                p.fillRect(QRectF(col.x - 4, col.ellipsis_y - r, 8, 2 * r), base_c)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "⋮")

        # input and output names beside the neurons
        p.setFont(small)
        p.setPen(text_c)
        ins, outs = self._input_labels(), self._output_labels()
        if ins and geo.columns:
            col = geo.columns[0]
            for k, y in zip(col.indices, col.ys):
                rect = QRectF(2, y - fm.height() / 2, col.x - r - 6, fm.height())
                p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(ins[k], Qt.TextElideMode.ElideRight, int(rect.width())))
        if outs and geo.columns:
            col = geo.columns[-1]
            for k, y in zip(col.indices, col.ys):
                x = col.x + r + 4
                rect = QRectF(x, y - fm.height() / 2, self.width() - x - 2, fm.height())
                p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(outs[k], Qt.TextElideMode.ElideRight, int(rect.width())))

        # column headers: title, then size and activation
        n_layers = len(geo.columns)
        spacing = (geo.columns[-1].x - geo.columns[0].x) / max(n_layers - 1, 1) if n_layers > 1 else self.width()
        line_h = fm.height()
        for layer, col in enumerate(geo.columns):
            width = min(max(30.0, spacing - 4), float(self.width()))
            rect_x = min(max(0.0, col.x - width / 2), self.width() - width)
            subs = ([self._header_sub(layer, "size"), self._header_sub(layer, "act")] if geo.split_header
                    else [self._header_sub(layer)])
            p.setFont(bold)
            bfm = QFontMetrics(bold)
            p.drawText(QRectF(rect_x, 2, width, line_h), Qt.AlignmentFlag.AlignCenter,
                       bfm.elidedText(self._layer_title(layer), Qt.TextElideMode.ElideRight, int(width)))
            p.setFont(small)
            for k, sub in enumerate(subs, start=1):
                p.drawText(QRectF(rect_x, 2 + k * line_h, width, line_h), Qt.AlignmentFlag.AlignCenter,
                           fm.elidedText(sub, Qt.TextElideMode.ElideRight, int(width)))

        # legend
        y = self.height() - line_h - 3
        x = 6.0
        p.setFont(small)
        words, rest = self._legend_texts(weights)
        for label, colour in zip(words, (pos_c, neg_c)):
            p.setPen(QPen(colour, 3.0))
            p.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 16, y + line_h / 2))
            p.setPen(text_c)
            tw = fm.horizontalAdvance(label)
            p.drawText(QRectF(x + 20, y, tw + 2, line_h), Qt.AlignmentFlag.AlignVCenter, label)
            x += 20 + tw + 10
        p.setPen(text_c)
        p.drawText(QRectF(x, y, self.width() - x - 4, line_h), Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(rest, Qt.TextElideMode.ElideRight, int(self.width() - x - 4)))
        p.end()
