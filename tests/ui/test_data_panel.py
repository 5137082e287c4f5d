"""The Data panel as a student uses it: pick data, see it, draw your own points, open files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from guiapp.data import mnist
from guiapp.data.idx import write_idx
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.widgets.point_editor import PointEditor


# ---------------------------------------------------------------------------------------- helpers
@pytest.fixture(autouse=True)
def quick_delays(monkeypatch):
    """Shorter waits after spin changes and clicks (same behaviour, faster tests)."""
    from guiapp.ui.panels.data_panel import DataPanel
    from guiapp.ui.widgets.point_edit_bar import PointEditBar

    monkeypatch.setattr(DataPanel, "PARAM_DELAY_MS", 60)
    monkeypatch.setattr(PointEditBar, "EDIT_DELAY_MS", 100)


@pytest.fixture
def panel(window):
    return window.panels["dataDock"]


@pytest.fixture
def messages(session):
    got = []
    session.message.connect(lambda level, text: got.append((level, text)))
    return got


def w(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget {name}"
    return widget


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def headers(table):
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def pick_toy(window, qtbot, session, name="Circle"):
    choose(w(window, "dataKindCombo"), "2-D points")
    choose(w(window, "dataNameCombo"), name)
    qtbot.waitUntil(lambda: session.dataset.kind == "toy2d" and session.dataset_spec.kind == "toy2d")


def write_mnist_folder(folder, n_train=20, n_test=10, seed=0):
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        write_idx(folder / f"{prefix}-images-idx3-ubyte.gz", rng.integers(0, 256, (n, 28, 28), dtype=np.uint8))
        write_idx(folder / f"{prefix}-labels-idx1-ubyte.gz", (np.arange(n) % 10).astype(np.uint8))
    return folder


def click_plot(qtbot, scatter, x, y, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    scene_point = scatter.vb.mapViewToScene(QPointF(x, y))
    pos = scatter.mapFromScene(scene_point)
    qtbot.mouseClick(scatter.viewport(), button, modifier, pos)


def train_a_little(controller, session, qtbot):
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.has_progress, timeout=5000)


# ---------------------------------------------------------------------------------------- logic
def test_first_launch_shows_the_xor_truth_table(window, panel, session):
    table = w(window, "dataTable")
    assert table.isVisible()
    assert headers(table) == ["A", "B", "target", "output", "error"]   # (the network's answers: test_truth_table.py)
    assert [r[:3] for r in table_rows(table)] == [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]]
    assert w(window, "dataKindCombo").currentText() == "Truth table"
    assert w(window, "dataNameCombo").currentText() == "XOR"
    summary = w(window, "dataSummaryLabel").text()
    assert "XOR" in summary and "4 rows" in summary and "hidden layer" in summary
    assert not w(window, "toyParamsBox").isVisible() and not w(window, "editPointsCheck").isVisible()


def test_every_truth_table_can_be_picked(window, session):
    from guiapp.data.logic import truth_table_names

    names = w(window, "dataNameCombo")
    assert [names.itemText(i) for i in range(names.count())] == list(truth_table_names())
    choose(names, "AND")
    assert session.dataset.name == "AND"
    assert [r[-3] for r in table_rows(w(window, "dataTable"))] == ["0", "0", "0", "1"]
    choose(names, "3-bit parity")
    assert session.dataset.X_train.shape == (8, 3)
    assert session.spec.layer_sizes[0] == 3
    assert headers(w(window, "dataTable")) == ["A", "B", "C", "target", "output", "error"]
    assert w(window, "dataTable").rowCount() == 8


# ---------------------------------------------------------------------------------------- 2-D points
def test_toy_set_scatter_shows_training_dots_and_test_rings(window, session, qtbot):
    pick_toy(window, qtbot, session, "Circle")
    ds = session.dataset
    assert ds.name == "Circle" and ds.X_train.shape == (160, 2) and ds.n_test == 40
    scatter = w(window, "scatterPlot")
    assert scatter.isVisible()
    assert scatter.point_count() == (ds.n_train, ds.n_test)
    assert np.allclose(scatter.train_item.data["x"], ds.X_train[:, 0])
    assert not w(window, "classesSpin").isEnabled()  # only the spiral has more classes

    choose(w(window, "dataNameCombo"), "Spiral")
    qtbot.waitUntil(lambda: session.dataset.name == "Spiral")
    classes = w(window, "classesSpin")
    assert classes.isEnabled()
    classes.setValue(4)
    qtbot.waitUntil(lambda: session.dataset.n_classes == 4)
    assert session.spec.layer_sizes[-1] == 4  # softmax over 4 classes
    assert "class&nbsp;3" in w(window, "scatterLegend").text()
    assert set(np.unique(session.dataset.y_train)) == {0, 1, 2, 3}


def test_count_noise_and_test_share_spins_change_the_data(window, session, qtbot):
    pick_toy(window, qtbot, session, "Moons")
    before = session.dataset.X_train.copy()
    w(window, "countSpin").setValue(300)
    qtbot.waitUntil(lambda: session.dataset.n_train + session.dataset.n_test == 300)
    w(window, "testRatioSpin").setValue(50)
    qtbot.waitUntil(lambda: session.dataset.n_test == 150)
    assert w(window, "scatterPlot").point_count() == (150, 150)
    w(window, "noiseSpin").setValue(0.0)
    qtbot.waitUntil(lambda: session.dataset_spec.params["noise"] == 0.0)
    X = np.concatenate([session.dataset.X_train, session.dataset.X_test])
    assert X.shape == (300, 2) and not np.array_equal(X[: len(before)], before)
    assert X[:, 1].max() <= 0.5 + 1e-6  # noiseless moons stay in their band


def test_regenerate_draws_another_sample_and_the_seed_brings_it_back(window, session, qtbot):
    pick_toy(window, qtbot, session, "Gaussians")
    first = session.dataset.X_train.copy()
    seed = w(window, "dataSeedSpin")
    qtbot.mouseClick(w(window, "regenerateButton"), Qt.MouseButton.LeftButton)
    assert seed.value() == 1 and session.dataset_spec.params["seed"] == 1
    assert not np.allclose(session.dataset.X_train, first)
    assert np.allclose(w(window, "scatterPlot").train_item.data["x"], session.dataset.X_train[:, 0])
    seed.setValue(0)
    qtbot.waitUntil(lambda: session.dataset_spec.params["seed"] == 0)
    assert np.array_equal(session.dataset.X_train, first)


def test_widgets_follow_data_set_from_outside(window, panel, session, qtbot):
    spec = DatasetSpec("toy2d", "spiral", {"n": 120, "noise": 0.05, "seed": 7, "test_ratio": 0.1, "n_classes": 3})
    session.load_dataset_spec(spec)
    assert w(window, "dataKindCombo").currentText() == "2-D points"
    assert w(window, "dataNameCombo").currentText() == "Spiral"
    assert (w(window, "countSpin").value(), w(window, "dataSeedSpin").value(), w(window, "testRatioSpin").value(),
            w(window, "classesSpin").value()) == (120, 7, 10, 3)
    assert not panel._param_timer.isActive()  # syncing the spins schedules no reload
    assert session.dataset_spec is spec


# ---------------------------------------------------------------------------------------- confirmation
def test_switching_after_training_asks_and_no_keeps_everything(window, session, controller, qtbot):
    train_a_little(controller, session, qtbot)
    asked = []
    window.ask = lambda title, text: asked.append(text) or False
    epochs, net_id = session.epochs_done, session.network_id
    choose(w(window, "dataNameCombo"), "AND")
    assert asked and "lost" in asked[0]
    assert session.dataset.name == "XOR" and session.network_id == net_id and session.epochs_done == epochs
    assert w(window, "dataNameCombo").currentText() == "XOR"
    choose(w(window, "dataKindCombo"), "2-D points")
    assert session.dataset.name == "XOR" and w(window, "dataKindCombo").currentText() == "Truth table"

    window.ask = lambda title, text: True
    choose(w(window, "dataNameCombo"), "OR")
    assert session.dataset.name == "OR" and not session.has_progress


def test_no_question_without_progress(window, session):
    window.ask = lambda title, text: pytest.fail("asked without training progress")
    choose(w(window, "dataNameCombo"), "NAND")
    assert session.dataset.name == "NAND"


# ---------------------------------------------------------------------------------------- images
def test_mnist_sample_shows_digits_with_labels(window, session, qtbot):
    choose(w(window, "dataKindCombo"), "Images")
    ds = session.dataset
    assert ds.name == "MNIST sample" and ds.X_train.shape == (8000, 784) and ds.X_test.shape == (2000, 784)
    grid = w(window, "imageGrid")
    assert grid.isVisible()
    assert grid.labels() == [str(int(v)) for v in ds.y_train[:24]]
    mosaic = grid.image.image
    assert mosaic.shape[0] > 4 * 28 and mosaic.shape[1] >= 6 * 28 and mosaic[..., :3].max() == 255
    summary = w(window, "dataSummaryLabel").text()
    assert "8,000 training" in summary and "LeCun" in summary
    assert session.spec.layer_sizes[0] == 784


def test_fashion_entry_is_enabled_only_when_installed(window, session, monkeypatch, qtbot):
    names = w(window, "dataNameCombo")
    monkeypatch.setattr(mnist, "fashion_mnist_available", lambda folder=None: False)
    choose(w(window, "dataKindCombo"), "Images")
    i = names.findText("Fashion-MNIST (70,000 images)")
    assert not names.model().item(i).isEnabled()
    assert "apt install dataset-fashion-mnist" in names.itemData(i, Qt.ItemDataRole.ToolTipRole)

    monkeypatch.setattr(mnist, "fashion_mnist_available", lambda folder=None: True)
    choose(w(window, "dataKindCombo"), "Truth table")
    choose(w(window, "dataKindCombo"), "Images")
    assert names.model().item(names.findText("Fashion-MNIST (70,000 images)")).isEnabled()


@pytest.mark.skipif(not mnist.fashion_mnist_available(), reason="dataset-fashion-mnist is not installed")
def test_fashion_grid_shows_class_names(window, session, monkeypatch, qtbot):
    real = mnist.load_fashion_mnist
    monkeypatch.setattr(mnist, "load_fashion_mnist", lambda **kw: real(limit_train=30, limit_test=10, **kw))  # keep it quick
    choose(w(window, "dataKindCombo"), "Images")
    choose(w(window, "dataNameCombo"), "Fashion-MNIST (70,000 images)")
    qtbot.waitUntil(lambda: session.dataset.name == "Fashion-MNIST")
    labels = w(window, "imageGrid").labels()
    assert len(labels) >= 8  # fewer, wider cells: "Ankle boot" needs room
    assert labels == [mnist.FASHION_CLASS_NAMES[int(v)] for v in session.dataset.y_train[:len(labels)]]
    assert "Zalando" in w(window, "dataSummaryLabel").text()


def test_download_entry_downloads_then_loads_full_mnist(window, session, monkeypatch, tmp_path, qtbot):
    from guiapp.ui.dialogs import download_dialog

    folder = write_mnist_folder(tmp_path / "mnist")
    calls = []
    monkeypatch.setattr(download_dialog, "cached_mnist_dir", lambda *a: None)
    monkeypatch.setattr(download_dialog, "download_mnist_interactive", lambda parent, **kw: calls.append(1) or folder)
    choose(w(window, "dataKindCombo"), "Images")
    choose(w(window, "dataNameCombo"), "Download full MNIST…")
    qtbot.waitUntil(lambda: session.dataset.name == "MNIST", timeout=5000)
    assert calls == [1]
    assert session.dataset.X_train.shape == (20, 784) and session.dataset_spec.name == "folder"

    monkeypatch.setattr(download_dialog, "cached_mnist_dir", lambda *a: folder)  # next time it is there
    choose(w(window, "dataKindCombo"), "Truth table")
    choose(w(window, "dataKindCombo"), "Images")
    names = w(window, "dataNameCombo")
    assert names.findText("Full MNIST (70,000 digits)") >= 0 and names.findText("Download full MNIST…") < 0


def test_cancelled_download_keeps_the_data(window, session, monkeypatch):
    from guiapp.ui.dialogs import download_dialog

    monkeypatch.setattr(download_dialog, "cached_mnist_dir", lambda *a: None)
    monkeypatch.setattr(download_dialog, "download_mnist_interactive", lambda parent, **kw: None)
    choose(w(window, "dataKindCombo"), "Images")
    choose(w(window, "dataNameCombo"), "Download full MNIST…")
    assert session.dataset.name == "MNIST sample"
    assert w(window, "dataNameCombo").currentText() == "MNIST sample (10,000 digits)"


# ---------------------------------------------------------------------------------------- files
def test_open_one_idx_file_loads_its_folder(window, session, monkeypatch, tmp_path, qtbot):
    from PySide6.QtWidgets import QFileDialog

    folder = write_mnist_folder(tmp_path / "digits", n_train=30, n_test=12)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(folder / "train-images-idx3-ubyte.gz"), ""))
    qtbot.mouseClick(w(window, "openDataButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.dataset.n_train == 30, timeout=5000)
    assert session.dataset.n_test == 12 and session.dataset_spec.params["format"] == "idx_folder"
    assert w(window, "dataKindCombo").currentText() == "From a file"
    assert w(window, "dataNameCombo").currentText() == "digits"
    assert w(window, "imageGrid").labels()[:3] == ["0", "1", "2"]

    torch_root = tmp_path / "torchdata"  # torchvision's layout: <root>/MNIST/raw
    write_mnist_folder(torch_root / "MNIST" / "raw", n_train=25, n_test=5)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(torch_root))
    window.findChild(object, "openDataFolderAction").trigger()
    qtbot.waitUntil(lambda: session.dataset.n_train == 25, timeout=5000)
    assert w(window, "dataNameCombo").currentText() == "torchdata"


def test_open_keras_npz_and_csv(window, session, monkeypatch, tmp_path, qtbot):
    from PySide6.QtWidgets import QFileDialog

    from guiapp.ui.dialogs import csv_import_dialog

    rng = np.random.default_rng(1)
    npz = tmp_path / "mnist.npz"
    np.savez(npz, x_train=rng.integers(0, 256, (15, 28, 28), dtype=np.uint8), y_train=np.arange(15) % 10,
             x_test=rng.integers(0, 256, (5, 28, 28), dtype=np.uint8), y_test=np.arange(5))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(npz), ""))
    window.findChild(object, "openDataAction").trigger()
    qtbot.waitUntil(lambda: session.dataset.n_train == 15, timeout=5000)
    assert session.dataset_spec.params["format"] == "npz"

    csv = tmp_path / "flowers.csv"
    csv.write_text("petal,sepal,kind\n1.0,2.0,a\n1.5,2.5,b\n3,1,a\n0.5,4,b\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    monkeypatch.setattr(csv_import_dialog, "import_csv_interactive", lambda parent, path: DatasetSpec(
        "file", "flowers.csv", {"path": str(path), "format": "csv", "label_column": "kind", "standardize": False}))
    qtbot.mouseClick(w(window, "openDataButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.dataset.kind == "table", timeout=5000)
    table = w(window, "dataTable")
    assert headers(table) == ["petal", "sepal", "label"]
    assert table.rowCount() == session.dataset.n_train
    assert all(r[-1] in ("a", "b") for r in table_rows(table))


def test_corrupt_file_shows_an_error_and_keeps_the_data(window, session, monkeypatch, tmp_path, qtbot, messages):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "mnist.npz"
    bad.write_bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    net_id = session.network_id
    qtbot.mouseClick(w(window, "openDataButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(level == "error" for level, _ in messages), timeout=5000)
    text = [t for level, t in messages if level == "error"][0]
    assert "mnist.npz" in text and "unchanged" in text
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert session.dataset.name == "XOR" and session.network_id == net_id
    assert w(window, "dataKindCombo").currentText() == "Truth table"

    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x07\x01\xff\xfe" * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), ""))
    messages.clear()
    qtbot.mouseClick(w(window, "openDataButton"), Qt.MouseButton.LeftButton)
    assert messages and messages[0][0] == "error" and "cannot tell" in messages[0][1]
    assert session.dataset.name == "XOR"


def test_cancelling_the_file_dialog_from_the_kind_combo_reverts(window, session, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    choose(w(window, "dataKindCombo"), "From a file")
    assert w(window, "dataKindCombo").currentText() == "Truth table" and session.dataset.name == "XOR"


# ---------------------------------------------------------------------------------------- edit points
def test_click_adds_right_click_erases_and_undo_restores(window, session, qtbot):
    pick_toy(window, qtbot, session, "Gaussians")
    n0 = session.dataset.n_train
    scatter = w(window, "scatterPlot")
    qtbot.mouseClick(w(window, "editPointsCheck"), Qt.MouseButton.LeftButton)
    assert w(window, "editPointsCheck").isChecked()
    choose(w(window, "pointClassCombo"), "Class 2")

    click_plot(qtbot, scatter, 0.9, -0.8)
    assert scatter.point_count()[0] == n0 + 1  # drawn at once
    qtbot.waitUntil(lambda: session.dataset_spec.kind == "custom")
    ds = session.dataset
    assert ds.name == "My points" and ds.n_train == n0 + 1 and ds.n_classes == 3
    sx, sy = scatter.data_per_pixel()
    hit = np.flatnonzero(ds.y_train == 2)
    assert len(hit) == 1
    assert abs(ds.X_train[hit[0], 0] - 0.9) < 2 * sx and abs(ds.X_train[hit[0], 1] + 0.8) < 2 * sy
    assert w(window, "dataNameCombo").currentText() == "My points"

    click_plot(qtbot, scatter, 0.9, -0.8, Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: session.dataset.n_train == n0)
    assert 2 not in session.dataset.y_train
    qtbot.mouseClick(w(window, "undoPointsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.dataset.n_train == n0 + 1)
    assert 2 in session.dataset.y_train
    qtbot.mouseClick(w(window, "redoPointsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.dataset.n_train == n0)

    click_plot(qtbot, scatter, 5.0, 5.0, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    assert scatter.point_count()[0] == n0  # Shift+click far from every point erases nothing
    qtbot.keyClick(scatter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z on the plot
    qtbot.waitUntil(lambda: session.dataset.n_train == n0 + 1)


def test_a_burst_of_clicks_rebuilds_the_network_once(window, panel, session, qtbot):
    pick_toy(window, qtbot, session, "Circle")
    scatter = w(window, "scatterPlot")
    w(window, "editPointsCheck").setChecked(True)
    ids = []
    session.network_changed.connect(lambda: ids.append(session.network_id))
    for i in range(5):
        click_plot(qtbot, scatter, -0.9 + 0.1 * i, 1.0)
    qtbot.waitUntil(lambda: session.dataset_spec.kind == "custom")
    assert not panel.edit_bar.timer.isActive()   # nothing more to apply
    assert len(ids) == 1 and session.dataset.n_train == 165


def test_edit_mode_asks_after_training_and_no_leaves_it_off(window, panel, session, controller, qtbot):
    pick_toy(window, qtbot, session, "Circle")
    train_a_little(controller, session, qtbot)
    window.ask = lambda title, text: False
    check = w(window, "editPointsCheck")
    check.setChecked(True)
    assert not check.isChecked() and not w(window, "undoPointsButton").isEnabled()
    click_plot(qtbot, w(window, "scatterPlot"), 0.0, 0.0)
    assert not panel.edit_bar.timer.isActive() and len(panel.edit_bar.editor) == 0   # the click edited nothing
    assert session.dataset.name == "Circle" and session.has_progress


def test_clear_then_draw_two_classes_from_scratch(window, session, qtbot):
    pick_toy(window, qtbot, session, "Moons")
    scatter = w(window, "scatterPlot")
    w(window, "editPointsCheck").setChecked(True)
    qtbot.mouseClick(w(window, "clearPointsButton"), Qt.MouseButton.LeftButton)
    assert scatter.point_count() == (0, 0)
    qtbot.waitUntil(lambda: "No training points" in w(window, "dataSummaryLabel").text())   # the edit was applied
    assert session.dataset.name == "Moons"  # no points: the previous data stays
    choose(w(window, "pointClassCombo"), "Class 0")
    click_plot(qtbot, scatter, -0.5, 0.0)
    choose(w(window, "pointClassCombo"), "Class 1")
    click_plot(qtbot, scatter, 0.5, 0.0)
    qtbot.waitUntil(lambda: session.dataset_spec.kind == "custom")
    ds = session.dataset
    assert ds.n_train == 2 and sorted(ds.y_train.tolist()) == [0, 1] and ds.n_classes == 2
    assert session.spec.layer_sizes[0] == 2 and session.spec.layer_sizes[-1] == 1


def test_edits_while_training_keep_training_on_the_new_points(window, session, controller, qtbot):
    from guiapp.state.session import RUNNING

    pick_toy(window, qtbot, session, "Circle")
    w(window, "editPointsCheck").setChecked(True)
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 0, timeout=5000)
    click_plot(qtbot, w(window, "scatterPlot"), 0.0, 1.1)
    qtbot.waitUntil(lambda: session.dataset_spec.kind == "custom")
    assert session.state == RUNNING
    qtbot.waitUntil(lambda: session.epochs_done > 0, timeout=5000)
    controller.stop()


def test_my_points_survive_a_settings_round_trip(window, session, qtbot):
    from guiapp.state.session import Session

    pick_toy(window, qtbot, session, "Circle")
    w(window, "editPointsCheck").setChecked(True)
    click_plot(qtbot, w(window, "scatterPlot"), 0.3, 0.3)
    qtbot.waitUntil(lambda: session.dataset_spec.kind == "custom")
    stored = json.loads(json.dumps(session.dataset_spec.to_dict()))
    restored = Session(DatasetSpec.from_dict(stored))
    assert restored.take_pending_message() is None
    a, b = restored.dataset, session.dataset
    assert a.name == "My points" and np.array_equal(a.X_train, b.X_train) and np.array_equal(a.y_test, b.y_test)
    assert a.n_test == 40  # the circle's test points stay test points

    w(window, "editPointsCheck").setChecked(False)
    choose(w(window, "dataNameCombo"), "Spiral")
    qtbot.waitUntil(lambda: session.dataset.name == "Spiral")
    choose(w(window, "dataNameCombo"), "My points")  # still offered, and comes back as drawn
    assert session.dataset.n_train == b.n_train and not w(window, "toyParamsBox").isVisible()


# ---------------------------------------------------------------------------------------- editor logic
def test_point_editor_add_erase_undo_redo():
    ed = PointEditor()
    ed.reset([[0, 0], [1, 1]], [0, 1], [False, True])
    assert len(ed) == 2 and ed.n_train == 1 and not ed.can_undo
    i = ed.add(0.5, -0.5, 2)
    assert i == 2 and ed.labels.tolist() == [0, 1, 2] and ed.n_classes() == 3
    assert ed.nearest(0.52, -0.5, radius=0.05) == 2
    assert ed.nearest(0.6, -0.5, radius=0.05) is None
    # radius in pixels with 0.01 data units per pixel in x, 0.1 in y
    assert ed.nearest(0.5, -0.3, radius=3, scale=(0.01, 0.1)) == 2
    assert not ed.remove_nearest(0.9, -0.5, radius=0.05)
    assert ed.remove_nearest(0.5, -0.5, radius=0.05) and len(ed) == 2
    assert ed.undo() and len(ed) == 3 and ed.can_redo
    assert ed.redo() and len(ed) == 2
    assert ed.clear() and len(ed) == 0 and not ed.clear()
    assert ed.undo() and ed.points.tolist() == [[0, 0], [1, 1]] and ed.test_mask.tolist() == [False, True]
    ed.add(0, 0, 0)
    assert not ed.can_redo  # a new edit forgets what was undone
    params = ed.spec_params()
    assert params == {"points": [[0, 0], [1, 1], [0, 0]], "labels": [0, 1, 0], "test": [1], "n_classes": 2}
    assert json.loads(json.dumps(params)) == params


def test_point_editor_limits():
    ed = PointEditor(max_points=2, max_undo=3)
    ed.add(0, 0, 0)
    ed.add(1, 0, 1)
    with pytest.raises(ValueError, match="already"):
        ed.add(2, 0, 0)
    with pytest.raises(ValueError, match="class"):
        PointEditor().add(0, 0, 7)
    with pytest.raises(ValueError, match="too many"):
        ed.reset(np.zeros((3, 2)), [0, 0, 0])
    ed = PointEditor(max_undo=3)
    for k in range(5):
        ed.add(k, k, 0)
    assert sum(ed.undo() for _ in range(10)) == 3 and len(ed) == 2


def test_custom_spec_errors_are_readable():
    from guiapp.state.datasets import load_dataset

    with pytest.raises(ValueError, match="no training points"):
        load_dataset(DatasetSpec("custom", "My points", {"points": [[0, 0]], "labels": [0], "test": [0]}))
    ds = load_dataset(DatasetSpec("custom", "My points", {"points": [[0, 0], [1, 1]], "labels": [0, 4]}))
    assert ds.n_classes == 5 and ds.n_test == 2 and ds.kind == "toy2d"


def test_a_hidden_panel_catches_up_when_shown(window, session, qtbot):
    dock = window.docks["dataDock"]
    dock.hide()
    session.load_dataset_spec(DatasetSpec("logic", "NOR"))
    dock.show()
    qtbot.waitUntil(lambda: w(window, "dataTable").isVisible())
    assert [r[-3] for r in table_rows(w(window, "dataTable"))] == ["1", "0", "0", "0"]
    assert "NOR" in w(window, "dataSummaryLabel").text()


def test_a_floating_data_dock_still_asks_through_the_window(window, session, controller, qtbot):
    """The one way to confirm (``panels.base.confirm``) finds the window's ``ask`` also from a floating
    dock, whose ``window()`` is the dock itself (a real message box would block the test)."""
    train_a_little(controller, session, qtbot)
    dock = window.docks["dataDock"]
    dock.setFloating(True)
    qtbot.waitUntil(lambda: dock.isFloating() and dock.isVisible(), timeout=2000)
    assert window.panels["dataDock"].window() is dock
    asked = []
    window.ask = lambda title, text: asked.append(title) or False
    choose(w(window, "dataNameCombo"), "AND")
    assert asked == ["Switch to other data?"] and session.dataset.name == "XOR"
    dock.setFloating(False)
