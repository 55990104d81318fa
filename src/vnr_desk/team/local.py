"""The vault's side of a sync: give every synced row a UUID, turn what changed since the
last agreed snapshot into outbox entries, take the server's answer, and apply a pull.

Changes are found by comparing each row with its snapshot at sync time rather than by
hooks in the services, so no write path (a dialog, the CLI, an import) can slip past."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, SyncConflict, SyncOutbox, SyncRow
from vnr_desk.domain.enums import Sector
from vnr_desk.team.tables import (
    BY_NAME,
    DELETED,
    ORDER,
    ROW_FIELD,
    SYNCED,
    data_columns,
    dumps,
    from_json,
    loads,
    references,
    table,
    to_json,
)

Fields = dict[str, Any]


@dataclass
class Index:
    """Local id <-> UUID for every tracked row, loaded once per unit of work."""

    by_id: dict[tuple[str, int], SyncRow] = field(default_factory=dict)
    by_uuid: dict[str, SyncRow] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Index:
        idx = cls()
        for row in session.scalars(select(SyncRow)):
            idx.add(row)
        return idx

    def add(self, row: SyncRow) -> None:
        self.by_id[(row.table_name, row.row_id)] = row
        self.by_uuid[row.uuid] = row

    def forget(self, row: SyncRow) -> None:
        self.by_id.pop((row.table_name, row.row_id), None)
        self.by_uuid.pop(row.uuid, None)

    def uuid_of(self, name: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        found = self.by_id.get((name, row_id))
        return found.uuid if found else None

    def id_of(self, name: str, row_uuid: str | None) -> int | None:
        found = self.by_uuid.get(row_uuid) if row_uuid else None
        return found.row_id if found is not None and found.table_name == name else None


def _rows(session: Session, name: str) -> dict[int, dict[str, Any]]:
    tbl = table(name)
    return {r["id"]: dict(r) for r in session.execute(select(tbl)).mappings()}


def _actor_key(session: Session, actor_id: int) -> dict[str, str] | None:
    actor = session.get(Actor, actor_id)
    return None if actor is None else {"name": actor.name, "sector": actor.sector.value}


def _purposes(session: Session) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    tbl = table("consent_purpose")
    for consent_id, purpose in session.execute(select(tbl.c.consent_id, tbl.c.purpose)):
        out[consent_id].append(to_json(purpose))
    return {k: sorted(v) for k, v in out.items()}


def serialize(session: Session, idx: Index, name: str, raw: dict[str, Any], extra: Any) -> Fields:
    refs = references(name)
    out: Fields = {}
    for column in data_columns(name):
        value = raw[column]
        target = refs.get(column)
        if target == "actor":
            out[column] = _actor_key(session, value) if value is not None else None
        elif target in BY_NAME:
            out[column] = idx.uuid_of(target, value)
        else:
            out[column] = to_json(value)
    if name == "consent":
        out["_purposes"] = extra.get(raw["id"], [])
    return out


def current(session: Session, idx: Index) -> dict[str, dict[int, Fields]]:
    """Every synced row's fields now, by table and local id."""
    purposes = _purposes(session)
    return {
        s.name: {
            row_id: serialize(session, idx, s.name, raw, purposes)
            for row_id, raw in _rows(session, s.name).items()
        }
        for s in SYNCED
    }


def track(session: Session, idx: Index) -> None:
    """A UUID for every synced row that has none yet (parents first)."""
    for spec in SYNCED:
        tbl = table(spec.name)
        known = {rid for (t, rid) in idx.by_id if t == spec.name}
        cols = [tbl.c.id] + ([tbl.c[spec.parent]] if spec.parent else [])
        for rec in session.execute(select(*cols)):
            if rec[0] in known:
                continue
            row_uuid = str(uuid.uuid4())
            if spec.parent is None:
                case_uuid = row_uuid
            else:
                parent = idx.by_id.get((references(spec.name)[spec.parent], rec[1]))
                if parent is None:
                    continue
                case_uuid = parent.case_uuid
            row = SyncRow(
                table_name=spec.name,
                row_id=rec[0],
                uuid=row_uuid,
                case_uuid=case_uuid,
                server_version=0,
                snapshot=None,
            )
            session.add(row)
            idx.add(row)
    session.flush()


def open_hard(session: Session) -> dict[str, set[str]]:
    """Row UUID -> fields with an unresolved hard conflict (ROW_FIELD for the whole row)."""
    out: dict[str, set[str]] = defaultdict(set)
    q = select(SyncConflict.row_uuid, SyncConflict.field).where(
        SyncConflict.kind == "hard", SyncConflict.resolved_at.is_(None)
    )
    for row_uuid, name in session.execute(q):
        out[row_uuid].add(name)
    return out


def _outbox(
    session: Session, row: SyncRow, op: str, name: str | None, value: Any, base: Any
) -> None:
    session.add(
        SyncOutbox(
            change_id=str(uuid.uuid4()),
            table_name=row.table_name,
            row_uuid=row.uuid,
            case_uuid=row.case_uuid,
            op=op,
            field=name,
            value=dumps(value),
            base_value=dumps(base),
            base_version=row.server_version,
        )
    )


def stage(session: Session) -> int:
    """Turn local changes since the snapshots into outbox entries; returns how many are
    waiting. Nothing new is staged while earlier entries wait: they go first."""
    waiting = session.query(SyncOutbox).count()
    if waiting:
        return waiting
    idx = Index.load(session)
    track(session, idx)
    now = current(session, idx)
    blocked = open_hard(session)
    rows = sorted(idx.by_id.values(), key=lambda r: (ORDER[r.table_name], r.row_id))
    for row in rows:
        spec = BY_NAME[row.table_name]
        fields = now[row.table_name].get(row.row_id)
        snapshot = loads(row.snapshot)
        if snapshot is None:
            if fields is None:
                session.delete(row)
            else:
                _outbox(session, row, "insert", None, fields, None)
            continue
        if ROW_FIELD in blocked.get(row.uuid, ()):
            continue
        if fields is None:
            if not spec.append_only:
                _outbox(session, row, "delete", None, None, snapshot)
            continue
        if spec.append_only:
            continue
        for name, value in fields.items():
            if value != snapshot.get(name, value) and name not in blocked.get(row.uuid, ()):
                _outbox(session, row, "update", name, value, snapshot.get(name))
    session.flush()
    return session.query(SyncOutbox).count()


def pending_count(session: Session) -> int:
    """Changes waiting for the server, counted without writing anything: outbox entries,
    else new rows, deleted rows and changed fields since the snapshots."""
    waiting = session.query(SyncOutbox).count()
    if waiting:
        return waiting
    idx = Index.load(session)
    now = current(session, idx)
    blocked = open_hard(session)
    count = sum(
        1 for name, rows in now.items() for row_id in rows if (name, row_id) not in idx.by_id
    )
    for row in idx.by_id.values():
        fields = now[row.table_name].get(row.row_id)
        snapshot = loads(row.snapshot)
        if snapshot is None:
            count += fields is not None
        elif fields is None:
            count += not BY_NAME[row.table_name].append_only and not blocked.get(row.uuid)
        elif not BY_NAME[row.table_name].append_only:
            count += sum(
                1
                for k, v in fields.items()
                if v != snapshot.get(k, v) and k not in blocked.get(row.uuid, ())
            )
    return count


def pending(session: Session) -> list[SyncOutbox]:
    return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.position)))


def acknowledge(session: Session, results: dict[str, dict[str, Any]]) -> int:
    """The server committed these change ids: move snapshots forward, empty the outbox."""
    idx = Index.load(session)
    done = 0
    for entry in pending(session):
        result = results.get(entry.change_id)
        if result is None:
            continue
        row = idx.by_uuid.get(entry.row_uuid)
        if row is not None and result["status"] in ("applied", "soft"):
            snapshot = loads(row.snapshot) or {}
            if entry.op == "insert":
                snapshot = loads(entry.value)
            elif entry.op == "update" and entry.field:
                snapshot[entry.field] = loads(entry.value)
            if entry.op == "delete":
                session.delete(row)
                idx.forget(row)
            else:
                row.snapshot = dumps(snapshot)
                if result.get("clean"):
                    row.server_version = max(row.server_version, int(result["version"]))
        session.delete(entry)
        done += 1
    session.flush()
    return done


def _find_actor(session: Session, key: dict[str, str] | None) -> int | None:
    if not key:
        return None
    found = session.scalar(
        select(Actor.id).where(Actor.name == key["name"], Actor.sector == Sector(key["sector"]))
    )
    if found is not None:
        return found
    actor = Actor(name=key["name"], sector=Sector(key["sector"]))
    session.add(actor)
    session.flush()
    return actor.id


def _local_values(session: Session, idx: Index, name: str, fields: Fields) -> dict[str, Any]:
    refs = references(name)
    values: dict[str, Any] = {}
    for column in data_columns(name):
        if column not in fields:
            continue
        target = refs.get(column)
        if target == "actor":
            values[column] = _find_actor(session, fields[column])
        elif target in BY_NAME:
            values[column] = idx.id_of(target, fields[column])
        else:
            values[column] = from_json(name, column, fields[column])
    return values


@dataclass
class PullCounts:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    kept_local: int = 0


def apply_rows(session: Session, rows: list[dict[str, Any]]) -> PullCounts:
    """Bring pulled rows into the vault. A field changed here and there since the base is
    kept as it is here (and the row's base left behind, so the next push meets the
    server's change as a conflict instead of overwriting it)."""
    counts = PullCounts()
    idx = Index.load(session)
    blocked = open_hard(session)
    rows = sorted(rows, key=lambda r: ORDER.get(r["table_name"], 99))
    with session.no_autoflush:  # one flush at the end, not one per pulled row
        _apply(session, idx, blocked, rows, counts)
    session.flush()
    return counts


def _apply(
    session: Session,
    idx: Index,
    blocked: dict[str, set[str]],
    rows: list[dict[str, Any]],
    counts: PullCounts,
) -> None:
    # Rows come parents first, so a table's new rows can go in together: their references
    # point at tables already in the index.
    for name, group in groupby(rows, key=lambda r: r["table_name"]):
        if name not in BY_NAME:
            continue
        new: list[dict[str, Any]] = []
        for pulled in group:
            local = idx.by_uuid.get(pulled["uuid"])
            if local is None:
                if not pulled["deleted"]:
                    new.append(pulled)
                continue
            _apply_known(session, idx, blocked.get(pulled["uuid"], set()), pulled, local, counts)
        _insert_new(session, idx, name, new)
        counts.inserted += len(new)


def _insert_new(session: Session, idx: Index, name: str, rows: list[dict[str, Any]]) -> None:
    """Rows this vault has never had, one INSERT ... RETURNING per set of columns (a first
    pull of 1,000 cases spent most of its time building one statement per row)."""
    tbl = table(name)
    by_columns: dict[tuple[str, ...], list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(
        list
    )
    for pulled in rows:
        values = _local_values(session, idx, name, pulled["fields"])
        by_columns[tuple(sorted(values))].append((pulled, values))
    for batch in by_columns.values():
        ids = (
            session.execute(
                insert(tbl).returning(tbl.c.id, sort_by_parameter_order=True),
                [values for _, values in batch],
            )
            .scalars()
            .all()
        )
        for (pulled, _), row_id in zip(batch, ids, strict=True):
            if name == "consent":
                for purpose in pulled["fields"].get("_purposes", []):
                    session.execute(
                        insert(table("consent_purpose")).values(consent_id=row_id, purpose=purpose)
                    )
            synced = SyncRow(
                table_name=name,
                row_id=row_id,
                uuid=pulled["uuid"],
                case_uuid=pulled["case_uuid"],
                server_version=pulled["version"],
                snapshot=dumps(pulled["fields"]),
            )
            session.add(synced)
            idx.add(synced)


def _apply_known(
    session: Session,
    idx: Index,
    row_blocked: set[str],
    pulled: dict[str, Any],
    local: SyncRow,
    counts: PullCounts,
) -> None:
    """A pulled row the vault already tracks: deleted, or merged field by field."""
    name = pulled["table_name"]
    tbl = table(name)
    fields: Fields = pulled["fields"]
    exists = session.execute(select(tbl.c.id).where(tbl.c.id == local.row_id)).first()
    if pulled["deleted"]:
        if row_blocked:  # an edit here meets the deletion: kept until resolved
            return
        idx.forget(local)
        session.delete(local)
        session.flush()  # the mapping goes first: the delete trigger would detach it
        if exists:
            session.execute(delete(tbl).where(tbl.c.id == local.row_id))
            counts.deleted += 1
        return
    if exists is None or BY_NAME[name].append_only:
        return
    snapshot = loads(local.snapshot) or {}
    purposes = _purposes(session) if name == "consent" else {}
    now = serialize(
        session,
        idx,
        name,
        dict(session.execute(select(tbl).where(tbl.c.id == local.row_id)).mappings().one()),
        purposes,
    )
    changes: Fields = {}
    collided = False
    for key, theirs in fields.items():
        base = snapshot.get(key)
        if theirs == base:
            continue
        if key in row_blocked:
            snapshot[key] = theirs
        elif now.get(key) == base or now.get(key) == theirs:
            changes[key] = theirs
            snapshot[key] = theirs
        else:
            collided = True
            counts.kept_local += 1
    if changes:
        values = _local_values(session, idx, name, changes)
        session.execute(update(tbl).where(tbl.c.id == local.row_id).values(**values))
        counts.updated += 1
    local.snapshot = dumps(snapshot)
    if not collided:
        local.server_version = pulled["version"]


def apply_conflicts(session: Session, conflicts: list[dict[str, Any]]) -> None:
    """Mirror the server's conflicts. A hard conflict someone else resolved releases the
    value this laptop held back: its base becomes the value held, so the resolved value
    the same pull brings replaces it."""
    for c in conflicts:
        row = session.get(SyncConflict, c["id"])
        newly_resolved = c["resolved_at"] is not None and (row is None or row.resolved_at is None)
        if newly_resolved and c["kind"] == "hard" and c["field"] != ROW_FIELD:
            _release(session, c["row_uuid"], c["field"])
        values = {
            "case_uuid": c["case_uuid"],
            "row_uuid": c["row_uuid"],
            "table_name": c["table_name"],
            "field": c["field"],
            "kind": c["kind"],
            "base": dumps(c["base"]),
            "mine": dumps(c["mine"]),
            "theirs": dumps(c["theirs"]),
            "mine_by": c["mine_by"],
            "theirs_by": c["theirs_by"],
            "created_at": c["created_at"],
            "resolved_at": c["resolved_at"],
            "resolved_by": c["resolved_by"],
        }
        if row is None:
            session.add(SyncConflict(id=c["id"], **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    session.flush()


def _release(session: Session, row_uuid: str, name: str) -> None:
    local = session.scalar(select(SyncRow).where(SyncRow.uuid == row_uuid))
    if local is None or local.snapshot is None:
        return
    tbl = table(local.table_name)
    raw = session.execute(select(tbl).where(tbl.c.id == local.row_id)).mappings().first()
    if raw is None:
        return
    idx = Index.load(session)
    now = serialize(session, idx, local.table_name, dict(raw), _purposes(session))
    snapshot = loads(local.snapshot)
    if name in now:
        snapshot[name] = now[name]
        local.snapshot = dumps(snapshot)


def set_field(session: Session, row_uuid: str, name: str, value: Any, version: int | None) -> None:
    """Write one resolved field into the vault and agree it as the base."""
    local = session.scalar(select(SyncRow).where(SyncRow.uuid == row_uuid))
    if local is None:
        return
    idx = Index.load(session)
    tbl = table(local.table_name)
    if name in data_columns(local.table_name):
        values = _local_values(session, idx, local.table_name, {name: value})
        session.execute(update(tbl).where(tbl.c.id == local.row_id).values(**values))
    snapshot = loads(local.snapshot) or {}
    snapshot[name] = value
    local.snapshot = dumps(snapshot)
    if version is not None:
        local.server_version = version
    session.flush()


__all__ = ["DELETED"]
