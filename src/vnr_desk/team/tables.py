"""Which vault tables travel to the team server, and how a row becomes JSON fields and
back. References between synced rows travel as UUIDs; a case actor's directory entry
travels by its natural key (name, sector), since each vault has its own directory ids; a
consent's purposes travel with the consent as `_purposes`.

Append-only tables (events, consents, withdrawals) are unions: their rows are only ever
added, so they can never conflict. A note is added like them, and its later edits are
field changes like any other."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table

from vnr_desk.domain import Base


@dataclass(frozen=True)
class Synced:
    name: str
    parent: str | None
    """Column whose referenced row gives the case (None: the row *is* the case)."""
    append_only: bool = False


SYNCED: tuple[Synced, ...] = (
    Synced("case_file", None),
    Synced("case_person", "case_id"),
    Synced("case_actor", "case_id"),
    Synced("network_member", "case_id"),
    Synced("meeting", "case_id"),
    Synced("note", "case_id"),
    Synced("case_event", "case_id", append_only=True),
    Synced("action_plan", "case_id"),
    Synced("goal", "plan_id"),
    Synced("plan_action", "goal_id"),
    Synced("consent", "case_id", append_only=True),
    Synced("consent_withdrawal", "consent_id", append_only=True),
)
BY_NAME = {s.name: s for s in SYNCED}
ORDER = {s.name: i for i, s in enumerate(SYNCED)}
PROTECTED_FIELDS = {"case_person": ("address",)}
"""Fields kept apart on the server when the row says `protected_address`."""
DELETED = "__deleted__"
ROW_FIELD = "__row__"


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def references(name: str) -> dict[str, str]:
    """Column -> referenced table, for the row's foreign keys."""
    out: dict[str, str] = {}
    for column in table(name).columns:
        for fk in column.foreign_keys:
            out[column.name] = fk.column.table.name
    return out


def data_columns(name: str) -> list[str]:
    return [c.name for c in table(name).columns if c.name != "id"]


def to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(name: str, column: str, value: Any) -> Any:
    """A JSON field back to what the vault column holds."""
    if value is None:
        return None
    col_type = table(name).columns[column].type
    if isinstance(col_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(col_type, Boolean):
        return bool(value)
    enum_class = getattr(col_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    return value


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
