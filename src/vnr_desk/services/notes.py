"""Journal notes: written durably, found again through FTS5."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, Note, NoteVersion, PersonRole
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.services.people import get_person


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
    """Change a note's text in place (a note of today, or the same day's later edits)."""
    note.text = body
    session.flush()
    audit.record(session, "note.update", "note", note.id, case_id=note.case_id)
    return note


def last_changed(session: Session, note: Note) -> dt.datetime:
    """When the note's current text began: its last new version, else when written."""
    latest = session.scalar(
        select(func.max(NoteVersion.replaced_at)).where(NoteVersion.note_id == note.id)
    )
    return latest or note.written_at


def edit_note(session: Session, note: Note, body: str, now: dt.datetime | None = None) -> Note:
    """Edit from the journal. A note whose current text began on an earlier day gets a new
    version (the text it replaces is kept, the edit is audited as a revision); a text begun
    today is changed in place, so autosave's many small saves make one version, not fifty."""
    if note.text == body:
        return note
    when = now or _now()
    began = last_changed(session, note)
    if began.date() >= when.date():
        return update_note(session, note, body)
    version = NoteVersion(note_id=note.id, text=note.text, written_at=began, replaced_at=when)
    session.add(version)
    note.text = body
    session.flush()
    audit.record(
        session,
        "note.revise",
        "note",
        note.id,
        case_id=note.case_id,
        detail={"version": version.id},
    )
    return note


def note_versions(session: Session, note: Note) -> list[NoteVersion]:
    """Earlier texts, oldest first."""
    return list(
        session.scalars(
            select(NoteVersion)
            .where(NoteVersion.note_id == note.id)
            .order_by(NoteVersion.replaced_at, NoteVersion.id)
        )
    )


def case_note(session: Session, case_id: int, note_id: int) -> Note:
    """The note `note_id` of case `case_id`, or NotFound."""
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
    return edit_note(session, case_note(session, case_id, note_id), body, now).id


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


def set_note_person(session: Session, case_id: int, note_id: int, person_id: int | None) -> None:
    """Tie a note to a child of the case (None: to the case as a whole). Children are
    persons in their own right: what is noted about one can be found and shared as theirs."""
    note = case_note(session, case_id, note_id)
    if person_id is not None:
        child = get_person(session, get_case_by_id(session, case_id), person_id)
        if child.role != PersonRole.CHILD:
            raise InvalidInput("person: a note can be tied to a child of the case only")
    note.person_id = person_id
    session.flush()
    audit.record(
        session,
        "note.person",
        "note",
        note.id,
        case_id=case_id,
        detail={"tied": person_id is not None},
    )
