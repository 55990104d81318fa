"""Every QSettings key, declared once with its default. Never a name, a reference or note
text: the settings file is plaintext on disk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "VNR Desk"
APPLICATION = "vnr-desk"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
# The workbook's language (ui/translations.choose_language): this laptop's choice if made
# ("da", "sv", "en"); "" = the vault's edition. VAULT_LANGUAGE remembers the edition of the
# vault last unlocked here, so the unlock dialog already speaks it (a code, not case data).
LANGUAGE = Setting("ui/language", "", str)
VAULT_LANGUAGE = Setting("ui/vault_language", "", str)
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 5, int)
PDF_FOLDER = Setting("printing/pdf_folder", "", str)
# Automatic backups on lock and quit: a folder of this laptop (e.g. a USB disk), so a
# per-machine setting like the PDF folder; a path is not case data. "" = off.
AUTO_BACKUP_FOLDER = Setting("backup/auto_folder", "", str)
AUTO_BACKUP_KEEP = Setting("backup/auto_keep", 10, int)

ALL_SETTINGS = (
    WINDOW_GEOMETRY,
    LANGUAGE,
    VAULT_LANGUAGE,
    IDLE_LOCK_MINUTES,
    PDF_FOLDER,
    AUTO_BACKUP_FOLDER,
    AUTO_BACKUP_KEEP,
)


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(ORGANIZATION, APPLICATION)

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if setting.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        return value if isinstance(value, setting.kind) else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        if setting not in ALL_SETTINGS:
            raise KeyError(setting.key)
        self._store.setValue(setting.key, value)
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()
