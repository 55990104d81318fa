"""GUI fixtures: a real main window on a real (cheap-KDF) vault with a synchronous worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import PASSPHRASE
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.worker import SyncWorker

CASE_REF = "K-2026-042"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def seeded_vault_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        case = create_case(s, CASE_REF, dt.date(2026, 3, 2))
        add_note(
            s, case, "Første samtale. Borgeren ønsker egen bolig.", dt.datetime(2026, 3, 2, 10)
        )
    vault.lock()
    return directory


@pytest.fixture
def window(qtbot, seeded_vault_dir: Path, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(seeded_vault_dir, PASSPHRASE)
    win = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.shutdown()
