"""Team server figures (docs/team-server.md, docs/performance.md), on a throwaway local
PostgreSQL cluster over loopback TCP:

- push + pull of one changed case (a new note), against the floor of a sync with nothing
  to send or bring (log in, one pull read, one vault commit) and of the log-in alone;
- first pull of 1,000 cases (assigned to the caseworker, 6 rows each) into an empty vault,
  against the floor of the server read alone (the same rows through the same role);
- the team-deadline query over 20,000 cases as a unit leader (RLS on every row), against
  the floor of the same query as the server's owner (no RLS).

    PYTHONPATH=src python -m benchmarks.team_server

Not part of `--check` (CI's ratio check needs no PostgreSQL); run by hand, figures in
docs/performance.md."""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ["VNR_DESK_INSECURE_TEST_KDF"] = "1"

import psycopg
from psycopg.types.json import Jsonb

from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.meetings import create_meeting
from vnr_desk.services.notes import add_note
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.team import link as team_link
from vnr_desk.team import server, server_admin
from vnr_desk.team.cluster import Cluster
from vnr_desk.team.sync import sync
from vnr_desk.team.views import team_deadlines

PASS = "bench passphrase"


def _laptop(root: Path, admin: str, dsn: str, name: str, unit: str, leader: bool) -> Vault:
    secret = server_admin.add_user(admin, name, unit, leader=leader).join_secret
    vault, _ = Vault.create(root / name, PASS, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        team_link.join(s, dsn, name, secret)
    return vault


def _case_rows(case: str, n: int, today: dt.date) -> list[tuple[str, dict[str, object]]]:
    return [
        (
            "case_file",
            {
                "reference": f"B-{n:06d}",
                "opened_on": "2026-10-01",
                "status": "open",
                "intake_route": "other",
                "urgent": False,
                "closing_reason": "",
                "closed_handed_to": "",
                "after_effort_text": "",
                "is_demo": False,
            },
        ),
        (
            "case_person",
            {
                "case_id": case,
                "role": "victim_survivor",
                "name": f"Borger {n}",
                "protected_address": False,
                "removed_reason": "",
            },
        ),
        (
            "case_person",
            {
                "case_id": case,
                "role": "child",
                "name": f"Barn {n}",
                "protected_address": False,
                "removed_reason": "",
            },
        ),
        (
            "meeting",
            {
                "case_id": case,
                "kind": "follow_up",
                "held_on": f"{today + dt.timedelta(days=n % 50)}T10:00:00",
                "place": "Rådhuset",
                "citizen_present": False,
                "minutes": "",
                "cancel_reason": "",
            },
        ),
        (
            "action_plan",
            {
                "case_id": case,
                "kind": "adult",
                "version": 1,
                "made_on": "2026-10-05",
                "review_due_on": str(today + dt.timedelta(days=n % 40)),
                "after_effort": "",
            },
        ),
        ("note", {"case_id": case, "written_at": "2026-10-01T10:00:00", "text": f"Samtale {n}."}),
    ]


def _seed(admin: str, cases: int, assigned_to: str, unit: str) -> None:
    """`cases` cases straight into the server (6 rows each: case, 2 people, meeting,
    plan, note), as if synced from laptops."""
    today = dt.date(2026, 12, 1)
    case_rows: list[tuple[object, ...]] = []
    row_rows: list[tuple[object, ...]] = []
    for n in range(cases):
        case = str(uuid.uuid4())
        case_rows.append((case, f"{assigned_to}-{n:06d}", unit, assigned_to))
        for table, fields in _case_rows(case, n, today):
            row_uuid = case if table == "case_file" else str(uuid.uuid4())
            versions = {k: 1 for k in fields}
            row_rows.append((row_uuid, case, table, Jsonb(fields), Jsonb(versions), assigned_to))
    with psycopg.connect(admin) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO team_case(uuid, reference, unit, assigned_to) VALUES (%s,%s,%s,%s)",
            case_rows,
        )
        cur.executemany(
            "INSERT INTO team_row(uuid, case_uuid, table_name, fields, field_versions, "
            "version, seq, updated_by) VALUES (%s,%s,%s,%s,%s,1,nextval('team_seq'),%s)",
            row_rows,
        )
        conn.commit()


def _timed(fn, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    cluster = Cluster.start()
    root = Path(tempfile.mkdtemp(prefix="vnr-team-bench-"))
    figures: dict[str, object] = {}
    try:
        with psycopg.connect(cluster.admin_dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        admin = cluster.admin_dsn("bench")
        server_admin.init(admin)
        dsn = f"postgresql://127.0.0.1:{cluster.port}/bench"
        anna = _laptop(root, admin, dsn, "anna", "voksen", False)
        with anna.session() as s:
            case = create_case(s, "A-1", dt.date(2026, 11, 1))
            create_meeting(s, case, "follow_up", dt.datetime(2026, 12, 3, 10))
        sync(anna)

        def one_change() -> None:
            with anna.session() as s:
                add_note(s, get_case(s, "A-1"), "Kort notat.")
            sync(anna)

        one = _timed(one_change, 15)
        figures["push_pull_one_changed_case_ms"] = statistics.median(one)
        figures["floor_sync_nothing_changed_ms"] = statistics.median(_timed(lambda: sync(anna), 15))
        with anna.session() as s:
            anna_link = team_link.require_link(s)

        def log_in() -> None:
            with team_link.server(anna_link) as conn:
                conn.execute("SELECT 1")

        figures["floor_log_in_ms"] = statistics.median(_timed(log_in, 15))
        print(figures, flush=True)

        _seed(admin, 1000, "bo", "boern")
        bo = _laptop(root, admin, dsn, "bo", "boern", False)
        with bo.session() as s:
            bo_link = team_link.require_link(s)

        def read_only() -> None:
            with team_link.server(bo_link) as conn:
                got = server.pull(conn, 0, [])
            figures["first_pull_rows"] = len(got["rows"])

        figures["floor_first_pull_server_read_ms"] = statistics.median(_timed(read_only, 3))
        figures["first_pull_1000_cases_ms"] = _timed(lambda: sync(bo))[0]
        print(figures, flush=True)

        _seed(admin, 19000, "dora", "boern")
        erik = _laptop(root, admin, dsn, "erik", "boern", True)
        with psycopg.connect(admin) as conn:
            conn.execute("ANALYZE")
        with erik.session() as s:
            found = team_link.require_link(s)
        with team_link.server(found) as conn:
            rows: list[int] = []
            times = _timed(lambda: rows.append(len(team_deadlines(conn, dt.date(2026, 12, 1)))), 5)
        figures["team_deadlines_20000_cases_ms"] = statistics.median(times)
        figures["team_deadlines_rows"] = rows[0]
        with psycopg.connect(admin) as conn:  # the owner: row-level security does not apply
            owner_rows: list[int] = []
            floor = _timed(
                lambda: owner_rows.append(len(team_deadlines(conn, dt.date(2026, 12, 1)))), 5
            )
        figures["floor_team_deadlines_no_rls_ms"] = statistics.median(floor)
        figures["floor_team_deadlines_rows"] = owner_rows[0]
        print(json.dumps(figures, indent=1))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
