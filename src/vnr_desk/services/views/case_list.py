"""The case list's read model: cases matching a search, and the cases "mine" means."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, CaseActor, Note
from vnr_desk.domain.enums import CaseStatus, PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.services.notes import fts_query


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    citizen_name: str
    opened_on: dt.date
    urgent: bool
    closed: bool


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    urgent_only: bool = False
    include_closed: bool = False
    case_ids: frozenset[int] | None = None  # e.g. "overdue" or "mine", computed elsewhere


def case_rows(session: Session, flt: CaseFilter = CaseFilter(), limit: int = 2000) -> list[CaseRow]:
    """Cases for the list, matching reference, a person's name or note text (FTS)."""
    stmt = select(Case.id, Case.reference, Case.opened_on, Case.urgent, Case.status)
    if not flt.include_closed:
        stmt = stmt.where(Case.status == CaseStatus.OPEN)
    if flt.urgent_only:
        stmt = stmt.where(Case.urgent.is_(True))
    if flt.case_ids is not None:
        stmt = stmt.where(Case.id.in_(flt.case_ids))
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        people = select(CasePerson.case_id).where(
            CasePerson.name.ilike(like),
            CasePerson.role != PersonRole.PERSON_USING_VIOLENCE,
            CasePerson.removed_at.is_(None),
        )
        conditions = [Case.reference.ilike(like), Case.id.in_(people)]
        match = fts_query(text)
        if match:
            noted = select(Note.case_id).where(
                Note.id.in_(sql_text("SELECT rowid FROM note_fts WHERE note_fts MATCH :m"))
            )
            conditions.append(Case.id.in_(noted))
        stmt = stmt.where(or_(*conditions))
        if match:
            stmt = stmt.params(m=match)
    stmt = stmt.order_by(Case.urgent.desc(), Case.opened_on.desc(), Case.id.desc()).limit(limit)
    rows = session.execute(stmt).all()
    names = _citizen_names(session, [r.id for r in rows])
    return [
        CaseRow(
            r.id,
            r.reference,
            names.get(r.id, ""),
            r.opened_on,
            bool(r.urgent),
            r.status == CaseStatus.CLOSED,
        )
        for r in rows
    ]


def _citizen_names(session: Session, case_ids: list[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    stmt = (
        select(CasePerson.case_id, CasePerson.name)
        .where(
            CasePerson.case_id.in_(case_ids),
            CasePerson.role == PersonRole.VICTIM_SURVIVOR,
            CasePerson.removed_at.is_(None),
        )
        .order_by(CasePerson.id)
    )
    names: dict[int, str] = {}
    for case_id, name in session.execute(stmt):
        names.setdefault(case_id, name)
    return names


def coordinated_case_ids(session: Session, actor_id: int | None) -> frozenset[int]:
    if actor_id is None:
        return frozenset()
    stmt = select(CaseActor.case_id).where(
        CaseActor.actor_id == actor_id, CaseActor.is_coordinator.is_(True)
    )
    return frozenset(session.scalars(stmt))
