"""Lessons (issue 11 §5): a project file with one more part, ``lesson``, that says what the student
reads and what the window shows.

    write_lesson(path, project, Lesson(title={"en": ..., "ru": ...}, text={"en": md, "ru": md},
                                       show=("lessonDock", "featureSpaceDock"), lock=("networkPanel",)))
    lesson = read_lesson(path)           # only the lesson part, checked (fast: no arrays)
    read_project(path)                   # the rest, as for any project (the same archive format)

The ``lesson`` part (JSON):

    {"version": 1, "title": {"en": str, "ru": str}, "text": {"en": markdown, "ru": markdown},
     "tutorial": str, "show": [dock names], "hide": [dock names], "front": [dock names],
     "lock": [widget objectNames], "open": {"dock": str, "preset": str} or null}

``text`` needs at least one language; a missing one falls back to the other (:meth:`Lesson.text_for`).
Names are checked, not trusted: letters and digits only, at most MAX_NAMES of each; a name the
window does not know is skipped when the lesson is applied. Every problem reading the part is a
``ProjectError`` (part "lesson") or an ``ArchiveError`` from the archive reader.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .archive import read_archive, write_archive
from .project import FORMAT, VERSION, Project, project_parts
from .project_data import ProjectError

SUFFIX = ".bplesson"
LESSON_VERSION = 1
LANGUAGES = ("en", "ru")
#: At most this many names in each list, and this many characters in a title or a text.
MAX_NAMES = 64
MAX_TITLE = 200
MAX_TEXT = 100_000
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")


@dataclass(frozen=True)
class Lesson:
    """What a lesson adds to a project. title, text: language code → str (text in Markdown).
    tutorial: which tutorial it belongs to (a file name stem of shared/tutorials, or ""). show,
    hide: docks (objectNames) shown / hidden; front: docks raised (the last one ends in front);
    lock: widgets (objectNames) disabled while the lesson is open; open: a tutorial view to open
    with a preset, ``(dock, preset)``, or None."""

    title: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    tutorial: str = ""
    show: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    front: tuple[str, ...] = ()
    lock: tuple[str, ...] = ()
    open: tuple[str, str] | None = None

    def _pick(self, table: dict, language: str) -> str:
        if table.get(language):
            return table[language]
        return next((table[lang] for lang in LANGUAGES if table.get(lang)), "")

    def text_for(self, language: str) -> str:
        """The text in ``language``, else in the other language."""
        return self._pick(self.text, language)

    def title_for(self, language: str) -> str:
        return self._pick(self.title, language)

    def to_document(self) -> dict:
        return {"version": LESSON_VERSION, "title": dict(self.title), "text": dict(self.text),
                "tutorial": self.tutorial, "show": list(self.show), "hide": list(self.hide),
                "front": list(self.front), "lock": list(self.lock),
                "open": None if self.open is None else {"dock": self.open[0], "preset": self.open[1]}}


def lesson_from_document(doc, file: str) -> Lesson:
    """Check the ``lesson`` part and make a Lesson; raises ProjectError saying what is wrong."""
    def bad(reason: str) -> ProjectError:
        return ProjectError(f"{file} is damaged: its lesson {reason}", file=file, part="lesson", reason=reason)

    if not isinstance(doc, dict):
        raise bad("is not a table of values")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad("has no version")
    if version > LESSON_VERSION:
        raise ProjectError(f"{file} holds a lesson of a newer Backprop Lab (lesson version {version}; this one "
                           f"reads up to {LESSON_VERSION})", code="archive_newer_version", file=file,
                           version=version, supported=LESSON_VERSION)

    def texts(key: str, limit: int) -> dict:
        table = doc.get(key, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise bad(f"has a {key} that is not text by language")
        table = {k: v for k, v in table.items() if k in LANGUAGES and v.strip()}
        if any(len(v) > limit for v in table.values()):
            raise bad(f"has a {key} longer than {limit:,} characters")
        return table

    title, text = texts("title", MAX_TITLE), texts("text", MAX_TEXT)
    if not text:
        raise bad("has no text in English or in Russian")

    def names(key: str) -> tuple[str, ...]:
        value = doc.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_NAMES:
            raise bad(f"has a list {key!r} that makes no sense")
        if not all(isinstance(n, str) and _NAME.fullmatch(n) for n in value):
            raise bad(f"has a name in {key!r} that is not a name")
        return tuple(value)

    show, hide, front, lock = names("show"), names("hide"), names("front"), names("lock")
    tutorial = doc.get("tutorial", "")
    if not isinstance(tutorial, str) or len(tutorial) > MAX_TITLE:
        raise bad("names its tutorial wrongly")
    opened = doc.get("open")
    if opened is not None:
        if not isinstance(opened, dict) or not all(isinstance(opened.get(k), str) and _NAME.fullmatch(opened[k])
                                                    for k in ("dock", "preset")):
            raise bad("names a view to open wrongly")
        opened = (opened["dock"], opened["preset"])
    return Lesson(title=title, text=text, tutorial=tutorial, show=show, hide=hide, front=front, lock=lock,
                  open=opened)


def write_lesson(path: str | os.PathLike, project: Project, lesson: Lesson) -> Path:
    """Write ``project`` with ``lesson`` as one file (atomic, as ``write_project``). Raises
    ArchiveWriteError when the disk refuses; ValueError for a lesson without text."""
    lesson_from_document(lesson.to_document(), Path(path).name)   # never write what reading refuses
    docs, arrays = project_parts(project)
    docs["lesson"] = lesson.to_document()
    return write_archive(path, FORMAT, VERSION, docs, arrays)


def read_lesson(path: str | os.PathLike) -> Lesson:
    """The lesson part of ``path`` (no arrays are read). Raises ArchiveError, or ProjectError when
    the file has no lesson or its lesson makes no sense."""
    name = Path(path).name
    archive = read_archive(path, FORMAT, VERSION, only_documents=("lesson",))
    if "lesson" not in archive.documents:
        raise ProjectError(f"{name} is a project, not a lesson (it has no lesson part)", file=name, part="lesson",
                           reason="missing")
    return lesson_from_document(archive.documents["lesson"], name)


def has_lesson(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a lesson: by its suffix (a file that claims to be one and is not says so
    when read)."""
    return Path(path).suffix.lower() == SUFFIX


def fresh_project(dataset_spec, spec=None, config=None, params=None) -> Project:
    """A project of untrained work on built-in data: the network ``spec`` (default: the app's
    preset for that data) with ``params`` (flat, default: its seeded start), no history. What
    ``scripts/make_lessons.py`` builds the built-in lessons from."""
    import numpy as np

    from ..engine.trainer_state import TrainerState
    from .datasets import load_dataset, preset_for
    from .project_data import data_source_for
    from .snapshot import EPOCH_COLUMNS

    dataset = load_dataset(dataset_spec)
    preset_spec, preset_config = preset_for(dataset)
    spec, config = spec or preset_spec, config or preset_config
    dtype = np.float32 if dataset.kind == "images" or dataset.n_train > 20_000 else np.float64
    if params is None:
        params = spec.build(seed=config.seed, dtype=dtype).flat_params
    params = np.array(params, dtype=dtype).reshape(-1)
    return Project(data=data_source_for(dataset_spec, dataset), spec=spec, config=config, dtype=np.dtype(dtype).name,
                   trainer=TrainerState(params=params), history=np.zeros((0, len(EPOCH_COLUMNS))), view={})
