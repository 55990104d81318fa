"""Read models for the workbook's lists: plain rows, built in few queries, safe to hand to
a Qt model after the session has closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, Case, CaseActor, Note, NoteVersion, VaultMeta
from vnr_desk.domain.enums import CaseStatus, PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.rules.deadlines import due_dates_for_cases
from vnr_desk.services import deadlines
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import NotFound
from vnr_desk.services.gc_pause import collection_paused
from vnr_desk.services.notes import add_note, edit_note, fts_query, note_versions
from vnr_desk.store import audit


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
    edited_at: dt.datetime | None = None  # when the current text replaced an earlier one


def case_notes(session: Session, case_id: int, query: str = "") -> list[NoteRow]:
    """A case's journal, newest first; with `query`, only notes whose current text
    matches it (FTS)."""
    edited = (
        select(func.max(NoteVersion.replaced_at))
        .where(NoteVersion.note_id == Note.id)
        .correlate(Note)
        .scalar_subquery()
    )
    stmt = select(Note.id, Note.written_at, Note.text, edited.label("edited_at")).where(
        Note.case_id == case_id
    )
    match = fts_query(query) if query.strip() else None
    if query.strip() and match is None:
        return []
    if match:
        stmt = stmt.where(
            Note.id.in_(sql_text("SELECT rowid FROM note_fts WHERE note_fts MATCH :m"))
        ).params(m=match)
    stmt = stmt.order_by(Note.written_at.desc(), Note.id.desc())
    return [NoteRow(r.id, r.written_at, r.text, r.edited_at) for r in session.execute(stmt)]


def _case_note(session: Session, case_id: int, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None or note.case_id != case_id:
        raise NotFound(f"note: no note with id {note_id}")
    return note


def save_note_text(
    session: Session,
    case_id: int,
    note_id: int | None,
    body: str,
    now: dt.datetime | None = None,
) -> int:
    """Create or edit a journal note from the editor; returns its id. A note from an
    earlier day keeps the text it replaces as a version (`edit_note`)."""
    if note_id is None:
        return add_note(session, get_case_by_id(session, case_id), body).id
    return edit_note(session, _case_note(session, case_id, note_id), body, now).id


@dataclass(frozen=True)
class NoteVersionRow:
    written_at: dt.datetime
    replaced_at: dt.datetime | None  # None: the current text
    text: str


def note_history(session: Session, case_id: int, note_id: int) -> list[NoteVersionRow]:
    """Every text the note has had, oldest first, the current one last."""
    note = _case_note(session, case_id, note_id)
    rows = [
        NoteVersionRow(v.written_at, v.replaced_at, v.text) for v in note_versions(session, note)
    ]
    began = rows[-1].replaced_at if rows else note.written_at
    return [*rows, NoteVersionRow(began or note.written_at, None, note.text)]


# -- the due-and-overdue view -------------------------------------------------------------

WEEK = dt.timedelta(days=7)

RULE_TABS = {
    "coordinator_contact": "overview",
    "first_visit": "meetings",
    "crisis_centre_follow_up": "meetings",
    "plan_review": "plan",
    "urgent_meeting": "meetings",
    "outreach_reminder": "overview",
    "consent_expiry": "consent",
}


class DueRow(NamedTuple):
    """A tuple, not a dataclass: the due view builds one per open deadline of the vault
    (12,000 at 5,000 cases), and a frozen dataclass costs five times as much to make."""

    case_id: int
    case_reference: str
    rule: str
    due_on: dt.date
    status: str
    group: str  # "overdue" | "today" | "week"
    subject_label: str | None
    tab: str


def due_rows(session: Session, on: dt.date) -> list[DueRow]:
    """Open deadlines that are overdue, due today or due within the next seven days."""
    with collection_paused():
        case_clocks = deadlines.clocks(session)
        ids = {clock.case_reference: clock.case_id for clock in case_clocks}
        return [
            DueRow(
                ids[d.case_reference],  # type: ignore[arg-type]
                d.case_reference,
                d.rule,
                d.due_on,
                d.status,
                "overdue" if d.due_on < on else "today" if d.due_on == on else "week",
                d.subject_label,
                RULE_TABS.get(d.rule, "overview"),
            )
            for d in due_dates_for_cases(
                case_clocks, deadlines.get_rules(session), on, until=on + WEEK, open_only=True
            )
        ]


# -- "mine": cases this caseworker coordinates ----------------------------------------------

MY_ACTOR_KEY = "my_actor_id"


def my_actor_id(session: Session) -> int | None:
    row = session.get(VaultMeta, MY_ACTOR_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else None


def set_my_actor(session: Session, actor_id: int | None) -> None:
    """Who the user is in the actor directory, so "mine" can mean "I coordinate it"."""
    row = session.get(VaultMeta, MY_ACTOR_KEY)
    if actor_id is None:
        if row is not None:
            session.delete(row)
        return
    if session.get(Actor, actor_id) is None:
        raise NotFound(f"actor: no actor with id {actor_id}")
    if row is None:
        session.add(VaultMeta(key=MY_ACTOR_KEY, value=str(actor_id)))
    else:
        row.value = str(actor_id)
    session.flush()
    audit.record(session, "settings.my_actor", "actor", actor_id)


def coordinated_case_ids(session: Session, actor_id: int | None) -> frozenset[int]:
    if actor_id is None:
        return frozenset()
    stmt = select(CaseActor.case_id).where(
        CaseActor.actor_id == actor_id, CaseActor.is_coordinator.is_(True)
    )
    return frozenset(session.scalars(stmt))
