"""The main window as a student meets it: XOR ready on first launch, Space trains it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from guiapp.state.session import PAUSED, RUNNING


def test_first_launch_is_xor_on_2_4_1(window, session):
    assert session.dataset.name.upper().startswith("XOR")
    assert session.spec.layer_sizes == (2, 4, 1)
    assert window.start_action.text().replace("&", "") == "Start"


def test_space_starts_and_pauses_training(window, session, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: session.state == RUNNING, timeout=2000)
    qtbot.waitUntil(lambda: session.epochs_done > 100, timeout=30_000)
    assert window.start_action.text().replace("&", "") == "Pause"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.state == PAUSED
    assert window.start_action.text().replace("&", "") == "Resume"


def test_xor_is_learned_and_status_bar_shows_it(window, session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: (session.history.last("train_loss") or 1) < 0.05, timeout=30_000)
    controller.pause()
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == session.epochs_done,
                    timeout=3000)
    assert window.epoch_label.text() == f"Epoch {session.epochs_done:,}"
    shown = float(window.loss_label.text().removeprefix("Loss "))
    assert shown < 0.05 and shown == float(f"{session.history.last('train_loss'):.4g}")
    net = window.current_network_copy()
    assert (net.predict(session.dataset.X_train) == session.dataset.y_train).all()


def test_worker_error_becomes_a_message_and_app_keeps_running(window, session, controller, qtbot, monkeypatch):
    from guiapp.engine.training import Trainer

    def broken(self):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(Trainer, "step_batch", broken)
    controller.start()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert "simulated failure" in window.banner.text()
    assert session.state != RUNNING
    monkeypatch.undo()
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 10, timeout=30_000)
    controller.stop()


def test_save_and_load_a_model_through_the_file_menu(window, session, controller, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    import numpy as np

    from guiapp.engine.specs import NetworkSpec

    assert window.save_model_action in window.file_menu.actions()
    assert window.load_model_action in window.file_menu.actions()
    session.set_spec(NetworkSpec((2, 3, 1), ("sigmoid", "sigmoid")))
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done == 1 and session.state == PAUSED, timeout=5000)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == 1, timeout=5000)
    trained = [p.copy() for p in session.snapshot.params]
    target = tmp_path / "xor-model.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_model_action.trigger()
    assert target.is_file() and target.stat().st_size > 0

    session.set_spec(NetworkSpec((2, 4, 1), ("tanh", "sigmoid")))   # something else in between
    assert session.spec.layer_sizes == (2, 4, 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.load_model_action.trigger()
    assert session.spec.layer_sizes == (2, 3, 1) and session.spec.activations == ("sigmoid", "sigmoid")
    for loaded, saved in zip(session.network.params, trained):
        np.testing.assert_array_equal(loaded, saved)
    assert "Loaded" in window.statusBar().currentMessage()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))   # Cancel: nothing changes
    before = session.network_id
    window.load_model_action.trigger()
    assert session.network_id == before
