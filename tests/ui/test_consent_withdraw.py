"""Withdrawing consent is a deliberate act (issue 12, fault 4): no key or double-click on a
chip withdraws; the confirmation names the recipient and the purposes that end; one cell
or the whole entry, as chosen; "registered by" comes from the vault's profile, never the
computer's login."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui import test_tabs
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.ui.tabs.consent import RecordConsentDialog, WithdrawDialog

# the consent tab's fixtures: one built case, copied per test
case_template = test_tabs.case_template
case_vault = test_tabs.case_vault
vault_session = test_tabs.vault_session
_consent_tab = test_tabs._consent_tab


def _jobcenter(tab) -> str:  # type: ignore[no-untyped-def]
    key = next(r.key for r in tab.model.recipients if r.label == "Jobcenter")
    tab.select_cell(key, "invite_to_meeting")
    assert tab.model.state(key, "invite_to_meeting") == "valid"
    return key


def test_keys_and_double_click_on_a_green_chip_never_withdraw(
    qtbot, vault_session, case_vault
) -> None:  # type: ignore[no-untyped-def]
    _, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    key = _jobcenter(tab)
    asked: list[object] = []
    tab.run_dialog = lambda dialog: asked.append(dialog) is None  # would accept anything
    tab.grid.setFocus()
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        qtbot.keyClick(tab.grid, k)
    rect = tab.grid.visualRect(tab.grid.currentIndex())
    qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not any(isinstance(d, WithdrawDialog) for d in asked)
    assert tab.model.state(key, "invite_to_meeting") == "valid"


def test_withdraw_one_purpose_keeps_the_other(qtbot, vault_session, case_vault) -> None:  # type: ignore[no-untyped-def]
    _, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    key = _jobcenter(tab)
    seen: list[str] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, WithdrawDialog)
        assert dialog.only_this.isChecked()
        seen.append(dialog.summary.text())
        assert dialog.recorded_by.text() == ""  # no profile yet: empty, never the login
        assert not dialog.confirm.isEnabled()
        dialog.recorded_by.setText("Anna Holm")
        return dialog.confirm.isEnabled()

    tab.run_dialog = answer
    tab.withdraw_button.click()
    assert seen and "Jobcenter" in seen[0] and "invite" in seen[0].lower()
    assert "share" not in seen[0].lower()
    assert tab.model.state(key, "invite_to_meeting") == "withdrawn"
    assert tab.model.state(key, "share_information") == "valid"


def test_withdraw_everything_the_entry_covers_when_chosen(qtbot, vault_session, case_vault) -> None:  # type: ignore[no-untyped-def]
    _, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    key = _jobcenter(tab)

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, WithdrawDialog)
        dialog.everything.setChecked(True)
        assert "share" in dialog.summary.text().lower()
        dialog.recorded_by.setText("Anna Holm")
        return True

    tab.run_dialog = answer
    tab.withdraw_button.click()
    assert tab.model.state(key, "invite_to_meeting") == "withdrawn"
    assert tab.model.state(key, "share_information") == "withdrawn"


def test_documented_by_comes_from_the_profile_never_the_login(
    qtbot, vault_session, case_vault
) -> None:  # type: ignore[no-untyped-def]
    vault, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    _jobcenter(tab)
    names: list[str] = []

    def look(dialog: QDialog) -> bool:
        if isinstance(dialog, RecordConsentDialog):
            dialog.terms.oral.setChecked(True)
            names.append(dialog.terms.documented_by.text())
        else:
            names.append(dialog.recorded_by.text())  # type: ignore[attr-defined]
        return False

    tab.run_dialog = look
    tab.record_button.click()
    tab.withdraw_button.click()
    assert names == ["", ""] and getpass.getuser() not in names
    with vault.session() as s:
        set_caseworker_profile(s, CaseworkerProfile(name="Anna Holm", unit="Familieafd."))
    tab.record_button.click()
    tab.withdraw_button.click()
    assert names[2:] == ["Anna Holm", "Anna Holm"]


def test_profile_is_edited_in_settings(window) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.services.settings import caseworker_profile
    from vnr_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.session, window)
    assert dialog.profile_name.text() == ""
    dialog.profile_name.setText("Anna Holm")
    dialog.profile_email.setText("anna@kommune.dk")
    dialog.save()
    with window.session.vault.session() as s:
        assert caseworker_profile(s) == CaseworkerProfile(name="Anna Holm", email="anna@kommune.dk")
    again = SettingsDialog(window.settings, window.session, window)
    assert again.profile_name.text() == "Anna Holm"
