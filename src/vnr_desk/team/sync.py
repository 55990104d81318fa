"""One sync: stage local changes into the outbox, push them in one server transaction,
acknowledge them in one vault transaction, then pull in one read and apply it in one
vault transaction. Killed at any point, both sides stay consistent: the outbox is cleared
only for change ids the server committed, and a change pushed twice is applied once."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from vnr_desk.domain import SyncConflict, SyncRow
from vnr_desk.services import auditing as audit
from vnr_desk.store.vault import Vault
from vnr_desk.team import link as team_link
from vnr_desk.team import local, server
from vnr_desk.team.tables import loads


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    applied: int
    soft: int
    hard: int
    pulled: int
    deleted: int
    kept_local: int
    open_conflicts: int
    at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _entry(e: Any) -> dict[str, Any]:
    return {
        "change_id": e.change_id,
        "table_name": e.table_name,
        "row_uuid": e.row_uuid,
        "case_uuid": e.case_uuid,
        "op": e.op,
        "field": e.field,
        "value": loads(e.value),
        "base_value": loads(e.base_value),
        "base_version": e.base_version,
    }


def open_conflicts(vault: Vault) -> int:
    with vault.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )


def _push(vault: Vault, conn: Any) -> dict[str, dict[str, Any]]:
    with vault.session() as s:
        local.stage(s)
        entries = [_entry(e) for e in local.pending(s)]
    if not entries:
        return {}
    results = server.push(conn, entries)
    with vault.session() as s:
        local.acknowledge(s, results)
        audit.record(s, "team.push", "vault_meta", "team", detail={"changes": len(results)})
    return results


def _pull(vault: Vault, conn: Any, at: str | None = None) -> local.PullCounts:
    with vault.session() as s:
        since = int(team_link.state(s, "last_seq", "0"))
        known = sorted(set(s.scalars(select(SyncRow.case_uuid))))
    got = server.pull(conn, since, known)
    with vault.session() as s:
        local.apply_conflicts(s, got["conflicts"])  # first: a resolution unblocks its field
        counts = local.apply_rows(s, got["rows"])
        team_link.set_state(s, "last_seq", str(got["seq"]))
        if at is not None:
            team_link.set_state(s, "last_sync", at)
        audit.record(s, "team.pull", "vault_meta", "team", detail=asdict(counts))
    return counts


def _link(vault: Vault) -> team_link.Link:
    with vault.session() as s:
        return team_link.require_link(s)


def push(vault: Vault) -> dict[str, dict[str, Any]]:
    """Stage, push in one server transaction, acknowledge in one vault transaction."""
    with team_link.server(_link(vault)) as conn:
        return _push(vault, conn)


def pull(vault: Vault) -> local.PullCounts:
    """Read in one server transaction, apply in one vault transaction."""
    with team_link.server(_link(vault)) as conn:
        return _pull(vault, conn)


def sync(vault: Vault) -> SyncReport:
    """Push, then pull, over one connection."""
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with team_link.server(_link(vault)) as conn:
        results = _push(vault, conn)
        counts = _pull(vault, conn, at)
    statuses = [r["status"] for r in results.values()]
    return SyncReport(
        pushed=len(results),
        applied=statuses.count("applied"),
        soft=statuses.count("soft"),
        hard=statuses.count("hard"),
        pulled=counts.inserted + counts.updated + counts.deleted,
        deleted=counts.deleted,
        kept_local=counts.kept_local,
        open_conflicts=open_conflicts(vault),
        at=at,
    )


def resolve(vault: Vault, conflict_id: int, keep: str, value: Any = None) -> dict[str, Any]:
    """Resolve on the server (audited there), write the outcome into the vault (audited
    here), then pull so the rest of the row follows."""
    with vault.session() as s:
        found = team_link.require_link(s)
    with team_link.server(found) as conn:
        outcome = server.resolve(conn, conflict_id, keep, value)
    with vault.session() as s:
        row = s.scalar(select(SyncRow).where(SyncRow.uuid == outcome["row_uuid"]))
        if row is not None:
            tbl = local.table(row.table_name)
            exists = s.execute(select(tbl.c.id).where(tbl.c.id == row.row_id)).first()
            if outcome["deleted"]:
                row_id = row.row_id
                s.delete(row)
                s.flush()  # the mapping goes first: the delete trigger would detach it
                if exists:
                    s.execute(tbl.delete().where(tbl.c.id == row_id))
            elif exists is None:
                s.delete(row)  # the row is kept on the server: the pull brings it back
            elif outcome["field"] and outcome["field"] in local.data_columns(row.table_name):
                local.set_field(s, row.uuid, outcome["field"], outcome["value"], None)
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is not None:
            conflict.resolved_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            conflict.resolved_by = found.user
        audit.record(s, "team.resolve", "sync_conflict", conflict_id, detail={"keep": keep})
    pull(vault)
    return outcome


def refresh_before_export(vault: Vault) -> str:
    """Before a printout leaves the laptop: if the vault has joined a team server and the
    server answers, pull first, so a consent withdrawn on a colleague's laptop is known
    here and the export refused. Offline (the normal state) the export goes by what the
    vault knows. Returns "fresh", "offline" or "alone" (not joined)."""
    import psycopg

    from vnr_desk.store.errors import VaultError

    try:
        with vault.session() as s:
            if team_link.link(s) is None:
                return "alone"
        pull(vault)
    except (psycopg.OperationalError, OSError, VaultError):
        return "offline"
    return "fresh"
