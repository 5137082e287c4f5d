"""View → Language applies at once: the window is rebuilt around the same session and controller
while training goes on; the data, design, history and dock layout are kept; no thread is left."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from guiapp.state.session import RUNNING
from i18n_fixtures import language_fixture, test_catalog_fixture  # noqa: F401


@pytest.fixture
def host(qtbot, session, controller, language):
    from guiapp.app import WindowHost

    language("en")
    h = WindowHost(session, controller, None)
    h.window.show()
    qtbot.waitExposed(h.window)
    yield h
    if shiboken6.isValid(h.window):
        h.window.close()  # the current window's close stops the controller's thread


def _choose(window, choice: str) -> None:
    window.findChild(QAction, f"language_{choice}_Action").trigger()


def _alive(obj) -> bool:
    return shiboken6.isValid(obj)


def test_switching_language_while_xor_trains_keeps_everything(qtbot, host, session, controller):
    old = host.window
    assert old.language_menu.title() == "&Language"
    weights = old.docks["weightsDock"]
    weights.hide()                                   # a layout change the new window must keep
    old.show_message("warning", "A message on show")
    controller.start()
    qtbot.waitUntil(lambda: session.epochs_done >= 5, timeout=10_000)
    network_id, spec, dataset_spec = session.network_id, session.spec, session.dataset_spec

    _choose(old, "ru")
    qtbot.waitUntil(lambda: host.window is not old and not _alive(old), timeout=5_000)
    new = host.window
    # the window's strings come from the Russian catalogue
    assert new.language_menu.title() == "&Язык"
    assert new.findChild(QAction, "language_ru_Action").isChecked()
    # training went on through the switch, on the same network, and the history keeps growing
    assert session.state == RUNNING and controller._thread.isRunning()
    epochs = session.epochs_done
    qtbot.waitUntil(lambda: session.epochs_done >= epochs + 20, timeout=10_000)
    assert (session.network_id, session.spec, session.dataset_spec) == (network_id, spec, dataset_spec)
    # the new window's status bar follows the live training
    qtbot.waitUntil(lambda: int(re.sub(r"\D", "", new.epoch_label.text()) or 0) > epochs, timeout=5_000)
    # layout, visibility and the message carried over
    assert new.isVisible() and new.docks["weightsDock"].isHidden() and not new.docks["lossDock"].isHidden()
    assert new.banner.text() == "A message on show"

    _choose(new, "en")
    qtbot.waitUntil(lambda: host.window is not new and not _alive(new), timeout=5_000)
    assert host.window.language_menu.title() == "&Language"
    assert session.state == RUNNING
    controller.pause()


def test_the_old_window_lets_go_of_the_session(qtbot, host, session):
    """After the switch, the session's signals reach only the new window's panels (the old ones are
    gone, not just hidden): a snapshot or dataset change raises nothing."""
    old = host.window
    old_panels = list(old.panels.values())
    host.switch_language("ru")
    qtbot.waitUntil(lambda: not _alive(old), timeout=5_000)
    assert not any(_alive(p) for p in old_panels)
    from guiapp.state.dataset_spec import DatasetSpec

    assert session.load_dataset_spec(DatasetSpec("logic", "AND"))
    assert len(host.window.findChildren(QWidget)) > 50


def test_panels_carry_their_own_view_state_over(qtbot, host, monkeypatch):
    cls = type(host.window.panels["lossDock"])
    received = []
    monkeypatch.setattr(cls, "view_state", lambda self: {"log": True}, raising=False)
    monkeypatch.setattr(cls, "restore_view_state", lambda self, state: received.append(state), raising=False)
    host.switch_language("ru")
    assert received == [{"log": True}]


def test_the_choice_is_remembered(qtbot, session, controller, language, tmp_path):
    from guiapp.app import WindowHost
    from guiapp.state.settings import Settings

    language("en")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    h = WindowHost(session, controller, settings)
    old = h.window
    _choose(old, "ru")
    qtbot.waitUntil(lambda: h.window is not old, timeout=5_000)
    assert settings.language() == "ru"
    h.window.close()
    assert settings.language() == "ru"


def test_without_an_owner_the_menu_says_it_takes_effect_on_restart(qtbot, window, language, tmp_path):
    language("en")
    window.settings = None
    _choose(window, "ru")
    assert "next time" in window.statusBar().currentMessage()
    assert window.findChild(QAction, "language_en_Action").isChecked()  # still the language in use


def test_language_menu_lists_system_english_russian_one_checked(window, language):
    menu = window.language_menu
    texts = [a.text() for a in menu.actions()]
    assert texts[1:] == ["English", "Русский"] and texts[0].startswith("System")
    assert menu.group.isExclusive() and sum(a.isChecked() for a in menu.actions()) == 1
    assert menu.menuAction() in window.view_menu.actions()


def test_no_ghost_tab_bars_after_the_switch(qtbot, host):
    """Restoring the dock layout over the default one left the old tab bars of tabbed docks painted
    at their old places; each group of tabbed docks has one visible tab bar."""
    from PySide6.QtWidgets import QTabBar

    host.switch_language("ru")
    win = host.window
    qtbot.waitUntil(lambda: win.isVisible())
    bars = [tuple(b.tabText(i) for i in range(b.count())) for b in win.findChildren(QTabBar)
            if b.parentWidget() is win and b.isVisible()]
    assert sorted(bars) == sorted(set(bars)) and len(bars) >= 2, bars
