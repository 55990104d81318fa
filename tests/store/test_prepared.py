"""Prepared reads: same rows as the ORM, inside the session's transaction, loud on misuse."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3
from sqlalchemy import bindparam, select

from vnr_desk.domain import Case, CaseStatus
from vnr_desk.services.cases import create_case
from vnr_desk.store.errors import VaultCorrupted
from vnr_desk.store.prepared import _CACHED, PreparedRead, ScopedRead, day, driver_connection
from vnr_desk.store.vault import Vault

OPEN_REFERENCES = PreparedRead(
    select(Case.reference, Case.opened_on)
    .where(Case.status == CaseStatus.OPEN)
    .order_by(Case.reference)
)
BY_ID = ScopedRead(select(Case.id, Case.reference).order_by(Case.id), Case.id)


def test_rows_match_the_orm_and_see_unflushed_changes(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-2", dt.date(2026, 3, 2))
        closed = create_case(s, "K-1", dt.date(2026, 1, 5))
        closed.status = CaseStatus.CLOSED  # pending, not flushed
        rows = OPEN_REFERENCES.rows(s)
        assert rows == [("K-2", "2026-03-02")]
        assert [day(opened) for _, opened in rows] == [dt.date(2026, 3, 2)]
        orm = s.execute(
            select(Case.reference).where(Case.status == CaseStatus.OPEN).order_by(Case.reference)
        ).all()
        assert [r[0] for r in rows] == [r[0] for r in orm]
        assert BY_ID.rows(s, closed.id) == [(closed.id, "K-1")]
        assert [r[1] for r in BY_ID.rows(s)] == ["K-2", "K-1"]


def test_rolled_back_rows_are_gone(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.session() as s:
        create_case(s, "K-9", dt.date(2026, 3, 2))
        assert len(OPEN_REFERENCES.rows(s)) == 1
        raise RuntimeError("abandon the unit of work")
    with vault.session() as s:
        assert OPEN_REFERENCES.rows(s) == []


def test_connection_is_looked_up_again_in_a_new_transaction(vault: Vault) -> None:
    assert vault._sessions is not None
    with vault._sessions() as s:  # a plain session, to commit inside it
        with s.begin():
            first = driver_connection(s)
            assert driver_connection(s) is first
            assert s.info[_CACHED][0] is s.get_transaction()
        with s.begin():
            again = driver_connection(s)
            assert s.info[_CACHED][0] is s.get_transaction()  # not the finished one
            assert again is s.connection().connection.driver_connection


def test_a_missing_parameter_is_an_error_not_a_null(vault: Vault) -> None:
    read = PreparedRead(select(Case.id).where(Case.reference == bindparam("reference")))
    with vault.session() as s:
        with pytest.raises(ValueError, match="reference"):
            read.rows(s)
        with pytest.raises(ValueError, match="reference"):
            read.rows(s, other="x")
        with pytest.raises(ValueError, match="refrence"):
            read.rows(s, reference="none", refrence="typo")
        with pytest.raises(ValueError, match="case_id"):
            OPEN_REFERENCES.rows(s, case_id=1)
        assert read.rows(s, reference="none") == []


def test_in_lists_are_refused_at_import_time() -> None:
    with pytest.raises(ValueError, match="or_"):
        PreparedRead(select(Case.id).where(Case.status.in_([CaseStatus.OPEN, CaseStatus.CLOSED])))


def test_a_damaged_page_reads_as_vault_corrupted() -> None:
    class Damaged:
        def execute(self, sql: str, args: tuple[object, ...]) -> None:
            error = sqlcipher3.DatabaseError("file is not a database")
            error.sqlite_errorname = "SQLITE_NOTADB"  # type: ignore[attr-defined]
            raise error

    with pytest.raises(VaultCorrupted):
        OPEN_REFERENCES.rows_on(Damaged())
