"""A gallery of test images with the network's guess under each: wrong guesses framed in red
("✗ 7 (true 2)"), right ones quiet.

Cheap to redraw: all the images live in one QImage strip made once per data set, and a new set of
guesses only changes the captions and frames (one ``update()``). ``GalleryScrollArea`` fits the
gallery into the space it has: as many columns and as large images as fit, scrolling only when
even small images would not.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from ..i18n.formatting import arg, format_percent

MIN_IMAGE = 24
MAX_IMAGE = 84
PAD = 2
#: Height of the confidence bar under each image.
BAR = 4
#: Below this image size, captions shrink to one line to make room.
COMPACT_BELOW = 40

WRONG_LIGHT = QColor(220, 38, 38)
WRONG_DARK = QColor(248, 113, 113)


class DigitGallery(QWidget):
    clicked = Signal(int)   # an image was clicked (its index): picks it for the backprop view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._selected: int | None = None   # the image the backprop view follows (framed)
        self.setObjectName("digitGallery")
        self.setAccessibleName(self.tr("Gallery of test images with the network's guesses"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._strip: QImage | None = None
        self._shape = (28, 28)
        self._labels = np.zeros(0, dtype=np.int64)
        self._names: tuple[str, ...] = ()
        self._kind = "images"
        self._pred: np.ndarray | None = None
        self._prob: np.ndarray | None = None
        self._cols = 1
        self._image = MIN_IMAGE
        self._compact = False     # one caption line (little room) instead of two
        self._long_names = False  # class names too long for "✗ a (true b)" on one line

    # ---- data ----------------------------------------------------------------------------------
    def set_images(self, images: np.ndarray | None, labels, class_names, kind: str = "images") -> None:
        """``images`` (g, h, w) floats in [0, 1] (white on black), ``labels`` (g,) true classes;
        ``kind``: "digits" or "images" (what the tooltips call them)."""
        self._pred = self._prob = None
        self._names = tuple(class_names)
        self._kind = kind
        fm = QFontMetrics(self._caption_font())
        self._long_names = any(fm.horizontalAdvance(self._wrong_text(n, n)) > self.min_cell_width() - 2 * PAD
                               for n in self._names)
        if images is None or len(images) == 0:
            self._strip = None
            self._labels = np.zeros(0, dtype=np.int64)
        else:
            images = np.asarray(images, dtype=np.float32)
            g, h, w = images.shape
            strip = np.ascontiguousarray(np.clip(images, 0, 1).transpose(1, 0, 2).reshape(h, g * w) * 255 + 0.5,
                                         dtype=np.float32).astype(np.uint8)
            self._strip = QImage(strip.tobytes(), g * w, h, g * w, QImage.Format.Format_Grayscale8).copy()
            self._shape = (h, w)
            self._labels = np.asarray(labels, dtype=np.int64).copy()
        self.update()

    def set_guesses(self, pred: np.ndarray | None, prob: np.ndarray | None) -> None:
        """The network's guess (g,) and how sure it is (g,), or None to show none."""
        if pred is not None and len(pred) != len(self._labels):
            pred = prob = None
        self._pred = None if pred is None else np.asarray(pred, dtype=np.int64).copy()
        self._prob = None if prob is None else np.asarray(prob, dtype=np.float64).copy()
        self.update()

    def count(self) -> int:
        return len(self._labels)

    def set_selected(self, i: int | None) -> None:
        """Frame image ``i`` (the example the backprop view follows), or none."""
        if i != self._selected:
            self._selected = i
            self.update()

    def selected(self) -> int | None:
        return self._selected

    def mousePressEvent(self, event) -> None:
        i = self.item_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if i is not None:
            self.clicked.emit(i)
        super().mousePressEvent(event)

    def plotted_data(self):
        """(header, rows): each test image shown, its true class, the guess and how sure (None: no images)."""
        if not len(self._labels):
            return None
        rows = []
        for i, t in enumerate(self._labels.tolist()):
            guess = self._names[int(self._pred[i])] if self._pred is not None else ""
            sure = float(self._prob[i]) if self._prob is not None else float("nan")
            rows.append((i + 1, self._names[t], guess, sure))
        return [self.tr("image"), self.tr("true"), self.tr("guess"), self.tr("probability")], rows

    def is_wrong(self, i: int) -> bool:
        return self._pred is not None and int(self._pred[i]) != int(self._labels[i])

    def caption(self, i: int) -> tuple[str, str]:
        """The caption under image ``i``: (the guess, with ✗ and the truth when wrong; how sure the
        network is). In the compact layout a right guess is one line "4 · 99%", and how sure a
        wrong one is shows as the bar under the image (and in its tooltip). With long class names
        a wrong guess takes both lines: "✗ Pullover", "true Coat"."""
        if self._pred is None:
            return "", ""
        guess = self._names[int(self._pred[i])]
        sure = format_percent(self._prob[i], decimals=0) if self._prob is not None else ""
        if self.is_wrong(i):
            truth = self._names[int(self._labels[i])]
            if self._long_names and not self._compact:  # "✗ Pullover (true Coat)" would be cut off
                return arg(self.tr("✗ %1"), guess), arg(self.tr("true %1"), truth)
            return self._wrong_text(guess, truth), sure
        if self._compact and sure:
            return arg(self.tr("%1 · %2", "a guess · how sure"), guess, sure), ""
        return guess, sure

    def wrong_example(self) -> str:
        """How a wrong guess is captioned, with made-up classes: "✗ 7 (true 2)"."""
        names = self._names if len(self._names) > 7 else tuple(str(i) for i in range(10))
        return self._wrong_text(names[7], names[2])

    def _wrong_text(self, guess: str, truth: str) -> str:
        return arg(self.tr("✗ %1 (true %2)"), guess, truth)

    def captions(self) -> list[str]:
        """The first caption line of every image, as shown."""
        return [self.caption(i)[0] for i in range(self.count())]

    def visible_texts(self) -> list[tuple[str, str]]:
        """Every caption line painted under the images (for the English-leak check)."""
        return [("caption", line) for i in range(self.count()) for line in self.caption(i) if line]

    def describe(self, i: int) -> str:
        truth = self._names[int(self._labels[i])]
        if self._kind == "digits":
            head = arg(self.tr("Test digit %1 is a %2."), i + 1, truth)
        else:
            head = arg(self.tr("Test image %1: %2."), i + 1, truth)
        if self._pred is None:
            return head
        guess = self._names[int(self._pred[i])]
        wrong = self.is_wrong(i)
        if self._prob is None:
            text = self.tr("%1 The network says %2: wrong.") if wrong else self.tr("%1 The network says %2: right.")
            return arg(text, head, guess)
        if wrong:
            text = self.tr("%1 The network says %2 (%3 sure): wrong.")
        else:
            text = self.tr("%1 The network says %2 (%3 sure): right.")
        return arg(text, head, guess, format_percent(self._prob[i], decimals=0))

    # ---- layout --------------------------------------------------------------------------------
    def _caption_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.8))
        return f

    def _text_height(self, compact: bool | None = None) -> int:
        """Room under an image: the confidence bar and one or two caption lines."""
        compact = self._compact if compact is None else compact
        return BAR + (1 if compact else 2) * QFontMetrics(self._caption_font()).height() + 2

    def min_cell_width(self) -> int:
        fm = QFontMetrics(self._caption_font())
        return max(MIN_IMAGE + 2 * PAD, fm.horizontalAdvance(self._wrong_text("8", "8")) + 2 * PAD)

    def _best(self, width: int, height: int, compact: bool) -> tuple[int, float]:
        """(columns, image side) with the largest images that fit, or side < MIN_IMAGE if none."""
        n = max(1, self.count())
        text_h = self._text_height(compact)
        best_cols, best_img = 1, -1.0
        for cols in range(1, max(1, min(n, int(width // self.min_cell_width()))) + 1):
            rows = math.ceil(n / cols)
            img = min(width / cols - 2 * PAD, height / rows - text_h - 2 * PAD, MAX_IMAGE)
            if img > best_img:
                best_cols, best_img = cols, img
        return best_cols, best_img

    def fit(self, width: int, height: int) -> int:
        """Choose columns, image size and caption lines for an area ``width`` x ``height``; return
        the height the gallery needs (more than ``height`` if even small images need to scroll)."""
        cols, img = self._best(width, height, compact=False)
        # two lines when there is room; with long class names, whenever they fit at all
        compact = img < (MIN_IMAGE if self._long_names else COMPACT_BELOW)
        if compact:
            cols, img = self._best(width, height, compact=True)
        if img < MIN_IMAGE:  # as many columns as fit, then scroll
            cols = max(1, min(max(1, self.count()), int(width // self.min_cell_width())))
            img = max(MIN_IMAGE, min(width / cols - 2 * PAD, MAX_IMAGE))
        self._cols, self._image, self._compact = cols, int(img), compact
        rows = math.ceil(max(1, self.count()) / cols)
        self.update()
        return int(rows * (self._image + self._text_height() + 2 * PAD))

    def item_rect(self, i: int) -> QRectF:
        """The image of item ``i`` in widget coordinates."""
        cols = self._cols
        cell_w = self.width() / cols
        cell_h = self._image + self._text_height() + 2 * PAD
        r, c = divmod(i, cols)
        x = c * cell_w + (cell_w - self._image) / 2
        return QRectF(x, r * cell_h + PAD, self._image, self._image)

    def item_at(self, pos) -> int | None:
        cols = self._cols
        cell_w = self.width() / cols
        cell_h = self._image + self._text_height() + 2 * PAD
        c, r = int(pos.x() // cell_w), int(pos.y() // cell_h)
        i = r * cols + c
        return i if 0 <= c < cols and 0 <= i < self.count() else None

    # ---- painting ----------------------------------------------------------------------------------
    def _wrong_color(self) -> QColor:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return WRONG_DARK if dark else WRONG_LIGHT

    def paintEvent(self, event) -> None:
        if self._strip is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        pal = self.palette()
        wrong_color = self._wrong_color()
        quiet = QColor(pal.color(QPalette.ColorRole.WindowText))
        quiet.setAlpha(150)
        track = QColor(quiet)
        track.setAlpha(40)
        font = self._caption_font()
        fm = QFontMetrics(font)
        h, w = self._shape
        cell_w = self.width() / self._cols
        clip = event.rect()
        for i in range(self.count()):
            r = self.item_rect(i)
            text_rect = QRectF(r.center().x() - cell_w / 2 + 1, r.bottom() + BAR + 2, cell_w - 2, fm.height())
            if not clip.intersects(r.united(text_rect.adjusted(0, 0, 0, fm.height())).toAlignedRect()):
                continue
            p.drawImage(r, self._strip, QRect(i * w, 0, w, h))
            wrong = self.is_wrong(i)
            if self._prob is not None:  # how sure: a bar as wide as the image at 100%
                p.fillRect(QRectF(r.left(), r.bottom() + 2, r.width(), BAR - 1), track)
                p.fillRect(QRectF(r.left(), r.bottom() + 2, r.width() * float(np.clip(self._prob[i], 0, 1)), BAR - 1),
                           wrong_color if wrong else quiet)
            if i == self._selected:
                p.setPen(QPen(QColor("#f59e0b"), 4.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r.adjusted(-4, -4, 4, 4))
            line1, line2 = self.caption(i)
            if wrong:
                p.setPen(QPen(wrong_color, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5))
                p.setFont(font)
                p.setPen(wrong_color)
            else:
                p.setFont(font)
                p.setPen(quiet)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       QFontMetrics(p.font()).elidedText(line1, Qt.TextElideMode.ElideRight, int(cell_w - 2)))
            if line2 and not self._compact:
                p.setFont(font)
                p.drawText(text_rect.translated(0, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                           fm.elidedText(line2, Qt.TextElideMode.ElideRight, int(cell_w - 2)))
        p.end()

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            i = self.item_at(e.pos())
            if i is not None:
                QToolTip.showText(e.globalPos(), self.describe(i), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)


class GalleryScrollArea(QScrollArea):
    """Holds a DigitGallery and refits it whenever the space changes."""

    def __init__(self, gallery: DigitGallery, parent: QWidget | None = None):
        super().__init__(parent)
        self.gallery = gallery
        self.setObjectName("galleryScroll")
        self.setAccessibleName(self.tr("Test images"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(gallery)
        self.setMinimumSize(gallery.min_cell_width() * 2, 120)

    def refit(self) -> None:
        vp = self.viewport()
        need = self.gallery.fit(vp.width(), vp.height())
        self.gallery.setMinimumHeight(need if need > vp.height() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()
