"""The training state machine: its table, and the one state each command sequence leads to when
the controller drives it (double presses, Step while running, Stop while paused, Reset while
running, a diverged run, the epoch limit)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from guiapp.engine.specs import NetworkSpec
from guiapp.state import training_state as ts
from guiapp.state.session import IDLE, PAUSED, RUNNING, STOPPED


# ---- the table --------------------------------------------------------------------------------------
def test_every_event_has_one_next_state_in_every_state():
    assert set(ts.TRANSITIONS) == set(ts.EVENTS)
    for event, row in ts.TRANSITIONS.items():
        assert set(row) == set(ts.STATES), f"{event} leaves a state undefined"
        assert set(row.values()) <= set(ts.STATES)


@pytest.mark.parametrize("state, event, expected", [
    (IDLE, ts.START, RUNNING), (RUNNING, ts.START, RUNNING),       # a second Start changes nothing
    (RUNNING, ts.PAUSE, PAUSED), (PAUSED, ts.PAUSE, PAUSED), (IDLE, ts.PAUSE, IDLE),
    (RUNNING, ts.STEP, PAUSED), (STOPPED, ts.STEP, PAUSED), (IDLE, ts.STEP, PAUSED),
    (PAUSED, ts.STOP, STOPPED), (IDLE, ts.STOP, IDLE),              # nothing to stop before training
    (RUNNING, ts.LIMIT, STOPPED), (PAUSED, ts.LIMIT, STOPPED),
    (RUNNING, ts.DIVERGED, PAUSED), (STOPPED, ts.DIVERGED, STOPPED),
    (RUNNING, ts.FAILED, STOPPED),
    (RUNNING, ts.NEW_NETWORK, IDLE), (PAUSED, ts.NEW_NETWORK, IDLE), (STOPPED, ts.NEW_NETWORK, IDLE),
])
def test_transitions(state, event, expected):
    machine = ts.TrainingStateMachine(state)
    assert machine.fire(event) == (state, expected)
    assert machine.state == expected


def test_an_unknown_state_or_event_is_refused():
    with pytest.raises(ValueError):
        ts.TrainingStateMachine("walking")
    with pytest.raises(KeyError):
        ts.TrainingStateMachine().fire("jump")


# ---- driven by the controller --------------------------------------------------------------------------
def done(qtbot, controller):
    qtbot.waitUntil(lambda: not controller.worker_busy, timeout=20_000)


def test_the_session_reports_each_change_once(session, controller, qtbot):
    seen = []
    session.state_changed.connect(seen.append)
    controller.start()
    controller.start()          # a double press
    controller.pause()
    controller.pause()
    controller.toggle()         # resume
    controller.stop()
    controller.stop()
    assert seen == [RUNNING, PAUSED, RUNNING, STOPPED]
    done(qtbot, controller)


def test_step_while_running_pauses_after_that_step(session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50, timeout=10_000)
    controller.step_epoch()
    assert session.state == PAUSED
    done(qtbot, controller)
    at = session.epoch
    assert session.state == PAUSED and session.batch == 0
    controller.step_epoch()
    done(qtbot, controller)
    assert session.epoch == at + 1


def test_stop_while_paused_then_start_goes_on_counting(session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50, timeout=10_000)
    controller.pause()
    controller.stop()
    assert session.state == STOPPED
    done(qtbot, controller)
    at = session.epoch
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > at + 50, timeout=10_000)
    controller.stop()
    done(qtbot, controller)
    np.testing.assert_array_equal(session.history.column("epoch"), np.arange(1, session.epoch + 1))


def test_reset_while_running_gives_a_fresh_idle_network(session, controller, qtbot):
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50, timeout=10_000)
    old_id = session.network_id
    controller.reset()
    assert session.state == IDLE and session.network_id != old_id
    assert session.epoch == 0 and len(session.history) == 0
    done(qtbot, controller)
    # what the old run still sent is dropped: nothing from it reaches the new network's history
    qtbot.waitUntil(lambda: session.snapshot is not None, timeout=5000)
    assert session.epoch == 0 and len(session.history) == 0 and session.state == IDLE
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 10, timeout=10_000)
    controller.stop()
    done(qtbot, controller)
    np.testing.assert_array_equal(session.history.column("epoch"), np.arange(1, session.epoch + 1))


def test_the_epoch_limit_stops_and_a_start_at_the_limit_says_so(session, controller, qtbot):
    session.set_config(replace(session.config, epochs=30))
    controller.start()
    qtbot.waitUntil(lambda: session.state == STOPPED, timeout=10_000)
    done(qtbot, controller)
    assert session.epoch == 30
    with qtbot.waitSignal(session.message) as message:
        controller.start()
    assert "limit" in message.args[1] and session.state == STOPPED
    session.set_config(replace(session.config, epochs=40))  # raised: the next Start goes on to 40
    controller.start()
    qtbot.waitUntil(lambda: session.state == STOPPED, timeout=10_000)
    done(qtbot, controller)
    assert session.epoch == 40
    np.testing.assert_array_equal(session.history.column("epoch"), np.arange(1, 41))


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_a_diverged_run_pauses_and_the_count_goes_on_from_the_restored_epoch(session, controller, qtbot):
    session.set_spec(NetworkSpec((2, 4, 1), ("relu", "linear"), loss="mse"))
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 200, timeout=10_000)
    with qtbot.waitSignal(session.message, timeout=10_000) as message:
        controller.set_learning_rate(1e6)  # live: the next minibatch explodes
    assert message.args[0] == "error" and "diverged" in message.args[1]
    assert session.state == PAUSED
    done(qtbot, controller)
    restored = session.epoch
    assert all(np.isfinite(p).all() for p in session.snapshot.params)
    controller.set_learning_rate(0.01)
    controller.step_epoch()
    done(qtbot, controller)
    assert session.epoch == restored + 1
    np.testing.assert_array_equal(session.history.column("epoch"), np.arange(1, session.epoch + 1))


def test_a_failed_run_stops_and_the_next_start_goes_on_counting(session, controller, qtbot, monkeypatch):
    from guiapp.engine.training import Trainer

    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 50, timeout=10_000)
    controller.pause()
    done(qtbot, controller)
    at = session.epoch

    def broken(self):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(Trainer, "step_batch", broken)
    with qtbot.waitSignal(session.message) as message:
        controller.start()
    assert "simulated failure" in message.args[1] and session.state == STOPPED
    monkeypatch.undo()
    controller.step_epoch()
    done(qtbot, controller)
    assert session.epoch == at + 1
    np.testing.assert_array_equal(session.history.column("epoch"), np.arange(1, session.epoch + 1))


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_a_new_run_that_diverges_at_once_restores_the_weights_it_began_with(session, controller, qtbot):
    """After Stop the worker builds a new Trainer at epoch N: diverging in its first minibatch puts
    back the weights of epoch N (those it was built with) and keeps the history up to N."""
    session.set_spec(NetworkSpec((2, 4, 1), ("relu", "linear"), loss="mse"))
    controller.start()
    qtbot.waitUntil(lambda: session.epoch > 200, timeout=10_000)
    controller.stop()
    done(qtbot, controller)
    at, weights = session.epoch, session.snapshot.params
    controller.set_learning_rate(1e6)
    with qtbot.waitSignal(session.message, timeout=10_000) as message:
        controller.start()
    assert "diverged" in message.args[1]
    done(qtbot, controller)
    assert session.epoch == at and len(session.history) == at
    for restored, before in zip(session.snapshot.params, weights):
        np.testing.assert_array_equal(restored, before)


def test_steps_asked_for_in_a_row_are_each_done(session, controller, qtbot):
    session.set_config(replace(session.config, batch_size=1))  # XOR: 4 minibatches per epoch
    for _ in range(3):
        controller.step_batch()  # three clicks in one turn of the event loop
    done(qtbot, controller)
    assert (session.epoch, session.batch, session.snapshot.steps) == (0, 3, 3)
    controller.step_epoch()
    controller.step_epoch()
    done(qtbot, controller)
    assert (session.epoch, session.batch) == (2, 0)
    assert session.state == PAUSED
