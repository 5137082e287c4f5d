"""Which language the app speaks, and installing it: the app's catalogue, Qt's own, QLocale.

    resources/i18n/backprop_lab_<lang>.qm   the app's strings (Russian: all; English: plural forms only)
    qtbase_<lang>.qm                         Qt's standard dialogs and buttons (Qt's translations folder)

``install_language(choice)`` removes what an earlier call installed, installs the catalogues of the
language ``choice`` resolves to and sets ``QLocale.setDefault`` so numbers follow the language
(a decimal comma in Russian). Installing sends a LanguageChange event to every widget; the app
answers it by rebuilding its window around the same session (``guiapp.app.WindowHost``).

Choices: "system" (the system's language if the app has it, else English), or a language code
("en", "ru"). Unknown choices behave like "system".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...resources import resource_path

#: Base name of the app's catalogues: backprop_lab_ru.ts / backprop_lab_ru.qm.
CATALOG = "backprop_lab"
#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"
SYSTEM = "system"
#: The languages the app has (its menu lists them in this order after "System").
LANGUAGES = ("en", "ru")
LANGUAGE_CHOICES = (SYSTEM, *LANGUAGES)
#: Each language's name in that language (menus show them untranslated, so anyone can find theirs).
NATIVE_NAMES = {"en": "English", "ru": "Русский"}
_LOCALES = {"en": (QLocale.Language.English, QLocale.Country.UnitedStates),
            "ru": (QLocale.Language.Russian, QLocale.Country.Russia)}


class _Installed:
    """What ``install_language`` put in place (module state: there is one application)."""

    choice: str = SYSTEM
    language: str = SOURCE_LANGUAGE
    translators: list[QTranslator] = []
    files: list[Path] = []
    locale_before: QLocale | None = None  # the default locale before the first install


def i18n_dir() -> Path:
    """``resources/i18n`` (source tree and frozen build alike)."""
    return resource_path("i18n")


def catalog_path(language: str, folder: Path | None = None) -> Path:
    """The app's compiled catalogue for ``language`` (it may not exist)."""
    return (folder or i18n_dir()) / f"{CATALOG}_{language}.qm"


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: QLibraryInfo's translations path (PySide6 points
    it into its wheel, and so does the PyInstaller bundle), the PySide6 package as a fallback, then
    resources/i18n (for a build that puts it there)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [package / "Qt" / "translations", package / "translations"]
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always importable here
        pass
    dirs.append(i18n_dir())
    out: list[Path] = []
    for d in dirs:
        if d not in out:
            out.append(d)
    return out


def qt_catalog_path(language: str) -> Path | None:
    """``qtbase_<language>.qm`` from the first folder that has it, or None."""
    for folder in qt_translation_dirs():
        path = folder / f"qtbase_{language}.qm"
        if path.is_file():
            return path
    return None


def system_language(system_locale: QLocale | None = None) -> str:
    """The system's language if the app has it (Russian on a Russian system), else English."""
    loc = system_locale if system_locale is not None else QLocale.system()
    for lang in LANGUAGES:
        if loc.language() == _LOCALES[lang][0]:
            return lang
    return SOURCE_LANGUAGE


def normalize_choice(choice: str | None) -> str:
    """``choice`` if the app knows it ("system", "en", "ru"), else "system"."""
    choice = (choice or "").strip().lower()
    return choice if choice in LANGUAGE_CHOICES else SYSTEM


def resolve_language(choice: str | None, system_locale: QLocale | None = None) -> str:
    """The language code a choice means: "system" (or anything unknown) -> the system's."""
    choice = normalize_choice(choice)
    return system_language(system_locale) if choice == SYSTEM else choice


def locale_for(language: str) -> QLocale:
    """The QLocale numbers are written in for ``language``."""
    lang, country = _LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE])
    return QLocale(lang, country)


def _load(path: Path | None) -> QTranslator | None:
    if path is None or not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    return translator


def install_language(choice: str | None = SYSTEM, *, folder: Path | None = None,
                     system_locale: QLocale | None = None) -> str:
    """Install the translations of ``choice`` ("system", "en", "ru") in the running application,
    replacing those an earlier call installed, and make its locale the default. Returns the
    language code installed. A missing catalogue is not an error: its strings stay English.

    ``folder``: where the app's .qm files are (tests pass a folder of test catalogues).
    Call with a QCoreApplication in existence (translators are installed into it)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs a QApplication")
    language = resolve_language(choice, system_locale)
    for old in _Installed.translators:
        QCoreApplication.removeTranslator(old)
    if _Installed.locale_before is None:
        _Installed.locale_before = QLocale()
    translators, files = [], []
    # Installed last = asked first: the app's catalogue goes in after Qt's.
    for path in (qt_catalog_path(language), catalog_path(language, folder)):
        translator = _load(path)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
            files.append(path)
    _Installed.choice, _Installed.language = normalize_choice(choice), language
    _Installed.translators, _Installed.files = translators, files
    QLocale.setDefault(locale_for(language))
    return language


def uninstall_language() -> None:
    """Remove what ``install_language`` installed and put the default locale back (for tests)."""
    for old in _Installed.translators:
        QCoreApplication.removeTranslator(old)
    if _Installed.locale_before is not None:
        QLocale.setDefault(_Installed.locale_before)
    _Installed.choice, _Installed.language = SYSTEM, SOURCE_LANGUAGE
    _Installed.translators, _Installed.files, _Installed.locale_before = [], [], None


def current_language() -> str:
    """The language code installed last ("en" before any install)."""
    return _Installed.language


def current_choice() -> str:
    """The choice installed last ("system", "en" or "ru")."""
    return _Installed.choice


def installed_files() -> list[Path]:
    """The .qm files in use (Qt's, then the app's)."""
    return list(_Installed.files)


def native_name(language: str) -> str:
    """``language``'s name in that language: "English", "Русский"."""
    if language in NATIVE_NAMES:
        return NATIVE_NAMES[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language

