"""The Journal tab's read model: a case's notes, newest first, optionally searched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vnr_desk.domain import Note
from vnr_desk.services.notes import fts_query

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset({Note})


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
