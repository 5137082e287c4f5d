"""The Training panel as a student uses it: buttons, progress, and every setting written back to
the session (and following it when the session changes them)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Slot
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QAbstractButton, QApplication, QAbstractSpinBox, QComboBox, QLabel, QSlider, QWidget)

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import IDLE, PAUSED, RUNNING, STOPPED


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def type_into(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def texts(window, name):
    return find(window, name).text().replace("&", "")


# ---- what is there --------------------------------------------------------------------------------
def test_every_control_has_a_name_an_accessible_name_and_a_tooltip(window):
    panel = window.panels["trainingDock"]
    assert window.docks["trainingDock"].windowTitle() == "Training"
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider))]
    assert len(controls) >= 13
    for w in controls:
        assert w.objectName(), f"unnamed {type(w).__name__}"
        assert w.accessibleName(), w.objectName()
        assert len(w.toolTip()) > 10, w.objectName()
    for name in ("learningRateSpin", "batchSizeSpin", "fullBatchCheck", "optimizerCombo", "l1Spin", "l2Spin",
                 "epochLimitSpin", "runUntilStoppedCheck", "seedSpin", "startButton", "stepEpochButton",
                 "stepBatchButton", "stopButton", "resetButton", "progressLabel"):
        find(window, name)


def test_the_panel_shows_the_sessions_settings_on_first_launch(window, session):
    c = session.config
    assert find(window, "learningRateSpin").value() == pytest.approx(c.learning_rate)
    assert find(window, "fullBatchCheck").isChecked() == (c.batch_size is None)
    assert find(window, "optimizerCombo").currentData() == c.optimizer
    assert find(window, "runUntilStoppedCheck").isChecked() == (c.epochs is None)
    assert find(window, "seedSpin").value() == c.seed
    assert "1 step per epoch" in texts(window, "batchesPerEpochLabel")  # XOR preset: full batch of 4
    assert texts(window, "startButton") == "Start"
    assert not find(window, "stopButton").isEnabled()


# ---- settings write back ---------------------------------------------------------------------------
def test_optimizer_choice_updates_config_and_shows_momentum_only_for_momentum(window, session, qtbot):
    combo = find(window, "optimizerCombo")
    momentum = find(window, "momentumSpin")
    combo.setCurrentIndex(combo.findData("adam"))
    assert session.config.optimizer == "adam"
    assert not momentum.isVisible()
    combo.setCurrentIndex(combo.findData("momentum"))
    assert session.config.optimizer == "momentum"
    assert momentum.isVisible()
    type_into(qtbot, momentum, "0.5")
    assert session.config.momentum == pytest.approx(0.5)


def test_batch_size_and_full_batch_update_config_and_batches_per_epoch(window, session, qtbot):
    spin, full = find(window, "batchSizeSpin"), find(window, "fullBatchCheck")
    qtbot.mouseClick(full, Qt.MouseButton.LeftButton, pos=full.rect().center())  # off: minibatches
    assert session.config.batch_size == spin.value()
    assert spin.isEnabled()
    type_into(qtbot, spin, "3")
    assert session.config.batch_size == 3
    assert "2 batches" in texts(window, "batchesPerEpochLabel")  # 4 rows in batches of 3
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))  # 8,000 digits, preset batch 64
    assert spin.value() == 64
    assert "125 batches" in texts(window, "batchesPerEpochLabel")
    qtbot.mouseClick(full, Qt.MouseButton.LeftButton, pos=full.rect().center())
    assert session.config.batch_size is None
    assert not spin.isEnabled()
    assert "1 step per epoch" in texts(window, "batchesPerEpochLabel")


def test_l1_and_l2_accept_typed_scientific_numbers_and_step_per_decade(window, session, qtbot):
    l1, l2 = find(window, "l1Spin"), find(window, "l2Spin")
    type_into(qtbot, l2, "1e-4")
    assert session.config.l2 == pytest.approx(1e-4)
    qtbot.keyClick(l2, Qt.Key.Key_Up)
    assert session.config.l2 == pytest.approx(2e-4)
    qtbot.keyClick(l2, Qt.Key.Key_Down)
    qtbot.keyClick(l2, Qt.Key.Key_Down)
    assert session.config.l2 == pytest.approx(5e-5)
    type_into(qtbot, l1, "0.001")
    assert session.config.l1 == pytest.approx(0.001)
    type_into(qtbot, l1, "0")
    assert session.config.l1 == 0


def test_learning_rate_steps_1_2_5_and_the_slider_follows(window, session, qtbot):
    spin, slider = find(window, "learningRateSpin"), find(window, "learningRateSlider")
    assert session.config.learning_rate == 0.1   # the XOR preset
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert session.config.learning_rate == 0.2
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert session.config.learning_rate == 0.05
    assert spin.text() == "0.05"
    before = slider.value()
    type_into(qtbot, spin, "1e-3")
    assert session.config.learning_rate == pytest.approx(0.001)
    assert slider.value() < before
    slider.setValue(0)  # 10^0: a student drags the slider to 1
    assert session.config.learning_rate == pytest.approx(1.0)
    assert spin.value() == pytest.approx(1.0)


def test_the_mouse_wheel_scrolls_the_form_instead_of_changing_an_unfocused_setting(window, session, qtbot):
    spin = find(window, "learningRateSpin")
    window.setFocus()
    assert not spin.hasFocus()
    center = QPointF(spin.rect().center())
    wheel = QWheelEvent(center, QPointF(spin.mapToGlobal(spin.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(spin, wheel)
    assert session.config.learning_rate == 0.1
    spin.setFocus()
    QApplication.sendEvent(spin, QWheelEvent(wheel))  # focused: the wheel steps it (1-2-5)
    assert session.config.learning_rate == 0.05


def test_typing_nonsense_into_the_learning_rate_keeps_the_old_value(window, session, qtbot):
    spin = find(window, "learningRateSpin")
    type_into(qtbot, spin, "abc")
    assert session.config.learning_rate == 0.1
    type_into(qtbot, spin, "0")  # not a usable learning rate
    assert session.config.learning_rate > 0


def test_widgets_follow_a_preset_when_the_kind_of_data_changes(window, session):
    changes = []
    session.config_changed.connect(lambda: changes.append(session.config))
    session.load_dataset_spec(DatasetSpec("toy2d", "spiral"))
    assert len(changes) == 1  # the preset only: syncing the widgets wrote nothing back
    c = session.config  # the toy-set preset: momentum, batch 16, lr 0.03
    assert find(window, "optimizerCombo").currentData() == c.optimizer == "momentum"
    assert find(window, "momentumSpin").isVisible()
    assert find(window, "batchSizeSpin").value() == c.batch_size == 16
    assert find(window, "learningRateSpin").value() == pytest.approx(c.learning_rate)
    assert session.config is c


def test_epoch_limit_stops_training_at_exactly_n_epochs(window, session, qtbot):
    limit, until = find(window, "epochLimitSpin"), find(window, "runUntilStoppedCheck")
    if until.isChecked():
        qtbot.mouseClick(until, Qt.MouseButton.LeftButton, pos=until.rect().center())
    type_into(qtbot, limit, "250")
    assert session.config.epochs == 250
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == STOPPED, timeout=10_000)
    assert session.epochs_done == 250
    assert texts(window, "startButton") == "Start"
    qtbot.waitUntil(lambda: texts(window, "progressLabel").startswith("Epoch 250 of 250"), timeout=2000)


class RunEnds(QObject):
    """Counts the worker's finished runs, on the GUI thread: the end of a run is queued behind its
    snapshots, so when it is counted everything the run sent has arrived."""

    def __init__(self, worker):
        super().__init__()
        self.count = 0
        worker.run_finished.connect(self.ended)

    @Slot(int, str)
    def ended(self, *_):
        self.count += 1


def test_step_epoch_advances_exactly_one_epoch(window, session, controller, qtbot):
    button = find(window, "stepEpochButton")
    ends = RunEnds(controller.worker)
    for n in (1, 2):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ends.count == n, timeout=5000)   # the run has ended: nothing more arrives
        assert session.epochs_done == n
    assert session.state == PAUSED
    assert texts(window, "startButton") == "Resume"


def test_step_batch_advances_the_batch_counter(window, session, qtbot):
    full = find(window, "fullBatchCheck")
    qtbot.mouseClick(full, Qt.MouseButton.LeftButton, pos=full.rect().center())
    type_into(qtbot, find(window, "batchSizeSpin"), "1")  # XOR: 4 batches per epoch
    button = find(window, "stepBatchButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.steps == 1, timeout=3000)
    assert session.snapshot.batch == 1
    assert "batch 1/4" in texts(window, "progressLabel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.snapshot.steps == 2, timeout=3000)
    assert session.snapshot.batch == 2
    assert "batch 2/4" in texts(window, "progressLabel")
    assert session.epochs_done == 0


def test_long_epochs_show_a_progress_bar(window, session, qtbot):
    bar = find(window, "epochProgressBar")
    assert not bar.isVisible()  # XOR: one step per epoch
    session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert bar.isVisible()
    assert bar.maximum() == 125
    qtbot.mouseClick(find(window, "stepBatchButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.value() == 1, timeout=5000)
    assert bar.text().startswith("epoch 1: ")


# ---- buttons follow the state ------------------------------------------------------------------------
def test_start_button_shows_start_pause_resume_and_stop_ends_the_run(window, session, qtbot):
    start, stop = find(window, "startButton"), find(window, "stopButton")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert session.state == RUNNING
    assert texts(window, "startButton") == "Pause"
    assert stop.isEnabled()
    qtbot.waitUntil(lambda: session.epochs_done > 10, timeout=5000)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert session.state == PAUSED
    assert texts(window, "startButton") == "Resume"
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert session.state == RUNNING
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert session.state == STOPPED
    assert texts(window, "startButton") == "Start"
    assert not stop.isEnabled()
    assert session.epochs_done > 10  # Stop keeps the weights and the history


def test_reset_asks_first_when_there_is_progress(window, session, controller, qtbot):
    asked = []
    window.ask = lambda title, text: asked.append(title) or False
    qtbot.mouseClick(find(window, "stepEpochButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.epochs_done == 1, timeout=3000)
    reset = find(window, "resetButton")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert asked and session.epochs_done == 1  # answered No: nothing lost
    window.ask = lambda title, text: True
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert session.epochs_done == 0 and len(session.history) == 0
    assert session.state == IDLE
    asked.clear()
    window.ask = lambda title, text: asked.append(title) or True
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert not asked  # nothing to lose: no question


def test_a_new_seed_draws_new_weights_at_once_when_untrained_and_at_reset_otherwise(window, session, qtbot):
    seed = find(window, "seedSpin")
    before = [p.copy() for p in session.network.params]
    type_into(qtbot, seed, "7")
    assert session.config.seed == 7
    after = session.network.params
    assert not all(np.array_equal(a, b) for a, b in zip(before, after))
    assert session.network.params[0].tolist() == NetworkSpec((2, 4, 1)).build(seed=7).params[0].tolist()

    qtbot.mouseClick(find(window, "stepEpochButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.epochs_done == 1, timeout=3000)
    type_into(qtbot, seed, "8")
    assert session.epochs_done == 1  # the trained network is kept...
    hint = find(window, "settingsHintLabel")
    assert hint.isVisible() and "Reset" in hint.text()  # ...and the student is told how to use the seed
    qtbot.mouseClick(find(window, "resetButton"), Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    assert session.network.params[0].tolist() == NetworkSpec((2, 4, 1)).build(seed=8).params[0].tolist()


def test_changing_a_setting_while_training_says_it_applies_at_the_next_start(window, session, qtbot):
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)
    combo = find(window, "optimizerCombo")
    combo.setCurrentIndex(combo.findData("adam"))
    hint = find(window, "settingsHintLabel")
    assert hint.isVisible() and "next Start" in hint.text()
    assert "next Start" in combo.toolTip() or "next time training starts" in combo.toolTip()
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)  # pause
    assert hint.isVisible()
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)  # resume: now in use
    assert not hint.isVisible()
    find(window, "learningRateSpin").stepBy(-1)  # the learning rate applies at once: no hint
    assert not hint.isVisible()
    qtbot.mouseClick(find(window, "stopButton"), Qt.MouseButton.LeftButton)


# ---- diverging training ----------------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_a_huge_learning_rate_pauses_with_a_message_and_keeps_finite_weights(window, session, qtbot):
    session.set_spec(NetworkSpec((2, 4, 1), ("relu", "linear"), loss="mse"))
    type_into(qtbot, find(window, "learningRateSpin"), "1e6")
    assert session.config.learning_rate == 1e6
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    text = window.banner.text()
    assert "diverged" in text and "learning rate" in text
    assert session.state == PAUSED
    assert texts(window, "startButton") == "Resume"
    qtbot.waitUntil(lambda: session.snapshot is not None, timeout=2000)
    assert all(np.isfinite(p).all() for p in session.snapshot.params)
    assert all(np.isfinite(p).all() for p in session.network.params)
    assert np.isfinite(session.history.column("train_loss")).all()
    # the student lowers the learning rate and carries on
    type_into(qtbot, find(window, "learningRateSpin"), "0.01")
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    done = session.epochs_done
    qtbot.waitUntil(lambda: session.epochs_done > done + 10, timeout=5000)
    qtbot.mouseClick(find(window, "stopButton"), Qt.MouseButton.LeftButton)
    assert math.isfinite(session.history.last("train_loss"))


def test_panel_fits_a_narrow_dock(window, qtbot):
    panel = window.panels["trainingDock"]
    dock = window.docks["trainingDock"]
    dock.setFloating(True)
    dock.resize(430, 420)
    qtbot.waitUntil(lambda: dock.width() == 430 and panel.width() <= 430, timeout=2000)
    assert panel.minimumSizeHint().width() <= 430
    for w in panel.findChildren(QLabel):   # no label is cut off: each is as wide as its text needs
        if w.isVisible() and w.text() and not w.wordWrap():
            assert w.width() >= w.minimumSizeHint().width(), w.text()
    dock.setFloating(False)


def test_shift_augmentation_is_offered_for_images_only_and_reaches_the_trainer(window, session, controller, qtbot):
    check = find(window, "augmentShiftCheck")
    assert not check.isVisibleTo(window)                 # XOR: nothing to shift
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    assert check.isVisibleTo(window) and check.isChecked()  # the digits preset shifts by 1 px
    assert session.config.augment_shift == 1
    controller.step_batch()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert controller.worker.trainer.augment is not None
    check.click()
    assert session.config.augment_shift == 0
    controller.stop()
    controller.step_batch()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=5000)
    assert controller.worker.trainer.augment is None


# ---- switching the optimizer offers its usual learning rate ------------------------------------------
def test_switching_optimizer_sets_its_usual_rate_while_the_rate_is_the_presets(window, session, qtbot):
    from guiapp.engine.optimizers import usual_learning_rate

    combo, spin = find(window, "optimizerCombo"), find(window, "learningRateSpin")
    assert session.config.learning_rate == 0.1 and session.config.optimizer == "sgd"   # the XOR preset
    combo.setCurrentIndex(combo.findData("adam"))
    assert session.config.optimizer == "adam"
    assert session.config.learning_rate == usual_learning_rate("adam") == 0.001   # not Adam(0.5)
    assert spin.value() == pytest.approx(0.001)
    note = find(window, "learningRateNoteLabel")
    assert note.isVisible() and "0.001" in note.text() and "Adam" in note.text()
    assert not find(window, "useUsualLearningRateButton").isVisible()
    combo.setCurrentIndex(combo.findData("momentum"))          # Adam's usual rate was not the student's
    assert session.config.learning_rate == usual_learning_rate("momentum") == 0.05


def test_a_rate_the_student_chose_is_kept_and_the_usual_one_is_a_click_away(window, session, qtbot):
    combo, spin = find(window, "optimizerCombo"), find(window, "learningRateSpin")
    type_into(qtbot, spin, "0.2")
    assert session.config.learning_rate == 0.2
    combo.setCurrentIndex(combo.findData("adam"))
    assert session.config.optimizer == "adam" and session.config.learning_rate == 0.2   # kept
    note, use = find(window, "learningRateNoteLabel"), find(window, "useUsualLearningRateButton")
    assert note.isVisible() and "0.001" in note.text()
    assert use.isVisible() and "0.001" in use.text()
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert session.config.learning_rate == 0.001 and spin.value() == pytest.approx(0.001)
    assert not note.isVisible()


def test_while_training_runs_a_new_optimizer_only_offers_its_rate(window, session, controller, qtbot):
    """The rate would reach the running (old) optimizer at once: it is offered, not set."""
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done > 5, timeout=5000)
    combo = find(window, "optimizerCombo")
    combo.setCurrentIndex(combo.findData("adam"))
    assert session.config.optimizer == "adam" and session.config.learning_rate == 0.1
    assert find(window, "useUsualLearningRateButton").isVisible()
    assert find(window, "settingsHintLabel").isVisible()
    controller.stop()
