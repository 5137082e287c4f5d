"""A square canvas to draw a digit on with the mouse, and a small view of a 28x28 image.

``DigitCanvas`` keeps the drawing as a float array (white ink on black, values in [0, 1]) at four
times MNIST's resolution. The brush is soft: each stroke is a chain of line segments drawn with a
Gaussian profile (about 2 px radius at 28x28 scale), so the ink has anti-aliased edges like the
MNIST digits. The widget only paints that array; MNIST-style preprocessing (crop, scale to 20 px,
centre by mass) is done by ``guiapp.data.preprocess`` on the array it hands out.

Coordinates of the drawing methods (``begin_stroke``, ``stroke_to``, ``dot``) are in "digit
pixels": (x, y) from (0, 0) at the top-left corner to (28, 28) at the bottom-right, x to the right.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Side of the drawing in digit pixels (MNIST's 28).
DIGIT_SIZE = 28
#: Samples of the drawing array per digit pixel.
OVERSAMPLE = 4
#: Brush: ink = min(1, GAIN * exp(-d² / 2σ²)) at distance d (digit pixels) from the stroke.
BRUSH_SIGMA = 0.95
BRUSH_GAIN = 1.6
#: Ink fainter than this is left out (keeps the stroke's rim finite).
BRUSH_FLOOR = 0.02

INK = QColor(255, 255, 255)
PAPER = QColor(0, 0, 0)


def _gray_qimage(a: np.ndarray) -> QImage:
    """A (h, w) float array in [0, 1] as an 8-bit grey QImage (an independent copy)."""
    data = np.ascontiguousarray(np.clip(a, 0.0, 1.0) * 255.0 + 0.5, dtype=np.float32).astype(np.uint8)
    h, w = data.shape
    return QImage(data.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()


class DigitCanvas(QWidget):
    """Draw with the left mouse button; the right button rubs ink out. Delete/Backspace clears.

    Signals: ``changed`` after every bit of ink; ``stroke_finished`` when the button is released;
    ``cleared`` after ``clear()``.
    """

    changed = Signal()
    stroke_finished = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("digitCanvas")
        self.setAccessibleName(self.tr("Drawing canvas"))
        self.setAccessibleDescription(self.tr("Draw a digit with the mouse; the network guesses it as you draw"))
        self.setToolTip(self.tr("Draw a digit here with the left mouse button (the right button rubs out).\n"
                                "Draw it big and in one go, like a digit on a form."))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        n = DIGIT_SIZE * OVERSAMPLE
        self._ink = np.zeros((n, n), dtype=np.float32)
        self._last: tuple[float, float] | None = None
        self._erasing = False
        self._image: QImage | None = None
        self._hint = self.tr("Draw a digit here")

    # ---- the drawing -------------------------------------------------------------------------
    def image(self) -> np.ndarray:
        """A copy of the drawing: (112, 112) float32 in [0, 1], white ink on black."""
        return self._ink.copy()

    def is_empty(self) -> bool:
        return not bool(self._ink.max() > 0.0)

    def set_image(self, ink: np.ndarray) -> None:
        """Put a drawing back (what ``image()`` gave: (112, 112) values in [0, 1]); ValueError for
        another shape."""
        a = np.asarray(ink, dtype=np.float32)
        if a.shape != self._ink.shape:
            raise ValueError(f"a drawing is {self._ink.shape}, not {a.shape}")
        self._ink[...] = np.clip(np.nan_to_num(a), 0.0, 1.0)
        self._last = None
        self._image = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._ink[...] = 0.0
        self._last = None
        self._image = None
        self.update()
        self.changed.emit()
        self.cleared.emit()

    def set_hint(self, text: str) -> None:
        """The text shown on the empty canvas."""
        self._hint = text
        self.update()

    def visible_texts(self) -> list[tuple[str, str]]:
        """The hint painted on the empty canvas (for the English-leak check)."""
        return [("hint", self._hint)] if self._hint else []

    def begin_stroke(self, x: float, y: float, erase: bool = False) -> None:
        """Put the brush down at (x, y) digit pixels."""
        self._erasing = erase
        self._last = (float(x), float(y))
        self._segment(self._last, self._last)

    def stroke_to(self, x: float, y: float) -> None:
        """Drag the brush from where it is to (x, y)."""
        if self._last is None:
            self.begin_stroke(x, y)
            return
        p = (float(x), float(y))
        self._segment(self._last, p)
        self._last = p

    def end_stroke(self) -> None:
        self._last = None
        self._erasing = False
        self.stroke_finished.emit()

    def draw_stroke(self, points) -> None:
        """Draw a whole stroke through ``points`` [(x, y), ...] in digit pixels."""
        pts = [(float(x), float(y)) for x, y in points]
        if not pts:
            return
        self.begin_stroke(*pts[0])
        for p in pts[1:]:
            self.stroke_to(*p)
        self.end_stroke()

    def _segment(self, p0: tuple[float, float], p1: tuple[float, float]) -> None:
        """Ink along the segment p0-p1 (digit pixels) with the soft brush, by taking the brighter
        of the old ink and the brush at every sample (so overlapping dabs never pile up)."""
        s = OVERSAMPLE
        sigma = BRUSH_SIGMA * s
        reach = sigma * math.sqrt(2.0 * math.log(BRUSH_GAIN / BRUSH_FLOOR))
        x0, y0, x1, y1 = p0[0] * s, p0[1] * s, p1[0] * s, p1[1] * s
        n = self._ink.shape[0]
        c_lo = max(0, int(math.floor(min(x0, x1) - reach)))
        c_hi = min(n, int(math.ceil(max(x0, x1) + reach)) + 1)
        r_lo = max(0, int(math.floor(min(y0, y1) - reach)))
        r_hi = min(n, int(math.ceil(max(y0, y1) + reach)) + 1)
        if c_lo >= c_hi or r_lo >= r_hi:
            return
        # sample (r, c) has its centre at (c + 0.5, r + 0.5)
        cx = np.arange(c_lo, c_hi, dtype=np.float32) + 0.5
        cy = np.arange(r_lo, r_hi, dtype=np.float32)[:, None] + 0.5
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy
        if length2 > 1e-12:
            t = np.clip(((cx - x0) * dx + (cy - y0) * dy) / length2, 0.0, 1.0)
            px, py = x0 + t * dx, y0 + t * dy
        else:
            px, py = x0, y0
        d2 = (cx - px) ** 2 + (cy - py) ** 2
        brush = np.minimum(1.0, BRUSH_GAIN * np.exp(-d2 / (2.0 * sigma * sigma))).astype(np.float32)
        brush[brush < BRUSH_FLOOR] = 0.0
        region = self._ink[r_lo:r_hi, c_lo:c_hi]
        if self._erasing:
            np.minimum(region, 1.0 - brush, out=region)
        else:
            np.maximum(region, brush, out=region)
        self._image = None
        self.update()
        self.changed.emit()

    # ---- mouse and keys --------------------------------------------------------------------------
    def canvas_rect(self) -> QRectF:
        """The square the drawing fills, in widget coordinates."""
        side = max(1.0, float(min(self.width(), self.height())) - 2.0)
        return QRectF((self.width() - side) / 2.0, (self.height() - side) / 2.0, side, side)

    def to_digit(self, pos: QPointF) -> tuple[float, float]:
        """Widget position -> digit pixels."""
        r = self.canvas_rect()
        return ((pos.x() - r.x()) / r.width() * DIGIT_SIZE, (pos.y() - r.y()) / r.height() * DIGIT_SIZE)

    def to_widget(self, x: float, y: float) -> QPointF:
        """Digit pixels -> widget position (for tests and tools)."""
        r = self.canvas_rect()
        return QPointF(r.x() + x / DIGIT_SIZE * r.width(), r.y() + y / DIGIT_SIZE * r.height())

    def mousePressEvent(self, event) -> None:
        button = event.button()
        if button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self.begin_stroke(*self.to_digit(event.position()), erase=button == Qt.MouseButton.RightButton)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._last is not None:
            self.stroke_to(*self.to_digit(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._last is not None:
            self.stroke_to(*self.to_digit(event.position()))
            self.end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)

    # ---- painting ----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        side = min(self.maximumWidth(), self.maximumHeight(), 480)  # as big as its owner allows
        return QSize(side, side)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        r = self.canvas_rect()
        p.fillRect(r, PAPER)
        if self._image is None:
            self._image = _gray_qimage(self._ink)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.drawImage(r, self._image)
        # a faint 20x20 guide: where MNIST's digits sit inside their 28x28 frame
        guide = QColor(INK)
        guide.setAlpha(40)
        pen = QPen(guide, 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        k = r.width() / DIGIT_SIZE
        p.drawRect(QRectF(r.x() + 4 * k, r.y() + 4 * k, 20 * k, 20 * k))
        if self._hint and self.is_empty():
            hint = QColor(INK)
            hint.setAlpha(150)
            p.setPen(hint)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._hint)
        frame = self.palette().color(QPalette.ColorRole.Mid)
        if self.hasFocus():
            frame = self.palette().color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(frame, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(-0.5, -0.5, 0.5, 0.5))
        p.end()


class PixelView(QWidget):
    """Shows a small grey image (e.g. 28x28, white on black) enlarged with square pixels."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._array = np.zeros((DIGIT_SIZE, DIGIT_SIZE), dtype=np.float32)
        self._image = _gray_qimage(self._array)
        self._marker: tuple[float, float] | None = None
        self._highlight: QColor | None = None   # a frame: the backprop view follows this image
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(56, 56)

    def set_array(self, a: np.ndarray, marker: tuple[float, float] | None = None) -> None:
        """Show ``a`` (h, w) in [0, 1]; ``marker`` (row, col) draws a small cross (e.g. the centre)."""
        self._array = np.array(a, dtype=np.float32)
        self._image = _gray_qimage(self._array)
        self._marker = marker
        self.update()

    def array(self) -> np.ndarray:
        return self._array.copy()

    def set_highlight(self, colour: QColor | None) -> None:
        """Frame the image in ``colour`` (None: no frame)."""
        if colour != self._highlight:
            self._highlight = colour
            self.update()

    def highlight(self) -> QColor | None:
        return self._highlight

    def sizeHint(self) -> QSize:
        side = min(self.maximumWidth(), self.maximumHeight(), 224)
        return QSize(side, side)

    def image_rect(self) -> QRectF:
        h, w = self._array.shape
        scale = max(1e-6, min((self.width() - 2) / w, (self.height() - 2) / h))
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        r = self.image_rect()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(r, self._image)
        if self._marker is not None:
            h, w = self._array.shape
            cx = r.x() + (self._marker[1] + 0.5) / w * r.width()
            cy = r.y() + (self._marker[0] + 0.5) / h * r.height()
            arm = max(3.0, r.width() / w)
            p.setPen(QPen(QColor(239, 68, 68), 1.5))
            p.drawLine(QPointF(cx - arm, cy), QPointF(cx + arm, cy))
            p.drawLine(QPointF(cx, cy - arm), QPointF(cx, cy + arm))
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self._highlight is not None:
            p.setPen(QPen(self._highlight, 4))
            p.drawRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        p.end()
