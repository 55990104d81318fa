"""Demo cases go only into an empty or all-demo vault, are marked, and can be removed again;
a real case and its consent ledger are never touched."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from tests.ui.case_builder import build_case
from vnr_desk.domain import AuditEntry, Case, Consent, ConsentPurposeRow
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.services.seed.demo_removal import demo_allowed, remove_demo_cases
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 6, 1)


def test_demo_cases_are_marked_and_removed_with_their_ledger(vault: Vault) -> None:
    with vault.session() as s:
        made = generate_demo(s, 3, seed=2, today=TODAY)
        assert all(c.is_demo for c in made)
        assert s.scalar(select(func.count()).select_from(Consent)) > 0
    with vault.session() as s:
        assert remove_demo_cases(s) == 3
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        assert s.scalar(select(func.count()).select_from(Consent)) == 0
        assert s.scalar(select(func.count()).select_from(ConsentPurposeRow)) == 0
        actions = s.scalars(select(AuditEntry.action)).all()
        assert actions.count("case.remove_demo") == 3


def test_a_real_case_blocks_demo_and_survives_removal(vault: Vault) -> None:
    with vault.session() as s:
        generate_demo(s, 2, seed=2, today=TODAY)
        build_case(s)  # a real case, made by hand
    with vault.session() as s:
        assert not demo_allowed(s)
        with pytest.raises(InvalidInput):
            generate_demo(s, 1, seed=3, today=TODAY)
    with vault.session() as s:
        assert remove_demo_cases(s) == 2
    with vault.session() as s:
        real = s.scalars(select(Case)).one()
        assert not real.is_demo
        kept = s.scalar(select(func.count()).where(Consent.case_id == real.id))
        assert kept and kept > 0
    with pytest.raises(IntegrityError), vault.session() as s:  # the ledger still holds
        s.execute(text("DELETE FROM consent WHERE case_id = :id"), {"id": real.id})
    with pytest.raises(IntegrityError), vault.session() as s:  # and cannot be opened
        s.execute(text("INSERT INTO demo_case_removal (case_id) VALUES (:id)"), {"id": real.id})


def test_cli_refuses_demo_in_a_real_vault_and_removes_demo(
    new_vault: tuple[Vault, str],
    vault_dir,
    monkeypatch: pytest.MonkeyPatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    from tests.conftest import PASSPHRASE
    from vnr_desk.cli import main

    vault = new_vault[0]
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    cli = lambda *a: main(["--vault", str(vault_dir), *a])  # noqa: E731
    assert cli("demo", "--cases", "2", "--today", "2026-06-01") == 0
    assert cli("case", "new", "--reference", "K-REAL-1") == 0
    assert cli("demo", "--cases", "1") == 2
    assert "real cases" in capsys.readouterr().err
    assert cli("demo", "--remove", "--json") == 0
    assert '"removed": 2' in capsys.readouterr().out
