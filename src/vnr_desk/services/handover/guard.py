"""A case handed over with "keep" is read-only here: one check before every flush, so no
service (today's or a later one) can change it by forgetting to ask. Any new, changed or
deleted row that belongs to such a case — directly by `case_id`, or through its parent
rows (a goal through its plan) — raises `CaseHandedOver` and the unit of work rolls back.
The audit log and the handover log itself stay writable (reading a case is audited)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import MANYTOONE, Session

from vnr_desk.domain import AuditEntry, Base, Case, CaseHandover, Colleague, VaultMeta
from vnr_desk.services.handover.errors import CaseHandedOver

_EXEMPT = (AuditEntry, CaseHandover, Colleague, VaultMeta)
_MAX_DEPTH = 4
_ANY_READ_ONLY = select(CaseHandover.id).where(CaseHandover.read_only.is_(True)).limit(1)


@cache
def _class_of_table() -> dict[str, type]:
    return {str(getattr(m.local_table, "name", "")): m.class_ for m in Base.registry.mappers}


def _case_id(session: Session, obj: Any, tables: dict[str, type], depth: int) -> int | None:
    if isinstance(obj, Case):
        return obj.id
    value = getattr(obj, "case_id", None)
    if isinstance(value, int):
        return value
    if depth >= _MAX_DEPTH:
        return None
    mapper = inspect(type(obj))
    for rel in mapper.relationships:  # a new row's foreign key is only set during the flush
        if rel.direction is MANYTOONE:
            parent = getattr(obj, rel.key, None)
            found = None if parent is None else _case_id(session, parent, tables, depth + 1)
            if found is not None:
                return found
    for column in mapper.columns:
        for fk in column.foreign_keys:
            parent_cls = tables.get(fk.column.table.name)
            key = getattr(obj, mapper.get_property_by_column(column).key, None)
            if parent_cls is None or key is None:
                continue
            parent = session.get(parent_cls, key)
            if parent is not None:
                found = _case_id(session, parent, tables, depth + 1)
                if found is not None:
                    return found
    return None


@event.listens_for(Session, "before_flush")
def _refuse_writes_to_handed_over(session: Session, flush_context: Any, instances: Any) -> None:
    touched = [
        obj
        for obj in (*session.new, *session.deleted, *session.dirty)
        if not isinstance(obj, _EXEMPT) and (obj not in session.dirty or session.is_modified(obj))
    ]
    if not touched:
        return
    tables = _class_of_table()
    with session.no_autoflush:
        if session.scalar(_ANY_READ_ONLY) is None:  # the usual case: nothing handed over
            return
        case_ids = {_case_id(session, obj, tables, 0) for obj in touched} - {None}
        if not case_ids:
            return
        locked = session.scalar(
            select(CaseHandover.reference)
            .where(CaseHandover.case_id.in_(case_ids), CaseHandover.read_only.is_(True))
            .limit(1)
        )
    if locked is not None:
        raise CaseHandedOver(locked)
