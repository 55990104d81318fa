"""The workbook's "change passphrase and lock out old copies" (issue 13, failure 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSPHRASE
from tests.ui.conftest import CASE_REF
from vnr_desk.services.cases import get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store import rekey
from vnr_desk.store.errors import WrongPassphrase
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS, parse_recovery_key
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.rekey_dialog import RekeyDialog

NEW = "fire nye ord til boksen"


def _open(window: MainWindow) -> RekeyDialog:
    window.rekey_action.trigger()
    dialog = window.findChild(RekeyDialog, "rekey_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_rekey_from_the_workbook(window: MainWindow, seeded_vault_dir: Path) -> None:
    dialog = _open(window)
    dialog.current.setText(PASSPHRASE + "typo")
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.start_button.click()
    assert "Wrong passphrase" in dialog.message.text()
    assert dialog.form_page.isVisible() and window.session.is_unlocked

    dialog.current.setText(PASSPHRASE)
    dialog.start_button.click()
    assert dialog.key_page.isVisible() and not dialog.form_page.isVisible()
    assert dialog.recovery_key is not None
    parse_recovery_key(dialog.key_label.text())
    assert not dialog.current.text() and not dialog.first.text()
    assert not dialog.close_button.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.close_button.click()
    assert not dialog.isVisible()

    # the workbook carries on under the new key
    with window.session.vault.session() as s:
        add_note(s, get_case(s, CASE_REF), "after the rotation")
    window.shutdown()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(seeded_vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    Vault.reset_passphrase(
        seeded_vault_dir, dialog.recovery_key, "again new", CHEAP_TEST_PARAMS
    ).lock()


def test_new_passphrases_must_match_and_be_long_enough(window: MainWindow) -> None:
    dialog = _open(window)
    dialog.current.setText(PASSPHRASE)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW + "x")
    dialog.start_button.click()
    assert dialog.message.text() == "The two new passphrases differ."
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.start_button.click()
    assert "Too short" in dialog.message.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    window.shutdown()
    Vault.unlock(window.vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS).lock()


def test_a_failure_past_the_commit_point_closes_for_the_new_passphrase(
    window: MainWindow, seeded_vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_after_commit(name: str) -> None:
        if name == "renamed":
            raise OSError("injected")

    monkeypatch.setattr(rekey, "_step", fail_after_commit)
    dialog = _open(window)
    dialog.current.setText(PASSPHRASE)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.start_button.click()
    assert not window.session.is_unlocked
    assert "open it again with the NEW passphrase" in dialog.message.text()
    dialog.cancel_button.click()
    assert not window.isVisible()
    monkeypatch.undo()
    Vault.unlock(seeded_vault_dir, NEW, CHEAP_TEST_PARAMS).lock()
