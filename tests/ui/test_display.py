"""What the views draw: the live snapshot, or an earlier one (rewinding); and the example the
backprop view traces (one selection for every place that can pick one)."""

from __future__ import annotations

import numpy as np
import pytest

from guiapp.state.example_ref import ExampleRef


def test_views_follow_the_live_snapshot_until_told_otherwise(qtbot, session, controller):
    shown = []
    session.display_changed.connect(shown.append)
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epoch >= 1 and session.display is session.snapshot, timeout=5000)
    assert session.is_live and shown[-1] is session.snapshot
    old = session.snapshot
    session.show_snapshot(old)
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.epoch >= 2, timeout=5000)
    assert not session.is_live and session.display is old        # a new snapshot did not take over
    session.show_live()
    assert session.is_live and session.display is session.snapshot and shown[-1] is session.snapshot


def test_a_new_network_clears_the_display_and_the_example(qtbot, session, controller):
    controller.step_epoch()
    qtbot.waitUntil(lambda: session.display is not None, timeout=5000)
    session.select_example(ExampleRef("truth_table", 1, [0.0, 1.0], 1))
    session.reset_network()
    assert session.display is None or session.display.network_id == session.network_id
    assert session.example is None


def test_selecting_an_example_tells_every_listener_once():
    from guiapp.state.session import Session

    s = Session()
    got = []
    s.example_selected.connect(got.append)
    row = ExampleRef("truth_table", 2, np.array([1, 0]), 1)
    s.select_example(row)
    s.select_example(ExampleRef("truth_table", 2, [1.0, 0.0], 1))   # the same example again
    assert got == [row] and s.example.x.dtype == np.float64 and not s.example.x.flags.writeable
    with pytest.raises(ValueError):
        ExampleRef("somewhere", 0, [0.0])
