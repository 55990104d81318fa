"""`vnr-desk case close/reopen`: the same commands the workbook runs, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.domain import AuditEntry
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.store.vault import Vault


def test_case_close_and_reopen(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    with vault.session() as s:
        create_case(s, "K-2026-100", dt.date(2026, 3, 2))
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VNR_DESK_LANG", "da")
    base = ["--vault", str(vault.paths.directory), "case"]
    close = [*base, "close", "--case", "K-2026-100", "--on", "2026-09-01"]
    assert main([*close, "--reason", "Målene er nået", "--handed-to", "Voksenenheden"]) == 0
    assert "lukket" in capsys.readouterr().out
    assert main(close) == 2  # already closed
    unlocked = Vault.unlock(vault.paths.directory, PASSPHRASE)
    with unlocked.session() as s:
        case = get_case(s, "K-2026-100")
        assert (case.closed_on, case.closing_reason, case.closed_handed_to) == (
            dt.date(2026, 9, 1),
            "Målene er nået",
            "Voksenenheden",
        )
    unlocked.lock()
    assert main([*base, "reopen", "--case", "K-2026-100"]) == 0
    unlocked = Vault.unlock(vault.paths.directory, PASSPHRASE)
    with unlocked.session() as s:
        assert get_case(s, "K-2026-100").is_open
        actions = list(s.scalars(select(AuditEntry.action)))
    unlocked.lock()
    assert actions[-2:] == ["case.close", "case.reopen"]
