"""The Journal tab's read model: a case's notes, newest first, optionally searched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vnr_desk.domain import CasePerson, Note, NoteVersion
from vnr_desk.services.notes import case_note, fts_query, note_versions
from vnr_desk.services.views import plan as plan_view

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset({Note, NoteVersion, CasePerson})


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_at: dt.datetime
    text: str
    edited_at: dt.datetime | None = None  # when the current text replaced an earlier one
    person_id: int | None = None  # the child the note is about (None: the case)


def case_notes(session: Session, case_id: int, query: str = "") -> list[NoteRow]:
    """A case's journal, newest first; with `query`, only notes whose current text
    matches it (FTS)."""
    edited = (
        select(func.max(NoteVersion.replaced_at))
        .where(NoteVersion.note_id == Note.id)
        .correlate(Note)
        .scalar_subquery()
    )
    stmt = select(
        Note.id, Note.written_at, Note.text, edited.label("edited_at"), Note.person_id
    ).where(Note.case_id == case_id)
    match = fts_query(query) if query.strip() else None
    if query.strip() and match is None:
        return []
    if match:
        stmt = stmt.where(
            Note.id.in_(sql_text("SELECT rowid FROM note_fts WHERE note_fts MATCH :m"))
        ).params(m=match)
    stmt = stmt.order_by(Note.written_at.desc(), Note.id.desc())
    return [
        NoteRow(r.id, r.written_at, r.text, r.edited_at, r.person_id) for r in session.execute(stmt)
    ]


@dataclass(frozen=True)
class NoteVersionRow:
    written_at: dt.datetime
    replaced_at: dt.datetime | None  # None: the current text
    text: str


def note_history(session: Session, case_id: int, note_id: int) -> list[NoteVersionRow]:
    """Every text the note has had, oldest first, the current one last."""
    note = case_note(session, case_id, note_id)
    rows = [
        NoteVersionRow(v.written_at, v.replaced_at, v.text) for v in note_versions(session, note)
    ]
    began = rows[-1].replaced_at if rows else note.written_at
    return [*rows, NoteVersionRow(began or note.written_at, None, note.text)]


def children(session: Session, case_id: int) -> list[tuple[int, str]]:
    """(id, name) of the case's children: what a note can be about."""
    return [(c.id, c.name) for c in plan_view.children(session, case_id)]
