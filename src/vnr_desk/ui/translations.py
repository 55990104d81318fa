"""Install the app's and Qt's own translations for the chosen language (Danish first).

The rule (docs/languages.md): the workbook speaks the vault's edition (Danish or Swedish,
chosen when the vault was made); a laptop whose user chose a language in Settings speaks
that one instead. Before unlock the edition is the one last unlocked on this laptop, else
the system language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vnr_desk.i18n import DEFAULT_LANGUAGE, LANGUAGES, system_language
from vnr_desk.ui import dates

EDITIONS = ("da", "sv")  # services.settings.EDITIONS: a vault is Danish or Swedish
# Each edition named in its own language: the reader may not read the other one.
EDITION_NAMES = (("da", "Dansk — Danmark"), ("sv", "Svenska — Sverige"))
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []
_current = ""


def current() -> str:
    """The language installed last ("" before any)."""
    return _current


def choose_language(setting: str, edition: str = "") -> str:
    """This laptop's choice if it made one, else the vault's edition if known, else the
    system language (VNR_DESK_LANG / locale)."""
    if setting in LANGUAGES:
        return setting
    if edition in EDITIONS:
        return edition
    language = system_language()
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> bool:
    """Load translations; True if the app's own catalog for `language` was found."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
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
