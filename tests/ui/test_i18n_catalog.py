"""The committed translations are honest: the .ts files hold exactly the strings of the code, no
message is unfinished, and each .qm is what lrelease makes of its .ts (scripts/update_translations.py).
Also: what pyside6-lupdate understands of Python, pinned down (the conventions rest on it)."""

from __future__ import annotations

import re
import shutil
import textwrap
import xml.etree.ElementTree as ET

import pytest

from i18n_fixtures import update_translations_module

tools = update_translations_module()


@pytest.mark.parametrize("lang", sorted(tools.LANGUAGES))
def test_translations_are_current_finished_and_compiled(lang):
    """(a) lupdate finds no new or vanished message, (b) none is unfinished, (c) the .qm is
    lrelease's output of the .ts (lrelease is byte-stable: same .ts, same .qm)."""
    assert tools.problems(lang) == []


def test_lrelease_output_is_byte_stable(tmp_path):
    ts = tools.ts_path("ru")
    tools.run_lrelease(ts, tmp_path / "a.qm")
    tools.run_lrelease(ts, tmp_path / "b.qm")
    assert (tmp_path / "a.qm").read_bytes() == (tmp_path / "b.qm").read_bytes()


def test_the_check_can_fail(tmp_path):
    """A stale .ts, an unfinished message and a stale .qm are each found."""
    folder = tmp_path / "i18n"
    shutil.copytree(tools.I18N, folder)
    ts = tools.ts_path("ru", folder)
    text = ts.read_text(encoding="utf-8")
    # a message the code no longer has, and one left unfinished
    text = text.replace("<name>Numbers</name>", "<name>Numbers</name>\n    <message>\n        <source>Gone</source>\n"
                        "        <translation>Нет</translation>\n    </message>", 1)
    text = text.replace("<translation>&amp;Язык</translation>", '<translation type="unfinished"></translation>')
    ts.write_text(text, encoding="utf-8")
    found = "\n".join(tools.problems("ru", folder))
    assert "no longer in the code: ('Numbers', 'Gone', '')" in found
    assert "unfinished: ('LanguageMenu', '&Language', '')" in found
    assert "backprop_lab_ru.qm is not what lrelease makes" in found
    tools.ts_path("ru", folder).unlink()
    assert "missing" in tools.problems("ru", folder)[0]


def test_russian_catalogue_declares_russian_and_three_plural_forms():
    attrs, messages = tools.read_ts(tools.ts_path("ru"))
    assert attrs["language"] == "ru" and attrs["sourcelanguage"] == "en"
    plural = [m for m in messages if m.numerus]
    assert plural, "the catalogue should have at least one plural message"
    assert all(len(m.translations) == 3 for m in plural)
    attrs, messages = tools.read_ts(tools.ts_path("en"))
    assert attrs["language"] == "en" and all(m.numerus and len(m.translations) == 2 for m in messages)


def _fields(text: str) -> tuple:
    return (sorted(re.findall(r"%L?\d{1,2}", text)), sorted(re.findall(r"\{\w+\}", text)),
            "%n" in text or "%Ln" in text)


@pytest.mark.parametrize("lang", sorted(tools.LANGUAGES))
def test_translations_keep_every_placeholder(lang):
    """%1.., {detail} and %n survive translation (a lost one would drop a number on screen)."""
    _, messages = tools.read_ts(tools.ts_path(lang))
    for m in messages:
        for form in m.translations:
            assert _fields(form) == _fields(m.source), (m.key, form)


def test_accelerators_survive_translation():
    _, messages = tools.read_ts(tools.ts_path("ru"))
    for m in messages:
        if re.search(r"&\w", m.source):
            assert all(re.search(r"&\w", t) for t in m.translations), m.key


# ---- what pyside6-lupdate reads in Python -----------------------------------------------------------
SAMPLE = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from guiapp.ui.i18n import TrContext

KINDS = {"logic": QT_TRANSLATE_NOOP("DataPanel", "Truth table")}
Errors = TrContext("Errors")


def outside(n, rows):
    Errors.tr("Could not read %1")
    Errors.tr("%n row(s) skipped", "", len(rows))
    QCoreApplication.translate("Helpers", "Plain text")
    QCoreApplication.translate("Helpers", "%n trap(s)", "", n)
    QCoreApplication.translate("Helpers", "%n lost(s)", "", int(n))


class Panel(QWidget):
    def build(self, n):
        self.tr("Start")
        self.tr("Open", "verb")
        self.tr("%n epoch(s)", "", self.count(n))
        self.tr("Epoch %1 of %2")
        self.tr("Two "
                "lines")
'''


def test_lupdate_reads_the_conventions_and_falls_into_the_traps(tmp_path):
    src = tmp_path / "sample.py"
    src.write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    ts = tmp_path / "out_ru.ts"
    tools.run_lupdate("ru", ts, [src])
    _, messages = tools.read_ts(ts)
    found = {m.key: m.numerus for m in messages}
    assert found == {
        ("DataPanel", "Truth table", ""): False,            # QT_TRANSLATE_NOOP: module-level tables
        ("Errors", "Could not read %1", ""): False,         # TrContext: the variable's name is the context
        ("Errors", "%n row(s) skipped", ""): True,          # ...and plurals work with any expression
        ("Helpers", "Plain text", ""): False,               # QCoreApplication.translate without plural: fine
        ("Helpers", "%n trap(s)", ""): False,               # TRAP: a variable n is read as an "encoding"
        ("Panel", "Start", ""): False,                      # self.tr: the enclosing class is the context
        ("Panel", "Open", "verb"): False,                   # disambiguation
        ("Panel", "%n epoch(s)", ""): True,                 # plural
        ("Panel", "Epoch %1 of %2", ""): False,
        ("Panel", "Two lines", ""): False,                  # implicit concatenation is one string
    }                                                       # TRAP: translate(..., int(n)) is lost entirely
    root = ET.parse(ts).getroot()
    assert root.get("language") == "ru"
