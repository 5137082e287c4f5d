"""The Data panel: choose what the network learns from, see it, and draw your own 2-D points.

- A kind (truth table, 2-D points, images, a file) and a name; 2-D points also have a count,
  noise, test share, classes (spiral) and seed, applied a moment after the last change.
- Every choice becomes a ``DatasetSpec`` and goes to the session: small data is loaded at once
  (``session.load_dataset_spec``), files and big data on a worker thread with a progress dialog
  and Cancel. Errors show in the window's message banner; the current data is kept.
- Switching data rebuilds the network: if training has made progress the panel asks first, and
  "No" puts the widgets back.
- A summary (sizes, inputs, classes, description with attribution), then a preview: the truth
  table (or a CSV's first rows), a scatter plot, or a grid of images with their labels.
- "Edit points" (2-D data): left click adds a point of the chosen class, right click or
  Shift+click erases the nearest one; Undo/Redo (Ctrl+Z / Ctrl+Shift+Z). The edited points become
  "My points" (``DatasetSpec("custom", ...)``, points kept in its params so the settings restore
  them). Edits are applied 300 ms after the last click, so a burst of clicks rebuilds the network
  once; if training was running it starts again on the new points.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QGridLayout, QHBoxLayout,
                               QLabel, QMenu, QMessageBox, QPushButton, QSizePolicy, QSpinBox, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from ...data.logic import truth_table_names
from ...data.toy2d import TOY_SETS
from ...state.dataset_spec import DatasetSpec
from ...state.datasets import load_dataset
from ...state.session import RUNNING
from ..widgets.data_preview import CLASS_COLORS, ImageGrid, ScatterPreview, TablePreview, class_icon
from ..widgets.point_editor import MAX_CLASSES, PointEditor

KINDS = (("logic", "Truth table"), ("toy2d", "2-D points"), ("mnist", "Images"), ("file", "From a file"))
KIND_TIPS = {
    "logic": "Logic gates: AND, OR, XOR, … Four rows (or a few more): the classic first problems",
    "toy2d": "Points in the plane, two or more classes: watch the decision boundary bend around them",
    "mnist": "Handwritten digits (MNIST) or clothes (Fashion-MNIST): 28×28 pixel images, 10 classes",
    "file": "Your own data: MNIST IDX files, a Keras-style .npz, or a CSV table",
}
TOY_TITLES = {"circle": "Circle", "xor": "XOR cloud", "gaussians": "Gaussians", "spiral": "Spiral", "moons": "Moons"}
TOY_DEFAULTS = {"n": 200, "noise": 0.1, "seed": 0, "test_ratio": 0.2, "n_classes": 2}
MY_POINTS = "My points"
FASHION_MISSING_TIP = ("Fashion-MNIST is not installed. On Debian or Ubuntu: sudo apt install dataset-fashion-mnist "
                       "(it puts the files in /usr/share/datasets/fashion-mnist). You can also open its IDX files "
                       "or a fashion-mnist .npz with “Open file…”.")
FILE_FILTER = ("Data files (*.gz *.npz *.csv *.tsv *.txt *ubyte *.idx *.idx1 *.idx3);;"
               "MNIST IDX files (*.gz *ubyte *.idx *.idx1 *.idx3);;Keras-style MNIST (*.npz);;"
               "CSV tables (*.csv *.tsv *.txt);;All files (*)")
ERASE_RADIUS_PX = 12


@dataclass(frozen=True)
class _Entry:
    """One item of the name combo: a spec to load, a toy set (made from the spins), or an action."""

    label: str
    spec: DatasetSpec | None = None
    toy: str | None = None
    action: str | None = None   # "download" | "open_file" | "open_folder"
    enabled: bool = True
    tip: str = ""


def _guess_format(path: Path) -> str | None:
    """"csv", "npz", "idx" (a file of an IDX set: its folder is loaded) or None (unknown)."""
    name = path.name.lower()
    stem = name[:-3] if name.endswith(".gz") else name
    if stem.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    if name.endswith(".npz"):
        return "npz"
    if "ubyte" in stem or ".idx" in stem:
        return "idx"
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return None  # the loader will say why the file cannot be read
    if head[:2] == b"PK":
        return "npz"
    if head[:2] == b"\x1f\x8b" or (len(head) >= 4 and head[:2] == b"\x00\x00" and head[2] in (8, 9, 11, 12, 13, 14)):
        return "idx"
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text and all(ch.isprintable() or ch in "\r\n\t" for ch in text) and any(s in text for s in ",;\t"):
        return "csv"
    return None


class DataPanel(QWidget):
    TITLE = "Data"
    DOCK_NAME = "dataDock"
    PARAM_DELAY_MS = 250   # spins: regenerate this long after the last change
    EDIT_DELAY_MS = 300    # edit mode: apply the points this long after the last click

    def __init__(self, session, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.session = session
        self.controller = controller
        self.editor = PointEditor()
        self._entries: list[_Entry] = []
        self._last_spec: dict[str, DatasetSpec] = {"logic": DatasetSpec("logic", "XOR"),
                                                   "mnist": DatasetSpec("mnist", "sample")}
        self._custom_spec: DatasetSpec | None = None   # the latest "My points"
        self._own_spec: DatasetSpec | None = None      # the "My points" this panel applied last
        self._file_spec: DatasetSpec | None = None     # the latest data opened from a file
        self._spiral_classes = 3
        self._last_dir = str(Path.home())
        self._preview_dirty = True

        self._param_timer = QTimer(self, singleShot=True, interval=self.PARAM_DELAY_MS)
        self._param_timer.timeout.connect(self._apply_toy_params)
        self._edit_timer = QTimer(self, singleShot=True, interval=self.EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self._apply_edits)

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
        self._name(self.kind_combo, "dataKindCombo", "Kind of data",
                   "What kind of data the network learns from: truth tables, 2-D points, images, or a file")
        for i, (key, label) in enumerate(KINDS):
            self.kind_combo.addItem(label, key)
            self.kind_combo.setItemData(i, KIND_TIPS[key], Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        top.addWidget(self.kind_combo)
        self.name_combo = QComboBox()
        self._name(self.name_combo, "dataNameCombo", "Data set", "Which data set of this kind")
        self.name_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.name_combo.setMinimumContentsLength(12)
        self.name_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.name_combo.currentIndexChanged.connect(self._on_name_chosen)
        top.addWidget(self.name_combo, 1)
        self.open_button = QToolButton()
        self._name(self.open_button, "openDataButton", "Open data file",
                   "Open your own data: MNIST IDX files (.gz or not; any one file of the set), a Keras-style "
                   "mnist.npz, a torchvision MNIST/raw folder (arrow: Open folder…), or a CSV table")
        self.open_button.setText("Open…")
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.open_button.clicked.connect(self.open_data_file)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        # -- parameters of generated 2-D sets --
        self.toy_box = QWidget()
        self.toy_box.setObjectName("toyParamsBox")
        grid = QGridLayout(self.toy_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(10, 5000)
        self.count_spin.setSingleStep(50)
        self._name(self.count_spin, "countSpin", "Number of points",
                   "How many points to generate in all (training + test)")
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        self._name(self.noise_spin, "noiseSpin", "Noise",
                   "How much the points are scattered around the clean shape (0 = none, 0.3 = a lot)")
        self.test_ratio_spin = QSpinBox()
        self.test_ratio_spin.setRange(0, 90)
        self.test_ratio_spin.setSingleStep(5)
        self.test_ratio_spin.setSuffix(" %")
        self._name(self.test_ratio_spin, "testRatioSpin", "Test share",
                   "The share of points kept aside for testing (drawn as rings): the network never trains on "
                   "them, so they show how well it generalises")
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 5)
        self._name(self.classes_spin, "classesSpin", "Number of classes",
                   "Number of spiral arms, one class each (only the spiral has more than 2 classes)")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 99_999)
        self._name(self.seed_spin, "dataSeedSpin", "Random seed for the points",
                   "The same seed always gives the same points; change it for another random sample")
        self.regenerate_button = QPushButton("New sample")
        self._name(self.regenerate_button, "regenerateButton", "Regenerate the points",
                   "Draw a new random sample of points (moves the seed on by one)")
        self.regenerate_button.clicked.connect(self.regenerate)
        for row, (a, wa, b, wb) in enumerate((("Points:", self.count_spin, "Noise:", self.noise_spin),
                                              ("Test share:", self.test_ratio_spin, "Classes:", self.classes_spin),
                                              ("Seed:", self.seed_spin, None, self.regenerate_button))):
            la = QLabel(a)
            la.setBuddy(wa)
            grid.addWidget(la, row, 0)
            grid.addWidget(wa, row, 1)
            if b:
                lb = QLabel(b)
                lb.setBuddy(wb)
                grid.addWidget(lb, row, 2)
                grid.addWidget(wb, row, 3)
            else:
                grid.addWidget(wb, row, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.count_spin.setValue(TOY_DEFAULTS["n"])
        self.noise_spin.setValue(TOY_DEFAULTS["noise"])
        self.test_ratio_spin.setValue(round(100 * TOY_DEFAULTS["test_ratio"]))
        self.seed_spin.setValue(TOY_DEFAULTS["seed"])
        for spin in (self.count_spin, self.noise_spin, self.test_ratio_spin, self.classes_spin, self.seed_spin):
            spin.setKeyboardTracking(False)  # typing "500" makes one change, not three
            spin.valueChanged.connect(self._on_param_changed)
        layout.addWidget(self.toy_box)

        # -- edit points --
        self.edit_box = QWidget()
        self.edit_box.setObjectName("editPointsBox")
        row = QHBoxLayout(self.edit_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit_check = QCheckBox("Edit points")
        self._name(self.edit_check, "editPointsCheck", "Edit points",
                   "Draw your own data: left click adds a point of the chosen class, right click (or Shift+click) "
                   "erases one. The network restarts on the new points a moment after your last click; "
                   "if it was training it keeps training")
        self.edit_check.toggled.connect(self._on_edit_toggled)
        row.addWidget(self.edit_check)
        self.class_combo = QComboBox()
        self._name(self.class_combo, "pointClassCombo", "Class of new points",
                   "The class (colour) a left click gives the new point")
        for c in range(MAX_CLASSES):
            self.class_combo.addItem(class_icon(c), f"Class {c}", c)
        row.addWidget(self.class_combo)
        self.undo_button = QToolButton()
        self.undo_button.setText("Undo")
        self._name(self.undo_button, "undoPointsButton", "Undo point edit", "Undo the last change to the points (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_points)
        self.redo_button = QToolButton()
        self.redo_button.setText("Redo")
        self._name(self.redo_button, "redoPointsButton", "Redo point edit",
                   "Redo the change you just undid (Ctrl+Shift+Z)")
        self.redo_button.clicked.connect(self.redo_points)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self._name(self.clear_button, "clearPointsButton", "Erase all points",
                   "Erase every point to start from an empty plane (Undo brings them back)")
        self.clear_button.clicked.connect(self.clear_points)
        for b in (self.undo_button, self.redo_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addWidget(self.edit_box)
        self.edit_hint = QLabel("Click: add a point · right-click or Shift+click: erase · Ctrl+Z: undo")
        self.edit_hint.setObjectName("editPointsHint")
        self.edit_hint.setWordWrap(True)
        self.edit_hint.setEnabled(False)  # drawn in the palette's dimmed text colour
        self.edit_hint.hide()
        layout.addWidget(self.edit_hint)

        self.summary = QLabel()
        self.summary.setObjectName("dataSummaryLabel")
        self.summary.setAccessibleName("About this data")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)

        # -- preview --
        self.preview = QStackedWidget()
        self.preview.setObjectName("dataPreview")
        self.table = TablePreview()
        scatter_page = QWidget()
        sp = QVBoxLayout(scatter_page)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.setSpacing(2)
        self.scatter = ScatterPreview()
        self.scatter.setMinimumHeight(160)
        self.scatter.point_clicked.connect(self._on_point_clicked)
        sp.addWidget(self.scatter, 1)
        self.legend = QLabel()
        self.legend.setObjectName("scatterLegend")
        self.legend.setWordWrap(True)
        sp.addWidget(self.legend)
        self.images = ImageGrid()
        self.images.setMinimumHeight(160)
        table_page = QWidget()  # short tables (truth tables) sit at the top, not stretched over the page
        tp = QVBoxLayout(table_page)
        tp.setContentsMargins(0, 0, 0, 0)
        tp.addWidget(self.table, 1)
        tp.addStretch(0)
        self._table_page = table_page
        for page in (table_page, scatter_page, self.images):
            self.preview.addWidget(page)
        self._scatter_page = scatter_page
        layout.addWidget(self.preview, 1)


    @staticmethod
    def _name(widget: QWidget, object_name: str, accessible: str, tip: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)

    def _make_actions(self) -> None:
        def action(name, text, tip, slot, shortcut=None, context=Qt.ShortcutContext.WindowShortcut):
            a = QAction(text, self)
            a.setObjectName(name)
            a.setToolTip(tip + (f" ({QKeySequence(shortcut).toString()})" if shortcut else ""))
            a.setStatusTip(tip)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(context)
            a.triggered.connect(slot)
            return a

        self.open_file_action = action("openDataAction", "&Open data file…",
                                       "Open MNIST IDX files, a Keras-style .npz or a CSV table",
                                       self.open_data_file, "Ctrl+O")
        self.open_folder_action = action("openDataFolderAction", "Open data &folder…",
                                         "Open a folder with the four MNIST IDX files (also torchvision's MNIST/raw)",
                                         self.open_data_folder)
        self.download_action = action("downloadMnistAction", "&Download full MNIST…",
                                      "Download the 70,000 MNIST digits (about 11 MB) and use them",
                                      self._download_and_load)
        menu = QMenu(self.open_button)
        menu.addActions([self.open_file_action, self.open_folder_action])
        self.open_button.setMenu(menu)
        # Undo/redo of point edits: only while the panel (e.g. the plot just clicked) has focus.
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = action("undoPointsAction", "Undo point edit", "Undo the last change to the points",
                                  self.undo_points, QKeySequence.StandardKey.Undo, ctx)
        self.redo_action = action("redoPointsAction", "Redo point edit", "Redo the change you just undid",
                                  self.redo_points, QKeySequence.StandardKey.Redo, ctx)
        self.addActions([self.undo_action, self.redo_action])

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.open_file_action, self.open_folder_action, self.download_action]}

    # ================================================================================ session → widgets
    @Slot()
    def _on_dataset_changed(self) -> None:
        spec, ds = self.session.dataset_spec, self.session.dataset
        if spec is not self._own_spec:
            self._edit_timer.stop()  # edits of older points must not overwrite the new data
        kind = self._kind_of(spec)
        if spec.kind == "custom":
            self._custom_spec = spec
        if kind == "file":
            self._file_spec = spec
        self._last_spec[kind] = spec
        self._sync_widgets()
        if self.edit_check.isChecked():
            if kind != "toy2d":
                self._set_editing(False)
            elif spec is not self._own_spec:
                self._seed_editor()
        self._refresh_preview(fit=spec is not self._own_spec)

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
        widgets = (self.kind_combo, self.name_combo, self.count_spin, self.noise_spin, self.test_ratio_spin,
                   self.classes_spin, self.seed_spin)
        blockers = [QSignalBlocker(w) for w in widgets]
        try:
            self.kind_combo.setCurrentIndex([k for k, _ in KINDS].index(kind))
            self._fill_names(kind)
            self.name_combo.setCurrentIndex(self._entry_index(spec))
            is_toy = spec.kind == "toy2d"
            if is_toy:
                p = {**TOY_DEFAULTS, **spec.params}
                self.count_spin.setValue(int(p["n"]))
                self.noise_spin.setValue(float(p["noise"]))
                self.test_ratio_spin.setValue(int(round(100 * float(p["test_ratio"]))))
                self.seed_spin.setValue(int(p["seed"]))
                if spec.name == "spiral":
                    self._spiral_classes = int(p["n_classes"])
            spiral = is_toy and spec.name == "spiral"
            self.classes_spin.setValue(self._spiral_classes if spiral else 2)
            self.classes_spin.setEnabled(spiral)
            self.toy_box.setVisible(is_toy)  # generated sets only: "My points" are what you drew
            self.edit_box.setVisible(kind == "toy2d")
        finally:
            del blockers
        self._update_edit_buttons()

    def _fill_names(self, kind: str) -> None:
        spec = self.session.dataset_spec
        entries: list[_Entry] = []
        if kind == "logic":
            entries = [_Entry(n, spec=DatasetSpec("logic", n)) for n in truth_table_names()]
        elif kind == "toy2d":
            entries = [_Entry(TOY_TITLES.get(n, n.title()), toy=n) for n in TOY_SETS]
            if self._custom_spec is not None:
                entries.append(_Entry(MY_POINTS, spec=self._custom_spec, tip="The points you drew with Edit points"))
        elif kind == "mnist":
            from ...data import mnist

            entries.append(_Entry("MNIST sample (10,000 digits)", spec=DatasetSpec("mnist", "sample"),
                                  tip="10,000 real handwritten digits bundled with the app (works offline)"))
            fashion = mnist.fashion_mnist_available()
            entries.append(_Entry("Fashion-MNIST (70,000 images)", spec=DatasetSpec("mnist", "fashion"),
                                  enabled=fashion,
                                  tip="70,000 small photos of clothes in 10 classes (Zalando Research)"
                                  if fashion else FASHION_MISSING_TIP))
            cached = self._cached_mnist()
            if cached is not None:
                entries.append(_Entry("Full MNIST (70,000 digits)",
                                      spec=DatasetSpec("mnist", "folder", {"path": str(cached)}),
                                      tip=f"The full MNIST set, downloaded before into {cached}"))
            else:
                entries.append(_Entry("Download full MNIST…", action="download",
                                      tip="Download the 70,000 MNIST digits (about 11 MB), once"))
        else:
            if self._file_spec is not None:
                entries.append(_Entry(self._file_spec.name, spec=self._file_spec,
                                      tip=str(self._file_spec.params.get("path", ""))))
            entries.append(_Entry("Open file…", action="open_file", tip="Open IDX files, a .npz or a CSV table"))
            entries.append(_Entry("Open folder…", action="open_folder",
                                  tip="Open a folder holding the four MNIST IDX files"))
        if self._kind_of(spec) == kind and not any(self._matches(e, spec) for e in entries):
            entries.insert(0, _Entry(self.session.dataset.name, spec=spec))  # e.g. restored from the settings
        self._entries = entries
        self.name_combo.clear()
        model = self.name_combo.model()
        for i, e in enumerate(entries):
            self.name_combo.addItem(e.label)
            if e.tip:
                self.name_combo.setItemData(i, e.tip, Qt.ItemDataRole.ToolTipRole)
            if not e.enabled:
                model.item(i).setEnabled(False)

    @staticmethod
    def _matches(entry: _Entry, spec: DatasetSpec) -> bool:
        if entry.toy is not None:
            return spec.kind == "toy2d" and spec.name == entry.toy
        if entry.spec is None:
            return False
        if spec.kind == "logic" and entry.spec.kind == "logic":
            return entry.spec.name.lower() == spec.name.lower()
        return entry.spec == spec

    def _entry_index(self, spec: DatasetSpec) -> int:
        for i, e in enumerate(self._entries):
            if self._matches(e, spec):
                return i
        return -1

    @staticmethod
    def _cached_mnist():
        try:
            from ..dialogs.download_dialog import cached_mnist_dir
        except ImportError:
            return None
        try:
            return cached_mnist_dir()
        except OSError:
            return None

    # ================================================================================ widgets → session
    @Slot(int)
    def _on_kind_chosen(self, index: int) -> None:
        kind = KINDS[index][0]
        if kind == "file" and self._file_spec is None:
            self.open_data_file()
            return
        spec = self._last_spec.get(kind)
        if kind == "toy2d" and spec is None:
            spec = self._toy_spec("circle")
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
            self._switch_to(self._toy_spec(e.toy))
        else:
            self._switch_to(e.spec)

    def _toy_spec(self, name: str) -> DatasetSpec:
        return DatasetSpec("toy2d", name, {
            "n": self.count_spin.value(),
            "noise": round(self.noise_spin.value(), 3),
            "seed": self.seed_spin.value(),
            "test_ratio": self.test_ratio_spin.value() / 100,
            "n_classes": self._spiral_classes if name == "spiral" else 2,
        })

    @Slot()
    def _on_param_changed(self) -> None:
        if self.sender() is self.classes_spin:
            self._spiral_classes = self.classes_spin.value()
        self._param_timer.start()

    @Slot()
    def _apply_toy_params(self) -> None:
        spec = self.session.dataset_spec
        if spec.kind == "toy2d":
            self._switch_to(self._toy_spec(spec.name))
        else:
            self._sync_widgets()

    @Slot()
    def regenerate(self) -> None:
        """A new random sample of the current 2-D set (the seed moves on by one)."""
        spec = self.session.dataset_spec
        if spec.kind != "toy2d":
            return
        self._param_timer.stop()
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue((self.seed_spin.value() + 1) % (self.seed_spin.maximum() + 1))
        self._switch_to(self._toy_spec(spec.name))

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
        if not self._confirm_switch():
            self._sync_widgets()
            return False
        self._param_timer.stop()
        self._edit_timer.stop()
        if self._is_slow(spec):
            dataset = self._load_in_background(spec)
            if dataset is None:
                self._sync_widgets()
                return False
            self.session.set_dataset(dataset, spec)
            return True
        if not self.session.load_dataset_spec(spec):
            self._sync_widgets()
            return False
        return True

    def _load_in_background(self, spec: DatasetSpec):
        """Load on a worker thread behind a progress dialog with Cancel; the Dataset, or None
        (cancelled, or failed: then an error message says why)."""
        from ..dialogs.load_progress import load_dataset_with_progress

        outcome = load_dataset_with_progress(self.window(), spec)
        if outcome.cancelled:
            self.session.message.emit("info", f"Loading {spec.name} was cancelled; the data is unchanged.")
            return None
        if outcome.error is not None:
            if isinstance(outcome.error, MemoryError):
                reason = "there is not enough memory for it"
            else:
                reason = str(outcome.error) or type(outcome.error).__name__
            self.session.message.emit("error", f"Could not load {spec.name}: {reason}. "
                                               "The current data and network are unchanged.")
            return None
        return outcome.dataset

    def _ask(self, title: str, text: str) -> bool:
        ask = getattr(self.window(), "ask", None)
        if callable(ask):
            return bool(ask(title, text))
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_switch(self) -> bool:
        if not self.session.has_progress:
            return True
        return self._ask("Switch to other data?",
                         f"The network has trained for {self.session.epochs_done:,} epochs. New data means a new "
                         "network with fresh weights: that training progress will be lost.")

    # ================================================================================ files and downloads
    @Slot()
    def open_data_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open data", self._last_dir, FILE_FILTER)
        if not path:
            self._sync_widgets()
            return
        self.open_data_path(path)

    @Slot()
    def open_data_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Open a folder with MNIST IDX files", self._last_dir)
        if not path:
            self._sync_widgets()
            return
        self.open_data_path(path)

    def open_data_path(self, path: str | os.PathLike) -> bool:
        """Open a data file or folder (what the file dialogs call): IDX files (the folder of the one
        picked is loaded), .npz, or CSV (through the import dialog)."""
        p = Path(path)
        self._last_dir = str(p if p.is_dir() else p.parent)
        if p.is_dir():
            spec = DatasetSpec("file", p.name or str(p), {"path": str(p), "format": "idx_folder"})
        else:
            fmt = _guess_format(p)
            if fmt is None:
                self.session.message.emit(
                    "error", f"{p.name}: Backprop Lab cannot tell what kind of data this is. It opens MNIST IDX "
                             "files (.gz or not), a Keras-style .npz (x_train, y_train, x_test, y_test) and CSV "
                             "tables. The current data is unchanged.")
                self._sync_widgets()
                return False
            if fmt == "csv":
                from ..dialogs.csv_import_dialog import import_csv_interactive

                spec = import_csv_interactive(self.window(), p)
                if spec is None:
                    self._sync_widgets()
                    return False
            elif fmt == "npz":
                spec = DatasetSpec("file", p.name, {"path": str(p), "format": "npz"})
            else:
                spec = DatasetSpec("file", p.parent.name or p.name, {"path": str(p.parent), "format": "idx_folder"})
        return self._switch_to(spec)

    @Slot()
    def _download_and_load(self) -> None:
        from ..dialogs.download_dialog import download_mnist_interactive

        folder = download_mnist_interactive(self.window())
        if folder is None:
            self._sync_widgets()
            return
        self._switch_to(DatasetSpec("mnist", "folder", {"path": str(folder)}))

    # ================================================================================ edit points
    @Slot(bool)
    def _on_edit_toggled(self, on: bool) -> None:
        if on:
            if self.session.has_progress and not self._ask(
                    "Edit the points?",
                    f"The network has trained for {self.session.epochs_done:,} epochs. Your edited points make "
                    "a new data set, and the network starts again with fresh weights each time they change."):
                with QSignalBlocker(self.edit_check):
                    self.edit_check.setChecked(False)
                return
            if not self._seed_editor():
                with QSignalBlocker(self.edit_check):
                    self.edit_check.setChecked(False)
                return
        elif self._edit_timer.isActive():
            self._edit_timer.stop()
            self._apply_edits()
        self._set_editing(on)

    def _set_editing(self, on: bool) -> None:
        with QSignalBlocker(self.edit_check):
            self.edit_check.setChecked(on)
        self.scatter.set_editing(on)
        self.edit_hint.setVisible(on)
        self._update_edit_buttons()
        self._refresh_preview(fit=False)

    def _seed_editor(self) -> bool:
        """Start editing from the points of the current data (the undo history starts afresh)."""
        spec, ds = self.session.dataset_spec, self.session.dataset
        try:
            if spec.kind == "custom":
                p = spec.params
                n = len(p.get("points", []))
                test = np.zeros(n, dtype=bool)
                test[np.asarray(p.get("test", []), dtype=np.int64)] = True
                self.editor.reset(p.get("points", []), p.get("labels", []), test)
            else:
                X = np.concatenate([ds.X_train, ds.X_test])
                y = np.concatenate([ds.y_train, ds.y_test])
                test = np.r_[np.zeros(ds.n_train, dtype=bool), np.ones(ds.n_test, dtype=bool)]
                self.editor.reset(X, y, test)
        except (ValueError, IndexError) as exc:
            self.session.message.emit("warning", f"These points cannot be edited: {exc}. "
                                                 "Lower the number of points and try again.")
            return False
        self._update_edit_buttons()
        return True

    @Slot(float, float, bool)
    def _on_point_clicked(self, x: float, y: float, erase: bool) -> None:
        if not self.edit_check.isChecked():
            return
        if erase:
            if not self.editor.remove_nearest(x, y, ERASE_RADIUS_PX, self.scatter.data_per_pixel()):
                return
        else:
            try:
                self.editor.add(x, y, self.class_combo.currentData())
            except ValueError as exc:
                self.session.message.emit("warning", f"Point not added: {exc}.")
                return
        self._points_edited()

    @Slot()
    def undo_points(self) -> None:
        if self.edit_check.isChecked() and self.editor.undo():
            self._points_edited()

    @Slot()
    def redo_points(self) -> None:
        if self.edit_check.isChecked() and self.editor.redo():
            self._points_edited()

    @Slot()
    def clear_points(self) -> None:
        if self.edit_check.isChecked() and self.editor.clear():
            self._points_edited()

    def _points_edited(self) -> None:
        self._update_edit_buttons()
        self._draw_points()
        self._edit_timer.start()  # applied once the clicks pause

    def _update_edit_buttons(self) -> None:
        on = self.edit_check.isChecked()
        self.class_combo.setEnabled(on)
        self.undo_button.setEnabled(on and self.editor.can_undo)
        self.redo_button.setEnabled(on and self.editor.can_redo)
        self.clear_button.setEnabled(on and len(self.editor) > 0)
        self.undo_action.setEnabled(on and self.editor.can_undo)
        self.redo_action.setEnabled(on and self.editor.can_redo)

    @Slot()
    def _apply_edits(self) -> None:
        """Make the edited points the session's data ("My points")."""
        if self.editor.n_train == 0:
            self._set_summary_hint("No training points: click in the plot to add some. "
                                   "Until then the network keeps the previous points.")
            return
        spec = DatasetSpec("custom", MY_POINTS, self.editor.spec_params())
        try:
            dataset = load_dataset(spec)
        except ValueError as exc:
            self.session.message.emit("error", f"Could not use these points: {exc}")
            return
        was_running = self.session.state == RUNNING
        self._own_spec = spec
        self._custom_spec = spec
        self.session.set_dataset(dataset, spec)
        if was_running:
            self.controller.start()

    # ================================================================================ preview
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._preview_dirty:
            self._refresh_preview(fit=True)

    def _refresh_preview(self, fit: bool = True) -> None:
        ds = self.session.dataset
        self._update_summary()
        if not self.isVisible():
            self._preview_dirty = True
            return
        self._preview_dirty = False
        if ds.kind in ("logic", "table"):
            self._show_table(ds)
        elif ds.kind == "images" and ds.image_shape is not None:
            self.images.show_images(ds.X_train, ds.y_train, ds.image_shape, ds.class_names)
            self.preview.setCurrentWidget(self.images)
        elif ds.is_2d:
            self.preview.setCurrentWidget(self._scatter_page)
            self._draw_points()
            if fit:
                self.scatter.fit_range(np.concatenate([ds.X_train, ds.X_test]))
        else:
            self._show_table(ds)

    def _show_table(self, ds) -> None:
        rows = self.table.show_dataset(ds)
        if rows <= 40:  # fits: no empty area below the last row
            t = self.table
            t.setMaximumHeight(t.horizontalHeader().height() + t.verticalHeader().length() + 2 * t.frameWidth() + 2)
        else:
            self.table.setMaximumHeight(16777215)
        self.preview.setCurrentWidget(self._table_page)

    def _draw_points(self) -> None:
        if self.edit_check.isChecked():
            X, y, t = self.editor.points, self.editor.labels, self.editor.test_mask
            self.scatter.show_points(X[~t], y[~t], X[t], y[t])
            k = max(self.editor.n_classes(), self.class_combo.currentIndex() + 1)
            has_test = bool(t.any())
        else:
            ds = self.session.dataset
            same = ds.n_test == ds.n_train and np.array_equal(ds.X_test, ds.X_train)
            self.scatter.show_points(ds.X_train, ds.y_train, None if same else ds.X_test, None if same else ds.y_test)
            k, has_test = ds.n_classes, not same and ds.n_test > 0
        parts = [f'<span style="color:{CLASS_COLORS[c % len(CLASS_COLORS)]}">■</span>&nbsp;class&nbsp;{c}'
                 for c in range(k)]
        parts.append("●&nbsp;training&nbsp;point")
        if has_test:
            parts.append("○&nbsp;test&nbsp;point")
        self.legend.setText(" &nbsp; ".join(parts))

    def _update_summary(self) -> None:
        ds = self.session.dataset
        if ds.kind == "logic":
            size = f"{ds.n_train} rows (the network trains and is tested on the same table)"
        else:
            size = f"{ds.n_train:,} training and {ds.n_test:,} test examples"
        inputs = f"{ds.n_features:,} inputs" + (f" ({ds.image_shape[0]}×{ds.image_shape[1]} pixels)"
                                                 if ds.image_shape else "")
        classes = f"{ds.n_classes} classes"
        if ds.class_names != tuple(str(c) for c in range(ds.n_classes)) and ds.n_classes <= 10:
            classes += ": " + ", ".join(ds.class_names)
        text = (f"<b>{html.escape(ds.name)}</b>: {html.escape(size)} · {html.escape(inputs)} · "
                f"{html.escape(classes)}")
        if ds.description:
            text += f"<br>{html.escape(ds.description)}"
        self.summary.setText(text)

    def _set_summary_hint(self, hint: str) -> None:
        self._update_summary()
        self.summary.setText(self.summary.text() + f"<br><i>{html.escape(hint)}</i>")
