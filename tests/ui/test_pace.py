"""The training pace (guiapp/state/pace.py, the worker's timed wait, the toolbar's pace control):
a watchable default for small data, full speed for MNIST, changeable while training, interrupted by
Pause, and no core burnt while waiting.

Rates are measured on the worker's own clock (``Snapshot.elapsed``: seconds of training, waits
included), so a busy GUI thread cannot bunch epochs into the window measured. A slow pace can only
get slower on a loaded machine; full speed is compared with the bare engine measured in the same
test when the machine is too loaded for the absolute number (2 shared cores, other jobs)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guiapp.state import pace as pace_rules
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import RUNNING


@pytest.fixture
def english(qapp):
    """The English catalogue (its plural forms: "1 epoch/s", "30 epochs/s"), before the window is made."""
    from guiapp.ui.i18n import install_language, uninstall_language

    install_language("en")
    yield
    uninstall_language()


def _find(window, name):
    from PySide6.QtWidgets import QWidget

    found = window.findChildren(QWidget, name)
    assert len(found) == 1, name
    return found[0]


def _rate(qtbot, session, controller, seconds: float) -> float:
    """Epochs per second of training over about ``seconds`` of the worker's clock."""
    controller.start()
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.elapsed > 0.2, timeout=10_000)
    e0, t0 = session.snapshot.epoch, session.snapshot.elapsed
    qtbot.waitUntil(lambda: session.snapshot.elapsed - t0 >= seconds, timeout=int(10_000 * seconds))
    e1, t1 = session.snapshot.epoch, session.snapshot.elapsed
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    return (e1 - e0) / (t1 - t0)


def _bare_engine_rate(seconds: float = 0.5) -> float:
    """XOR epochs per second of the engine alone, here and now (how loaded the machine is)."""
    from guiapp.state.datasets import load_dataset, preset_for
    from guiapp.engine.training import Trainer

    ds = load_dataset(DatasetSpec("logic", "XOR"))
    spec, config = preset_for(ds)
    trainer = Trainer(spec.build(seed=0), ds.X_train, ds.y_train, optimizer=config.make_optimizer(), batch_size=None)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        trainer.step_batch()
    return trainer.epoch / (time.perf_counter() - t0)


def test_small_data_starts_watchable_and_mnist_at_full_speed(qapp):
    from guiapp.state.session import Session

    s = Session()                                        # first launch: XOR
    assert s.dataset.name == "XOR" and s.pace == pace_rules.DEFAULT_PACE == 30
    assert s.config.learning_rate == 0.1                 # the XOR preset made for this pace
    got = []
    s.pace_changed.connect(lambda: got.append(s.pace))
    assert s.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert s.pace is None and got == [None]              # 8,000 training digits: full speed
    s.set_pace(100)
    assert s.load_dataset_spec(DatasetSpec("toy2d", "circle", {"n": 400}))
    assert s.pace == 30                                  # small again: the small-data pace
    s.set_pace(3)
    assert s.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert s.pace == 100                                 # each size keeps what was chosen for it
    assert s.load_dataset_spec(DatasetSpec("logic", "AND"))
    assert s.pace == 3
    with pytest.raises(ValueError):
        s.set_pace(0)


def test_faster_and_slower_step_through_the_paces():
    assert pace_rules.faster(30) == 100 and pace_rules.faster(1000) is None and pace_rules.faster(None) is None
    assert pace_rules.slower(None) == 1000 and pace_rules.slower(30) == 10 and pace_rules.slower(1) == 1
    assert pace_rules.faster(45) == 100 and pace_rules.slower(45) == 30


def test_default_pace_trains_under_100_epochs_a_second_and_full_speed_over_5000(qtbot, session, controller):
    session.set_pace(pace_rules.default_pace(session.dataset.n_train))   # the fixture trains at full speed
    assert session.pace == 30
    paced = _rate(qtbot, session, controller, 1.0)
    assert 5 < paced < 100                               # 1 s of wall time: fewer than 100 epochs (~30)
    session.set_pace(None)
    full = _rate(qtbot, session, controller, 1.0)
    if full <= 5000:   # only a loaded machine: then full speed must still be the engine's own speed
        bare = _bare_engine_rate()
        assert bare < 20_000, f"full speed {full:.0f} epochs/s while the bare engine does {bare:.0f}"
        assert full > 0.25 * bare
    assert full > 50 * paced


def test_a_new_pace_applies_while_training_and_pause_cuts_the_wait_short(qtbot, session, controller, monkeypatch):
    long_wait = threading.Event()
    wake = controller.worker._wake
    original = wake.wait
    monkeypatch.setattr(wake, "wait", lambda t=None: (t is not None and t > 2 and long_wait.set()) or original(t))
    session.set_pace(0.2)                                # 5 s an epoch
    controller.start()
    qtbot.waitUntil(lambda: session.epoch >= 1 and long_wait.is_set(), timeout=5000)   # epoch 1 at once, then wait
    started = time.perf_counter()
    session.set_pace(None)                               # the 5 s wait ends at once
    qtbot.waitUntil(lambda: session.epoch > 1000, timeout=5000)
    assert time.perf_counter() - started < 4.0
    long_wait.clear()
    session.set_pace(0.1)                                # 10 s an epoch
    qtbot.waitUntil(long_wait.is_set, timeout=5000)      # the worker waits now
    started = time.perf_counter()
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert time.perf_counter() - started < 5.0           # not the rest of a 10 s wait
    assert session.state != RUNNING


def test_a_slow_pace_does_not_burn_a_core_while_waiting(qtbot, session, controller):
    session.set_pace(1)
    controller.start()
    qtbot.waitUntil(lambda: session.epoch >= 1, timeout=5000)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    qtbot.wait(2000)                                     # (a fixed wait: what is measured is the CPU time)
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert 2 <= session.epoch <= 5
    assert cpu < 0.25 * wall, f"{cpu:.2f} s of CPU in {wall:.1f} s at 1 epoch a second"


def test_the_pace_control_in_the_toolbar_and_its_keys(english, window, session, qtbot):
    button = _find(window, "paceButton")
    pace = window.pace_rewind.pace
    assert button.parentWidget() is window.toolbar and button.defaultAction() is pace.action
    assert button.accessibleName() and pace.action.toolTip()
    assert pace.current_text() == "Full speed" and button.text() == "Pace: Full speed"   # (the fixture's session)
    session.set_pace(30)
    assert pace.current_text() == "30 epochs/s" and button.text() == "Pace: 30 epochs/s"
    texts = [a.text() for a in pace.menu.actions()]
    assert texts[:3] == ["1 epoch/s", "3 epochs/s", "10 epochs/s"] and texts[-1] == "Full speed" and len(texts) == 8
    pace.choices[pace_rules.PACES.index(1)].trigger()    # picked from the list
    assert session.pace == 1 and pace.current_text() == "1 epoch/s"
    faster = window.findChild(type(window.start_action), "fasterAction")
    slower = window.findChild(type(window.start_action), "slowerAction")
    assert faster in window.training_menu.actions() and slower in window.training_menu.actions()
    assert faster.shortcut().toString() == "Ctrl+]" and "Ctrl+]" in faster.toolTip()
    window.activateWindow()
    _find(window, "startButton").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert session.pace == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert session.pace == 1 and not slower.isEnabled()
    session.set_pace(None)
    assert not faster.isEnabled() and pace.current_text() == "Full speed"
    # a click on the button leaves the keyboard focus where it was: Space still starts training
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_pace_is_the_same_loop_full_speed_only_skips_the_wait(qtbot, session, controller, monkeypatch):
    """At full speed the worker never waits; at a pace it waits on the event a cancel sets."""
    waits = []
    original = controller.worker._wake.wait
    monkeypatch.setattr(controller.worker._wake, "wait", lambda t=None: waits.append(t) or original(t))
    session.set_pace(None)
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 500, timeout=5000)
    assert waits == []
    session.set_pace(50)
    qtbot.waitUntil(lambda: len(waits) > 10, timeout=5000)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert all(t is not None and 0 < t <= 1 / 50 + 1e-9 for t in waits)
    assert np.isfinite(session.history.column("train_loss")).all()
