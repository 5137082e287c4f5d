"""Lessons in the window (issue 11 §5, §6): Help → Lessons opens each built-in lesson; the Lesson
panel shows its text in the UI's language, the lesson's panels are on screen, its controls are
locked until Close lesson; the 11-line lesson's Start gives the tutorial's first error; File →
Save as lesson writes a lesson that opens again; the feature-transform preset (§4)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from guiapp.state.lesson import Lesson, read_lesson
from guiapp.ui.lessons import builtin_lessons
from i18n_fixtures import language_fixture, russian_window_fixture  # noqa: F401

LESSONS = builtin_lessons()


def _open_from_menu(qtbot, window, path):
    action = next(a for a in window.lessons.menu.actions() if a.data() == str(path))
    action.trigger()
    qtbot.waitUntil(lambda: window.lessons.lesson is not None and window.lessons.dock.isVisible(), timeout=10_000)


def _first_line(markdown: str) -> str:
    """The start of the text's first line, up to its first Markdown mark (as the panel shows it)."""
    line = next(line for line in markdown.splitlines() if line.strip()).strip()
    return line.split("*")[0].split("`")[0].strip()


def test_help_lists_at_least_six_builtin_lessons_with_both_languages():
    assert len(LESSONS) >= 6
    for path in LESSONS:
        lesson = read_lesson(path)
        assert set(lesson.text) == {"en", "ru"} and set(lesson.title) == {"en", "ru"}, path.name
        assert lesson.tutorial


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_each_builtin_lesson_opens_from_help_lessons(qtbot, window, path):
    lesson = read_lesson(path)
    assert window.lessons.menu.menuAction() in window.help_menu.actions()
    _open_from_menu(qtbot, window, path)
    panel = window.findChild(QWidget, "lessonPanel")
    assert _first_line(lesson.text["en"])[:40] in panel.text()
    assert window.findChild(QWidget, "lessonTitleLabel").text() == lesson.title["en"]
    for name in lesson.show:
        assert window.docks[name].isVisible(), name
    for name in lesson.lock:
        assert not window.findChild(QWidget, name).isEnabled(), name
    assert sorted(window.lessons.locked()) == sorted(lesson.lock)
    assert window.project_files.document.path == ""     # Save must not overwrite the lesson file
    assert list(window.session.spec.layer_sizes) == list(read_lesson_project(path).spec.layer_sizes)
    window.findChild(QPushButton, "closeLessonButton").click()
    assert window.lessons.lesson is None and not window.lessons.dock.isVisible()
    for name in lesson.lock:
        assert window.findChild(QWidget, name).isEnabled(), name


def read_lesson_project(path):
    from guiapp.state.project import read_project

    return read_project(path)


def test_the_eleven_line_lesson_starts_with_the_tutorials_first_error(qtbot, window):
    path = next(p for p in LESSONS if "11-line" in p.stem)
    _open_from_menu(qtbot, window, path)
    panel = window.panels["elevenLinesDock"]
    assert window.docks["elevenLinesDock"].isVisible() and panel.preset.name == "eleven_lines"
    qtbot.mouseClick(panel.findChild(QPushButton, "elevenStartButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.compare_rows()[0][1] == "0.496410031903", timeout=30_000)
    assert panel.stop(wait=True)


def test_a_lesson_shows_its_russian_text_in_russian(qtbot, russian_window):
    window = russian_window
    path = next(p for p in LESSONS if "11-line" in p.stem)
    lesson = read_lesson(path)
    _open_from_menu(qtbot, window, path)
    assert _first_line(lesson.text["ru"])[:40] in window.findChild(QWidget, "lessonPanel").text()
    assert window.findChild(QWidget, "closeLessonButton").text() == "Закрыть урок"
    assert window.lessons.menu.actions()[0].text() == read_lesson(LESSONS[0]).title["ru"]


def test_save_as_lesson_and_open_it_again_with_file_open(qtbot, window, session, monkeypatch, tmp_path):
    lessons = window.lessons
    window.docks["featureSpaceDock"].show()
    lesson = Lesson(title={"en": "My lesson"}, text={"en": "Press **Start** and watch."},
                    show=("featureSpaceDock",), lock=("networkPanel",))
    monkeypatch.setattr(lessons, "ask_lesson", lambda: lesson)
    monkeypatch.setattr(lessons, "ask_lesson_path", lambda: str(tmp_path / "mine"))
    window.findChild(type(lessons.save_lesson_action), "saveLessonAction").trigger()
    qtbot.waitUntil(lambda: (tmp_path / "mine.bplesson").exists(), timeout=10_000)
    assert read_lesson(tmp_path / "mine.bplesson") == lesson
    monkeypatch.setattr(window.project_files, "ask_open_path", lambda: str(tmp_path / "mine.bplesson"))
    window.project_files.open_action.trigger()
    qtbot.waitUntil(lambda: lessons.lesson == lesson, timeout=10_000)
    assert "watch" in window.findChild(QWidget, "lessonPanel").text()   # English falls back for any language
    assert not window.findChild(QWidget, "networkPanel").isEnabled()
    assert lessons.close_lesson_action.isEnabled()
    lessons.close_lesson_action.trigger()
    assert window.findChild(QWidget, "networkPanel").isEnabled() and not lessons.close_lesson_action.isEnabled()


def test_a_damaged_lesson_says_so_and_changes_nothing(qtbot, window, session, tmp_path):
    bad = tmp_path / "bad.bplesson"
    bad.write_bytes(b"PK\x03\x04 cut short")
    spec = session.spec
    window.lessons.open_lesson(str(bad))
    assert "bad.bplesson" in window.banner.text() and "cut short" in window.banner.text()
    assert session.spec == spec and window.lessons.lesson is None


def test_the_feature_transform_preset_shows_the_tutorials_points(qtbot, window, session):
    action = next(a for a in window.tutorials_menu.actions() if a.objectName() == "tutorialXorFeaturesAction")
    action.trigger()
    assert list(session.spec.layer_sizes) == [2, 2, 1] and session.dataset.name == "XOR"
    np.testing.assert_array_equal(session.network.params[0], [[1.0, -0.5], [1.0, -0.5]])
    panel = window.panels["featureSpaceDock"]
    assert window.docks["featureSpaceDock"].isVisible()
    qtbot.waitUntil(lambda: panel.space is not None and panel.space.layer == 1, timeout=10_000)
    shown = {tuple(f"{v:.2f}" for v in p) for p in panel.space.activations}
    assert shown == {("0.50", "0.50"), ("0.88", "0.27"), ("0.73", "0.38")}
