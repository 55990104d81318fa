"""Meeting minutes whose save fails are handed to the lock to hold, like journal text
(issue 12, fault 7)."""

from __future__ import annotations

import errno

from tests.ui import test_tabs
from vnr_desk.services import meetings as meeting_service
from vnr_desk.ui.session import VaultSession

case_template = test_tabs.case_template
case_vault = test_tabs.case_vault
vault_session = test_tabs.vault_session


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_failed_minutes_are_offered_for_holding_and_save_later(
    qtbot, vault_session: VaultSession, case_vault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _, ids = case_vault
    tab = test_tabs._meetings_tab(qtbot, vault_session, ids)
    assert tab.unsaved() == []
    tab.minutes.setFocus()
    tab.minutes.moveCursor(tab.minutes.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.minutes, " Ny aftale om bolig.")
    monkeypatch.setattr(meeting_service, "set_minutes", _disk_full)
    tab.flush()
    [held] = tab.unsaved()
    assert held.text.endswith("Ny aftale om bolig.") and "disk is full" in held.reason
    monkeypatch.undo()
    with vault_session.vault.session() as s:
        held.save(s)
    tab.load(ids.case_id)
    assert tab.minutes.toPlainText().endswith("Ny aftale om bolig.")
