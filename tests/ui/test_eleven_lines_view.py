"""The 11-line network view (tutorial 3): one click sets up the tutorial's run, Start runs all
60,000 iterations off the GUI thread, and the six printed errors (and the first example's four
outputs) come out as the tutorial prints them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QPushButton

from guiapp.engine.tutorial_runs import THREE_COLUMN_FIRST_Y, eleven_line_run
from guiapp.ui.i18n.formatting import format_int, format_number

TUTORIAL_ERRORS = ["0.496410031903", "0.00858452565325", "0.00578945986251", "0.00462917677677",
                   "0.00395876528027", "0.00351012256786"]
TUTORIAL_OUTPUTS = ["0.00966449", "0.00786506", "0.99358898", "0.99211957"]


@pytest.fixture
def panel(qtbot, session):
    from guiapp.ui.panels.eleven_lines_panel import ElevenLinesPanel

    p = ElevenLinesPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 420)
    p.show()
    qtbot.waitExposed(p)
    yield p
    assert p.stop(wait=True)


def start(qtbot, panel) -> None:
    button = panel.findChild(QPushButton, "elevenStartButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_eleven_line_run_prints_the_tutorials_six_errors(qtbot, panel):
    assert panel.preset.name == "eleven_lines" and panel.iterations == 60_000
    assert [r[2] for r in panel.compare_rows()] == TUTORIAL_ERRORS          # beside them from the start
    assert [r[1] for r in panel.compare_rows()] == ["–"] * 6
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(panel.progress.value()))
    timer.start(20)
    start(qtbot, panel)
    assert panel.is_running()                                  # start() returned while the run goes on
    assert not panel.findChild(QPushButton, "elevenStartButton").isEnabled()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60_000)
    timer.stop()
    # the window kept working while it ran, and saw it progress (the live table too)
    # (at least once mid-run: how often depends on how busy the machine's two cores are)
    assert len({t for t in ticks if 0 < t < 60_000}) >= 1, ticks
    rows = panel.compare_rows()
    assert [r[0] for r in rows] == [format_int(10_000 * k) for k in range(6)]
    assert [r[1] for r in rows] == TUTORIAL_ERRORS                         # all 12 printed digits
    assert all(r[3].startswith("✓") and "12" in r[3] for r in rows), rows
    assert "✓" in panel.status_label.text()
    # the live table: the last iteration's rows, as the engine computes them
    last = None
    for last in eleven_line_run(60_000, 59_999):
        pass
    assert last.iteration == 59_999
    live = panel.live_rows()
    assert [r[0] for r in live] == ["0  0  1", "0  1  1", "1  0  1", "1  1  1"]
    assert [r[2] for r in live] == [format_number(v, decimals=3) for v in last.l2[:, 0]]
    assert [r[3] for r in live] == [format_number(v, significant=3) for v in last.error[:, 0]]
    assert [r[4] for r in live] == [format_number(v, significant=3) for v in last.l2_delta[:, 0]]
    assert live[1][1] == "  ".join(format_number(v, decimals=3) for v in last.l1[1])


def test_the_first_example_gives_the_four_printed_outputs(qtbot, panel):
    combo = panel.findChild(QComboBox, "elevenPresetCombo")
    combo.setCurrentIndex(combo.findData("two_layer"))
    assert panel.preset.name == "two_layer" and panel.iterations == 10_000
    assert panel.live_table.horizontalHeaderItem(1).text() == "l1"          # the tutorial's names
    start(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    rows = panel.compare_rows()
    assert [r[1] for r in rows] == TUTORIAL_OUTPUTS
    assert [r[2] for r in rows] == TUTORIAL_OUTPUTS
    assert all(r[3].startswith("✓") for r in rows), rows
    last = None
    for last in eleven_line_run(10_000, 1, Y=THREE_COLUMN_FIRST_Y, hidden=None):
        pass
    assert [r[1] for r in panel.live_rows()] == [format_number(v, decimals=3) for v in last.l2[:, 0]]


def test_stop_ends_the_run_where_it_is(qtbot, panel):
    start(qtbot, panel)
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=20_000)
    qtbot.mouseClick(panel.findChild(QPushButton, "elevenStopButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert panel.log.latest.iteration < 59_999
    assert panel.findChild(QPushButton, "elevenStartButton").isEnabled()
    assert "Stopped" in panel.status_label.text()


def test_closing_the_window_mid_run_stops_its_thread(qtbot, session):
    from PySide6.QtWidgets import QMainWindow

    from guiapp.ui.panels.eleven_lines_panel import ElevenLinesPanel

    win = QMainWindow()
    qtbot.addWidget(win)
    p = ElevenLinesPanel(session)
    win.setCentralWidget(p)
    win.show()
    p.start()
    assert p.is_running()
    win.close()
    assert not p.is_running()            # the close waited for the run's thread


def test_a_lesson_opens_a_run_and_finds_its_controls(panel):
    assert panel.preset_names() == ["eleven_lines", "two_layer"]
    panel.load_preset("two_layer")
    assert set(panel.controls()) == {"elevenPresetCombo", "elevenStartButton", "elevenStopButton"}
    with pytest.raises(ValueError):
        panel.load_preset("twelve_lines")
