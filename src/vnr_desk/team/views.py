"""Read models of the team for the workbook and the CLI: the status line (last sync,
pending changes, open conflicts), conflicts with base / mine / theirs side by side, and
— read from the server through the caseworker's own role — the unit's cases and the
team's deadlines (a leader sees the whole unit's)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, SyncConflict, SyncRow
from vnr_desk.team import link as team_link
from vnr_desk.team.local import pending_count
from vnr_desk.team.tables import DELETED, loads


@dataclass(frozen=True)
class TeamStatus:
    joined: bool
    user: str = ""
    unit: str = ""
    last_sync: str = ""
    pending: int = 0
    open_conflicts: int = 0


def team_status(session: Session) -> TeamStatus:
    found = team_link.link(session)
    if found is None:
        return TeamStatus(joined=False)
    conflicts = session.scalar(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    )
    return TeamStatus(
        joined=True,
        user=found.user,
        unit=found.unit,
        last_sync=team_link.state(session, "last_sync"),
        pending=pending_count(session),
        open_conflicts=int(conflicts or 0),
    )


def shown_value(value: Any) -> str:
    """A conflict value as a person reads it (a deletion says so; text as it is)."""
    if value == {DELETED: True}:
        return "\u2014 deleted \u2014"
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, indent=1)


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str
    table: str
    field: str
    case_reference: str
    base: Any
    mine: Any
    theirs: Any
    other: str
    """The colleague on the other side."""


def conflict_views(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts seen from this laptop: "mine" is this laptop's value."""
    me = team_link.require_link(session).user
    q = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        q = q.where(SyncConflict.resolved_at.is_(None))
    out = []
    for c in session.scalars(q):
        mine, theirs, other = loads(c.mine), loads(c.theirs), c.theirs_by
        if me == c.theirs_by and me != c.mine_by:
            mine, theirs, other = theirs, mine, c.mine_by
        case_row = session.scalar(
            select(SyncRow.row_id).where(
                SyncRow.uuid == c.case_uuid, SyncRow.table_name == "case_file"
            )
        )
        reference = session.scalar(select(Case.reference).where(Case.id == case_row)) or ""
        out.append(
            ConflictView(
                c.id,
                c.kind,
                c.table_name,
                c.field,
                reference,
                loads(c.base),
                mine,
                theirs,
                other,
            )
        )
    return out


@dataclass(frozen=True)
class UnitCase:
    reference: str
    assigned_to: str
    unit: str
    shared_with: tuple[str, ...]


def unit_cases(conn: psycopg.Connection[Any]) -> list[UnitCase]:
    """The cases this role may see on the server (a leader: the whole unit's)."""
    rows = conn.execute(
        "SELECT k.reference, k.assigned_to, k.unit, "
        "coalesce(array_agg(s.unit ORDER BY s.unit) FILTER (WHERE s.unit IS NOT NULL), '{}') "
        "FROM team_case k LEFT JOIN team_case_share s ON s.case_uuid = k.uuid "
        "GROUP BY k.uuid, k.reference, k.assigned_to, k.unit ORDER BY k.reference"
    ).fetchall()
    return [UnitCase(r[0], r[1], r[2], tuple(r[3])) for r in rows]


@dataclass(frozen=True)
class TeamDeadline:
    due_on: dt.date
    what: str
    """`meeting`, `plan_review` or `action`."""
    reference: str
    assigned_to: str


_DEADLINES = """
SELECT due::date, what, k.reference, k.assigned_to FROM (
  SELECT case_uuid, (fields->>'held_on')::timestamp AS due, 'meeting' AS what FROM team_row
   WHERE table_name = 'meeting' AND NOT deleted AND fields->>'cancelled_at' IS NULL
  UNION ALL
  SELECT case_uuid, (fields->>'review_due_on')::date, 'plan_review' FROM team_row
   WHERE table_name = 'action_plan' AND NOT deleted
     AND fields->>'superseded_by_id' IS NULL AND fields->>'review_due_on' IS NOT NULL
  UNION ALL
  SELECT case_uuid, (fields->>'due_on')::date, 'action' FROM team_row
   WHERE table_name = 'plan_action' AND NOT deleted AND fields->>'due_on' IS NOT NULL
     AND fields->>'status' NOT IN ('done', 'dropped')
) d JOIN team_case k ON k.uuid = d.case_uuid
WHERE due >= %s AND due < %s ORDER BY due, k.reference
"""


def team_deadlines(
    conn: psycopg.Connection[Any], today: dt.date, days: int = 60
) -> list[TeamDeadline]:
    """Meetings, plan reviews and plan actions due from `today` on, across the cases this
    role may see (row-level security decides: a leader gets the unit's)."""
    rows = conn.execute(_DEADLINES, (today, today + dt.timedelta(days=days))).fetchall()
    return [TeamDeadline(r[0], r[1], r[2], r[3]) for r in rows]


def from_server(vault: Any, read: Any) -> Any:
    """`read(connection)` over this vault's own login role (for the workbook's lists)."""
    with vault.session() as s:
        found = team_link.require_link(s)
    with team_link.server(found) as conn:
        return read(conn)
