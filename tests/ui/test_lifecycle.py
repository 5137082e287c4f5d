"""Training from start to finish through the window, as the issue's acceptance criteria ask:
XOR is learned and its decision boundary is right, Stop is quick even in a long MNIST epoch,
closing the window mid-training never leaves the thread running, and a new learning rate
reaches the worker while it trains."""

from __future__ import annotations

import gc
import statistics
import time
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QWidget

from guiapp.engine.specs import NetworkSpec
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.engine.training import Trainer
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


# ---- Stop is quick in a long epoch ---------------------------------------------------------------
def test_stop_ends_a_long_mnist_epoch_within_100_ms(window, session, controller, qtbot, monkeypatch):
    """Stop is checked between minibatches, so a run ends within about one batch.

    Work: the bundled MNIST sample (8,000 digits), 784-256-256-10 in batches of 64: 125 batches
    of ~20 ms, so one epoch lasts a few seconds. Each try starts training, waits until the
    epoch is under way (snapshot.batch >= 5), calls controller.stop() (what the Stop button
    calls) and measures two things on the worker's thread:

    - until training stopped: the end of the last minibatch step;
    - until the run ended: the worker emitting run_finished, after its last snapshot (which
      also measures the 2,000 test digits for the confusion matrix, ~35 ms here).

    Bound: the median of 7 tries under 100 ms for both (typically 10-20 and 35-60 ms on this
    2-core machine), generous for a loaded CI machine, and still failing by far if Stop waited
    for the end of the epoch (seconds).
    """
    assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
    session.set_spec(NetworkSpec((784, 256, 256, 10), ("relu", "relu", "softmax")))
    session.set_config(replace(session.config, batch_size=64, epochs=None, optimizer="adam"))

    step_ends = []
    original_step = Trainer.step_batch

    def timed_step(self):
        result = original_step(self)
        step_ends.append(time.perf_counter())
        return result

    monkeypatch.setattr(Trainer, "step_batch", timed_step)
    ended = []
    controller.worker.run_finished.connect(lambda request_id, reason: ended.append(time.perf_counter()),
                                           Qt.ConnectionType.DirectConnection)
    seen = []
    session.snapshot_changed.connect(lambda snap: seen.append(snap))
    to_stop, to_end = [], []
    for _ in range(7):
        seen.clear()
        click(qtbot, window, "startButton")
        # well into the epoch (the first snapshot of a run also measures the test digits)
        qtbot.waitUntil(lambda: any(s.batch >= 5 for s in seen), timeout=10_000)
        ended.clear()
        stopped_at = time.perf_counter()
        controller.stop()
        assert session.state == STOPPED
        qtbot.waitUntil(lambda: bool(ended), timeout=5000)
        to_stop.append(max(0.0, step_ends[-1] - stopped_at))
        to_end.append(ended[-1] - stopped_at)
        assert session.epochs_done == 0  # it really stopped mid-epoch, long before the epoch's end
    ms = lambda ts: [round(t * 1000) for t in ts]  # noqa: E731
    assert statistics.median(to_stop) < 0.100, f"training went on after Stop for {ms(to_stop)} ms"
    assert statistics.median(to_end) < 0.100, f"the run ended {ms(to_end)} ms after Stop"


# ---- closing the window mid-training ----------------------------------------------------------------
@pytest.mark.slow  # 22 windows: ~5 s on an idle 2-core machine
def test_closing_the_window_while_training_stops_the_thread_every_time(qapp, qtbot, capfd, qtlog):
    """20 windows on XOR (closed at different moments of a run) and 2 in a long MNIST epoch:
    each close returns within 2 s with the training thread ended, and Qt never complains that a
    thread was destroyed while running."""
    from guiapp.app import build_window

    closes = []
    for i in range(22):
        window, session, controller = build_window(settings=None)
        window.show()
        qtbot.waitExposed(window)
        if i >= 20:  # a big network in the middle of an MNIST epoch
            assert session.load_dataset_spec(DatasetSpec("mnist", "sample"))
            session.set_spec(NetworkSpec((784, 256, 256, 10), ("relu", "relu", "softmax")))
            session.set_config(replace(session.config, batch_size=64, epochs=None))
        click(qtbot, window, "startButton")
        assert session.state == RUNNING
        if i >= 20:
            qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.batch > 0, timeout=10_000)
        elif i % 2 == 0:  # half of them once epochs are flowing, half straight after Start
            qtbot.waitUntil(lambda: session.epochs_done > 0, timeout=5000)
        started = time.perf_counter()
        window.close()
        closes.append(time.perf_counter() - started)
        assert closes[-1] < 2.0, f"closing window {i} took {closes[-1]:.2f} s"
        assert not running_qthreads(), f"the training thread still runs after closing window {i}"
        window.deleteLater()
        del window, session, controller
        qtbot.wait(1)  # let deleteLater run
        gc.collect()
    qapp.processEvents()
    err = capfd.readouterr().err
    assert QTHREAD_DESTROYED not in err
    assert not [r for r in qtlog.records if QTHREAD_DESTROYED in r.message]
    assert max(closes) < 2.0


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
