"""Choosing and installing a language: System / English / Русский, the app's catalogue and Qt's
qtbase for standard dialogs, the default QLocale, the setting that remembers it, --lang."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from guiapp.ui import i18n
from i18n_fixtures import language_fixture, test_catalog_fixture  # noqa: F401

RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize("choice, system, expected", [
    ("system", RU, "ru"), ("system", DE, "en"), ("system", QLocale.c(), "en"),
    ("en", RU, "en"), ("ru", DE, "ru"), ("RU", DE, "ru"), ("klingon", RU, "ru"), (None, DE, "en"), ("", RU, "ru"),
])
def test_a_choice_resolves_to_a_language(choice, system, expected):
    assert i18n.resolve_language(choice, system) == expected


def test_russian_installs_the_app_and_qt_catalogues_and_the_locale(language):
    assert language("ru") == "ru"
    names = [p.name for p in i18n.installed_files()]
    assert names == ["qtbase_ru.qm", "backprop_lab_ru.qm"]
    assert QLocale().language() == QLocale.Language.Russian and QLocale().toString(0.5) == "0,5"
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Язык"          # the app's catalogue
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Отмена"           # Qt's own (qtbase_ru)
    assert i18n.current_language() == "ru" and i18n.current_choice() == "ru"


def test_switching_back_to_english_removes_the_russian_catalogues(language):
    language("ru")
    assert language("en") == "en"
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"
    assert QLocale().toString(0.5) == "0.5"
    assert [p.name for p in i18n.installed_files()] == ["qtbase_en.qm", "backprop_lab_en.qm"]


def test_system_choice_follows_the_system_locale(language):
    assert language("system", system_locale=RU) == "ru"
    assert i18n.current_choice() == "system"
    assert language("system", system_locale=DE) == "en"


def test_a_missing_catalogue_leaves_english_strings_not_an_error(language, tmp_path):
    assert language("ru", folder=tmp_path) == "ru"          # no backprop_lab_ru.qm there
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"
    assert QLocale().toString(0.5) == "0,5"                 # numbers still follow the language


def test_qtbase_is_found_in_qts_translations_folder():
    path = i18n.translators.qt_catalog_path("ru")
    assert path is not None and path.name == "qtbase_ru.qm"
    assert path.parent == i18n.translators.qt_translation_dirs()[0]


def test_uninstall_restores_the_default_locale(qapp):
    i18n.uninstall_language()     # (the tests run in English: tests/ui/conftest.py)
    before = QLocale().name()
    i18n.install_language("ru")
    i18n.uninstall_language()
    assert QLocale().name() == before and i18n.installed_files() == []
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"


# ---- remembered in the settings; --lang for one run ---------------------------------------------------
def test_the_language_is_remembered_in_the_settings(tmp_path):
    from guiapp.state.settings import Settings

    path = str(tmp_path / "settings.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.language() == "system"
    settings.set_language("ru")
    settings.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).language() == "ru"
    q = QSettings(path, QSettings.Format.IniFormat)
    q.setValue("ui/language", "<script>")
    assert Settings(q).language() == "system"            # a bad value falls back


@pytest.mark.parametrize("argv, lang", [([], None), (["--lang", "ru"], "ru"), (["--lang", "en"], "en"),
                                        (["--lang", "system"], "system")])
def test_lang_argument(argv, lang):
    from guiapp.app import _parse_args

    args, _ = _parse_args(argv)
    assert args.lang == lang


def test_lang_argument_refuses_unknown_languages(capsys):
    from guiapp.app import _parse_args

    with pytest.raises(SystemExit):
        _parse_args(["--lang", "de"])
    assert "invalid choice" in capsys.readouterr().err
