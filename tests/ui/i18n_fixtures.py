"""Fixtures for the translation tests: install a language for one test (and take it away after),
and compile a small test catalogue with lrelease.

    from i18n_fixtures import language_fixture, russian_window_fixture, test_catalog_fixture  # noqa: F401
    def test_x(language, test_catalog): ...   # russian_window: the main window built in Russian    # (fixture names: imported under other names, so
                                               #  parameters do not shadow the imports)
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: A Russian test catalogue: a plural message with Russian's three forms, and a plain one.
TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>TestStrings</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n эпоха</numerusform>
            <numerusform>%n эпохи</numerusform>
            <numerusform>%n эпох</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning rate %1</source>
        <translation>Скорость обучения %1</translation>
    </message>
</context>
</TS>
"""


def update_translations_module():
    """scripts/update_translations.py, imported as a module."""
    if "update_translations" not in sys.modules:
        spec = importlib.util.spec_from_file_location("update_translations",
                                                      ROOT / "scripts" / "update_translations.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["update_translations"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["update_translations"]


@pytest.fixture(name="language")
def language_fixture(qapp):
    """``language("ru")`` installs a language for this test; the default comes back afterwards."""
    from guiapp.ui.i18n import install_language, uninstall_language

    def use(choice: str, **kwargs) -> str:
        return install_language(choice, **kwargs)

    yield use
    uninstall_language()


@pytest.fixture(name="russian_window")
def russian_window_fixture(qtbot, session, controller, language):
    """The main window built in Russian (as ``--lang ru`` starts it), shown; closed after the test."""
    from guiapp.ui.main_window import MainWindow

    language("ru")
    win = MainWindow(session, controller, None)
    win.ask = lambda title, text: True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture(name="test_catalog")
def test_catalog_fixture(tmp_path) -> Path:
    """A folder with backprop_lab_ru.qm compiled from TEST_TS (pass it as ``folder=``)."""
    tools = update_translations_module()
    ts = tmp_path / "backprop_lab_ru.ts"
    ts.write_text(textwrap.dedent(TEST_TS), encoding="utf-8")
    tools.run_lrelease(ts, tmp_path / "backprop_lab_ru.qm")
    return tmp_path
