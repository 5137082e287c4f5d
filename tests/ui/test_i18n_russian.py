"""The whole app in Russian (issue 13): every panel, tab and state, every kind of data and every
dialog, with no visible text, tool tip or accessible name left in English but the names that stay
(MNIST, XOR, ReLU, Adam, …: tests/ui/english_leaks.py). The walk itself is tests/ui/russian_walk.py
(scripts/english_leaks.py prints what it finds)."""

from __future__ import annotations

from english_leaks import english_words
from i18n_fixtures import language_fixture, russian_window_fixture  # noqa: F401
from russian_walk import WalkContext, walk


def test_nothing_is_left_in_english_anywhere(russian_window, session, controller, qtbot, tmp_path):
    def wait(condition, timeout):
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    ctx = WalkContext(russian_window, session, controller, wait, tmp_path)
    shown = walk(ctx)
    leaks = "\n".join(str(leak) for leak in ctx.leaks)
    assert not ctx.leaks, f"{len(ctx.leaks)} strings still in English:\n{leaks}"
    # the walk really went everywhere
    assert len(ctx.stages) >= 14
    for dialog in ("loadProgressDialog", "QMessageBox.about", "QMessageBox.question", "QMessageBox.warning",
                   "QFileDialog.getOpenFileName", "QFileDialog.getSaveFileName", "QFileDialog.getExistingDirectory",
                   "mnistDownloadDialog"):
        assert dialog in shown, dialog


def test_the_checker_sees_english(russian_window):
    """The walk would fail on an English string: one planted in a panel is found."""
    from english_leaks import find_leaks

    russian_window.panels["trainingDock"].progress_label.setToolTip("Epochs finished")
    assert [leak.text for leak in find_leaks(russian_window)] == ["Epochs finished"]
    assert english_words("Эпоха 3 · MNIST · ReLU · Adam") == []
