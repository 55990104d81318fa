from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from vnr_desk.domain import AuditEntry
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.audit import verify_chain
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify


def _fill(vault: Vault, n: int = 5) -> None:
    with vault.session() as s:
        case = create_case(s, "K-1")
        for i in range(n):
            add_note(s, case, f"note {i}")


def test_writes_are_audited_without_content(vault: Vault) -> None:
    _fill(vault, 2)
    with vault.session() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [r.action for r in rows] == ["case.create", "note.create", "note.create"]
    assert all(r.who for r in rows)
    assert not any("note 0" in r.detail or "note 1" in r.detail for r in rows)
    report = verify(vault)
    assert report.ok and report.chain.entries == 3


def test_audit_log_refuses_update_and_delete(vault: Vault) -> None:
    _fill(vault, 1)
    for sql in ("UPDATE audit_log SET who = 'x'", "DELETE FROM audit_log"):
        try:
            with vault.session() as s:
                s.execute(text(sql))
        except DatabaseError as exc:
            assert "append-only" in str(exc)
        else:
            raise AssertionError(f"{sql} was allowed")


def test_verify_reports_first_broken_link(vault: Vault) -> None:
    _fill(vault, 5)
    with vault.session() as s:
        s.execute(text("DROP TRIGGER audit_log_no_update"))
        third = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id).offset(2).limit(1)).one()
        s.execute(text("UPDATE audit_log SET action = 'case.delete' WHERE id = :id"), {"id": third})
    with vault.session() as s:
        report = verify_chain(s)
    assert report.first_broken_id == third
    assert not verify(vault).ok


def test_deleted_row_breaks_chain_at_the_next_row(vault: Vault) -> None:
    _fill(vault, 5)
    with vault.session() as s:
        s.execute(text("DROP TRIGGER audit_log_no_delete"))
        ids = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
        s.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[2]})
    with vault.session() as s:
        assert verify_chain(s).first_broken_id == ids[3]
