"""Journal notes: written durably, found again through FTS5."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, Note
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound


def add_note(
    session: Session, case: Case, body: str, written_at: dt.datetime | None = None
) -> Note:
    """Add a note; once the caller's session commits, it survives a crash (synchronous=FULL)."""
    if not body.strip():
        raise InvalidInput("text: a note must not be empty")
    note = Note(case_id=case.id, text=body, written_at=written_at or _now())
    session.add(note)
    session.flush()
    audit.record(session, "note.create", "note", note.id, case_id=case.id)
    return note


def update_note(session: Session, note: Note, body: str) -> Note:
    note.text = body
    session.flush()
    audit.record(session, "note.update", "note", note.id, case_id=note.case_id)
    return note


def save_note_text(session: Session, case_id: int, note_id: int | None, body: str) -> int:
    """Create or update a journal note from the editor; returns its id."""
    if note_id is None:
        return add_note(session, get_case_by_id(session, case_id), body).id
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"note: no note with id {note_id}")
    if note.text != body:
        update_note(session, note, body)
    return note.id


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class NoteHit:
    note_id: int
    case_id: int
    case_reference: str
    written_at: dt.datetime
    snippet: str


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str | None:
    """A person's words as an FTS5 query: every word must match, the last as a prefix.
    Quoting each word keeps FTS syntax (AND, NEAR, quotes, *) from being interpreted."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_notes(
    session: Session, query: str, *, case_id: int | None = None, limit: int = 100
) -> list[NoteHit]:
    match = fts_query(query)
    if match is None:
        return []
    sql = (
        "SELECT n.id, n.case_id, c.reference, n.written_at, "
        "snippet(note_fts, 0, '[', ']', '…', 12) "
        "FROM note_fts JOIN note n ON n.id = note_fts.rowid JOIN case_file c ON c.id = n.case_id "
        "WHERE note_fts MATCH :match"
        + (" AND n.case_id = :case_id" if case_id is not None else "")
        + " ORDER BY rank LIMIT :limit"
    )
    rows = session.execute(text(sql), {"match": match, "case_id": case_id, "limit": limit})
    return [
        NoteHit(
            note_id=r[0],
            case_id=r[1],
            case_reference=r[2],
            written_at=dt.datetime.fromisoformat(r[3]),
            snippet=r[4],
        )
        for r in rows
    ]
