"""Training from start to finish through the window, as the issue's acceptance criteria ask:
XOR is learned and its decision boundary is right, Stop ends even a long MNIST epoch before it
finishes, closing the window mid-training never leaves the thread running (even when a minibatch
outlasts the wait: the close still returns, and nothing is destroyed while it runs), and a new
learning rate reaches the worker while it trains."""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread
from PySide6.QtWidgets import QWidget

from guiapp.engine.specs import NetworkSpec
from guiapp.engine.training import Trainer
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.session import RUNNING, STOPPED

#: Qt prints this (and aborts) when a QThread object dies while its thread still runs.
QTHREAD_DESTROYED = "Destroyed while thread"


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot, window, name):
    qtbot.mouseClick(find(window, name), Qt.MouseButton.LeftButton)


def running_qthreads():
    def running(t):
        try:
            return t.isRunning()
        except RuntimeError:  # its C++ object is gone
            return False

    return [o for o in gc.get_objects() if isinstance(o, QThread) and running(o)]


def nearest_cell(boundary, x, y):
    return int(np.abs(boundary.ys - y).argmin()), int(np.abs(boundary.xs - x).argmin())


# ---- XOR end to end ------------------------------------------------------------------------------
def test_xor_is_learned_from_the_start_button_and_the_boundary_separates_the_corners(window, session, qtbot):
    assert session.dataset.name.upper().startswith("XOR") and session.spec.layer_sizes == (2, 4, 1)
    click(qtbot, window, "startButton")
    assert session.state == RUNNING
    qtbot.waitUntil(lambda: (session.history.last("train_loss") or 1.0) < 0.05, timeout=20_000)
    click(qtbot, window, "stopButton")
    assert session.state == STOPPED
    # the run's last snapshot (its boundary computed by the worker from the final weights)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == session.epochs_done,
                    timeout=3000)
    boundary = session.snapshot.boundary
    res = len(boundary.xs)
    assert boundary.outputs.shape == (res, res, 1)
    out = boundary.outputs[..., 0]
    for (x, y), label in (((0, 0), 0), ((1, 1), 0), ((0, 1), 1), ((1, 0), 1)):
        value = out[nearest_cell(boundary, x, y)]
        assert (value > 0.5) == bool(label), f"output {value:.3f} at ({x}, {y}) should be class {label}"
    assert find(window, "startButton").text() == "Start"


# ---- Stop ends the run before the epoch ends -----------------------------------------------------
def test_stop_ends_a_long_mnist_epoch_before_it_finishes(window, session, controller, qtbot):
    """Stop is checked between minibatches, so a run ends within about one batch, not at the end of
    the epoch. Work: the MNIST sample (8,000 digits), 784-256-256-10 in batches of 64: 125 batches
    of ~20 ms, an epoch of a few seconds. Stopped 5 batches in, the run ends with the epoch counter
    still at 0, partway through the epoch; so does a second run, stopped the same way. (How soon
    Stop takes effect, in milliseconds, is measured by bench/bench_stop_latency.py.)"""
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 256, 256, 10), ("relu", "relu", "softmax")))
    session.set_config(replace(session.config, batch_size=64, epochs=None, optimizer="adam", learning_rate=0.001))
    n_batches = -(-session.dataset.n_train // 64)
    for _ in range(2):
        last = session.snapshot
        click(qtbot, window, "startButton")  # a new run begins the epoch again, from its first batch
        qtbot.waitUntil(lambda: session.snapshot is not last and session.batch >= 5, timeout=20_000)
        controller.stop()
        assert session.state == STOPPED
        qtbot.waitUntil(lambda: not controller.worker_busy, timeout=20_000)  # the run has ended
        assert session.epoch == 0 and len(session.history) == 0, "the epoch ran to its end after Stop"
        assert 5 <= session.batch < n_batches
        assert controller.worker.trainer.epoch == 0


# ---- closing the window mid-training ----------------------------------------------------------------
@pytest.mark.slow  # 22 windows: ~5 s on an idle 2-core machine
def test_closing_the_window_while_training_stops_the_thread_every_time(qapp, qtbot, capfd, qtlog):
    """20 windows on XOR (closed at different moments of a run) and 2 in a long MNIST epoch:
    each close returns within 2 s with the training thread ended, and Qt never complains that a
    thread was destroyed while running."""
    from guiapp.app import build_window

    closes = []
    for i in range(22):
        closes.append(close_while_training(qtbot, build_window, mnist=i >= 20, after_epochs=i % 2 == 0))
        assert closes[-1] < 2.0, f"closing window {i} took {closes[-1]:.2f} s"
        assert not running_qthreads(), f"the training thread still runs after closing window {i}"
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the windows' deleteLater
        gc.collect()
    qapp.processEvents()
    err = capfd.readouterr().err
    assert QTHREAD_DESTROYED not in err
    assert not [r for r in qtlog.records if QTHREAD_DESTROYED in r.message]
    assert max(closes) < 2.0


def close_while_training(qtbot, build_window, *, mnist: bool, after_epochs: bool) -> float:
    """Open a window, start training, close it; the seconds the close took. ``mnist``: a big
    network in the middle of an MNIST epoch; else XOR, once epochs flow or straight after Start."""
    window, session, controller = build_window(settings=None)
    window.show()
    qtbot.waitExposed(window)
    if mnist:
        assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
        session.set_spec(NetworkSpec((784, 256, 256, 10), ("relu", "relu", "softmax")))
        session.set_config(replace(session.config, batch_size=64, epochs=None))
    click(qtbot, window, "startButton")
    assert session.state == RUNNING
    if mnist:
        qtbot.waitUntil(lambda: session.batch > 0, timeout=10_000)
    elif after_epochs:
        qtbot.waitUntil(lambda: session.epoch > 0, timeout=5000)
    started = time.perf_counter()
    window.close()
    seconds = time.perf_counter() - started
    window.deleteLater()
    return seconds


# ---- learning rate while running ---------------------------------------------------------------------
def test_a_new_learning_rate_reaches_the_worker_while_it_trains(window, session, qtbot):
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: session.epochs_done > 50, timeout=5000)
    spin = find(window, "learningRateSpin")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0.05")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.config.learning_rate == 0.05
    changed_at = session.epochs_done
    qtbot.waitUntil(lambda: session.snapshot.learning_rate == 0.05, timeout=1000)
    assert session.state == RUNNING  # the run went on: no restart needed
    qtbot.waitUntil(lambda: session.epochs_done > changed_at + 10, timeout=5000)
    assert session.snapshot.learning_rate == 0.05
    click(qtbot, window, "stopButton")


# ---- a shutdown that times out ---------------------------------------------------------------------
@pytest.fixture
def stuck_batch(monkeypatch):
    """Makes the worker's next minibatch hang until the test lets it go: ``(inside, release)``."""
    inside, release = threading.Event(), threading.Event()
    original = Trainer.step_batch

    def stuck(self):
        inside.set()
        release.wait(60)
        return original(self)

    monkeypatch.setattr(Trainer, "step_batch", stuck)
    yield inside, release
    release.set()


def test_a_shutdown_that_times_out_returns_in_time_says_so_and_keeps_the_thread_alive(session, qtbot, capfd,
                                                                                       qtlog, stuck_batch):
    from guiapp.workers.training_controller import TrainingController, lingering_threads

    inside, release = stuck_batch
    controller = TrainingController(session)
    controller.start()
    qtbot.waitUntil(inside.is_set, timeout=5000)
    started = time.perf_counter()
    assert controller.shutdown(timeout_ms=300) is False
    assert time.perf_counter() - started < 1.5  # its own timeout, plus slack for a busy machine
    assert "still finishing a minibatch" in capfd.readouterr().err
    assert len(lingering_threads()) == 1
    del controller
    gc.collect()  # the controller can go: the thread and its worker are kept until they end
    release.set()
    qtbot.waitUntil(lambda: not lingering_threads(), timeout=5000)
    assert not running_qthreads()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert QTHREAD_DESTROYED not in capfd.readouterr().err
    assert not [r for r in qtlog.records if QTHREAD_DESTROYED in r.message]


def test_closing_the_window_during_a_batch_that_outlasts_the_wait_closes_anyway(qtbot, capfd, qtlog,
                                                                                stuck_batch, monkeypatch):
    """The window goes after SHUTDOWN_WAIT_MS (its settings saved); the thread ends right after its
    minibatch, and nothing is destroyed while it runs."""
    from guiapp.app import build_window
    from guiapp.ui import main_window
    from guiapp.workers.training_controller import lingering_threads

    monkeypatch.setattr(main_window, "SHUTDOWN_WAIT_MS", 300)
    inside, release = stuck_batch
    window, session, controller = build_window(settings=None)
    window.show()
    qtbot.waitExposed(window)
    click(qtbot, window, "startButton")
    qtbot.waitUntil(inside.is_set, timeout=5000)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 1.5
    assert not window.isVisible()
    assert lingering_threads()
    window.deleteLater()
    del window, session, controller
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: not lingering_threads(), timeout=5000)
    assert QTHREAD_DESTROYED not in capfd.readouterr().err
    assert not [r for r in qtlog.records if QTHREAD_DESTROYED in r.message]


EXIT_SCRIPT = r"""
import sys, threading, time
from guiapp import app as app_module
from guiapp.engine.training import Trainer
from guiapp.ui import main_window

inside = threading.Event()
def never_ends(self):              # one minibatch that never ends
    inside.set()
    threading.Event().wait()
Trainer.step_batch = never_ends
main_window.SHUTDOWN_WAIT_MS = 200

qapp = app_module.create_application()
window, session, controller = app_module.build_window(None)
window.show()
controller.start()
while not inside.is_set():
    qapp.processEvents()
    time.sleep(0.01)
window.close()
print("closed", flush=True)
sys.exit(app_module.end_training_thread(controller, 0, wait_ms=300))
"""


def test_the_app_exits_in_bounded_time_when_the_training_thread_never_ends(tmp_path):
    """What ``python -m guiapp`` does after its event loop: wait for the training thread (bounded),
    then exit without destroying a running QThread (that would abort with "Destroyed while thread")."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", EXIT_SCRIPT], env=env, capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    seconds = time.perf_counter() - started
    assert "closed" in done.stdout
    assert done.returncode == 0, done.stderr
    assert "exiting without waiting" in done.stderr
    assert QTHREAD_DESTROYED not in done.stderr
    assert seconds < 30
