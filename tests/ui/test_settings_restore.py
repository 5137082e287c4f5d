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


# ---- settings that parse but make no sense (issue 14 §2) --------------------------------------

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

GOOD_TRAINING = {"learning_rate": 0.02, "batch_size": 8, "optimizer": "momentum", "momentum": 0.8, "l1": 0.0,
                 "l2": 0.001, "epochs": 500, "seed": 7, "shuffle": True, "augment_shift": 0}


def _store(tmp_path, **values):
    q = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    q.setValue("settings_version", SETTINGS_VERSION)
    for key, value in values.items():
        q.setValue(f"session/{key}", value if isinstance(value, str) else json.dumps(value))
    q.sync()


@pytest.mark.parametrize("field, bad, label", [
    ("seed", -1, "seed (-1)"),
    ("learning_rate", float("inf"), "learning rate (inf)"),
    ("momentum", "x", "momentum ('x')"),
    ("batch_size", 0, "batch size (0)"),
    ("optimizer", "rmsprop", "optimizer ('rmsprop')"),
    ("epochs", 2.5, "epoch limit (2.5)"),
])
def test_a_bad_training_field_is_reset_alone_and_said_once(tmp_path, qtbot, field, bad, label):
    training = dict(GOOD_TRAINING, **{field: bad})
    _store(tmp_path, dataset={"kind": "toy2d", "name": "moons", "params": {"n": 200}}, training=training)
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        config = session.config
        for key, value in GOOD_TRAINING.items():
            if key != field:
                assert getattr(config, key) == value, key  # everything else kept
        assert getattr(config, field) == getattr(type(config)(), field)  # the default
        assert session.dataset_spec.name == "moons"
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert label in window.banner.text() and "reset to their defaults" in window.banner.text()
    finally:
        window.close()
        assert controller.shutdown()
    window2, session2, controller2 = _launch(tmp_path, qtbot)  # told once: the repair was saved
    try:
        qtbot.wait(50)
        assert not window2.banner.isVisible()
        assert getattr(session2.config, field) == getattr(session.config, field)
    finally:
        window2.close()
        assert controller2.shutdown()


def test_a_design_of_4e10_parameters_falls_back_to_the_default_design(tmp_path, qtbot):
    _store(tmp_path, dataset={"kind": "logic", "name": "XOR", "params": {}},
           network={"layer_sizes": [2, 200_000, 200_000, 1], "activations": ["relu", "relu", "sigmoid"]},
           training=GOOD_TRAINING)
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        assert session.spec.num_params < 1000 and session.config.seed == 7
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert "network design" in window.banner.text()
    finally:
        window.close()
        assert controller.shutdown()


def test_garbage_data_parameters_are_dropped_one_by_one(tmp_path, qtbot):
    _store(tmp_path, dataset={"kind": "toy2d", "name": "spiral",
                              "params": {"n": "abc", "noise": 1e300, "seed": 3, "n_classes": 3, "colour": "red"}})
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        assert session.dataset_spec.name == "spiral" and session.dataset.n_classes == 3
        assert dict(session.dataset_spec.params) == {"seed": 3, "n_classes": 3}
        qtbot.waitUntil(lambda: window.banner.isVisible())
        text = window.banner.text()
        assert "number of points ('abc')" in text and "noise (1e+300)" in text and "'colour'" in text, text
    finally:
        window.close()
        assert controller.shutdown()


def test_unreadable_json_and_unknown_kinds_start_on_xor(tmp_path, qtbot):
    _store(tmp_path, dataset='{"kind": "toy2d", "name": ', network="[1, 2", training="null")
    window, session, controller = _launch(tmp_path, qtbot)
    try:
        assert session.dataset_spec.name == "XOR" and session.spec.layer_sizes[0] == 2
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert "data choice (not readable)" in window.banner.text()
    finally:
        window.close()
        assert controller.shutdown()


def test_the_app_starts_whatever_is_stored(tmp_path):
    """All the probe's values at once, in a fresh process as the real app reads them (from the
    platform settings file): before the fix, a traceback or SIGABRT at every start."""
    root = Path(__file__).resolve().parents[2]
    config = tmp_path / "config"
    bad_training = dict(GOOD_TRAINING, seed=-1, learning_rate=float("inf"), momentum="x")
    script = f"""
import json, sys
from PySide6.QtCore import QSettings
from guiapp.app import build_window, create_application
from guiapp.state.settings import SETTINGS_VERSION, Settings
app = create_application()
q = QSettings()
q.setValue("settings_version", SETTINGS_VERSION)
q.setValue("session/dataset", json.dumps({{"kind": "toy2d", "name": "circle", "params": {{"n": -4, "test_ratio": 7}}}}))
q.setValue("session/network", json.dumps({{"layer_sizes": [2, 200000, 200000, 1], "activations": ["relu", "relu", "sigmoid"]}}))
q.setValue("session/training", {json.dumps(json.dumps(bad_training))})
q.sync()
window, session, controller = build_window(Settings())
window.show()
for _ in range(20):
    app.processEvents()
print(json.dumps({{"banner": window.banner.text(), "seed": session.config.seed, "lr": session.config.learning_rate,
                  "data": session.dataset_spec.name, "params": session.spec.num_params}}))
window.close()
controller.shutdown()
"""
    env = dict(__import__("os").environ, XDG_CONFIG_HOME=str(config))
    out = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    from guiapp.engine.specs import TrainingConfig

    default_lr = TrainingConfig().learning_rate  # the bad field falls back to the default
    assert result["data"] == "circle" and result["seed"] == 0 and result["lr"] == default_lr
    assert result["params"] < 10_000
    for words in ("seed (-1)", "learning rate (inf)", "momentum ('x')", "network design", "number of points (-4)",
                  "test share (7)"):
        assert words in result["banner"], result["banner"]
