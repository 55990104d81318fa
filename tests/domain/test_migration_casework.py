"""Migration 0002: an existing 0001 vault keeps its cases and notes, and models == schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Base, Case, CaseStatus, IntakeRoute
from vnr_desk.services.notes import add_note, search_notes
from vnr_desk.store import migrate
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault


def _fts_shadow(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return not (name or "").startswith("note_fts")


def test_models_and_migrations_agree(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "target_metadata": Base.metadata,
                "include_object": _fts_shadow,
            },
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_upgrade_from_0001_keeps_cases_and_notes(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upgrade = command.upgrade
    monkeypatch.setattr(migrate.command, "upgrade", lambda cfg, _rev: real_upgrade(cfg, "0001"))
    old, _ = Vault.create(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    with old.session() as s:
        s.execute(
            text("INSERT INTO case_file (id, reference, opened_on) VALUES (1, 'K-1', '2026-01-02')")
        )
        s.execute(
            text(
                "INSERT INTO note (case_id, written_at, text) "
                "VALUES (1, '2026-01-02 10:00:00', 'Borgeren fortæller om husleje')"
            )
        )
    old.lock()
    monkeypatch.setattr(migrate.command, "upgrade", real_upgrade)

    vault = Vault.unlock(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        with vault.session() as s:
            case = s.get(Case, 1)
            assert case is not None
            assert case.reference == "K-1"
            assert case.status is CaseStatus.OPEN
            assert case.intake_route is IntakeRoute.OTHER
            assert [n.text for n in case.notes] == ["Borgeren fortæller om husleje"]
            assert [h.note_id for h in search_notes(s, "husleje")] == [case.notes[0].id]
            add_note(s, case, "Ny note om budget", dt.datetime(2026, 2, 1, 9, 0))
        with vault.session() as s:
            assert len(search_notes(s, "budget")) == 1
            with pytest.raises(IntegrityError):
                s.execute(text("UPDATE case_file SET status = 'bogus' WHERE id = 1"))
    finally:
        vault.lock()


def test_ledger_tables_refuse_update_and_delete(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        names = {
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    for table in ("consent", "consent_purpose", "consent_withdrawal"):
        assert {f"{table}_no_update", f"{table}_no_delete"} <= names
    assert {"note_fts_ai", "note_fts_ad", "note_fts_au"} <= names
