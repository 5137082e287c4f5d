"""The Data panel: choose what the network learns from, see it, and draw your own 2-D points.

- A kind (truth table, 2-D points, images, a file) and a name (:mod:`.data_choices`); 2-D points
  also have a count, noise, test share, classes (spiral) and seed (:mod:`..widgets.toy_params`),
  applied a moment after the last change.
- Every choice becomes a ``DatasetSpec`` and goes to the session: small data is loaded at once
  (``session.load_dataset_spec``), files and big data on a worker thread with a progress dialog
  and Cancel (:mod:`..dialogs.open_data`). Errors show in the window's message banner; the
  current data is kept.
- Switching data rebuilds the network: if training has made progress the panel asks first, and
  "No" puts the widgets back.
- A summary (sizes, inputs, classes, description with attribution), then a preview: the truth
  table (or a CSV's first rows), a scatter plot, or a grid of images with their labels.
- "Edit points" (2-D data): draw your own points (:mod:`..widgets.point_edit_bar`).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QSizePolicy, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ...state.dataset_spec import DatasetSpec
from ..data_texts import class_names, summary_html
from ..dialogs import open_data
from ..i18n.formatting import Numbers, arg
from ..names import plane_axis_names
from ..widgets.data_preview import CLASS_COLORS, ImageGrid, ScatterPreview, TablePreview
from ..widgets.example_pickers import TablePicker
from ..widgets.plot_menu import PlotMenu
from ..widgets.point_edit_bar import PointEditBar
from ..widgets.toy_params import ToyParamsBox
from ..widgets.truth_table_answers import TruthTableAnswers
from .base import DockPanel
from .data_choices import KINDS, Entry, entries_for, kind_items


class DataPanel(DockPanel):
    TITLE = QT_TRANSLATE_NOOP("DataPanel", "Data")
    DOCK_NAME = "dataDock"
    OBJECT_NAME = "dataPanel"
    PARAM_DELAY_MS = 250   # spins: regenerate this long after the last change

    @classmethod
    def create(cls, session, controller, parent=None) -> "DataPanel":
        return cls(session, controller, parent)

    def __init__(self, session, controller, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.controller = controller   # edits while training start it again on the new points
        self._entries: list[Entry] = []
        self._last_spec: dict[str, DatasetSpec] = {"logic": DatasetSpec("logic", "XOR"),
                                                   "mnist": DatasetSpec("mnist", "sample")}
        self._custom_spec: DatasetSpec | None = None   # the latest "My points"
        self._file_spec: DatasetSpec | None = None     # the latest data opened from a file
        self._last_dir = str(Path.home())

        self._param_timer = QTimer(self, singleShot=True, interval=self.PARAM_DELAY_MS)
        self._param_timer.timeout.connect(self._apply_toy_params)

        self._build_ui()
        self._make_actions()
        session.dataset_changed.connect(self._on_dataset_changed)
        self._on_dataset_changed()

    # ================================================================================ building
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        # -- what data --
        top = QHBoxLayout()
        self.kind_combo = QComboBox()
        self._name(self.kind_combo, "dataKindCombo", self.tr("Kind of data"),
                   self.tr("What kind of data the network learns from: truth tables, 2-D points, images, or a file"))
        for i, (key, label, tip) in enumerate(kind_items()):
            self.kind_combo.addItem(label, key)
            self.kind_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        top.addWidget(self.kind_combo)
        self.name_combo = QComboBox()
        self._name(self.name_combo, "dataNameCombo", self.tr("Data set"), self.tr("Which data set of this kind"))
        self.name_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.name_combo.setMinimumContentsLength(12)
        self.name_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.name_combo.currentIndexChanged.connect(self._on_name_chosen)
        top.addWidget(self.name_combo, 1)
        self.open_button = QToolButton()
        self._name(self.open_button, "openDataButton", self.tr("Open data file"),
                   self.tr("Open your own data: MNIST IDX files (.gz or not; any one file of the set), a "
                           "Keras-style <code>mnist.npz</code>, a torchvision <code>MNIST/raw</code> folder (arrow: "
                           "“Open folder…”), or a CSV table"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.open_button.clicked.connect(self.open_data_file)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        # -- parameters of generated 2-D sets --
        self.toy_box = ToyParamsBox()
        self.toy_box.changed.connect(self._param_timer.start)
        self.toy_box.regenerate.connect(self.regenerate)
        layout.addWidget(self.toy_box)

        # -- the preview's widgets (the edit bar draws on the scatter plot) --
        self.table = TablePreview()
        self.truth_answers = TruthTableAnswers(self.session, self.table)   # output, error, row picks
        self.table_picker = TablePicker(self.table, self.session)
        self.scatter = ScatterPreview()
        self.scatter.setMinimumHeight(100)
        self.scatter_menu = PlotMenu(self.scatter, "data-points", data=self.scatter.plotted_data,
                                     reset=lambda: self._refresh_preview(fit=True),
                                     enabled=lambda: not self.edit_bar.is_editing())
        self.images = ImageGrid()
        self.images.setMinimumHeight(100)
        self.images_menu = PlotMenu(self.images, "data-images", data=self.images.plotted_data)

        # -- edit points --
        self.edit_bar = PointEditBar(self.session, self.scatter, self.confirm, self.controller.start)
        self.edit_bar.points_changed.connect(self._draw_points)
        self.edit_bar.editing_changed.connect(lambda _on: self._refresh_preview(fit=False))
        self.edit_bar.hint.connect(self._set_summary_hint)
        layout.addWidget(self.edit_bar)

        self.summary = QLabel()
        self.summary.setObjectName("dataSummaryLabel")
        self.summary.setAccessibleName(self.tr("About this data"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)

        # -- preview --
        self.preview = QStackedWidget()
        self.preview.setObjectName("dataPreview")
        scatter_page = QWidget()
        sp = QVBoxLayout(scatter_page)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.setSpacing(2)
        sp.addWidget(self.scatter, 1)
        self.legend = QLabel()
        self.legend.setObjectName("scatterLegend")
        self.legend.setWordWrap(True)
        sp.addWidget(self.legend)
        table_page = QWidget()  # short tables (truth tables) sit at the top, not stretched over the page
        tp = QVBoxLayout(table_page)
        tp.setContentsMargins(0, 0, 0, 0)
        tp.addWidget(self.table, 1)
        tp.addStretch(0)
        self._table_page, self._scatter_page = table_page, scatter_page
        for page in (table_page, scatter_page, self.images):
            self.preview.addWidget(page)
        layout.addWidget(self.preview, 1)

    @staticmethod
    def _name(widget: QWidget, object_name: str, accessible: str, tip: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)

    def _make_actions(self) -> None:
        def action(name, text, tip, slot, shortcut=None):
            a = QAction(text, self)
            a.setObjectName(name)
            a.setToolTip(arg(self.tr("%1 (%2)", "a tool tip and its shortcut key"), tip,
                             QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
                         if shortcut else tip)
            a.setStatusTip(tip)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            return a

        self.open_file_action = action("openDataAction", self.tr("&Open data file…"),
                                       self.tr("Open MNIST IDX files, a Keras-style .npz or a CSV table"),
                                       self.open_data_file, "Ctrl+Shift+O")
        self.open_folder_action = action("openDataFolderAction", self.tr("Open data &folder…"),
                                         self.tr("Open a folder with the four MNIST IDX files (also torchvision's "
                                                 "<code>MNIST/raw</code>)"),
                                         self.open_data_folder)
        self.download_action = action("downloadMnistAction", self.tr("&Download full MNIST…"),
                                      arg(self.tr("Download the %1 MNIST digits (about %2) and use them"), 70_000,
                                          arg(Numbers.tr("%1\u00a0MB", "megabytes"), 11)),
                                      self._download_and_load)
        menu = QMenu(self.open_button)
        menu.addActions([self.open_file_action, self.open_folder_action])
        self.open_button.setMenu(menu)
        self.edit_bar.make_actions(self)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.open_file_action, self.open_folder_action, self.download_action]}

    # ================================================================================ session → widgets
    @Slot()
    def _on_dataset_changed(self) -> None:
        spec = self.session.dataset_spec
        own = spec is self.edit_bar.own_spec
        if not own:
            self.edit_bar.timer.stop()  # edits of older points must not overwrite the new data
        kind = self._kind_of(spec)
        if spec.kind == "custom":
            self._custom_spec = spec
        if kind == "file":
            self._file_spec = spec
        self._last_spec[kind] = spec
        self._sync_widgets()
        if self.edit_bar.is_editing():
            if kind != "toy2d":
                self.edit_bar.set_editing(False)
            elif not own:
                self.edit_bar.seed_editor()
        self._refresh_preview(fit=not own)

    def _kind_of(self, spec: DatasetSpec) -> str:
        if spec.kind in ("logic", "toy2d", "mnist", "file"):
            return spec.kind
        if spec.kind == "custom":
            return "toy2d"
        return {"logic": "logic", "toy2d": "toy2d", "images": "mnist"}.get(self.session.dataset.kind, "file")

    def _sync_widgets(self) -> None:
        """Show the session's data in the widgets (also puts them back after a refused switch)."""
        spec = self.session.dataset_spec
        kind = self._kind_of(spec)
        with QSignalBlocker(self.kind_combo), QSignalBlocker(self.name_combo):
            self.kind_combo.setCurrentIndex([k for k, _ in KINDS].index(kind))
            self._fill_names(kind)
            self.name_combo.setCurrentIndex(self._entry_index(spec))
        self.toy_box.show_spec(spec)
        self.toy_box.setVisible(spec.kind == "toy2d")  # generated sets only: "My points" are what you drew
        self.edit_bar.setVisible(kind == "toy2d")
        self.edit_bar.update_buttons()

    def _fill_names(self, kind: str) -> None:
        spec = self.session.dataset_spec
        entries = entries_for(kind, self._custom_spec, self._file_spec,
                              open_data.cached_mnist() if kind == "mnist" else None)
        if self._kind_of(spec) == kind and not any(e.matches(spec) for e in entries):
            entries.insert(0, Entry(self.session.dataset.name, spec=spec))  # e.g. restored from the settings
        self._entries = entries
        self.name_combo.clear()
        model = self.name_combo.model()
        for i, e in enumerate(entries):
            self.name_combo.addItem(e.label)
            if e.tip:
                self.name_combo.setItemData(i, e.tip, Qt.ItemDataRole.ToolTipRole)
            if not e.enabled:
                model.item(i).setEnabled(False)

    def _entry_index(self, spec: DatasetSpec) -> int:
        return next((i for i, e in enumerate(self._entries) if e.matches(spec)), -1)

    # ================================================================================ widgets → session
    @Slot(int)
    def _on_kind_chosen(self, index: int) -> None:
        kind = KINDS[index][0]
        if kind == "file" and self._file_spec is None:
            self.open_data_file()
            return
        spec = self._last_spec.get(kind)
        if kind == "toy2d" and spec is None:
            spec = self.toy_box.spec("circle")
        if kind == "file":
            spec = self._file_spec
        self._switch_to(spec)

    @Slot(int)
    def _on_name_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._entries):
            return
        e = self._entries[index]
        if e.action == "download":
            self._download_and_load()
        elif e.action == "open_file":
            self.open_data_file()
        elif e.action == "open_folder":
            self.open_data_folder()
        elif e.toy is not None:
            self._switch_to(self.toy_box.spec(e.toy))
        else:
            self._switch_to(e.spec)

    @Slot()
    def _apply_toy_params(self) -> None:
        spec = self.session.dataset_spec
        if spec.kind == "toy2d":
            self._switch_to(self.toy_box.spec(spec.name))
        else:
            self._sync_widgets()

    @Slot()
    def regenerate(self) -> None:
        """A new random sample of the current 2-D set (the seed moves on by one)."""
        spec = self.session.dataset_spec
        if spec.kind != "toy2d":
            return
        self._param_timer.stop()
        self.toy_box.next_seed()
        self._switch_to(self.toy_box.spec(spec.name))

    @staticmethod
    def _is_slow(spec: DatasetSpec) -> bool:
        """Files and big data load on a worker thread with a progress dialog."""
        return spec.kind == "file" or (spec.kind == "mnist" and spec.name != "sample")

    def _switch_to(self, spec: DatasetSpec | None) -> bool:
        """Load ``spec`` and make it the session's data. On "No", Cancel or an error: nothing changes
        (the widgets go back to the session's data)."""
        if spec is None or spec == self.session.dataset_spec:
            self._sync_widgets()
            return spec is not None
        if self.session.has_progress and not self.confirm(
                self.tr("Switch to other data?"),
                self.tr("The network has trained for %Ln epoch(s). New data means a new network with fresh "
                        "weights: that training progress will be lost.", "", self.session.epochs_done)):
            self._sync_widgets()
            return False
        self._param_timer.stop()
        self.edit_bar.timer.stop()
        if self._is_slow(spec):
            dataset = open_data.load_in_background(self.window(), spec, self.session.message.emit)
            if dataset is None:
                self._sync_widgets()
                return False
            self.session.set_dataset(dataset, spec)
            return True
        if not self.session.load_dataset_spec(spec):
            self._sync_widgets()
            return False
        return True

    # ================================================================================ files and downloads
    @Slot()
    def open_data_file(self) -> None:
        path = open_data.ask_data_file(self, self._last_dir)
        if path is None:
            self._sync_widgets()
            return
        self.open_data_path(path)

    @Slot()
    def open_data_folder(self) -> None:
        path = open_data.ask_data_folder(self, self._last_dir)
        if path is None:
            self._sync_widgets()
            return
        self.open_data_path(path)

    def open_data_path(self, path: str | os.PathLike) -> bool:
        """Open a data file or folder (what the file dialogs call): IDX files (the folder of the one
        picked is loaded), .npz, or CSV (through the import dialog)."""
        p = Path(path)
        self._last_dir = str(p if p.is_dir() else p.parent)
        spec = open_data.spec_for_path(self.window(), p, self.session.message.emit)
        if spec is None:
            self._sync_widgets()
            return False
        return self._switch_to(spec)

    @Slot()
    def _download_and_load(self) -> None:
        spec = open_data.download_full_mnist(self.window())
        if spec is None:
            self._sync_widgets()
            return
        self._switch_to(spec)

    # ================================================================================ preview
    def redraw(self) -> None:
        """Shown again with a preview not drawn yet (see DockPanel)."""
        self._refresh_preview(fit=True)

    def _refresh_preview(self, fit: bool = True) -> None:
        self._update_summary()
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        ds = self.session.dataset
        if ds.kind in ("logic", "table"):
            self._show_table(ds)
        elif ds.kind == "images" and ds.image_shape is not None:
            self.images.show_images(ds.X_train, ds.y_train, ds.image_shape, class_names(ds))
            self.preview.setCurrentWidget(self.images)
        elif ds.is_2d:
            self.preview.setCurrentWidget(self._scatter_page)
            ax, ay = plane_axis_names(ds.feature_names)
            self.scatter.getPlotItem().setLabel("bottom", ax)
            self.scatter.getPlotItem().setLabel("left", ay)
            self._draw_points()
            if fit:
                self.scatter.fit_range(np.concatenate([ds.X_train, ds.X_test]))
        else:
            self._show_table(ds)

    def _show_table(self, ds) -> None:
        self.table.show_dataset(ds)
        self.truth_answers.table_filled(ds)
        self.preview.setCurrentWidget(self._table_page)

    def _draw_points(self) -> None:
        bar = self.edit_bar
        if bar.is_editing():
            X, y, t = bar.editor.points, bar.editor.labels, bar.editor.test_mask
            self.scatter.show_points(X[~t], y[~t], X[t], y[t])
            k = max(bar.editor.n_classes(), bar.class_combo.currentIndex() + 1)
            has_test = bool(t.any())
        else:
            ds = self.session.dataset
            same = ds.n_test == ds.n_train and np.array_equal(ds.X_test, ds.X_train)
            self.scatter.show_points(ds.X_train, ds.y_train, None if same else ds.X_test, None if same else ds.y_test)
            k, has_test = ds.n_classes, not same and ds.n_test > 0
        square = '<span style="color:%1">■</span>'
        parts = [arg(self.tr("%1&nbsp;class&nbsp;%2", "a colour square, then the class"),
                     arg(square, CLASS_COLORS[c % len(CLASS_COLORS)]), c) for c in range(k)]
        parts.append(self.tr("●&nbsp;training&nbsp;point"))
        if has_test:
            parts.append(self.tr("○&nbsp;test&nbsp;point"))
        self.legend.setText(" &nbsp; ".join(parts))

    def _update_summary(self, hint: str = "") -> None:
        text = summary_html(self.session.dataset, self.session.dataset_spec)
        if hint:
            text = arg(self.tr("%1<br><i>%2</i>", "the summary, then a hint"), text, html.escape(hint))
        self.summary.setText(text)

    @Slot(str)
    def _set_summary_hint(self, hint: str) -> None:
        self._update_summary(hint)
