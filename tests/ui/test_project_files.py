"""File → New, Open, Open Recent, Save, Save As in the window: round trips of a trained session (a
2-D set, the student's own points, a CSV table, a drawing), the title bar, old model files, a
damaged project (a clear message, nothing changes), and Save / Discard / Cancel before unsaved
training is lost (quitting, opening another project, New)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QKeySequence

from guiapp.state import training_state as ts
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.ui.dialogs.unsaved_prompt import CANCEL, DISCARD, SAVE


def _step_epochs(qtbot, window, n):
    for _ in range(n):
        window.controller.step_epoch()
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)


def _save(qtbot, window, path, monkeypatch):
    files = window.project_files
    monkeypatch.setattr(files, "ask_save_path", lambda: str(path))
    done = []
    files.save_as(then=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    return done[0]


def _open(window, path, monkeypatch):
    monkeypatch.setattr(window.project_files, "ask_open_path", lambda: str(path))
    window.project_files.open_action.trigger()


def _state(session):
    """What opening a damaged file must leave as it was."""
    return (session.dataset_spec, session.spec, session.config, session.network_id, session.epoch,
            session.network.flat_params.copy(), session.history.column("train_loss").copy())


def _assert_same(session, before):
    spec, design, config, network_id, epoch, params, losses = before
    assert (session.dataset_spec, session.spec, session.config, session.network_id, session.epoch) == (
        spec, design, config, network_id, epoch)
    np.testing.assert_array_equal(session.network.flat_params, params)
    np.testing.assert_array_equal(session.history.column("train_loss"), losses)


def test_the_file_menu_has_the_project_commands_and_ctrl_s_saves_the_project(window):
    files = window.project_files
    actions = window.file_menu.actions()
    for action in (files.new_action, files.open_action, files.save_action, files.save_as_action, files.export_action):
        assert action in actions
    assert actions.index(files.new_action) == 0
    assert files.recent_menu.menuAction() in actions
    assert files.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert files.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.save_model_action.shortcut().isEmpty()          # moved out of Ctrl+S: an export now
    assert window.findChild(object, "openDataAction").shortcut() == QKeySequence("Ctrl+Shift+O")
    assert actions.index(files.export_action) < actions.index(window.save_model_action)


def test_save_and_open_a_trained_project_and_the_title_says_which_and_whether_saved(qtbot, window, session,
                                                                                    monkeypatch, tmp_path):
    assert window.windowTitle() == "Untitled[*] — Backprop Lab" and not window.isWindowModified()
    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons", {"n": 120, "seed": 4}))
    assert window.isWindowModified()
    _step_epochs(qtbot, window, 3)
    assert _save(qtbot, window, tmp_path / "moons", monkeypatch)     # .bplab added
    assert (tmp_path / "moons.bplab").is_file()
    assert window.windowTitle() == "moons.bplab[*] — Backprop Lab" and not window.isWindowModified()
    saved = _state(session)
    np.testing.assert_array_equal(saved[6][-3:], session.history.column("train_loss"))

    _step_epochs(qtbot, window, 2)                                    # more training: unsaved
    assert window.isWindowModified()
    assert session.load_dataset_spec(DatasetSpec("logic", "AND"))
    _open(window, tmp_path / "moons.bplab", monkeypatch)
    qtbot.waitUntil(lambda: session.epoch == 3 and session.snapshot is not None and session.snapshot.epoch == 3,
                    timeout=10_000)
    assert session.dataset_spec == saved[0] and session.spec == saved[1] and session.config == saved[2]
    np.testing.assert_array_equal(session.history.column("train_loss"), saved[6])
    assert session.state == ts.PAUSED
    np.testing.assert_array_equal(session.snapshot.params[0].ravel(), saved[5][:session.snapshot.params[0].size])
    qtbot.wait(200)   # the worker's snapshots of the restored place arrive: still nothing unsaved
    assert not window.isWindowModified() and window.windowTitle().startswith("moons.bplab")
    assert window.project_files.recent_files()[0] == str((tmp_path / "moons.bplab").resolve())
    window.controller.step_epoch()                                   # training on: modified again
    qtbot.waitUntil(lambda: window.isWindowModified(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)


def test_ctrl_s_on_a_saved_project_saves_it_in_place(qtbot, window, session, monkeypatch, tmp_path):
    from guiapp.state.project import read_summary

    _save(qtbot, window, tmp_path / "x.bplab", monkeypatch)
    _step_epochs(qtbot, window, 4)
    monkeypatch.setattr(window.project_files, "ask_save_path", lambda: pytest.fail("Save asked for a name again"))
    window.project_files.save_action.trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10_000)
    assert read_summary(tmp_path / "x.bplab")["epoch"] == 4


def test_the_students_points_a_csv_table_and_a_drawing_come_back(qtbot, window, session, monkeypatch, tmp_path):
    points = DatasetSpec("custom", "My points", {"points": [[0.1, 0.2], [0.5, -0.3], [-0.4, 0.9], [0.7, 0.7]],
                                                 "labels": [0, 1, 1, 0], "n_classes": 2})
    assert session.load_dataset_spec(points)
    _step_epochs(qtbot, window, 2)
    _save(qtbot, window, tmp_path / "points.bplab", monkeypatch)

    csv = tmp_path / "flowers.csv"
    rng = np.random.default_rng(0)
    csv.write_text("a,b,kind\n" + "".join(f"{x:.3f},{y:.3f},{int(x > y)}\n" for x, y in rng.random((40, 2))))
    table = DatasetSpec("file", "flowers.csv", {"path": str(csv), "format": "csv", "label_column": "kind"})
    assert session.load_dataset_spec(table)
    _step_epochs(qtbot, window, 2)
    X_before = session.dataset.X_train.copy()
    _save(qtbot, window, tmp_path / "table.bplab", monkeypatch)

    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    draw = window.panels["drawDock"]
    draw.canvas.draw_stroke([(6, 6), (20, 20), (8, 22)])
    drawing = draw.canvas.image()
    _save(qtbot, window, tmp_path / "drawing.bplab", monkeypatch)
    draw.canvas.clear()

    csv.unlink()                                      # the table travels inside the project
    assert window.project_files.open_now(str(tmp_path / "table.bplab")), window.banner.text()
    assert session.dataset_spec == table and np.array_equal(session.dataset.X_train, X_before)
    assert window.project_files.open_now(str(tmp_path / "points.bplab"))
    assert session.dataset_spec == points and session.dataset.n_train == 4
    assert window.project_files.open_now(str(tmp_path / "drawing.bplab"))
    assert np.array_equal(draw.canvas.image(), drawing)
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)


@pytest.mark.parametrize("damage", ["truncated", "corrupt", "not a project", "newer"])
def test_a_damaged_project_gets_a_clear_message_and_changes_nothing(qtbot, window, session, monkeypatch, tmp_path,
                                                                    damage):
    _step_epochs(qtbot, window, 2)
    _save(qtbot, window, tmp_path / "good.bplab", monkeypatch)
    data = (tmp_path / "good.bplab").read_bytes()
    bad = tmp_path / "bad.bplab"
    if damage == "truncated":
        bad.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "corrupt":
        flipped = bytearray(data)
        for i in range(len(data) // 3, len(data) // 3 + 64):
            flipped[i] ^= 0x5A
        bad.write_bytes(bytes(flipped))
    elif damage == "not a project":
        bad.write_text("hello")
    else:
        from guiapp.state.archive import read_archive, write_archive
        from guiapp.state.project import FORMAT, VERSION

        a = read_archive(tmp_path / "good.bplab", FORMAT, VERSION)
        write_archive(bad, FORMAT, VERSION + 1, a.documents, a.arrays)
    assert session.load_dataset_spec(DatasetSpec("toy2d", "circle"))
    _step_epochs(qtbot, window, 1)
    before = _state(session)
    title = window.windowTitle()
    assert not window.project_files.open_now(str(bad))
    assert window.banner.isVisible() and window.banner.level == "error"
    text = window.banner.text()
    assert "bad.bplab" in text and "Nothing was changed" in text
    expected = {"truncated": "cut short", "corrupt": "damaged", "not a project": "not a Backprop Lab file",
                "newer": "newer Backprop Lab"}[damage]
    assert expected in text
    _assert_same(session, before)
    assert window.windowTitle() == title


def test_an_old_model_file_opens_too(qtbot, window, session, monkeypatch, tmp_path):
    from guiapp.engine import NetworkSpec, save_model

    spec = NetworkSpec((2, 3, 1), ("sigmoid", "sigmoid"))
    net = spec.build(seed=7)
    save_model(tmp_path / "old.npz", net, spec, extra={"dataset": DatasetSpec("logic", "XOR").to_dict()})
    _open(window, tmp_path / "old.npz", monkeypatch)
    assert session.spec.layer_sizes == (2, 3, 1)
    np.testing.assert_array_equal(session.network.flat_params, net.flat_params)
    assert window.windowTitle().startswith("Untitled") and window.isWindowModified()


def test_new_project_starts_again_from_xor(qtbot, window, session):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral"))
    _step_epochs(qtbot, window, 1)
    window.project_files.new_action.trigger()
    assert session.dataset.name == "XOR" and session.spec.layer_sizes == (2, 4, 1) and session.epoch == 0
    assert not window.isWindowModified() and window.windowTitle().startswith("Untitled")


def test_open_recent_lists_the_last_projects(qtbot, window, session, monkeypatch, tmp_path):
    files = window.project_files
    for name in ("a", "b", "c"):
        _save(qtbot, window, tmp_path / f"{name}.bplab", monkeypatch)
        files.document.reset("")      # as if new, so the next Save asks for a name
    files._fill_recent()
    labels = [a.text() for a in files.recent_menu.actions() if a.objectName().startswith("recentProject")]
    assert labels == ["&1 c.bplab", "&2 b.bplab", "&3 a.bplab"]
    files.recent_menu.findChild(object, "recentProject3Action").trigger()
    assert files.document.path == str((tmp_path / "a.bplab").resolve())
    files.recent_menu.findChild(object, "clearRecentProjectsAction").trigger()
    assert files.recent_files() == []


# ---- Save / Discard / Cancel -------------------------------------------------------------------------------
@pytest.fixture
def guarded(window, monkeypatch):
    """The window as the app runs it (asks before unsaved training is lost), answering ``answers``."""
    files = window.project_files
    files.support.ask_before_losing = True
    answers, asked = [], []

    def ask():
        asked.append(True)
        return answers.pop(0) if answers else DISCARD   # (pytest-qt closes the window before the fixtures end)

    monkeypatch.setattr(files, "ask_unsaved", ask)
    yield files, answers, asked
    files.support.ask_before_losing = False   # the fixture closes the window without asking


def test_quitting_with_unsaved_training_cancel_keeps_the_window(qtbot, window, session, guarded):
    files, answers, asked = guarded
    _step_epochs(qtbot, window, 2)
    answers.append(CANCEL)
    assert not window.close()
    assert asked and window.isVisible() and session.epoch == 2


def test_quitting_with_unsaved_training_discard_closes(qtbot, window, session, guarded, tmp_path):
    files, answers, asked = guarded
    _step_epochs(qtbot, window, 2)
    answers.append(DISCARD)
    assert window.close()
    assert asked and not window.isVisible() and list(tmp_path.iterdir()) == []


def test_quitting_with_unsaved_training_save_saves_then_closes(qtbot, window, session, guarded, monkeypatch,
                                                               tmp_path):
    from guiapp.state.project import read_project

    files, answers, asked = guarded
    monkeypatch.setattr(files, "ask_save_path", lambda: str(tmp_path / "quit.bplab"))
    window.controller.start()
    qtbot.waitUntil(lambda: session.epoch > 20, timeout=10_000)
    answers.append(SAVE)
    window.close()                                # training is paused, saved, then the window closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    p = read_project(tmp_path / "quit.bplab")
    assert p.epoch == session.epoch and len(p.history) == session.epoch
    np.testing.assert_array_equal(p.history[:, 1], session.history.column("train_loss"))


def test_quitting_asks_nothing_when_the_training_is_saved(qtbot, window, session, guarded, monkeypatch, tmp_path):
    files, answers, asked = guarded
    _step_epochs(qtbot, window, 1)
    _save(qtbot, window, tmp_path / "s.bplab", monkeypatch)
    assert window.close() and not asked


def test_opening_another_project_with_unsaved_training_asks(qtbot, window, session, guarded, monkeypatch, tmp_path):
    files, answers, asked = guarded
    _save(qtbot, window, tmp_path / "other.bplab", monkeypatch)    # XOR, not trained
    assert session.load_dataset_spec(DatasetSpec("toy2d", "circle"))
    _step_epochs(qtbot, window, 2)
    monkeypatch.setattr(files, "ask_open_path", lambda: str(tmp_path / "other.bplab"))
    answers.append(CANCEL)
    files.open_action.trigger()
    assert asked and session.dataset.name != "XOR" and session.epoch == 2     # Cancel: nothing opened
    answers.append(DISCARD)
    files.open_action.trigger()
    assert session.dataset.name == "XOR" and session.epoch == 0


def test_a_project_whose_data_file_moved_says_where_it_was(qtbot, window, session, monkeypatch, tmp_path):
    from guiapp.state import project_data

    monkeypatch.setattr(project_data, "EMBED_LIMIT", 0)          # this small .npz counts as a large file
    rng = np.random.default_rng(0)
    npz = tmp_path / "digits.npz"
    np.savez(npz, x_train=rng.integers(0, 256, (40, 28, 28), dtype=np.uint8), y_train=rng.integers(0, 10, 40),
             x_test=rng.integers(0, 256, (10, 28, 28), dtype=np.uint8), y_test=rng.integers(0, 10, 10))
    assert session.load_dataset_spec(DatasetSpec("file", "digits.npz", {"path": str(npz), "format": "npz"}))
    _step_epochs(qtbot, window, 1)
    _save(qtbot, window, tmp_path / "digits.bplab", monkeypatch)
    npz.rename(tmp_path / "moved.npz")
    assert session.load_dataset_spec(DatasetSpec("logic", "OR"))
    before = _state(session)
    assert not window.project_files.open_now(str(tmp_path / "digits.bplab"))
    text = window.banner.text()
    assert str(npz.resolve()) in text and "no longer there" in text and "Nothing was changed" in text
    _assert_same(session, before)


def test_the_command_line_opens_a_project_at_start(qtbot, window, session, monkeypatch, tmp_path):
    from guiapp.app import _parse_args
    from guiapp.ui.startup import start

    args, qt = _parse_args([str(tmp_path / "x.bplab")])
    assert args.file == str(tmp_path / "x.bplab") and qt == []
    args, qt = _parse_args(["-style", "fusion"])                 # Qt's own options still reach Qt
    assert args.file is None and qt == ["-style", "fusion"]
    assert session.load_dataset_spec(DatasetSpec("toy2d", "moons"))
    _step_epochs(qtbot, window, 2)
    _save(qtbot, window, tmp_path / "x.bplab", monkeypatch)
    window.project_files.new_action.trigger()
    start(window, None, str(tmp_path / "x.bplab"))
    assert session.dataset.name == "Moons" and window.windowTitle().startswith("x.bplab")
    start(window, None, str(tmp_path / "nothing.bplab"))
    assert "There is no file" in window.banner.text()
    qtbot.waitUntil(lambda: not window.controller.worker_busy, timeout=10_000)
