"""Read models for the workbook's lists: plain rows, built in few queries, safe to hand to
a Qt model after the session has closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, Note
from vnr_desk.domain.enums import CaseStatus, PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.services.errors import NotFound
from vnr_desk.services.notes import add_note, fts_query, update_note


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
            CasePerson.name.ilike(like), CasePerson.role != PersonRole.PERSON_USING_VIOLENCE
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
        .where(CasePerson.case_id.in_(case_ids), CasePerson.role == PersonRole.VICTIM_SURVIVOR)
        .order_by(CasePerson.id)
    )
    names: dict[int, str] = {}
    for case_id, name in session.execute(stmt):
        names.setdefault(case_id, name)
    return names


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_at: dt.datetime
    text: str


def case_notes(session: Session, case_id: int, query: str = "") -> list[NoteRow]:
    """A case's journal, newest first; with `query`, only notes matching it (FTS)."""
    stmt = select(Note.id, Note.written_at, Note.text).where(Note.case_id == case_id)
    match = fts_query(query) if query.strip() else None
    if query.strip() and match is None:
        return []
    if match:
        stmt = stmt.where(
            Note.id.in_(sql_text("SELECT rowid FROM note_fts WHERE note_fts MATCH :m"))
        ).params(m=match)
    stmt = stmt.order_by(Note.written_at.desc(), Note.id.desc())
    return [NoteRow(r.id, r.written_at, r.text) for r in session.execute(stmt)]


def save_note_text(session: Session, case_id: int, note_id: int | None, body: str) -> int:
    """Create or update a journal note from the editor; returns its id."""
    if note_id is None:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"case: no case with id {case_id}")
        return add_note(session, case, body).id
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"note: no note with id {note_id}")
    if note.text != body:
        update_note(session, note, body)
    return note.id
