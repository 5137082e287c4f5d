"""Training runs driven as a student drives them, checked where the epochs are counted.

The history holds one row per finished epoch, numbered 1, 2, 3, ... without a gap or a repeat,
whatever the student presses and however busy the GUI thread is; every place that shows the
epoch shows the same one; settings changed mid-run apply at the next Start or Step and continue
the same count.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

import numpy as np
from PySide6.QtWidgets import QWidget

from guiapp.state.session import PAUSED, RUNNING, STOPPED


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def number_in(text: str) -> int:
    """The first (thousands-separated) whole number in ``text``: "Epoch 8,716" -> 8716."""
    match = re.search(r"\d[\d,\u00a0\u202f.]*", text)
    assert match, f"no number in {text!r}"
    return int(re.sub(r"\D", "", match.group(0)))


def assert_epochs_count_up_from_one(session):
    epochs = session.history.column("epoch")
    repeats = int(np.sum(np.diff(epochs) <= 0))
    assert repeats == 0, (f"the history repeats or goes back {repeats} times, "
                          f"first at row {int(np.argmax(np.diff(epochs) <= 0)) + 1}")
    np.testing.assert_array_equal(epochs, np.arange(1, len(epochs) + 1))


def status_epochs(window, session):
    """Every epoch the status bar shows, recorded at each snapshot."""
    shown = []
    session.snapshot_changed.connect(lambda snap: shown.append(number_in(window.epoch_label.text())))
    return shown


def wait_until_worker_done(qtbot, controller):
    """Until every run asked for has ended and its last snapshot is in the session."""
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=20_000)


# ---- issue 8 §3, reproduced ---------------------------------------------------------------------
def test_changing_the_optimizer_mid_run_then_stepping_continues_the_same_epoch_count(window, session,
                                                                                   controller, qtbot):
    shown = status_epochs(window, session)
    find(window, "startButton").click()
    qtbot.waitUntil(lambda: session.epochs_done > 3000, timeout=20_000)
    combo = find(window, "optimizerCombo")
    combo.setCurrentIndex(combo.findData("adam"))
    assert session.config.optimizer == "adam" and session.state == RUNNING
    find(window, "stepEpochButton").click()
    wait_until_worker_done(qtbot, controller)
    assert session.state == PAUSED
    assert_epochs_count_up_from_one(session)
    assert shown == sorted(shown), "the status bar's epoch went backwards"
    assert number_in(window.epoch_label.text()) == session.epochs_done == len(session.history)
    # the step trained with the new optimizer, and the student can go on from here
    assert type(controller.worker.trainer.optimizer).__name__ == "Adam"
    done = session.epochs_done
    find(window, "stepEpochButton").click()
    wait_until_worker_done(qtbot, controller)
    assert session.epochs_done == done + 1
    assert_epochs_count_up_from_one(session)


def test_start_and_stop_pressed_twice_in_one_turn_of_the_event_loop_never_repeat_an_epoch(window, session,
                                                                                         controller, qtbot):
    start, stop = find(window, "startButton"), find(window, "stopButton")
    shown = status_epochs(window, session)
    for _ in range(20):
        done = session.epochs_done
        start.click()
        stop.click()
        start.click()  # all in one turn: nothing from the worker has arrived in between
        assert session.state == RUNNING
        qtbot.waitUntil(lambda: session.epochs_done > done + 200, timeout=20_000)
        stop.click()
        start.click()
        stop.click()
        assert session.state == STOPPED
    wait_until_worker_done(qtbot, controller)
    assert_epochs_count_up_from_one(session)
    assert shown == sorted(shown), "the status bar's epoch went backwards"


def test_pause_and_resume_pressed_twice_in_one_turn_never_repeat_an_epoch(window, session, qtbot):
    start = find(window, "startButton")
    for _ in range(20):
        done = session.epochs_done
        start.click()
        start.click()
        start.click()  # start, pause, resume: all in one turn
        assert session.state == RUNNING
        qtbot.waitUntil(lambda: session.epochs_done > done + 200, timeout=20_000)
        start.click()
        assert session.state == PAUSED
    assert_epochs_count_up_from_one(session)


# ---- one epoch, everywhere ------------------------------------------------------------------------
def test_the_status_bar_the_training_panel_and_the_loss_plot_show_the_same_epoch(window, session, controller,
                                                                                 qtbot):
    window.docks["lossDock"].raise_()
    progress, latest = find(window, "progressLabel"), find(window, "hoverLabel")
    seen = []

    def compare(snap):
        seen.append((number_in(window.epoch_label.text()), number_in(progress.text()),
                     number_in(latest.text()) if len(session.history) else 0, session.epoch))

    session.snapshot_changed.connect(compare)
    find(window, "startButton").click()
    qtbot.waitUntil(lambda: session.epochs_done > 20_000, timeout=60_000)
    find(window, "startButton").click()  # pause
    wait_until_worker_done(qtbot, controller)
    compare(None)
    disagree = [row for row in seen if len(set(row)) > 1]
    assert not disagree, f"status bar, Training panel, loss plot, session disagree: {disagree[:5]}"
    assert len(seen) > 5


# ---- the GUI thread busy: epochs are merged, none lost or repeated -----------------------------------
def test_epochs_finished_while_the_gui_thread_is_busy_arrive_merged_none_lost_or_repeated(window, session,
                                                                                          controller, qtbot):
    sizes = []
    session.snapshot_changed.connect(lambda snap: sizes.append(len(snap.epochs)))
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 100, timeout=10_000)
    for _ in range(3):
        before = session.epochs_done
        time.sleep(0.4)  # the GUI thread is busy (a long redraw, a slow disk): no events handled
        qtbot.waitUntil(lambda: session.epochs_done > before + 100, timeout=10_000)
    controller.pause()
    wait_until_worker_done(qtbot, controller)
    assert_epochs_count_up_from_one(session)
    # the worker kept training meanwhile and sent what it had gathered in few snapshots
    assert max(sizes) > 100, f"largest merged snapshot: {max(sizes)} epochs"


# ---- settings changed mid-run, then stepping ---------------------------------------------------------
def test_settings_changed_mid_run_apply_at_the_next_step_and_continue_the_count(window, session, controller,
                                                                                qtbot):
    """Spiral in minibatches of 16 (many per epoch), momentum. While it runs the student changes the
    batch size, turns L2 on, then switches to Adam; the run goes on as it was; Step epoch then uses
    all of them and counts on from the same epoch."""
    from guiapp.state.dataset_spec import DatasetSpec

    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n_classes": 3}))
    assert session.config.optimizer == "momentum" and session.config.batch_size == 16
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 20, timeout=20_000)
    session.set_config(replace(session.config, batch_size=8, l2=1e-4))
    session.set_config(replace(session.config, optimizer="adam", learning_rate=0.01))
    at = session.epoch
    qtbot.waitUntil(lambda: session.epoch > at + 5, timeout=20_000)
    assert session.state == RUNNING
    assert controller.worker.trainer.batch_size == 16  # the others wait for the next Start or Step...
    assert controller.worker.trainer.optimizer.learning_rate == 0.01  # ...the learning rate does not
    controller.step_epoch()
    wait_until_worker_done(qtbot, controller)
    trainer = controller.worker.trainer
    assert trainer.batch_size == 8
    assert type(trainer.optimizer).__name__ == "Adam" and trainer.optimizer.l2 == 1e-4
    assert session.state == PAUSED and session.batch == 0
    assert_epochs_count_up_from_one(session)
    stepped = session.epoch
    controller.step_batch()
    wait_until_worker_done(qtbot, controller)
    assert (session.epoch, session.batch) == (stepped, 1)
    session.set_config(replace(session.config, l2=0.0, optimizer="momentum"))  # in place: the batch stays
    controller.step_batch()
    wait_until_worker_done(qtbot, controller)
    assert (session.epoch, session.batch) == (stepped, 2)
    assert type(controller.worker.trainer.optimizer).__name__ == "Momentum"
    controller.step_epoch()
    wait_until_worker_done(qtbot, controller)
    assert (session.epoch, session.batch) == (stepped + 1, 0)
    assert_epochs_count_up_from_one(session)


def test_the_gui_thread_never_builds_a_trainer(window, session, controller, qtbot, monkeypatch):
    import threading

    from guiapp.engine.training import Trainer

    built_on = []
    original = Trainer.__init__

    def recording_init(self, *args, **kwargs):
        built_on.append(threading.get_ident())
        original(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "__init__", recording_init)
    gui = threading.get_ident()
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 100, timeout=10_000)
    session.set_config(replace(session.config, batch_size=2))  # a rebuild at the next Step
    controller.step_epoch()
    wait_until_worker_done(qtbot, controller)
    controller.stop()
    restarted_at = session.epoch
    controller.start()                                          # a new run after Stop: rebuilt too
    qtbot.waitUntil(lambda: session.epoch > restarted_at + 50, timeout=10_000)
    controller.stop()
    wait_until_worker_done(qtbot, controller)
    assert len(built_on) >= 3 and gui not in built_on
