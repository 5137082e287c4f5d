"""The controller's copy-out and put-back of where training stands (TrainerState): the base of
"continue from here" (rewind) and of project files."""

from __future__ import annotations

import numpy as np

from guiapp.state import training_state as ts
from guiapp.state.dataset_spec import DatasetSpec


def _spiral(session):
    assert session.load_dataset_spec(DatasetSpec("toy2d", "spiral", {"n": 200}))   # momentum, batch 16


def _step_epochs(qtbot, controller, session, n):
    for _ in range(n):
        controller.step_epoch()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    return session.history.column("train_loss")[-n:].copy()


def test_restoring_a_captured_state_repeats_training_exactly(qtbot, session, controller):
    _spiral(session)
    _step_epochs(qtbot, controller, session, 3)
    controller.step_batch()                      # mid-epoch: the epoch's order and sums are kept too
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)
    got = []
    controller.capture_state(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    state = got[0]
    assert (state.epoch, state.batch) == (3, 1) and state.optimizer["arrays"]
    first = _step_epochs(qtbot, controller, session, 4)

    session.truncate_history(state.epoch)
    controller.restore_state(state)
    qtbot.waitUntil(lambda: session.snapshot is not None and session.epoch == 3 and session.batch == 1,
                    timeout=5000)
    assert session.state == ts.PAUSED
    np.testing.assert_array_equal(session.snapshot.params[0], state.params[:session.snapshot.params[0].size]
                                  .reshape(session.snapshot.params[0].shape))
    again = _step_epochs(qtbot, controller, session, 4)
    np.testing.assert_array_equal(again, first)          # the same minibatches, the same steps
    epochs = session.history.column("epoch")
    assert list(epochs) == list(range(1, 8))             # no epoch counted twice


def test_a_copy_is_taken_while_training_runs_without_stopping_it(qtbot, session, controller):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 20, timeout=10_000)
    got = []
    controller.capture_state(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert session.state == ts.RUNNING and got[0].epoch > 0
    at = session.epoch
    qtbot.waitUntil(lambda: session.epoch > at + 20, timeout=10_000)   # still training
    controller.stop()
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=10_000)


def test_a_copy_of_a_fresh_network_is_its_weights(qtbot, session, controller):
    got = []
    controller.capture_state(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    np.testing.assert_array_equal(got[0].params, session.network.flat_params)
    assert got[0].epoch == 0 and got[0].optimizer is None


def test_a_state_that_does_not_fit_gets_a_message_and_changes_nothing(qtbot, session, controller):
    from guiapp.engine.trainer_state import TrainerState

    messages = []
    session.message.connect(lambda level, text: messages.append((level, text)))
    before = session.network.flat_params.copy()
    controller.restore_state(TrainerState(params=np.zeros(3)))
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[0][0] == "error"
    np.testing.assert_array_equal(session.network.flat_params, before)
