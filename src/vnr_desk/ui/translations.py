"""Install the app's and Qt's own translations for the chosen language (Danish first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vnr_desk.i18n import DEFAULT_LANGUAGE, LANGUAGES, system_language
from vnr_desk.ui import dates

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []


def choose_language(setting: str) -> str:
    """The settings' choice if valid, else the system language (VNR_DESK_LANG / locale)."""
    if setting in LANGUAGES:
        return setting
    language = system_language()
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> bool:
    """Load translations; True if the app's own catalog for `language` was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    dates.use(language)
    if language == "en":
        return True
    QLocale.setDefault(QLocale(language))
    found = False
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS_DIR / f"vnr_desk_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
