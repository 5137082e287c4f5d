"""Colours shared by the views: a diverging colormap centred on zero for signed values (weights,
activations), symmetric colour levels, a colour bar, and a colour per class.

Everything here is generic: no panel-specific knowledge. The colour stops are written out here (not
loaded from pyqtgraph's bundled CSV maps) so they work the same in a frozen build.

Typical use for a signed image::

    cmap = diverging_colormap()
    img = pg.ImageItem(axisOrder="row-major")
    img.setColorMap(cmap)
    lo, hi = symmetric_levels(W)
    img.setImage(as_image(W), levels=(lo, hi))
    bar = make_colorbar(cmap, (lo, hi), label="weight")
    ...
    bar.setLevels((lo, hi), update_items=False)   # on every update: only the bar's axis changes
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["CLASS_COLORS", "as_image", "class_color", "class_colors_rgb", "diverging_colormap", "diverging_lut",
           "is_dark_palette", "make_colorbar", "nice_level", "steady_levels",
           "symmetric_levels"]

#: Negative (blue) .. zero .. positive (red), ColorBrewer RdBu (colour-blind safe), light centre.
_NEG = ("#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0")
_POS = ("#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f")
_LIGHT_CENTRE = "#f7f7f7"
#: On a dark background zero is dark too, so small weights fade into the background there as well.
_NEG_DARK = ("#9ecae1", "#4393c3", "#2166ac", "#174a7e", "#15314f")
_POS_DARK = ("#3f1d1d", "#7f2a2a", "#c0392b", "#f0803c", "#fcbba1")
_DARK_CENTRE = "#262626"

#: One colour per class (0, 1, 2, ...), the "tab10" palette (mid tones, readable on light and dark
#: backgrounds); every panel takes its class colours from here, so a class looks the same everywhere.
CLASS_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")

#: Fallback when there is nothing to scale by (all zeros): the levels are ±this.
MIN_LEVEL = 1e-6


def is_dark_palette(palette: QPalette | None = None) -> bool:
    """True when the (application's) window colour is dark."""
    if palette is None:
        app = QApplication.instance()
        if app is None:
            return False
        palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def diverging_colormap(dark: bool | None = None) -> pg.ColorMap:
    """Blue for negative, red for positive, the background-like neutral colour at the middle.

    Use it with *symmetric* levels (see :func:`symmetric_levels`) so the middle means exactly zero.
    ``dark`` None: follow the application palette.
    """
    if dark is None:
        dark = is_dark_palette()
    neg, pos, mid = (_NEG_DARK, _POS_DARK, _DARK_CENTRE) if dark else (_NEG, _POS, _LIGHT_CENTRE)
    colours = [*neg, mid, *pos]
    stops = np.linspace(0.0, 1.0, len(colours))
    return pg.ColorMap(stops, [QColor(c) for c in colours], name="diverging-dark" if dark else "diverging")


def diverging_lut(n: int = 256, dark: bool | None = None) -> np.ndarray:
    """The diverging map as an (n, 3) uint8 lookup table (index 0 = most negative)."""
    lut = diverging_colormap(dark).getLookupTable(0.0, 1.0, n, alpha=False)
    return np.ascontiguousarray(lut[:, :3], dtype=np.uint8)


def symmetric_levels(*arrays: np.ndarray, percentile: float | None = None) -> tuple[float, float]:
    """Levels ``(-m, m)`` centred on zero that cover the values of ``arrays``.

    m is max |value| (``percentile`` None), or that percentile of |value| (e.g. 99: a few extreme
    weights then saturate instead of washing out all the others). Non-finite values are ignored;
    m is never below :data:`MIN_LEVEL`, so the levels are always a valid, non-empty range.
    """
    m = 0.0
    for a in arrays:
        a = np.asarray(a)
        if a.size == 0:
            continue
        if percentile is None:
            top = float(np.max(np.abs(a)))
            if not np.isfinite(top):
                finite = np.abs(a[np.isfinite(a)])
                top = float(finite.max()) if finite.size else 0.0
        else:
            finite = np.abs(a[np.isfinite(a)]) if not np.all(np.isfinite(a)) else np.abs(a)
            top = float(np.percentile(finite, percentile)) if finite.size else 0.0
        m = max(m, top)
    m = max(m, MIN_LEVEL)
    return (-m, m)


def nice_level(m: float) -> float:
    """``m`` rounded *up* to two significant digits (4.37 -> 4.4, 0.0848 -> 0.085, 9.96 -> 10)."""
    m = float(m)
    if not np.isfinite(m) or m <= MIN_LEVEL:
        return MIN_LEVEL
    step = 10.0 ** (np.floor(np.log10(m)) - 1)
    return float(np.ceil(m / step * (1 - 1e-12)) * step)


def steady_levels(previous: tuple[float, float] | None, levels: tuple[float, float],
                  shrink: float = 0.8) -> tuple[float, float]:
    """Symmetric levels that do not twitch on every frame of a live view.

    Keeps ``previous`` while the wanted top ``levels[1]`` stays between ``shrink`` × previous top and
    the previous top; otherwise the wanted top rounded up by :func:`nice_level`. So the colours
    always cover the values (nothing saturates that should not) and the colour bar's numbers change
    only now and then, not 30 times a second.
    """
    m = levels[1]
    if previous is not None and shrink * previous[1] <= m <= previous[1]:
        return previous
    top = nice_level(m)
    return (-top, top)


def as_image(a: np.ndarray) -> np.ndarray:
    """``a`` as a C-contiguous float32 array (no copy when it already is one)."""
    return np.ascontiguousarray(a, dtype=np.float32)


def make_colorbar(cmap: pg.ColorMap, levels: tuple[float, float] = (-1.0, 1.0), label: str | None = None,
                  width: int = 12, orientation: str = "vertical") -> pg.ColorBarItem:
    """A read-only colour bar (no drag handles, no colormap menu) showing ``levels``.

    It is not linked to any image: update it with ``bar.setLevels(levels, update_items=False)``
    next to each ``image.setImage(data, levels=levels)``; that only redraws the bar's axis.
    """
    bar = pg.ColorBarItem(values=levels, width=width, colorMap=cmap, label=label, interactive=False,
                          orientation=orientation, colorMapMenu=False)
    return bar


def class_color(k: int) -> QColor:
    """The colour of class ``k`` (the palette repeats after 10 classes)."""
    return QColor(CLASS_COLORS[int(k) % len(CLASS_COLORS)])


def class_colors_rgb(n: int) -> np.ndarray:
    """(n, 3) float32 RGB in 0..255, one row per class."""
    out = np.empty((n, 3), dtype=np.float32)
    for k in range(n):
        c = class_color(k)
        out[k] = (c.red(), c.green(), c.blue())
    return out
