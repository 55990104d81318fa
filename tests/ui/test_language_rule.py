"""One rule for the workbook's language: the vault's edition (chosen in the first-run
wizard, changeable in Settings) unless this laptop chose a language in Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from vnr_desk.services.settings import edition, set_edition
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui import translations
from vnr_desk.ui.app import follow_edition
from vnr_desk.ui.first_run import FirstRunWizard
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import LANGUAGE, VAULT_LANGUAGE, AppSettings
from vnr_desk.ui.settings_dialog import SettingsDialog
from vnr_desk.ui.worker import SyncWorker


@pytest.mark.parametrize(
    ("laptop", "vault", "expected"),
    [("", "sv", "sv"), ("", "da", "da"), ("da", "sv", "da"), ("en", "sv", "en"), ("sv", "", "sv")],
)
def test_laptop_choice_else_vault_edition(laptop: str, vault: str, expected: str) -> None:
    assert translations.choose_language(laptop, vault) == expected


def test_without_either_the_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNR_DESK_LANG", "sv")
    assert translations.choose_language("", "") == "sv"
    monkeypatch.setenv("VNR_DESK_LANG", "fr")
    assert translations.choose_language("", "") == "da"


def test_wizard_creates_a_swedish_vault(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "v", SyncWorker(), CHEAP_TEST_PARAMS)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    page.edition.setCurrentIndex(page.edition.findData("sv"))
    page.first.setText("fyra ord om sommaren")
    page.second.setText("fyra ord om sommaren")
    wizard.next()
    wizard.profile_page.name.setText("Sara Lind")
    wizard.profile_page.unit.setText("Vuxenenheten")
    wizard.next()
    assert wizard.vault is not None
    with wizard.vault.session() as s:
        assert edition(s) == "sv"
    wizard.vault.lock()


def test_unlocked_vault_decides_unless_the_laptop_chose(  # type: ignore[no-untyped-def]
    qapp, seeded_vault_dir: Path, settings: AppSettings
) -> None:
    from tests.conftest import PASSPHRASE

    vault = Vault.unlock(seeded_vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        with vault.session() as s:
            set_edition(s, "sv")
        assert follow_edition(qapp, vault, settings) == "sv"
        assert settings.get(VAULT_LANGUAGE) == "sv"  # the unlock dialog speaks it next time
        assert QCoreApplication.translate("MainWindow", "Cases") == "Ärenden"
        settings.set(LANGUAGE, "da")
        assert follow_edition(qapp, vault, settings) == "da"
        assert QCoreApplication.translate("MainWindow", "Cases") == "Sager"
    finally:
        vault.lock()
        translations.install(qapp, "en")


def test_settings_change_the_vault_edition(window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window.session, window)
    assert dialog.edition.currentData() == "da" and dialog.edition.isEnabled()
    assert dialog.language.currentData() == ""  # follow the vault by default
    dialog.edition.setCurrentIndex(dialog.edition.findData("sv"))
    dialog.save()
    with window.session.vault.session() as s:
        assert edition(s) == "sv"
    assert window.settings.get(VAULT_LANGUAGE) == "sv"
