"""Lesson files (no Qt): a project with a ``lesson`` part. The part round-trips, the rest opens as
any project, a damaged part is refused with a clear message, and a lesson without Russian text
falls back to English (and the other way round)."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from guiapp.engine.specs import NetworkSpec
from guiapp.state.archive import ArchiveError
from guiapp.state.dataset_spec import DatasetSpec
from guiapp.state.lesson import Lesson, fresh_project, read_lesson, write_lesson
from guiapp.state.project import read_project, write_project
from guiapp.state.project_data import ProjectError

LESSON = Lesson(title={"en": "XOR", "ru": "Исключающее ИЛИ"},
                text={"en": "# Step 1\nPress **Start**.", "ru": "# Шаг 1\nНажмите **Старт**."},
                tutorial="5-nn-in-one-article-xor-features", show=("featureSpaceDock",), hide=("mnistDock",),
                front=("featureSpaceDock",), lock=("networkPanel", "dataPanel"), open=("circuitDock", "sum_times"))


@pytest.fixture
def project():
    return fresh_project(DatasetSpec("logic", "XOR"), NetworkSpec((2, 2, 1), ("sigmoid", "sigmoid")))


def _rewrite_lesson(path, out, change):
    """Copy the archive ``path`` to ``out`` with its lesson part replaced by ``change(part)``."""
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "lesson.json":
                data = json.dumps(change(json.loads(data))).encode()
            zout.writestr(info.filename, data)
    return out


def test_a_lesson_round_trips_and_opens_as_a_project(tmp_path, project):
    path = write_lesson(tmp_path / "xor.bplesson", project, LESSON)
    assert read_lesson(path) == LESSON
    p = read_project(path)                                   # the same archive: the project part as ever
    assert p.spec == project.spec and p.config == project.config
    np.testing.assert_array_equal(p.trainer.params, project.trainer.params)


def test_a_lesson_without_russian_falls_back_to_english(tmp_path, project):
    english_only = Lesson(title={"en": "Gates"}, text={"en": "Read me", "ru": "   "})
    lesson = read_lesson(write_lesson(tmp_path / "g.bplesson", project, english_only))
    assert lesson.text == {"en": "Read me"}                  # blank text counts as missing
    assert lesson.text_for("ru") == "Read me" and lesson.title_for("ru") == "Gates"
    russian_only = read_lesson(write_lesson(tmp_path / "r.bplesson", project, Lesson(text={"ru": "Текст"})))
    assert russian_only.text_for("en") == "Текст" and russian_only.title_for("en") == ""


def test_a_lesson_needs_some_text(tmp_path, project):
    with pytest.raises(ProjectError, match="no text in English or in Russian"):
        write_lesson(tmp_path / "empty.bplesson", project, Lesson(title={"en": "Nothing to read"}))
    assert not (tmp_path / "empty.bplesson").exists()


@pytest.mark.parametrize("change, words", [
    (lambda d: [1, 2], "is not a table of values"),
    (lambda d: {**d, "version": "one"}, "has no version"),
    (lambda d: {**d, "text": {"en": 5}}, "text that is not text by language"),
    (lambda d: {**d, "text": {}}, "no text in English or in Russian"),
    (lambda d: {**d, "lock": "networkPanel"}, "list 'lock' that makes no sense"),
    (lambda d: {**d, "show": ["../../etc"]}, "name in 'show' that is not a name"),
    (lambda d: {**d, "hide": ["x"] * 65}, "list 'hide' that makes no sense"),
    (lambda d: {**d, "open": {"dock": "circuitDock"}}, "names a view to open wrongly"),
    (lambda d: {**d, "text": {"en": "x" * 100_001}}, "longer than 100,000 characters"),
])
def test_a_damaged_lesson_part_is_refused_clearly(tmp_path, project, change, words):
    good = write_lesson(tmp_path / "good.bplesson", project, LESSON)
    bad = _rewrite_lesson(good, tmp_path / "bad.bplesson", change)
    with pytest.raises(ProjectError) as info:
        read_lesson(bad)
    err = info.value
    assert words in str(err) and str(err).startswith("bad.bplesson is damaged: its lesson")
    assert err.code == "project_bad_part" and err.details["part"] == "lesson" and err.details["file"] == "bad.bplesson"


def test_a_newer_lesson_is_refused_with_the_versions(tmp_path, project):
    good = write_lesson(tmp_path / "good.bplesson", project, LESSON)
    bad = _rewrite_lesson(good, tmp_path / "new.bplesson", lambda d: {**d, "version": 7})
    with pytest.raises(ProjectError) as info:
        read_lesson(bad)
    assert info.value.code == "archive_newer_version" and info.value.details["version"] == 7


def test_a_plain_project_is_not_a_lesson(tmp_path, project):
    path = write_project(tmp_path / "p.bplab", project)
    with pytest.raises(ProjectError, match="is a project, not a lesson"):
        read_lesson(path)


def test_a_file_that_is_not_an_archive_is_an_archive_error(tmp_path):
    path = tmp_path / "junk.bplesson"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ArchiveError) as info:
        read_lesson(path)
    assert info.value.code == "archive_not_zip"
