"""Which kinds of rows a unit of work wrote, so a view that shows derived data (the due
list) can tell whether it went stale without re-reading after every keystroke saved."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session


def watch_writes(session: Session) -> set[type]:
    """The mapped classes of every row `session` adds, changes or deletes from now on.

    The set fills at each flush (commit flushes too), so read it after the unit of work.
    Relationship changes mark the parent as changed as well: an over-estimate, never
    an under-estimate."""
    written: set[type] = set()

    @event.listens_for(session, "before_flush")
    def _record(s: Session, _context: object, _instances: object) -> None:
        written.update(type(obj) for obj in (*s.new, *s.dirty, *s.deleted))

    return written
