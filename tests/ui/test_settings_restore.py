"""The layout, the window geometry and the last-used data, design and training settings come
back on the next launch (QSettings, versioned), and never from the real user's settings."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QSettings

from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.settings import SETTINGS_VERSION, Settings


def _settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _launch(tmp_path, qtbot):
    from guiapp.app import build_window

    window, session, controller = build_window(_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, session, controller


def test_tests_do_not_use_the_real_settings_folder():
    path = QSettings().fileName()
    assert path.startswith(os.environ["XDG_CONFIG_HOME"]), path


def test_data_design_training_and_layout_come_back(tmp_path, qtbot):
    window, session, controller = _launch(tmp_path, qtbot)
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 300, "noise": 0.2, "n_classes": 3}))
    session.set_spec(replace(session.spec, layer_sizes=(2, 12, 7, 3), activations=("relu", "tanh", "softmax")))
    session.set_config(replace(session.config, learning_rate=0.0123, batch_size=8, optimizer="adam"))
    size = (1100, max(650, window.minimumSizeHint().height()))
    window.resize(*size)
    window.docks["lossDock"].hide()
    window.close()
    assert controller.shutdown()

    window2, session2, controller2 = _launch(tmp_path, qtbot)
    try:
        assert session2.dataset_spec.name == "spiral" and session2.dataset_spec.params["n_classes"] == 3
        assert session2.dataset.n_classes == 3
        assert session2.spec.layer_sizes == (2, 12, 7, 3)
        assert session2.spec.activations == ("relu", "tanh", "softmax")
        assert session2.config.learning_rate == 0.0123 and session2.config.batch_size == 8
        assert session2.config.optimizer == "adam"
        assert (window2.width(), window2.height()) == size
        assert not window2.docks["lossDock"].isVisible()
    finally:
        window2.close()
        assert controller2.shutdown()


def test_old_settings_version_is_discarded(tmp_path, qtbot):
    q = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    q.setValue("settings_version", SETTINGS_VERSION - 1)
    q.setValue("session/dataset", '{"kind": "toy2d", "name": "moons", "params": {}}')
    q.sync()
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        assert session.dataset_spec.name == "XOR"
    finally:
        window.close()
        assert controller.shutdown()


def test_missing_file_falls_back_to_xor_with_a_message(tmp_path, qtbot):
    q = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    q.setValue("settings_version", SETTINGS_VERSION)
    q.setValue("session/dataset", '{"kind": "file", "name": "gone.csv", "params": '
                                  '{"path": "/nonexistent/gone.csv", "format": "csv"}}')
    q.sync()
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        assert session.dataset_spec.name == "XOR"
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=2000)
        assert "gone.csv" in window.banner.text()
    finally:
        window.close()
        assert controller.shutdown()
