"""What a service command touches: the rows it may reach (those of its case), the values it
accepts (enums, required text), and what its unit of work wrote (for the views to refresh)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from vnr_desk.domain import Base, Case, Consent, Meeting, RiskAssessment
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput, NotFound

M = TypeVar("M", bound=Base)
E = TypeVar("E", bound=StrEnum)


# Rows without a `case_id` of their own reach their case through their parent: by a
# relationship where the model has one, else by the parent's key column.
_PARENTS = ("plan", "goal", "assessment")
_PARENT_KEYS = (
    ("meeting_id", Meeting),
    ("consent_id", Consent),
    ("risk_assessment_id", RiskAssessment),
)


def case_of(row: object) -> int | None:
    """The id of the case a row belongs to, through its parents if it has no `case_id`
    (None: the row belongs to no single case, such as an actor or a setting)."""
    if isinstance(row, Case):
        return row.id
    while row is not None:
        if hasattr(row, "case_id"):
            return row.case_id  # type: ignore[no-any-return]
        parent = next((getattr(row, p) for p in _PARENTS if hasattr(row, p)), None)
        if parent is None:
            session = object_session(row)
            key = next(((k, m) for k, m in _PARENT_KEYS if hasattr(row, k)), None)
            if session is None or key is None or getattr(row, key[0]) is None:
                return None
            parent = session.get(key[1], getattr(row, key[0]))
        row = parent
    return None


def in_case(
    session: Session, model: type[M], case_id: int, object_id: int | None, field: str = ""
) -> M:
    """The row `object_id` of `model`, which must belong to case `case_id`: the one check
    every command taking ids makes before it touches a row (NotFound otherwise, the same
    for a row of another case as for no row, so ids of other cases are not probed)."""
    row = session.get(model, object_id) if object_id is not None else None
    if row is None or case_of(row) != case_id:
        name = field or model.__tablename__
        raise NotFound(f"{name}: no such {model.__tablename__} {object_id} in this case")
    return row


def update_fields(
    session: Session,
    row: M,
    allowed: tuple[str, ...],
    changes: dict[str, object],
    *,
    enums: dict[str, type[StrEnum]] | None = None,
    action: str,
    object_type: str,
) -> M:
    """Set the named fields of one row and audit which fields changed, never their values.
    Unknown fields are a programming error (TypeError); `name`, if given, must not be empty."""
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise TypeError(f"unknown {object_type.replace('_', ' ')} field {unknown[0]!r}")
    for key, enum_cls in (enums or {}).items():
        if key in changes:
            changes[key] = parse_enum(enum_cls, str(changes[key]), key)
    if "name" in changes:
        changes["name"] = required_text(str(changes["name"] or ""), "name")
    for key, value in changes.items():
        setattr(row, key, value)
    session.flush()
    case_id = getattr(row, "case_id", None)
    audit.record(
        session,
        action,
        object_type,
        row.id,  # type: ignore[attr-defined]
        **({"case_id": case_id} if case_id is not None else {}),
        detail={"fields": sorted(changes)},
    )
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


@dataclass(frozen=True)
class ChangeRecord:
    """What one committed unit of work wrote: the row types, and the cases those rows
    belong to (`case_ids` is None when a written row belongs to no single case, such as a
    setting, a rule or the actor directory: then any case may be affected)."""

    types: frozenset[type] = frozenset()
    case_ids: frozenset[int] | None = frozenset()

    def __bool__(self) -> bool:
        return bool(self.types)

    def touches(self, types: frozenset[type]) -> bool:
        return bool(self.types & types)


class WriteWatch:
    """Fills at each flush of one session (commit flushes too): read it after the unit of
    work. Relationship changes mark the parent as changed as well: an over-estimate, never
    an under-estimate."""

    def __init__(self) -> None:
        self.types: set[type] = set()
        self.case_ids: set[int] = set()
        self.any_case = False

    def note(self, rows: Iterable[object]) -> None:
        for row in rows:
            self.types.add(type(row))
            try:
                case_id = case_of(row)
            except Exception:  # a deleted row's unloaded parent: assume any case
                case_id = None
            if case_id is None:
                self.any_case = True
            else:
                self.case_ids.add(case_id)

    def record(self) -> ChangeRecord:
        return ChangeRecord(
            frozenset(self.types), None if self.any_case else frozenset(self.case_ids)
        )


def watch_writes(session: Session) -> WriteWatch:
    """Watch every row `session` adds, changes or deletes from now on."""
    watch = WriteWatch()

    @event.listens_for(session, "after_flush")
    def _record(s: Session, _context: object) -> None:
        # after the flush new rows have their ids; s.new/dirty/deleted still hold this flush
        watch.note((*s.new, *s.dirty, *s.deleted))

    return watch
