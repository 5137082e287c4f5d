"""The backprop view's drawing of the network: neurons with the numbers of the current step beside
them (x; z and a; δ), links coloured by the sign of the value they carry in this step and drawn
wider the larger it is (the weight going forward, dL/dw going backward, Δw at the update), the
loss beside the output, and for image inputs the input and dL/dx as pictures.

It draws a ``DiagramScene`` the backprop panel makes for each step (what to write and colour where);
it knows nothing of steps or formulas. Hover shows the text ``tooltip_provider(hit)`` gives; clicks
emit ``neuron_clicked``, ``link_clicked`` and ``pixel_clicked``. Plain QPainter, so a step repaints
in well under a millisecond per link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .backprop_layout import BackpropLayout
from .colormaps import diverging_lut, is_dark_palette

#: (positive, negative) link colours on a light and a dark background (the app's RdBu).
_LIGHT = (QColor("#d6604d"), QColor("#2166ac"))
_DARK = (QColor("#f4a582"), QColor("#6baed6"))
#: The colour that marks the example's current layer and the selected item.
ACCENT = QColor("#f59e0b")
#: Lines of numbers beside (or under) a neuron at most: z and a, a and δ, δ and Δb.
TEXT_LINES = 2
#: The colour of a neuron that barely learns.
WARN = QColor("#dc2626")


@dataclass
class DiagramScene:
    """What to draw (columns k = 0 .. L: 0 the inputs; weight layers l = 0 .. L-1 between k=l and l+1).

    sizes: neurons per column; titles/subtitles: the two header lines per column.
    shown[k]: the neuron indices drawn in column k (an image's input column: none, see images).
    names[k][j] for the neurons drawn: beside inputs and outputs. neuron_lines[(k, j)]: the lines of
    numbers beside a neuron. active: the column the step works on (None: none).
    link_values[l]: (fan_in, fan_out) values that colour and size layer l's links, or None (thin
    grey); link_strong[l]: drawn at full strength (this step) or pale (an earlier one).
    links[l]: the (i, j) drawn. link_labels[(l, i, j)]: a number written on the link.
    side_lines: lines beside the output column (the loss). images: (x image, dL/dx image or None)
    for image inputs, each (rows, cols). health[(k, j)]: why a neuron barely learns (hover text).
    legend: the line under the drawing. selected: a hit tuple to ring.
    """

    sizes: tuple[int, ...]
    titles: list[str]
    subtitles: list[str]
    shown: list[np.ndarray]
    names: dict = field(default_factory=dict)
    neuron_lines: dict = field(default_factory=dict)
    active: int | None = None
    links: list[list[tuple[int, int]]] = field(default_factory=list)
    link_values: list[np.ndarray | None] = field(default_factory=list)
    link_strong: list[bool] = field(default_factory=list)
    link_labels: dict = field(default_factory=dict)
    side_lines: list[str] = field(default_factory=list)
    images: tuple | None = None
    image_titles: tuple[str, str] = ("", "")
    health: dict = field(default_factory=dict)
    legend: str = ""
    selected: tuple | None = None


_LUTS: dict[bool, np.ndarray] = {}


def _mix(back: QColor, front: QColor, alpha: float) -> QColor:
    a = max(0.0, min(1.0, alpha))
    return QColor.fromRgbF(back.redF() + (front.redF() - back.redF()) * a,
                           back.greenF() + (front.greenF() - back.greenF()) * a,
                           back.blueF() + (front.blueF() - back.blueF()) * a)


def grey_image(a: np.ndarray) -> QImage:
    """A (rows, cols) array in [0, 1] as a grey QImage (white ink on black, as MNIST)."""
    g = np.ascontiguousarray(np.clip(np.asarray(a, dtype=np.float32), 0, 1) * 255 + 0.5).astype(np.uint8)
    rows, cols = g.shape
    return QImage(g.tobytes(), cols, rows, cols, QImage.Format.Format_Grayscale8).copy()


def diverging_image(a: np.ndarray, dark: bool | None = None) -> QImage:
    """A signed (rows, cols) array as a QImage, blue negative, red positive, centred on zero with
    symmetric levels ±max|a|."""
    a = np.asarray(a, dtype=np.float64)
    top = float(np.max(np.abs(a))) if a.size else 0.0
    dark = is_dark_palette() if dark is None else bool(dark)
    lut = _LUTS.get(dark)
    if lut is None:   # made once: building the colour map takes milliseconds
        lut = _LUTS[dark] = diverging_lut(256, dark)
    idx = np.full(a.shape, 127, dtype=np.int64) if top <= 0 else np.clip(
        ((a / top) * 0.5 + 0.5) * 255 + 0.5, 0, 255).astype(np.int64)
    rgb = np.ascontiguousarray(lut[idx])
    rows, cols = a.shape
    return QImage(rgb.tobytes(), cols, rows, 3 * cols, QImage.Format.Format_RGB888).copy()


class BackpropDiagram(QWidget):
    neuron_clicked = Signal(int, int)          # (column, neuron)
    link_clicked = Signal(int, int, int)       # (weight layer, i, j)
    link_double_clicked = Signal(int, int, int)
    pixel_clicked = Signal(int, int)           # (image 0: x / 1: dL/dx, pixel)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backpropDiagram")
        self.setAccessibleName(self.tr("Backpropagation diagram"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.scene: DiagramScene | None = None
        self.tooltip_provider = None
        self._geo: BackpropLayout | None = None
        self._qimages: tuple | None = None
        self.paint_count = 0

    # ---- input ---------------------------------------------------------------------------------
    def set_scene(self, scene: DiagramScene | None) -> None:
        old = self.scene
        self.scene = scene
        if (old is None or scene is None or old.sizes != scene.sizes
                or any(not np.array_equal(a, b) for a, b in zip(old.shown, scene.shown))
                or (old.images is None) != (scene.images is None)):
            self._geo = None
        self._qimages = None
        self.update()

    # ---- geometry -------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        size = small.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.85))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def layout(self) -> BackpropLayout | None:
        s = self.scene
        if s is None:
            return None
        if self._geo is None:
            small, _ = self._fonts()
            fm = QFontMetrics(small)
            names_in = [s.names.get((0, int(j)), "") for j in s.shown[0]]
            names_out = [s.names.get((len(s.sizes) - 1, int(j)), "") for j in s.shown[-1]]
            left = min(90.0, max((fm.horizontalAdvance(t) for t in names_in), default=0) + 6)
            right = min(110.0, max([fm.horizontalAdvance(t) for t in names_out] or [0]) + 8)
            # room for two lines of numbers at every step, so nothing moves from step to step
            self._geo = BackpropLayout(self.width(), self.height(), s.shown, s.sizes, line_h=fm.height(),
                                       image_input=s.images is not None, left_w=left, right_w=right,
                                       text_lines=TEXT_LINES)
        return self._geo

    def resizeEvent(self, event) -> None:
        self._geo = None
        super().resizeEvent(event)

    def hit_test(self, pos) -> tuple | None:
        geo = self.layout()
        if geo is None:
            return None
        shape = self.scene.images[0].shape if self.scene.images is not None else None
        return geo.hit_test(pos, self.scene.links, shape)

    def neuron_center(self, col: int, j: int) -> QPointF | None:
        geo = self.layout()
        return None if geo is None else geo.neuron_center(col, j)

    def link_point(self, layer: int, i: int, j: int, t: float = 0.5) -> QPointF | None:
        geo = self.layout()
        seg = None if geo is None else geo.link_segment(layer, i, j)
        if seg is None:
            return None
        a, b = seg
        return a + (b - a) * t

    # ---- mouse ----------------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit_test(QPointF(event.pos()))
            text = self.tooltip_provider(hit) if (hit is not None and self.tooltip_provider) else None
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_test(event.position())
            if hit is not None:
                self._emit_click(hit, double=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.hit_test(event.position())
        if hit is not None and hit[0] == "link":
            self.link_double_clicked.emit(hit[1], hit[2], hit[3])
        super().mouseDoubleClickEvent(event)

    def _emit_click(self, hit, double: bool) -> None:
        if hit[0] == "neuron":
            self.neuron_clicked.emit(hit[1], hit[2])
        elif hit[0] == "link":
            self.link_clicked.emit(hit[1], hit[2], hit[3])
        elif hit[0] == "pixel":
            self.pixel_clicked.emit(hit[1], hit[2])

    # ---- painting -------------------------------------------------------------------------------
    def _colors(self) -> tuple[QColor, QColor]:
        return _DARK if is_dark_palette(self.palette()) else _LIGHT

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        s = self.scene
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        text_c = pal.color(QPalette.ColorRole.WindowText)
        if s is None:
            p.end()
            return
        geo = self.layout()
        back_c = pal.color(QPalette.ColorRole.Window)
        base_c = pal.color(QPalette.ColorRole.Base)
        mid_c = pal.color(QPalette.ColorRole.Mid)
        pos_c, neg_c = self._colors()
        small, bold = self._fonts()
        fm = QFontMetrics(small)
        r = geo.radius

        # the column the step works on
        if s.active is not None and 0 <= s.active < len(geo.columns):
            c = geo.columns[s.active]
            if geo.below:
                half = max(r, geo.text_w / 2) + 6
                band = QRectF(c.x - half, geo.top - 4, 2 * half, geo.bottom - geo.top + 8)
            else:
                band = QRectF(c.x - r - 6, geo.top - 4, r * 2 + 12 + geo.text_w, geo.bottom - geo.top + 8)
            if s.active == 0 and geo.image_rects is not None:
                a, b = geo.image_rects
                band = QRectF(a.left() - 4, geo.top - 4, a.width() + 8, geo.bottom - geo.top + 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_mix(back_c, ACCENT, 0.16))
            p.drawRoundedRect(band, 6, 6)

        # links, a common scale per kind of value so widths compare across layers
        tops = [float(np.max(np.abs(v[tuple(np.array(pairs).T)]))) if v is not None and pairs else 0.0
                for v, pairs in zip(s.link_values, s.links)]
        top = max(tops, default=0.0)
        for layer, pairs in enumerate(s.links):
            values = s.link_values[layer] if layer < len(s.link_values) else None
            strong = s.link_strong[layer] if layer < len(s.link_strong) else False
            for i, j in pairs:
                seg = geo.link_segment(layer, i, j)
                if seg is None:
                    continue
                if values is None or top <= 0 or not np.isfinite(values[i, j]):
                    pen = QPen(_mix(back_c, mid_c, 0.55), 0.8)
                else:
                    v = float(values[i, j])
                    frac = min(1.0, abs(v) / top)
                    colour = pos_c if v >= 0 else neg_c
                    alpha = (0.25 + 0.75 * frac) if strong else (0.12 + 0.3 * frac)
                    pen = QPen(_mix(back_c, colour, alpha), 0.6 + (4.5 if strong else 2.0) * frac)
                p.setPen(pen)
                p.drawLine(seg[0], seg[1])
        sel = s.selected
        if sel is not None and sel[0] == "link":
            seg = geo.link_segment(sel[1], sel[2], sel[3])
            if seg is not None:
                p.setPen(QPen(ACCENT, 3.0, Qt.PenStyle.DashLine))
                p.drawLine(seg[0], seg[1])

        # images (an image's inputs)
        if s.images is not None and geo.image_rects is not None:
            if self._qimages is None:
                x_img, g_img = s.images
                self._qimages = (grey_image(x_img), None if g_img is None else diverging_image(g_img))
            p.setFont(small)
            for k, (rect, img) in enumerate(zip(geo.image_rects, self._qimages)):
                p.setPen(text_c)
                room = (geo.columns[1].x - r - 8 - rect.left()) if len(geo.columns) > 1 else rect.width() + 40
                p.drawText(QRectF(rect.left(), rect.top() - fm.height() - 1, room, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(s.image_titles[k], Qt.TextElideMode.ElideRight, int(room)))
                if img is None:
                    p.setPen(QPen(mid_c, 1.0, Qt.PenStyle.DotLine))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(rect)
                    continue
                p.drawImage(rect, img)
                p.setPen(QPen(mid_c, 1.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
            if sel is not None and sel[0] == "pixel":
                rows, cols = s.images[0].shape
                rr, cc = divmod(sel[2], cols)
                for rect in geo.image_rects:
                    cw, ch = rect.width() / cols, rect.height() / rows
                    p.setPen(QPen(ACCENT, 2.0))
                    p.drawRect(QRectF(rect.left() + cc * cw - 1, rect.top() + rr * ch - 1, cw + 2, ch + 2))

        # link labels (small networks)
        p.setFont(small)
        for (layer, i, j), text in s.link_labels.items():
            seg = geo.link_segment(layer, i, j)
            if seg is None:
                continue
            a, b = seg
            at = a + (b - a) * 0.38
            tw = fm.horizontalAdvance(text) + 6
            box = QRectF(at.x() - tw / 2, at.y() - fm.height() / 2, tw, fm.height())
            p.setPen(QPen(_mix(back_c, mid_c, 0.6), 0.8))
            p.setBrush(_mix(back_c, base_c, 0.7))
            p.drawRoundedRect(box, 3, 3)
            p.setPen(text_c)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        # neurons and their numbers
        for col, c in enumerate(geo.columns):
            for j, y in zip(c.indices, c.ys):
                j = int(j)
                centre = QPointF(c.x, float(y))
                reason = s.health.get((col, j))
                fill = _mix(base_c, ACCENT, 0.35) if col == s.active else base_c
                p.setPen(QPen(WARN, 2.0, Qt.PenStyle.DashLine) if reason else QPen(text_c, 1.0))
                p.setBrush(fill)
                p.drawEllipse(centre, r, r)
                if sel is not None and sel[0] == "neuron" and sel[1] == col and sel[2] == j:
                    p.setPen(QPen(ACCENT, 3.0))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawEllipse(centre, r + 3, r + 3)
                if reason:
                    p.setPen(WARN)
                    p.setFont(bold)
                    p.drawText(QRectF(c.x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, "!")
                lines = s.neuron_lines.get((col, j))
                if lines and len(lines) > geo.lines_fit:   # crowded: the latest numbers (δ over a)
                    lines = lines[-geo.lines_fit:]
                if lines:
                    rect = geo.text_rect(col, j)
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(_mix(back_c, base_c, 0.85))
                    box_w = min(rect.width(), max(fm.horizontalAdvance(t) for t in lines) + 8)
                    left = rect.center().x() - box_w / 2 if geo.below else rect.left()
                    box = QRectF(left, rect.top(), box_w, len(lines) * fm.height() + 4)
                    p.drawRoundedRect(box, 3, 3)
                    p.setPen(text_c)
                    p.setFont(small)
                    for k, t in enumerate(lines):
                        p.drawText(QRectF(box.left() + 4, box.top() + 2 + k * fm.height(), box_w - 6, fm.height()),
                                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                   fm.elidedText(t, Qt.TextElideMode.ElideRight, int(box_w - 6)))

        # names beside the inputs and outputs
        p.setFont(small)
        p.setPen(text_c)
        if geo.columns and len(geo.columns[0].indices):
            c = geo.columns[0]
            for j, y in zip(c.indices, c.ys):
                name = s.names.get((0, int(j)), "")
                rect = QRectF(2, y - fm.height() / 2, c.x - r - 6, fm.height())
                p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width())))
        last = len(geo.columns) - 1
        c = geo.columns[last]
        x_names = c.x + r + 4
        if not geo.below and any((last, int(j)) in s.neuron_lines for j in c.indices):
            x_names = c.x + r + 3 + geo.text_w + 4
        for j, y in zip(c.indices, c.ys):
            name = s.names.get((last, int(j)), "")
            rect = QRectF(x_names, y - fm.height() / 2, self.width() - x_names - 2, fm.height())
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width())))
        if s.side_lines:
            h = fm.height() * len(s.side_lines) + 6
            w = max(fm.horizontalAdvance(t) for t in s.side_lines) + 12
            names_w = max([fm.horizontalAdvance(s.names.get((last, int(j)), "")) for j in c.indices] or [0])
            if len(c.ys) and float(c.ys[0]) - r - h - 6 >= geo.top:     # above the output column
                x, y = c.x - w / 2, float(c.ys[0]) - r - h - 6
            elif x_names + names_w + 8 + w <= self.width():               # beside the output names
                x, y = x_names + names_w + 8, (float(c.ys[0] + c.ys[-1]) / 2 - h / 2) if len(c.ys) else geo.top
            else:                                                         # or in the top right corner
                x, y = self.width() - w - 2, 2.0
            x = max(2.0, min(x, self.width() - w - 2))
            y = min(y, geo.bottom - h)
            box = QRectF(x, y, w, h)
            p.setPen(QPen(ACCENT, 1.5))
            p.setBrush(_mix(back_c, ACCENT, 0.12))
            p.drawRoundedRect(box, 4, 4)
            p.setPen(text_c)
            p.setFont(bold)
            for k, t in enumerate(s.side_lines):
                p.drawText(QRectF(x + 6, y + 3 + k * fm.height(), w - 8, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, t)

        # headers
        line_h = fm.height()
        n = len(geo.columns)
        for col, c in enumerate(geo.columns):
            width = max(60.0, min(self.width() / max(n, 1), 2 * r + geo.text_w + 20))
            x = c.x - r - 4
            if col == 0 and geo.image_rects is not None:
                x = geo.image_rects[0].left()
            x = min(max(0.0, x), self.width() - width)
            p.setFont(bold)
            p.setPen(ACCENT if col == s.active else text_c)
            p.drawText(QRectF(x, 2, width, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(bold).elidedText(s.titles[col], Qt.TextElideMode.ElideRight, int(width)))
            p.setFont(small)
            p.setPen(text_c)
            p.drawText(QRectF(x, 2 + line_h, width, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(s.subtitles[col], Qt.TextElideMode.ElideRight, int(width)))

        # legend
        if s.legend:
            y = self.height() - line_h - 3
            x = 6.0
            for colour in (pos_c, neg_c):
                p.setPen(QPen(colour, 3.0))
                p.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 12, y + line_h / 2))
                x += 16
            p.setPen(text_c)
            p.setFont(small)
            p.drawText(QRectF(x + 2, y, self.width() - x - 4, line_h), Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(s.legend, Qt.TextElideMode.ElideRight, int(self.width() - x - 4)))
        p.end()
