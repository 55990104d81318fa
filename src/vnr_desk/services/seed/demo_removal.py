"""Demo cases are for training: they go only into an empty vault or one holding nothing but
demo cases, are marked `is_demo`, and can be removed again, consent ledger and all. A real
case is never touched (the ledger's triggers refuse, migration 0015)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, Consent, ConsentPurposeRow, ConsentWithdrawal, DemoCaseRemoval
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput


def demo_allowed(session: Session) -> bool:
    """True for an empty vault or one whose every case is a demo case."""
    return session.scalar(select(Case.id).where(Case.is_demo.is_(False)).limit(1)) is None


def demo_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(Case.is_demo.is_(True))) or 0


def require_demo_allowed(session: Session) -> None:
    if not demo_allowed(session):
        raise InvalidInput(
            "demo: this vault holds real cases; demo cases go only into an empty vault "
            "or one that holds only demo cases"
        )


def remove_demo_cases(session: Session) -> int:
    """Remove every case marked as a demo case; returns how many. Audited per case."""
    ids = list(session.scalars(select(Case.id).where(Case.is_demo.is_(True))))
    for case_id in ids:
        session.add(DemoCaseRemoval(case_id=case_id))
        session.flush()
        consents = select(Consent.id).where(Consent.case_id == case_id).scalar_subquery()
        session.execute(delete(ConsentWithdrawal).where(ConsentWithdrawal.consent_id.in_(consents)))
        session.execute(delete(ConsentPurposeRow).where(ConsentPurposeRow.consent_id.in_(consents)))
        session.execute(delete(Consent).where(Consent.case_id == case_id))
        session.execute(delete(Case).where(Case.id == case_id))
        session.execute(delete(DemoCaseRemoval).where(DemoCaseRemoval.case_id == case_id))
        audit.record(session, "case.remove_demo", "case", case_id, case_id=case_id)
    session.expire_all()
    return len(ids)
