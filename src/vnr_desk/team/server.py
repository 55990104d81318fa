"""The server's side of a sync, run over the caseworker's own login role (so row-level
security decides every row read or written).

A push is one transaction, serialised with other pushes by an advisory lock so a change's
sequence number orders it the way commits happened (a pull never skips one). Per change:
already applied (same change id) -> the stored result again; base version current ->
applied; other fields changed since the base -> applied and a *soft* conflict recorded;
this field changed since the base -> a *hard* conflict: nothing overwritten, both values
kept until someone resolves it."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from vnr_desk.services.errors import NotFound
from vnr_desk.team.tables import BY_NAME, DELETED, PROTECTED_FIELDS, ROW_FIELD

PUSH_LOCK = 0x564E52  # "VNR"


def _next_seq(conn: psycopg.Connection[Any]) -> int:
    return int(conn.execute("SELECT nextval('team_seq')").fetchone()[0])  # type: ignore[index]


def me(conn: psycopg.Connection[Any]) -> dict[str, Any]:
    row = conn.execute("SELECT team_me_name(), team_me_unit()").fetchone()
    if row is None or row[0] is None:
        raise NotFound("team: this role is not a caseworker on the team server")
    return {"name": row[0], "unit": row[1]}


def _split(table_name: str, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(open fields, protected fields): a protected address is stored apart."""
    hidden = PROTECTED_FIELDS.get(table_name, ())
    if not hidden or not fields.get("protected_address"):
        return fields, {}
    open_ = {k: v for k, v in fields.items() if k not in hidden}
    return open_, {k: fields[k] for k in hidden if k in fields}


class _Row:
    def __init__(self, rec: dict[str, Any], protected: dict[str, Any] | None) -> None:
        self.uuid = str(rec["uuid"])
        self.case_uuid = str(rec["case_uuid"])
        self.table_name = rec["table_name"]
        self.fields = dict(rec["fields"]) | (protected or {})
        self.field_versions: dict[str, int] = dict(rec["field_versions"])
        self.pre_version: int = rec["version"]
        self.pre_fv = dict(self.field_versions)
        self.version: int = rec["version"]
        self.deleted: bool = rec["deleted"]
        self.bumped = False


def _load(conn: psycopg.Connection[Any], row_uuid: str) -> _Row | None:
    with conn.cursor(row_factory=dict_row) as cur:
        rec = cur.execute(
            "SELECT * FROM team_row WHERE uuid = %s FOR UPDATE", (row_uuid,)
        ).fetchone()
        if rec is None:
            return None
        prot = cur.execute(
            "SELECT fields FROM team_protected WHERE row_uuid = %s", (row_uuid,)
        ).fetchone()
    return _Row(rec, prot["fields"] if prot else None)


def _save(conn: psycopg.Connection[Any], row: _Row, by: str) -> None:
    if not row.bumped:
        row.version = row.pre_version + 1
        row.bumped = True
    open_, hidden = _split(row.table_name, row.fields)
    conn.execute(
        "UPDATE team_row SET fields = %s, field_versions = %s, version = %s, deleted = %s, "
        "seq = %s, updated_by = %s WHERE uuid = %s",
        (
            Jsonb(open_),
            Jsonb(row.field_versions),
            row.version,
            row.deleted,
            _next_seq(conn),
            by,
            row.uuid,
        ),
    )
    if hidden:
        conn.execute(
            "INSERT INTO team_protected(row_uuid, case_uuid, fields) VALUES (%s, %s, %s) "
            "ON CONFLICT (row_uuid) DO UPDATE SET fields = EXCLUDED.fields",
            (row.uuid, row.case_uuid, Jsonb(hidden)),
        )


def _conflict(
    conn: psycopg.Connection[Any],
    row: _Row,
    field: str,
    kind: str,
    base: Any,
    mine: Any,
    theirs: Any,
    by: str,
    theirs_by: str,
) -> int:
    rec = conn.execute(
        "INSERT INTO team_conflict(case_uuid, row_uuid, table_name, field, kind, base, mine, "
        "theirs, mine_by, theirs_by, seq) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
        (
            row.case_uuid,
            row.uuid,
            row.table_name,
            field,
            kind,
            Jsonb(base),
            Jsonb(mine),
            Jsonb(theirs),
            by,
            theirs_by,
            _next_seq(conn),
        ),
    ).fetchone()
    assert rec is not None
    return int(rec[0])


def _last_writer(conn: psycopg.Connection[Any], row: _Row) -> str:
    rec = conn.execute("SELECT updated_by FROM team_row WHERE uuid = %s", (row.uuid,)).fetchone()
    return str(rec[0]) if rec else ""


def _insert(
    conn: psycopg.Connection[Any], entry: dict[str, Any], who: dict[str, Any]
) -> dict[str, Any]:
    fields = entry["value"]
    exists = conn.execute(
        "SELECT version FROM team_row WHERE uuid = %s", (entry["row_uuid"],)
    ).fetchone()
    if exists is not None:
        return {"status": "applied", "version": exists[0], "clean": False}
    if entry["table_name"] == "case_file":
        conn.execute(
            "INSERT INTO team_case(uuid, reference, unit, assigned_to) VALUES (%s, %s, %s, %s)",
            (entry["row_uuid"], fields.get("reference", ""), who["unit"], who["name"]),
        )
    open_, hidden = _split(entry["table_name"], fields)
    conn.execute(
        "INSERT INTO team_row(uuid, case_uuid, table_name, fields, field_versions, version, "
        "seq, updated_by) VALUES (%s, %s, %s, %s, %s, 1, %s, %s)",
        (
            entry["row_uuid"],
            entry["case_uuid"],
            entry["table_name"],
            Jsonb(open_),
            Jsonb({k: 1 for k in fields}),
            _next_seq(conn),
            who["name"],
        ),
    )
    if hidden:
        conn.execute(
            "INSERT INTO team_protected(row_uuid, case_uuid, fields) VALUES (%s, %s, %s)",
            (entry["row_uuid"], entry["case_uuid"], Jsonb(hidden)),
        )
    return {"status": "applied", "version": 1, "clean": True}


def _update(
    conn: psycopg.Connection[Any],
    row: _Row,
    entry: dict[str, Any],
    who: dict[str, Any],
    soft_done: set[str],
) -> dict[str, Any]:
    name, value, base = entry["field"], entry["value"], entry["base_version"]
    if BY_NAME[row.table_name].append_only:
        return {"status": "ignored", "version": row.version, "clean": False}
    current = row.fields.get(name)
    changed_since = row.pre_fv.get(name, 0) > base
    if row.deleted or (changed_since and current != value):
        # Deleted, or the same field changed there since the base: a hard conflict that
        # keeps both values and overwrites nothing.
        cid = _conflict(
            conn,
            row,
            name,
            "hard",
            entry["base_value"],
            value,
            {DELETED: True} if row.deleted else current,
            who["name"],
            _last_writer(conn, row),
        )
        return {"status": "hard", "conflict": cid, "version": row.version, "clean": False}
    clean = row.pre_version == base
    status = "applied"
    if not clean and not changed_since:
        others = sorted(k for k, v in row.pre_fv.items() if v > base and k != name)
        status = "soft"
        if row.uuid not in soft_done and others:
            soft_done.add(row.uuid)
            _conflict(
                conn,
                row,
                ",".join(others),
                "soft",
                None,
                {name: value},
                {k: row.fields.get(k) for k in others},
                who["name"],
                _last_writer(conn, row),
            )
    if current != value:
        row.fields[name] = value
        if not row.bumped:
            row.version = row.pre_version + 1
            row.bumped = True
        row.field_versions[name] = row.version
        _save(conn, row, who["name"])
    return {"status": status, "version": row.version, "clean": clean}


def _delete(
    conn: psycopg.Connection[Any], row: _Row, entry: dict[str, Any], who: dict[str, Any]
) -> dict[str, Any]:
    if row.deleted or BY_NAME[row.table_name].append_only:
        return {"status": "applied", "version": row.version, "clean": False}
    base = entry["base_version"]
    if row.pre_version != base:
        cid = _conflict(
            conn,
            row,
            ROW_FIELD,
            "hard",
            entry["base_value"],
            {DELETED: True},
            row.fields,
            who["name"],
            _last_writer(conn, row),
        )
        return {"status": "hard", "conflict": cid, "version": row.version, "clean": False}
    row.deleted = True
    _save(conn, row, who["name"])
    return {"status": "applied", "version": row.version, "clean": True}


def push(conn: psycopg.Connection[Any], entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Apply `entries` (outbox order) in one transaction; change id -> result."""
    results: dict[str, dict[str, Any]] = {}
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        who = me(conn)
        ids = [e["change_id"] for e in entries]
        for cid, result in conn.execute(
            "SELECT change_id::text, result FROM team_change WHERE change_id = ANY(%s::uuid[])",
            (ids,),
        ):
            results[cid] = {**result, "duplicate": True}
        rows: dict[str, _Row | None] = {}
        soft_done: set[str] = set()
        for entry in entries:
            if entry["change_id"] in results:
                continue
            if entry["op"] == "insert":
                result = _insert(conn, entry, who)
                rows.pop(entry["row_uuid"], None)
            else:
                if entry["row_uuid"] not in rows:
                    rows[entry["row_uuid"]] = _load(conn, entry["row_uuid"])
                row = rows[entry["row_uuid"]]
                if row is None:
                    result = {"status": "gone", "version": 0, "clean": False}
                elif entry["op"] == "update":
                    result = _update(conn, row, entry, who, soft_done)
                else:
                    result = _delete(conn, row, entry, who)
            conn.execute(
                "INSERT INTO team_change(change_id, applied_by, result) VALUES (%s, %s, %s)",
                (entry["change_id"], who["name"], Jsonb(result)),
            )
            results[entry["change_id"]] = result
        if entries:
            conn.execute(
                "INSERT INTO team_audit(actor, action, detail) VALUES (%s, 'sync.push', %s)",
                (who["name"], Jsonb({"changes": len(entries)})),
            )
    return results


def pull(conn: psycopg.Connection[Any], since: int, known_cases: list[str]) -> dict[str, Any]:
    """Rows and conflicts changed after `since`, and every row of a case this laptop has
    not seen yet (newly assigned or shared); row-level security filters them all."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = cur.execute(
            "SELECT r.uuid::text AS uuid, r.case_uuid::text AS case_uuid, r.table_name, "
            "r.fields, r.version, r.deleted, r.seq, p.fields AS protected "
            "FROM team_row r LEFT JOIN team_protected p ON p.row_uuid = r.uuid "
            "WHERE r.seq > %s OR NOT (r.case_uuid = ANY(%s::uuid[])) ORDER BY r.seq",
            (since, known_cases),
        ).fetchall()
        conflicts = cur.execute(
            "SELECT id, case_uuid::text AS case_uuid, row_uuid::text AS row_uuid, table_name, "
            "field, kind, base, mine, theirs, mine_by, theirs_by, created_at::text AS created_at,"
            " resolved_at::text AS resolved_at, resolved_by, seq FROM team_conflict "
            "WHERE seq > %s ORDER BY seq",
            (since,),
        ).fetchall()
    for row in rows:
        row["fields"] = dict(row["fields"]) | (row.pop("protected") or {})
    seqs = [r["seq"] for r in rows] + [c["seq"] for c in conflicts] + [since]
    return {"rows": rows, "conflicts": conflicts, "seq": max(seqs)}


def resolve(
    conn: psycopg.Connection[Any], conflict_id: int, keep: str, value: Any
) -> dict[str, Any]:
    """Settle one conflict: `keep` is "mine" or "theirs" from the caller's side, or "value"
    with `value`. Returns the row's field, final value, version and whether it is deleted."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        who = me(conn)
        c = cur.execute(
            "SELECT * FROM team_conflict WHERE id = %s FOR UPDATE", (conflict_id,)
        ).fetchone()
        if c is None:
            raise NotFound(f"conflict: no conflict {conflict_id} you may see")
        mine, theirs = c["mine"], c["theirs"]
        if who["name"] == c["theirs_by"] and who["name"] != c["mine_by"]:
            mine, theirs = theirs, mine
        final = mine if keep == "mine" else theirs if keep == "theirs" else value
        row = _load(conn, str(c["row_uuid"]))
        if c["kind"] == "soft":  # reviewed: both changes are in already
            final = None
        outcome: dict[str, Any] = {
            "field": c["field"] if c["kind"] == "hard" else None,
            "value": final,
            "deleted": False,
            "row_uuid": str(c["row_uuid"]),
            "version": None,
        }
        if c["resolved_at"] is None and c["kind"] == "hard" and row is not None:
            if c["field"] == ROW_FIELD:
                if final == {DELETED: True}:
                    row.deleted = True
                _save(conn, row, who["name"])
            elif final == {DELETED: True}:
                row.deleted = True
                _save(conn, row, who["name"])
            else:
                row.deleted = False
                row.fields[c["field"]] = final
                row.version = row.pre_version + 1
                row.bumped = True
                row.field_versions[c["field"]] = row.version
                _save(conn, row, who["name"])
            outcome["deleted"] = row.deleted
            outcome["version"] = row.version
        cur.execute(
            "UPDATE team_conflict SET resolved_at = now(), resolved_by = %s, resolution = %s, "
            "seq = %s WHERE id = %s",
            (who["name"], Jsonb({"keep": keep, "value": final}), _next_seq(conn), conflict_id),
        )
        cur.execute(
            "INSERT INTO team_audit(actor, action, case_uuid, detail) "
            "VALUES (%s, 'conflict.resolve', %s, %s)",
            (who["name"], c["case_uuid"], Jsonb({"conflict": conflict_id, "keep": keep})),
        )
    return outcome


def case_uuid(conn: psycopg.Connection[Any], reference: str) -> str:
    rec = conn.execute("SELECT team_case_by_reference(%s)::text", (reference,)).fetchone()
    if rec is None or rec[0] is None:
        raise NotFound(f"case: no case {reference} on the team server that you may see")
    return str(rec[0])


def assign(conn: psycopg.Connection[Any], reference: str, to: str) -> None:
    with conn.transaction():
        conn.execute("SELECT team_assign(%s, %s)", (case_uuid(conn, reference), to))


def share(conn: psycopg.Connection[Any], reference: str, unit: str) -> None:
    with conn.transaction():
        conn.execute("SELECT team_share(%s, %s)", (case_uuid(conn, reference), unit))
