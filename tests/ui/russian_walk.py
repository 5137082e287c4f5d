"""Walk the whole app in Russian and collect every string still in English (issue 13).

Shared by tests/ui/test_i18n_russian.py (which asserts none is left) and scripts/english_leaks.py
(which prints them per panel). ``walk(ctx)`` goes through the window in every state and with
every kind of data, and through every dialog the app opens:

- states: idle, training, paused, stopped, an epoch limit reached;
- data: XOR, 3-bit parity, the 3-column XOR table, the spiral (trained), a student's own points
  (edit mode on), the MNIST sample (an epoch trained: accuracy, confusion matrix, gallery, a
  drawing and its guess), Fashion-MNIST's class names, a CSV table from a file;
- the designer: a design not built yet, one that cannot train, a very large one; the training
  settings' notes (an optimizer switch, settings for the next start);
- texts that appear on hover (the diagram's neurons and links, the boundary map, the weight
  heatmaps, the confusion matrix cells, the gallery's images), the loss plot's values line;
- dialogs: every menu item that opens one (file dialogs, About, Reset's question), the CSV import
  dialog (and its error message), the download dialog (and a failed download), the load progress
  dialog, a model that does not fit the data, the notice about reset settings, messages in the
  banner.

``ctx`` gives the window, session, controller, ``wait(condition, timeout_ms)`` and a scratch folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QProgressDialog

from english_leaks import Leak, english_words, find_leaks

from guiapp.state.dataset_spec import DatasetSpec


@dataclass
class WalkContext:
    window: object
    session: object
    controller: object
    wait: object             # wait(condition, timeout_ms)
    folder: Path
    leaks: list = field(default_factory=list)
    stages: list = field(default_factory=list)

    def look(self, stage: str) -> None:
        """Walk the whole window now."""
        self.stages.append(stage)
        self.leaks.extend(find_leaks(self.window))

    def text(self, where: str, what: str, text: str) -> None:
        """Check one string the window shows on hover or in a message."""
        words = english_words(text or "")
        if words:
            self.leaks.append(Leak(where, what, "text", text, tuple(words)))


class DialogCatcher:
    """Stands in for the blocking dialogs while it is active: message boxes and file dialogs are
    recorded (their title, text, caption, filter), every QDialog that reaches exec() is walked and
    rejected, and a progress dialog is walked when it closes."""

    def __init__(self, ctx: WalkContext, answer_yes: bool = False):
        self.ctx, self.answer_yes = ctx, answer_yes
        self.shown: list[str] = []
        self._undo = []

    def _patch(self, owner, name, replacement) -> None:
        self._undo.append((owner, name, owner.__dict__.get(name, getattr(owner, name))))
        setattr(owner, name, replacement)

    def __enter__(self):
        catcher = self

        def message_box(kind):
            def record(parent, title, text, *args, **kwargs):
                catcher.shown.append(f"QMessageBox.{kind}")
                catcher.ctx.text(f"dialogs: QMessageBox.{kind}", "windowTitle", title)
                catcher.ctx.text(f"dialogs: QMessageBox.{kind}", "text", text)
                if kind == "question":
                    return QMessageBox.StandardButton.Yes if catcher.answer_yes else QMessageBox.StandardButton.No
                return QMessageBox.StandardButton.Ok
            return staticmethod(record)

        for kind in ("about", "question", "warning", "information", "critical"):
            self._patch(QMessageBox, kind, message_box(kind))

        def file_dialog(kind):
            def record(parent=None, caption="", directory="", filter="", *args, **kwargs):
                catcher.shown.append(f"QFileDialog.{kind}")
                catcher.ctx.text(f"dialogs: QFileDialog.{kind}", "caption", caption)
                catcher.ctx.text(f"dialogs: QFileDialog.{kind}", "filter", filter)
                return "" if kind == "getExistingDirectory" else ("", "")
            return staticmethod(record)

        for kind in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
            self._patch(QFileDialog, kind, file_dialog(kind))

        def exec_(dialog, *args):
            catcher.shown.append(dialog.objectName() or type(dialog).__name__)
            catcher.ctx.leaks.extend(find_leaks(dialog))
            return QDialog.DialogCode.Rejected

        self._patch(QDialog, "exec", exec_)
        original_close = QProgressDialog.close

        def close(dialog):
            catcher.shown.append(dialog.objectName())
            catcher.ctx.leaks.extend(find_leaks(dialog))
            return original_close(dialog)

        self._patch(QProgressDialog, "close", close)
        return self

    def __exit__(self, *exc):
        for owner, name, value in reversed(self._undo):
            setattr(owner, name, value)


def menu_actions(menu) -> list:
    """The actions of the window's menus, submenus included."""
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out += menu_actions(action.menu())
        elif not action.isSeparator():
            out.append(action)
    return out


# ---- hover texts --------------------------------------------------------------------------------------
def hover_texts(ctx: WalkContext, where: str) -> None:
    """Everything the panels say on hover, for the data on screen now."""
    w = ctx.window
    network = w.panels["networkDock"]
    diagram = network.diagram
    sizes = diagram._sizes
    for layer in range(len(sizes)):
        for index in range(min(sizes[layer], 3)):
            pos = diagram.neuron_center(layer, index)
            if pos is not None:
                ctx.text(where, "networkDiagram.tooltip", diagram.tooltip_at(pos) or "")
    for layer in range(len(sizes) - 1):
        pos = diagram.link_point(layer, 0, 0)
        if pos is not None:
            ctx.text(where, "networkDiagram.tooltip", diagram.tooltip_at(pos) or "")
    ctx.text(where, "networkDiagram.help", diagram.help_text())
    boundary = w.panels["boundaryDock"]
    if boundary.available and boundary._bounds is not None:
        x0, x1, y0, y1 = boundary._bounds
        ctx.text(where, "boundary.hover", boundary.text_at((x0 + x1) / 2, (y0 + y1) / 2) or "")
    weights = w.panels["weightsDock"]
    for lay in weights._layers:
        if lay.W is not None:
            ctx.text(where, "weights.hover", weights.hover_text(lay.index, ("W", 0, 0)))
            if lay.b is not None and not lay.tiles:
                ctx.text(where, "weights.hover", weights.hover_text(lay.index, ("b", 0)))
    results = w.panels["mnistDock"]
    if results.available():
        ctx.text(where, "confusion.hover", results.matrix_view.describe(0, 1))
        if results.gallery.count():
            ctx.text(where, "gallery.tooltip", results.gallery.describe(0))
    loss = w.panels["lossDock"]
    ctx.text(where, "loss.values", loss.hover_label.text())


# ---- the stages -----------------------------------------------------------------------------------------
def _train(ctx: WalkContext, epochs: int) -> None:
    s = ctx.session
    target = s.epochs_done + epochs
    ctx.controller.start()
    ctx.wait(lambda: s.epochs_done >= target, 30_000)
    ctx.controller.pause()
    ctx.wait(lambda: s.state == "paused", 5_000)


def _switch(ctx: WalkContext, spec: DatasetSpec) -> None:
    ctx.controller.stop()
    ctx.wait(lambda: ctx.session.state != "running", 5_000)
    assert ctx.session.load_dataset_spec(spec), spec


def walk_states(ctx: WalkContext) -> None:
    """XOR: idle, training, paused, stopped, the epoch limit."""
    s, c, w = ctx.session, ctx.controller, ctx.window
    ctx.look("XOR idle")
    hover_texts(ctx, "XOR idle")
    c.start()
    ctx.wait(lambda: s.epochs_done >= 20 and s.snapshot is not None and s.snapshot.boundary is not None, 20_000)
    ctx.look("XOR training")
    c.pause()
    ctx.wait(lambda: s.state == "paused", 5_000)
    w.panels["lossDock"]._show_values(None)
    ctx.look("XOR paused")
    hover_texts(ctx, "XOR paused")
    c.stop()
    ctx.wait(lambda: s.state == "stopped", 5_000)
    ctx.look("XOR stopped")
    s.set_config(replace(s.config, epochs=s.epochs_done))
    c.start()                                   # the epoch limit is reached: a message
    ctx.text("status bar", "message", w.statusBar().currentMessage())
    ctx.look("XOR epoch limit")


def walk_data(ctx: WalkContext) -> None:
    """Other truth tables, the spiral trained, a student's own points, the MNIST sample trained,
    Fashion-MNIST's names, a CSV table."""
    s, w = ctx.session, ctx.window
    for spec in (DatasetSpec("logic", "3-bit parity"), DatasetSpec("logic", "XOR (3-column table)")):
        _switch(ctx, spec)
        ctx.look(f"{spec.name}")
    _switch(ctx, DatasetSpec("toy2d", "spiral", {"n": 300, "n_classes": 3}))
    _train(ctx, 3)
    ctx.wait(lambda: s.snapshot is not None and s.snapshot.boundary is not None, 10_000)
    w.docks["boundaryDock"].raise_()
    ctx.wait(lambda: w.panels["boundaryDock"]._boundary is not None, 10_000)
    ctx.look("spiral trained")
    hover_texts(ctx, "spiral trained")
    data = w.panels["dataDock"]
    data.edit_bar.edit_check.setChecked(True)      # the student's own points
    data.edit_bar._on_point_clicked(0.1, 0.2, False)
    ctx.wait(lambda: s.dataset_spec.kind == "custom", 5_000)
    ctx.look("my points, editing")
    data.edit_bar.edit_check.setChecked(False)
    _switch(ctx, DatasetSpec("mnist", "sample"))
    _train(ctx, 1)
    ctx.wait(lambda: w.panels["mnistDock"].shown_evaluation() is not None or not w.panels["mnistDock"].is_shown(),
             10_000)
    for name in ("mnistDock", "drawDock", "weightsDock"):
        w.docks[name].raise_()
        ctx.wait(lambda: True, 100)
    draw = w.panels["drawDock"]
    draw.canvas.begin_stroke(10, 6)
    draw.canvas.stroke_to(14, 22)
    draw.canvas.end_stroke()
    draw.update_guess()
    w.docks["mnistDock"].raise_()
    ctx.wait(lambda: w.panels["mnistDock"].shown_evaluation() is not None, 10_000)
    ctx.look("MNIST sample trained, a drawing")
    hover_texts(ctx, "MNIST sample")
    fashion = w.panels["mnistDock"]
    names = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
    from guiapp.ui.data_texts import class_name

    for n in names:
        ctx.text("Fashion-MNIST", "class name", class_name(n))
    fashion.matrix_view.set_classes([class_name(n) for n in names], "images")
    ctx.text("Fashion-MNIST", "confusion.hover", fashion.matrix_view.describe(0, 1))
    csv = ctx.folder / "ирисы.csv"          # a student's own table, with its own (Russian) column names
    rows = ["чашелистик,лепесток,вид"] + [f"{i % 7}.{i % 3},{(i * 3) % 5}.5,{'аб'[i % 2]}" for i in range(40)]
    csv.write_text("\n".join(rows), encoding="utf-8")
    _switch(ctx, DatasetSpec("file", csv.name, {"path": str(csv), "format": "csv", "label_column": "вид",
                                                "standardize": True}))
    ctx.look("CSV table")


def walk_designer_and_settings(ctx: WalkContext) -> None:
    """The designer's notes and the training settings' notes."""
    s, w = ctx.session, ctx.window
    _switch(ctx, DatasetSpec("logic", "XOR"))
    _train(ctx, 2)
    net = w.panels["networkDock"]
    w.docks["networkDock"].raise_()
    net.form.rows[0].spin.setValue(7)                 # pending: waits for Apply after training
    ctx.look("designer: a design not built yet")
    i = net.form.loss_combo.findData("cross_entropy")
    net.form.loss_combo.setCurrentIndex(i)            # cannot train: the problem label
    ctx.look("designer: a design that cannot train")
    net.sync_from_session()
    net.form.show_values([(4096, "relu")] * 8)        # a very large network
    net._refresh()
    ctx.look("designer: a large network")
    net.sync_from_session()
    training = w.panels["trainingDock"]
    training.optimizer_combo.setCurrentIndex(training.optimizer_combo.findData("adam"))
    ctx.controller.start()
    training.seed_spin.setValue(s.config.seed + 1)
    training.full_batch_check.setChecked(False)
    ctx.look("training settings: notes while training")
    ctx.controller.stop()
    ctx.wait(lambda: s.state == "stopped", 5_000)


def walk_messages(ctx: WalkContext) -> None:
    """Messages the window shows: a failed load, a refused design, settings reset at start."""
    from guiapp.state.settings_check import check_dataset, check_training
    from guiapp.state.settings import note_text

    s, w = ctx.session, ctx.window
    assert not s.load_dataset_spec(DatasetSpec("file", "gone.csv", {"path": str(ctx.folder / "gone.csv"),
                                                                      "format": "csv"}))
    ctx.text("banner", "failed load", w.banner.text())
    _, notes = check_training({"seed": -1, "learning_rate": float("inf"), "momentum": "x", "l1": 7})
    _, more = check_dataset({"kind": "toy2d", "name": "spiral", "params": {"n": -4, "old_setting": 1}})
    for note in notes + more:
        ctx.text("banner", "settings notice", note_text(note))


def walk_dialogs(ctx: WalkContext) -> list[str]:
    """Every dialog: menu items that open one, CSV import (and a file it cannot read), the
    download (and a failed one), loading with progress, a model that does not fit."""
    from guiapp.data import download as dl
    from guiapp.ui.dialogs.csv_import_dialog import CsvImportDialog, import_csv_interactive
    from guiapp.ui.dialogs.download_dialog import MnistDownloadDialog
    from guiapp.ui.dialogs.load_progress import load_dataset_with_progress

    w = ctx.window
    _train(ctx, 1)
    ask = w.ask
    w.ask = type(w).ask.__get__(w)       # the real question box (the catcher answers it)
    with DialogCatcher(ctx) as catcher:
        load_dataset_with_progress(w, DatasetSpec("logic", "XOR"))
        for action in menu_actions(w.menuBar()):
            text = action.text()
            if action.isEnabled() and (text.endswith("…") or action.objectName() in ("aboutAction", "resetAction")):
                action.trigger()
                ctx.wait(lambda: True, 50)
        for menu in w.findChildren(QMenu):
            if menu.objectName().endswith("PlotMenu"):
                ctx.leaks.extend(find_leaks(menu))
        csv = ctx.folder / "xy_table.csv"
        csv.write_text("a,b,label\n1,2,x\n3,4,y\n", encoding="utf-8")
        dialog = CsvImportDialog(csv, w)
        ctx.leaks.extend(find_leaks(dialog))
        csv.write_text("a,b,label\n1,2,x\n3,,y\n", encoding="utf-8")
        dialog.accept()                                    # an empty cell: the error shows in the dialog
        ctx.leaks.extend(find_leaks(dialog))
        dialog.deleteLater()
        empty = ctx.folder / "empty_table.csv"
        empty.write_text("", encoding="utf-8")
        import_csv_interactive(w, empty)                  # a file it cannot read: a message box
        download = MnistDownloadDialog(w, dest=ctx.folder / "mnist")
        ctx.leaks.extend(find_leaks(download))
        download._on_status("Downloading train-images-idx3-ubyte.gz from example.org")
        download._on_progress(1_000_000, 11_000_000)
        ctx.leaks.extend(find_leaks(download))
        for error in (dl.DownloadHTTPError("x: http://example.org/a.gz 404", 404, file="a.gz"),
                      dl.DownloadUnreachable("x", file="a.gz"), dl.DownloadTimeout("x", file="a.gz"),
                      dl.DownloadTruncated("x", file="a.gz"), dl.DownloadTooLarge("x", file="a.gz"),
                      dl.DownloadChecksumError("x", file="a.gz"),
                      dl.DownloadError("x", code="save_failed", path="/x/a.gz", reason="No space left on device")):
            download._on_failure(error)
            ctx.leaks.extend(find_leaks(download))
        download.deleteLater()
        w.ask = ask
        _model_that_does_not_fit(ctx)
    return catcher.shown


def _model_that_does_not_fit(ctx: WalkContext) -> None:
    """Save a spiral model, go to XOR, load it: the question, and (answering No) the message."""
    w = ctx.window
    _switch(ctx, DatasetSpec("toy2d", "spiral", {"n": 200, "n_classes": 3}))
    path = ctx.folder / "spiral_model.npz"
    assert w.save_model_to(str(path))
    _switch(ctx, DatasetSpec("logic", "XOR"))
    asked = []
    ask = w.ask
    w.ask = lambda title, text: asked.append((title, text)) and False
    try:
        w.load_model_from(str(path))
    finally:
        w.ask = ask
    for title, text in asked:
        ctx.text("dialogs: switch to the model's data", "title", title)
        ctx.text("dialogs: switch to the model's data", "text", text)
    ctx.text("banner", "model not loaded", w.banner.text() or w.statusBar().currentMessage())


def walk(ctx: WalkContext) -> list[str]:
    """The whole walk; returns the dialogs that were shown."""
    walk_states(ctx)
    walk_data(ctx)
    walk_designer_and_settings(ctx)
    walk_messages(ctx)
    return walk_dialogs(ctx)


__all__ = ["WalkContext", "DialogCatcher", "walk", "menu_actions", "hover_texts"]
