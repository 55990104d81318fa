"""The workbook shell driven as a caseworker would: unlock, open a case, type, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.ui.conftest import CASE_REF
from vnr_desk.domain import Note
from vnr_desk.services.cases import get_case
from vnr_desk.services.settings import CaseworkerProfile, caseworker_profile
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.paths import VaultPaths
from vnr_desk.store.vault import Vault
from vnr_desk.ui.first_run import FirstRunWizard, strength_hint
from vnr_desk.ui.main_window import APP_TITLE, MainWindow
from vnr_desk.ui.settings import WINDOW_GEOMETRY, AppSettings
from vnr_desk.ui.tabs.journal import JournalTab
from vnr_desk.ui.unlock import UnlockDialog
from vnr_desk.ui.worker import SyncWorker


def _open_case(window: MainWindow, tab: str = "journal") -> JournalTab:
    assert window.case_list.model.rowCount() == 1
    window.case_list.table.selectRow(0)
    row = window.case_list.model.rows[0]
    window.open_case(row.id, tab)
    journal = window.workbook.current_tab()
    assert isinstance(journal, JournalTab)
    return journal


def _notes(vault_dir: Path) -> list[str]:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with vault.session() as s:
            case = get_case(s, CASE_REF)
            return list(s.scalars(select(Note.text).where(Note.case_id == case.id)))
    finally:
        vault.lock()


def test_first_run_wizard_creates_vault_and_shows_recovery_key_once(qtbot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "v", SyncWorker(), CHEAP_TEST_PARAMS)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    page.first.setText("kort")
    assert not page.isComplete()
    page.first.setText("fire ord om sommer")
    page.second.setText("fire ord om vinter")
    assert not page.isComplete() and "differ" in page.hint.text()
    page.second.setText("fire ord om sommer")
    assert page.isComplete()
    wizard.next()
    profile = wizard.profile_page
    assert not profile.isComplete()  # the name and unit are asked for, once
    qtbot.keyClicks(profile.name, "Anna  Holm")
    qtbot.keyClicks(profile.unit, "Familieafdelingen")
    qtbot.keyClicks(profile.phone, "+45 11 22 33 44")
    assert profile.isComplete()
    wizard.next()
    intro = wizard.recovery_page.intro
    assert "apart from the laptop" in intro.text()  # the whole warning, in the body
    assert intro.isVisible() and intro.height() >= intro.heightForWidth(intro.width())
    key_text = wizard.recovery_page.key_label.text()
    assert len(key_text.replace(" - ", "-").split("-")) == 9
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.recovery_page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert VaultPaths(tmp_path / "v").exists() and wizard.vault is not None
    assert page.first.text() == ""  # the passphrase does not linger in the widget
    with wizard.vault.session() as s:
        assert caseworker_profile(s) == CaseworkerProfile(
            "Anna Holm", "Familieafdelingen", "+45 11 22 33 44", ""
        )
    wizard.vault.lock()
    Vault.unlock(tmp_path / "v", "fire ord om sommer").lock()


def test_strength_hint_grows_with_words() -> None:
    assert strength_hint("abc").startswith("Too short")
    assert strength_hint("aaaaaaaaaa").startswith("Weak")
    assert strength_hint("Hestens blå cykel står i 7 haver").startswith("Strong")


def test_unlock_dialog_wrong_then_damaged_then_right(qtbot, seeded_vault_dir: Path) -> None:
    dialog = UnlockDialog(seeded_vault_dir, SyncWorker())
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("forkert")
    dialog.buttons.button(QDialogButtonBox.StandardButton.NoButton)
    dialog.try_unlock()
    assert dialog.message.property("kind") == "wrong"
    wrong_text = dialog.message.text()
    header = seeded_vault_dir / "vault.header"
    good = header.read_bytes()
    header.write_bytes(good.replace(b'"kdf":"argon2id"', b'"kdf":"argon2iD"'))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.message.property("kind") == "damaged"
    assert dialog.message.text() != wrong_text and "backup" in dialog.message.text()
    header.write_bytes(good)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted and dialog.vault is not None
    assert dialog.passphrase.text() == ""
    dialog.vault.lock()


def test_open_case_shows_journal_and_title_stays_neutral(window: MainWindow) -> None:
    journal = _open_case(window)
    assert journal.model.rowCount() == 1
    assert "Første samtale" in journal.model.rows[0].text
    assert window.windowTitle() == APP_TITLE
    assert CASE_REF not in window.windowTitle()


def test_first_start_is_maximized_and_a_later_one_where_it_was_left(
    qtbot, seeded_vault_dir: Path, settings: AppSettings
) -> None:
    first = MainWindow(
        Vault.unlock(seeded_vault_dir, PASSPHRASE), SyncWorker(), settings, CHEAP_TEST_PARAMS
    )
    qtbot.addWidget(first)
    first.present()
    assert first.isMaximized()
    first.shutdown()
    assert settings.get(WINDOW_GEOMETRY).isEmpty()
    placed = MainWindow(
        Vault.unlock(seeded_vault_dir, PASSPHRASE), SyncWorker(), settings, CHEAP_TEST_PARAMS
    )
    qtbot.addWidget(placed)
    placed.show()
    placed.resize(1300, 700)
    left_at = placed.size()
    placed.close()  # saves where it was left
    placed.shutdown()
    later = MainWindow(
        Vault.unlock(seeded_vault_dir, PASSPHRASE), SyncWorker(), settings, CHEAP_TEST_PARAMS
    )
    qtbot.addWidget(later)
    later.present()
    assert not later.isMaximized()
    assert later.height() == left_at.height()  # (the offscreen screen narrows the width)
    later.shutdown()


def test_autosave_after_typing_survives_crash_restart(
    qtbot, window: MainWindow, seeded_vault_dir: Path, settings: AppSettings
) -> None:
    journal = _open_case(window)
    journal.editor.setFocus()
    qtbot.keyClicks(journal.editor, "Hjemmebesøg: aftalt møde med jobcenter")
    qtbot.waitUntil(lambda: journal.status.text() == "Saved", timeout=3000)
    # crash: the process dies without flushing or locking
    window.session.vault.lock()
    assert "Hjemmebesøg: aftalt møde med jobcenter" in _notes(seeded_vault_dir)
    restarted = MainWindow(
        Vault.unlock(seeded_vault_dir, PASSPHRASE), SyncWorker(), settings, CHEAP_TEST_PARAMS
    )
    qtbot.addWidget(restarted)
    again = _open_case(restarted)
    assert any("Hjemmebesøg" in row.text for row in again.model.rows)
    restarted.shutdown()


def test_close_within_100ms_of_typing_keeps_text(
    qtbot, window: MainWindow, seeded_vault_dir: Path
) -> None:
    journal = _open_case(window)
    qtbot.keyClicks(journal.editor, "skrevet lige før lukning")
    assert journal.autosaver.timer.isActive()  # still inside the debounce window
    window.close()
    assert "skrevet lige før lukning" in _notes(seeded_vault_dir)


def test_edits_to_one_note_never_create_two(
    qtbot, window: MainWindow, seeded_vault_dir: Path
) -> None:
    journal = _open_case(window)
    qtbot.keyClicks(journal.editor, "del et")
    journal.autosaver.save()
    qtbot.keyClicks(journal.editor, " og del to")
    journal.autosaver.save()
    window.close()
    notes = _notes(seeded_vault_dir)
    assert notes.count("del et og del to") == 1 and len(notes) == 2


def test_idle_lock_saves_clears_views_and_unlock_brings_text_back(
    qtbot, window: MainWindow, seeded_vault_dir: Path
) -> None:
    journal = _open_case(window)
    qtbot.keyClicks(journal.editor, "tekst før automatisk lås")
    window.idle.idle.emit()  # the idle timer fired
    assert not window.session.is_unlocked
    assert journal.editor.toPlainText() == "" and journal.model.rowCount() == 0
    assert window.case_list.model.rowCount() == 0
    assert window.windowTitle() == APP_TITLE
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert window.session.is_unlocked
    journal = _open_case(window)
    assert any(row.text == "tekst før automatisk lås" for row in journal.model.rows)


def test_team_actions_wait_for_a_joined_server(window: MainWindow) -> None:
    """Team → Conflicts… in a vault that had not joined ended in an unhandled error."""
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    assert actions["team_join"].isEnabled()
    assert not any(actions[n].isEnabled() for n in ("team_sync", "team_conflicts", "team_lists"))


def test_ctrl_l_locks(qtbot, window: MainWindow) -> None:
    _open_case(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_unlocked
    assert window.workbook.case_id is None


def test_case_search_over_reference_and_note_text(qtbot, window: MainWindow) -> None:
    panel = window.case_list
    panel.search.setText("bolig")
    panel.refresh()
    assert [r.reference for r in panel.model.rows] == [CASE_REF]
    panel.search.setText("findes-ikke")
    panel.refresh()
    assert panel.model.rowCount() == 0


def test_shortcuts_are_listed(window: MainWindow) -> None:
    rows = dict(window.shortcut_rows())
    assert rows["Lock"] == "Ctrl+L" and rows["New case"] == "Ctrl+N"


def test_shortcuts_box_is_a_table(window: MainWindow) -> None:
    """Keys and labels sit in table cells: padded plain text let a long Danish label wrap
    into the key column."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window.show_shortcuts()
    box = window.findChild(QMessageBox, "shortcuts_dialog")
    assert box is not None and box.textFormat() == Qt.TextFormat.RichText
    assert box.text().count("<tr>") == len(window.shortcut_rows())
    assert "<td><b>Alt+letter</b></td>" in box.text()
    box.close()


def test_about_shows_version_and_vault_folder(window: MainWindow) -> None:
    from vnr_desk import __version__

    text = window.about_text()
    assert __version__ in text and str(window.vault_dir) in text


def test_forgotten_passphrase_reset_with_recovery_key(qtbot, tmp_path: Path) -> None:
    vault, recovery_key = Vault.create(tmp_path / "v", PASSPHRASE, CHEAP_TEST_PARAMS)
    vault.lock()
    dialog = UnlockDialog(tmp_path / "v", SyncWorker(), CHEAP_TEST_PARAMS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forgot_button.click()
    assert dialog.recovery_box.isVisible()
    typo = ("A" if recovery_key[0] != "A" else "B") + recovery_key[1:]
    dialog.recovery_key.setText(typo)
    dialog.new_first.setText("ny lang adgangsfrase")
    dialog.new_second.setText("ny lang adgangsfrase")
    dialog.try_recover()
    assert "mistyped" in dialog.message.text() and dialog.vault is None
    dialog.recovery_key.setText(recovery_key.lower())
    dialog.try_recover()
    assert dialog.vault is not None and dialog.recovery_key.text() == ""
    dialog.vault.lock()
    Vault.unlock(tmp_path / "v", "ny lang adgangsfrase").lock()
