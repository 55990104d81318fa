"""What a service command touches: the rows it may reach (those of its case), the values it
accepts (enums, required text), and what its unit of work wrote (for the views to refresh)."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from vnr_desk.domain import Base, Case
from vnr_desk.services.errors import InvalidInput, NotFound

M = TypeVar("M", bound=Base)
E = TypeVar("E", bound=StrEnum)


def in_case(session: Session, model: type[M], object_id: int, case: Case, field: str) -> M:
    """The row `object_id` of `model`, which must belong to `case` (through `case_id`)."""
    row = session.get(model, object_id)
    if row is None or getattr(row, "case_id", None) != case.id:
        raise NotFound(f"{field}: no such {model.__tablename__} {object_id} in this case")
    return row


def parse_enum(enum_cls: type[E], value: str | E, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        raise InvalidInput(f"{field}: unknown value {value!r}") from None


def required_text(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{field}: must not be empty")
    return text


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
