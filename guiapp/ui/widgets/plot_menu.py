"""The app's own right-click menu for every plot: Copy image, Save PNG…, Save SVG…, Save data as
CSV…, Reset view. It replaces pyqtgraph's generic menu (Mouse Mode, Plot Options, Export…).

    self.menu = PlotMenu(self.plot_widget, "loss", data=self.plotted_data, reset=self.reset_view)

- ``widget``: what is drawn. A pyqtgraph view (its viewport gets the menu, and pyqtgraph's own
  view-box menus are switched off, also for plots added later) or any QWidget (a hand-painted view).
- ``name``: the file name offered (``loss.png``, ``loss.csv``).
- ``data()``: the plotted numbers as ``(header, rows)``, or None while there are none (the item is
  greyed out). NaN becomes an empty cell; floats are written exactly (``repr``).
- ``reset()``: put the view back as it starts (None: no such item).
- ``enabled()``: False while a right click means something else (erasing a point): no menu then.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QMenu, QWidget

from ..i18n.formatting import arg

__all__ = ["PlotMenu", "write_csv"]

#: The folder the last file was saved to (the next save dialog opens there).
_last_dir: list[str] = []

PlotData = tuple[Sequence[str], Iterable[Sequence]]


def _cell(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int)) or (hasattr(value, "dtype") and value.dtype.kind in "iub"):
        return str(int(value))
    v = float(value)
    return "" if math.isnan(v) else repr(v)


def write_csv(path: str | os.PathLike, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write a header line and the rows (numbers exactly, NaN as an empty cell); returns the row count."""
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([str(h) for h in header])
        for row in rows:
            writer.writerow([_cell(v) for v in row])
            n += 1
    return n


class PlotMenu(QObject):
    """The right-click menu of one plot. See the module notes."""

    def __init__(self, widget: QWidget, name: str, *, data: Callable[[], PlotData | None] | None = None,
                 reset: Callable[[], None] | None = None, enabled: Callable[[], bool] | None = None):
        super().__init__(widget)
        self.widget = widget
        self.name = name
        self._data = data
        self._reset = reset
        self._enabled = enabled
        self._graphics = isinstance(widget, QAbstractScrollArea) and callable(getattr(widget, "scene", None))
        self.menu = QMenu(widget)
        self.menu.setObjectName(f"{name}PlotMenu")
        self.menu.setAccessibleName(self.tr("Plot menu"))
        self.copy_action = self._add("copyImageAction", self.tr("Copy image"),
                                     self.tr("Copy the picture to the clipboard"), self.copy_image)
        self.png_action = self._add("savePngAction", self.tr("Save PNG…"),
                                    self.tr("Save the picture as a PNG image"), self.save_png_dialog)
        self.svg_action = self._add("saveSvgAction", self.tr("Save SVG…"),
                                    self.tr("Save the picture as an SVG drawing (scalable, for reports)"),
                                    self.save_svg_dialog)
        self.csv_action = self._add("saveCsvAction", self.tr("Save data as CSV…"),
                                    self.tr("Save the plotted numbers as a CSV table (for a spreadsheet)"),
                                    self.save_csv_dialog)
        self.menu.addSeparator()
        self.reset_action = self._add("resetViewAction", self.tr("Reset view"),
                                      self.tr("Put the view back as it starts (undo zooming and panning)"),
                                      self.reset_view)
        self.csv_action.setVisible(data is not None)
        self.reset_action.setVisible(reset is not None)
        self.menu.aboutToShow.connect(self._update_actions)
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        target.installEventFilter(self)
        self._target = target
        if self._graphics:   # pyqtgraph's "Export…" item of its scene menu is never shown: drop it
            scene = widget.scene()
            for action in list(getattr(scene, "contextMenu", [])):
                action.setParent(None)   # (no reference is left: it goes at once)
            scene.contextMenu = []

    def _add(self, name: str, text: str, tip: str, slot) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # ---- showing -------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is getattr(self, "_target", None):   # (getattr: the object may be emptied while dying)
            kind = event.type()
            if (kind == QEvent.Type.MouseButtonPress and self._graphics
                    and event.button() == Qt.MouseButton.RightButton):
                self._silence_pyqtgraph()   # before the click reaches a view box: no generic menu
            elif kind == QEvent.Type.ContextMenu:
                if self._enabled is not None and not self._enabled():
                    return False
                self.popup(event.globalPos())
                return True
        return False

    def _silence_pyqtgraph(self) -> None:
        import pyqtgraph as pg

        for item in self.widget.scene().items():
            if isinstance(item, pg.ViewBox) and item.menuEnabled():
                item.setMenuEnabled(False)

    def popup(self, global_pos: QPoint) -> None:
        if self._graphics:
            self._silence_pyqtgraph()
        self.menu.popup(global_pos)

    @Slot()
    def _update_actions(self) -> None:
        if self._data is not None:
            self.csv_action.setEnabled(self._data() is not None)

    # ---- what the items do ---------------------------------------------------------------------
    def grab(self):
        """The picture as a QPixmap (what the student sees)."""
        return self.widget.grab()

    @Slot()
    def copy_image(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.grab())

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> str | None:
        folder = _last_dir[0] if _last_dir else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self.widget, title, os.path.join(folder, f"{self.name}{suffix}"),
                                              file_filter)
        if not path:
            return None
        if not Path(path).suffix:
            path += suffix
        _last_dir[:] = [str(Path(path).parent)]
        return path

    def _report(self, ok: bool, path: str) -> None:
        window = self.widget.window()
        show = getattr(window, "show_message", None)
        if not callable(show):
            return
        if ok:
            show("info", arg(self.tr("Saved %1"), path))
        else:
            show("error", arg(self.tr("Could not save %1: the folder may be read-only or the disk full."), path))

    @Slot()
    def save_png_dialog(self) -> None:
        path = self._ask_path(self.tr("Save the picture"), ".png", self.tr("PNG images (*.png)"))
        if path:
            self._report(self.save_png(path), path)

    def save_png(self, path: str | os.PathLike) -> bool:
        return self.grab().save(str(path), "PNG")

    @Slot()
    def save_svg_dialog(self) -> None:
        path = self._ask_path(self.tr("Save the drawing"), ".svg", self.tr("SVG drawings (*.svg)"))
        if path:
            self._report(self.save_svg(path), path)

    def save_svg(self, path: str | os.PathLike) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        size = self.widget.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(self.name)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            QWidget.render(self.widget, painter, QPoint(0, 0))   # the widget as seen (not QGraphicsView.render)
        finally:
            painter.end()
        return Path(path).is_file() and Path(path).stat().st_size > 0

    @Slot()
    def save_csv_dialog(self) -> None:
        if self._data is None or self._data() is None:
            return
        path = self._ask_path(self.tr("Save the plotted numbers"), ".csv", self.tr("CSV tables (*.csv)"))
        if path:
            self._report(self.save_csv(path), path)

    def save_csv(self, path: str | os.PathLike) -> bool:
        got = self._data() if self._data is not None else None
        if got is None:
            return False
        header, rows = got
        try:
            write_csv(path, header, rows)
        except OSError:
            return False
        return True

    @Slot()
    def reset_view(self) -> None:
        if self._reset is not None:
            self._reset()
