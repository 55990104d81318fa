"""The Journal tab's actions."""

from __future__ import annotations

from vnr_desk.services.notes import save_note_text, set_note_person
from vnr_desk.services.views import journal as journal_view
from vnr_desk.ui.autosave import NoteRef
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import UnitOfWork, VaultSession

SHOWS = journal_view.SHOWS


def load(session: VaultSession, case_id: int, query: str, done: Done) -> None:
    session.run(lambda s: journal_view.case_notes(s, case_id, query), done)


def save_note(s: UnitOfWork, ref: NoteRef, text: str) -> int:
    """The journal autosaver's save (the autosaver runs it on the worker, in order)."""
    return save_note_text(s, ref.case_id, ref.id, text)


def history(session: VaultSession, case_id: int, note_id: int, done: Done, failed: Failed) -> None:
    """Every text the note has had, for the history dialog."""
    session.run(lambda s: journal_view.note_history(s, case_id, note_id), done, failed)


def children(session: VaultSession, case_id: int, done: Done) -> None:
    """(id, name) of the case's children, for "about" choices."""
    session.run(lambda s: journal_view.children(s, case_id), done)


def tie_note(
    session: VaultSession,
    case_id: int,
    note_id: int,
    person_id: int | None,
    done: Done,
    failed: Failed,
) -> None:
    """Tie the note to a child of the case, or back to the case as a whole."""
    session.run(lambda s: set_note_person(s, case_id, note_id, person_id), done, failed)
