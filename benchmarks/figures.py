"""Each figure and its floor, measured in the same run on the same data.

A figure function returns a `Figure`: the samples of what VNR Desk does and the samples of
the floor (the least any implementation on this stack could do), plus the goal. Floors run
interleaved with the measured work where that is cheap, so a noisy moment hits both."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import select
from sqlalchemy.orm import Session

from benchmarks.data import PASSPHRASE, SEARCH_WORD, TODAY, BenchData
from vnr_desk.domain import Case, CaseStatus
from vnr_desk.store.engine import CONNECTION_PRAGMAS, connect_raw
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS, Argon2Params, _derive
from vnr_desk.store.vault import Vault


@dataclass(frozen=True)
class Repeats:
    open_case: int
    fts: int
    commit: int
    due: int
    unlock: int
    bulk: int
    queries: int
    plan_pdf: int
    summary_pdf: int
    rss: int


REPEATS = {
    "tiny": Repeats(3, 3, 3, 2, 1, 1, 2, 1, 1, 1),
    "quick": Repeats(30, 30, 40, 7, 5, 3, 5, 5, 3, 3),
    "full": Repeats(50, 50, 100, 9, 7, 5, 7, 10, 5, 3),
}


@dataclass
class Figure:
    name: str
    samples: list[float]
    floor: list[float] | None
    goal_kind: str  # "ratio" | "absolute_ms" | "rss_mb"
    goal_value: float
    unit: str = "ms"
    floor_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        return self.median / floor if floor else None

    @property
    def met(self) -> bool:
        if self.goal_kind == "ratio":
            return self.ratio is not None and self.ratio <= self.goal_value
        return (
            self.median < self.goal_value
            if self.goal_kind == "rss_mb"
            else (self.median <= self.goal_value)
        )

    def to_json(self) -> dict[str, Any]:
        u = self.unit
        floor = self.floor_median
        out: dict[str, Any] = {
            "unit": u,
            f"median_{u}": round(self.median, 3),
            f"min_{u}": round(min(self.samples), 3),
            f"max_{u}": round(max(self.samples), 3),
            "runs": len(self.samples),
            f"floor_median_{u}": None if floor is None else round(floor, 3),
            f"floor_min_{u}": round(min(self.floor), 3) if self.floor else None,
            f"floor_max_{u}": round(max(self.floor), 3) if self.floor else None,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "goal": {"kind": self.goal_kind, "value": self.goal_value},
            "met": self.met,
        }
        if self.floor_note:
            out["floor_note"] = self.floor_note
        out.update(self.extra)
        return out


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def timed_ms(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return _ms(start)


def plain_connect(path: Path) -> Any:
    """Plain SQLite: the same SQLite build (sqlcipher3 without a key), the same pragmas."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = wal").fetchall()
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma)
    return conn


# -- unlock -----------------------------------------------------------------------------------


def unlock(data: BenchData, work: Path, n: int) -> Figure:
    """Unlock to a usable session, minus the Argon2id derivation (the floor)."""
    real = Argon2Params()
    salt = os.urandom(16)
    derive_real = [timed_ms(lambda: _derive("argon2id", b"x" * 20, salt, real)) for _ in range(n)]
    cheap = statistics.median(
        timed_ms(lambda: _derive("argon2id", b"x" * 20, salt, CHEAP_TEST_PARAMS))
        for _ in range(max(3, n))
    )
    totals = []
    for _ in range(n):
        start = time.perf_counter()
        vault = Vault.unlock(work, PASSPHRASE)
        with vault.session() as s:
            s.execute(select(Case.id).limit(1)).all()
        totals.append(_ms(start))
        vault.lock()
    overhead = [t - cheap for t in totals]
    deriv = statistics.median(derive_real)
    return Figure(
        "unlock_overhead",
        overhead,
        derive_real,
        "absolute_ms",
        150.0,
        floor_note="Argon2id derivation alone with the default Argon2Params "
        f"{real.to_json()}; ratio = (derivation + overhead) / derivation",
        extra={
            "ratio": round((deriv + statistics.median(overhead)) / deriv, 3),
            "unlock_total_estimated_ms": round(deriv + statistics.median(overhead), 1),
            "note": "overhead = unlock (header, key check, SQLCipher keying, migration check, "
            "first session) on the bench vault minus its own cheap derivation",
        },
    )


# -- open a case ------------------------------------------------------------------------------


def open_case_view(s: Session, case_id: int, on: dt.date) -> object:
    """What the first workbook tab shows: the very read model the Overview tab calls."""
    from vnr_desk.services.views.overview import overview

    return overview(s, case_id, on)


# The rows the Overview reads, by hand in plain SQL: the case with its forms, latest risk
# and coordinator; people; the clock (plan anchor, events, meetings, plan actions with due
# dates, children in the household, current consents with renewals); the risk history; the
# deadline and consent settings; and the consent grid (actors, network, ledger with
# purposes and withdrawals).
OPEN_CASE_SQL = (
    (
        "SELECT reference, opened_on, intake_route, urgent, urgent_since, "
        "crisis_centre_admission_on FROM case_file WHERE id = ?",
        1,
    ),
    ("SELECT form FROM case_violence_form WHERE case_id = ?", 1),
    (
        "SELECT level, made_on FROM risk_assessment WHERE case_id = ? "
        "ORDER BY made_on DESC, id DESC LIMIT 1",
        1,
    ),
    (
        "SELECT id, role, name, date_of_birth, phone, protected_address, address "
        "FROM case_person WHERE case_id = ? ORDER BY id",
        1,
    ),
    (
        "SELECT ca.id, a.name, ca.is_coordinator FROM case_actor ca "
        "JOIN actor a ON a.id = ca.actor_id WHERE ca.case_id = ? ORDER BY ca.id",
        1,
    ),
    ("SELECT id, name, relation FROM network_member WHERE case_id = ? ORDER BY id", 1),
    (
        "SELECT c.id, c.case_actor_id, c.network_member_id, c.given_on, c.expires_on, "
        "c.renews_id, cp.purpose, w.withdrawn_on FROM consent c "
        "JOIN consent_purpose cp ON cp.consent_id = c.id "
        "LEFT JOIN consent_withdrawal w ON w.consent_id = c.id WHERE c.case_id = ?",
        1,
    ),
    (
        "SELECT min(coalesce(reviewed_on, made_on)) FROM action_plan "
        "WHERE case_id = ? AND superseded_by_id IS NULL",
        1,
    ),
    ("SELECT id, kind, occurred_on, subject_id FROM case_event WHERE case_id = ?", 1),
    ("SELECT kind, held_on FROM meeting WHERE case_id = ?", 1),
    # shown since the whole-case work: plan-action deadlines, the children rule, risk history
    (
        "SELECT a.id, a.text, a.due_on, a.status FROM plan_action a "
        "JOIN goal g ON g.id = a.goal_id JOIN action_plan p ON p.id = g.plan_id "
        "WHERE p.case_id = ? AND p.superseded_by_id IS NULL AND a.due_on IS NOT NULL",
        1,
    ),
    (
        "SELECT 1 FROM case_person WHERE case_id = ? AND role = 'child' "
        "AND removed_at IS NULL LIMIT 1",
        1,
    ),
    (
        "SELECT r.id, r.made_on, r.level, r.assessor, i.name FROM risk_assessment r "
        "LEFT JOIN risk_instrument i ON i.id = r.instrument_id WHERE r.case_id = ? "
        "ORDER BY r.made_on DESC, r.id DESC",
        1,
    ),
    ("SELECT rule_id, months, days, before, enabled FROM deadline_rule_setting", 0),
    ("SELECT value FROM casework_setting WHERE key = 'consent.warn_days'", 0),
)


def open_case_raw(raw: Any, case_id: int) -> list[list[Any]]:
    return [raw.execute(sql, (case_id,) * n).fetchall() for sql, n in OPEN_CASE_SQL]


def sample_case_ids(s: Session, count: int) -> list[int]:
    ids = list(s.scalars(select(Case.id).where(Case.status == CaseStatus.OPEN).order_by(Case.id)))
    step = max(1, len(ids) // count)
    return ids[::step][:count]


def open_case(vault: Vault, n: int) -> Figure:
    """Each sampled case once: both reads run once unmeasured first, so both find the
    case's pages decrypted in the cache and the ratio is the cost of our code alone
    (a first read from disk adds the same page decryption to both)."""
    measured, floor = [], []
    with vault.session() as s:
        ids = sample_case_ids(s, n)
    for case_id in ids:
        with vault.session() as s:
            raw = s.connection().connection.driver_connection
            open_case_raw(raw, case_id)
            open_case_view(s, case_id, TODAY)
            floor.append(timed_ms(lambda: open_case_raw(raw, case_id)))  # noqa: B023
            measured.append(timed_ms(lambda: open_case_view(s, case_id, TODAY)))  # noqa: B023
    return Figure(
        "open_case",
        measured,
        floor,
        "ratio",
        3.0,
        floor_note="the same rows read with raw SQL on the same connection (fifteen hand-written "
        "statements), no rules; both warm",
    )


# -- FTS --------------------------------------------------------------------------------------


def fts_search(vault: Vault, plain_db: Path, n: int) -> Figure:
    from vnr_desk.services.notes import fts_query, search_notes

    sql = (
        "SELECT n.id, n.case_id, c.reference, n.written_at, "
        "snippet(note_fts, 0, '[', ']', '…', 12) "
        "FROM note_fts JOIN note n ON n.id = note_fts.rowid JOIN case_file c ON c.id = n.case_id "
        "WHERE note_fts MATCH ? ORDER BY rank LIMIT 100"
    )
    match = fts_query(SEARCH_WORD)
    plain = plain_connect(plain_db)
    hits = plain.execute(
        "SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (match,)
    ).fetchone()[0]
    measured, floor = [], []
    try:
        for _ in range(n):
            floor.append(timed_ms(lambda: plain.execute(sql, (match,)).fetchall()))
            with vault.session() as s:
                measured.append(timed_ms(lambda: search_notes(s, SEARCH_WORD)))
    finally:
        plain.close()
    return Figure(
        "fts_search",
        measured,
        floor,
        "absolute_ms",
        20.0,
        floor_note="the service's SQL on the plain SQLite copy of the same notes",
        extra={"query": SEARCH_WORD, "matching_notes": hits, "limit": 100},
    )


# -- durable commit ---------------------------------------------------------------------------


def note_commit(vault: Vault, plain_db: Path, n: int) -> Figure:
    from vnr_desk.services.notes import add_note

    body = "Borgeren ringede og aftalte et nyt møde i næste uge. Notatet gemmes straks."
    plain = plain_connect(plain_db)
    with vault.session() as s:
        case_id = sample_case_ids(s, 1)[0]
    measured, floor = [], []

    def plain_commit() -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute(
            "INSERT INTO note (case_id, written_at, text) VALUES (?, ?, ?)",
            (case_id, "2026-03-02 10:00:00.000000", body),
        )
        plain.execute("COMMIT")

    def service_commit() -> None:
        with vault.session() as s:
            case = s.get(Case, case_id)
            assert case is not None
            add_note(s, case, body)

    try:
        for _ in range(n):
            floor.append(timed_ms(plain_commit))
            measured.append(timed_ms(service_commit))
    finally:
        plain.close()
    return Figure(
        "note_commit",
        measured,
        floor,
        "absolute_ms",
        10.0,
        floor_note="one INSERT + COMMIT on plain SQLite, WAL, synchronous=FULL, same pragmas",
        extra={"includes": "session, BEGIN IMMEDIATE, note + FTS + audit row, COMMIT (fsync)"},
    )


# -- due and overdue --------------------------------------------------------------------------


def due_all(vault: Vault, n: int) -> Figure:
    from vnr_desk.rules.deadlines import due_dates_for_cases
    from vnr_desk.services import deadlines
    from vnr_desk.services.views.due import WEEK, due_rows

    with vault.session() as s:
        clocks = deadlines.clocks(s)
        rules = deadlines.get_rules(s)
        rows = len(due_rows(s, TODAY))
    measured, floor = [], []
    for _ in range(n):
        floor.append(
            timed_ms(
                lambda: due_dates_for_cases(
                    clocks, rules, TODAY, until=TODAY + WEEK, open_only=True
                )
            )
        )
        with vault.session() as s:
            measured.append(timed_ms(lambda: due_rows(s, TODAY)))
    return Figure(
        "due_all_cases",
        measured,
        floor,
        "absolute_ms",
        200.0,
        floor_note="the pure rules (due_dates_for_cases, same week window) on clocks built "
        "beforehand: the ratio is what reading the vault and making the rows adds",
        extra={"open_cases": len(clocks), "rows": rows},
    )


def due_after_write(vault: Vault, n: int) -> Figure:
    """After a write to one case, the due list catches up by re-reading that case's due
    rows and merging them into the whole list (what the window does after a burst of
    writes), instead of re-reading the vault's: sampled cases, each once."""
    from vnr_desk.rules.deadlines import due_dates_for_cases
    from vnr_desk.services import deadlines
    from vnr_desk.services.views.due import WEEK, due_rows, merge_due_rows

    with vault.session() as s:
        shown = due_rows(s, TODAY)
        ids = sample_case_ids(s, n)
        rules = deadlines.get_rules(s)
    measured, floor = [], []
    for case_id in ids:
        with vault.session() as s:
            clock = deadlines.clocks(s, case_id)
            floor.append(
                timed_ms(
                    lambda: due_dates_for_cases(
                        clock,  # noqa: B023
                        rules,
                        TODAY,
                        until=TODAY + WEEK,
                        open_only=True,
                    )
                )
            )
            one = frozenset({case_id})
            measured.append(
                timed_ms(
                    lambda: merge_due_rows(shown, one, due_rows(s, TODAY, one))  # noqa: B023
                )
            )
    return Figure(
        "due_after_write",
        measured,
        floor,
        "absolute_ms",
        10.0,
        floor_note="the pure rules on that one case's clock built beforehand: the rest is "
        "reading the case and merging its rows into the whole list",
        extra={"rows": len(shown)},
    )


# -- encrypted vs plain -----------------------------------------------------------------------


def _schema(plain_db: Path) -> list[str]:
    conn = sqlcipher3.connect(str(plain_db))
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    conn.close()
    order = {"table": 0, "index": 1, "trigger": 2, "view": 3}
    tables = [r for r in rows if not (r[0] == "table" and r[1].startswith("note_fts_"))]
    return [sql for _, _, sql in sorted(tables, key=lambda r: order.get(r[0], 9))]


def _bulk_insert(conn: Any, notes: list[tuple[int, str, str]], cases: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO case_file (id, reference, opened_on) VALUES (?, ?, '2025-01-01')",
        [(i, f"B-{i}") for i in range(1, cases + 1)],
    )
    conn.executemany("INSERT INTO note (case_id, written_at, text) VALUES (?, ?, ?)", notes)
    conn.execute("COMMIT")


def bulk_insert(plain_db: Path, tmp: Path, count: int, n: int) -> Figure:
    schema = _schema(plain_db)
    src = sqlcipher3.connect(str(plain_db))
    notes = [
        (i % 50 + 1, stamp, body)
        for i, (stamp, body) in enumerate(
            src.execute("SELECT written_at, text FROM note ORDER BY id LIMIT ?", (count,))
        )
    ]
    src.close()
    measured, floor = [], []
    for k in range(n):
        for encrypted in (False, True):
            path = tmp / f"bulk-{k}-{int(encrypted)}.db"
            conn = connect_raw(path, secrets.token_bytes(32)) if encrypted else plain_connect(path)
            for sql in schema:
                conn.execute(sql)
            t = timed_ms(lambda: _bulk_insert(conn, notes, 50))  # noqa: B023
            conn.close()
            (measured if encrypted else floor).append(t)
    return Figure(
        "encrypted_bulk_insert",
        measured,
        floor,
        "ratio",
        1.3,
        floor_note="the same INSERTs (FTS triggers firing) into a plain SQLite file",
        extra={"rows": len(notes) + 50},
    )


QUERY_SET = (
    ("notes per case", "SELECT case_id, count(*), max(written_at) FROM note GROUP BY case_id"),
    (
        "case list",
        "SELECT c.id, c.reference, p.name FROM case_file c "
        "LEFT JOIN case_person p ON p.case_id = c.id AND p.role = 'victim_survivor' "
        "WHERE c.status = 'open' ORDER BY c.urgent DESC, c.opened_on DESC LIMIT 2000",
    ),
    (
        "journal of 20 cases",
        "SELECT id, written_at, text FROM note WHERE case_id IN "
        "(SELECT id FROM case_file ORDER BY id DESC LIMIT 20) ORDER BY case_id, written_at DESC",
    ),
    (
        "consents with recipients",
        "SELECT c.id, c.case_id, c.expires_on, a.name, w.withdrawn_on FROM consent c "
        "LEFT JOIN case_actor ca ON ca.id = c.case_actor_id "
        "LEFT JOIN actor a ON a.id = ca.actor_id "
        "LEFT JOIN consent_withdrawal w ON w.consent_id = c.id",
    ),
    ("plan actions due", "SELECT count(*) FROM plan_action WHERE due_on < '2026-03-02'"),
)


def queries(data: BenchData, work_db: Path, key: bytes, plain_db: Path, n: int) -> Figure:
    enc = connect_raw(work_db, key)
    plain = plain_connect(plain_db)

    def run(conn: Any) -> None:
        for _, sql in QUERY_SET:
            conn.execute(sql).fetchall()

    measured, floor = [], []
    try:
        run(enc), run(plain)  # both warm: the OS cache holds both files
        for _ in range(n):
            floor.append(timed_ms(lambda: run(plain)))
            measured.append(timed_ms(lambda: run(enc)))
    finally:
        enc.close()
        plain.close()
    return Figure(
        "encrypted_queries",
        measured,
        floor,
        "ratio",
        1.3,
        floor_note="the same five queries on the plain SQLite copy (same pragmas and page cache)",
        extra={"queries": [name for name, _ in QUERY_SET]},
    )


# -- PDFs -------------------------------------------------------------------------------------


def _plain_pdf(out: Path, paragraphs: int) -> int:
    """An ordinary ReportLab document: same font, plain paragraphs, no frame or escaping."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from vnr_desk.reports.styles import register_fonts

    font = register_fonts()
    style = ParagraphStyle("plain", fontName=font, fontSize=10, leading=13)
    text = (
        "Borgeren og koordinatoren gennemgik planen og aftalte de næste skridt med "
        "jobcentret og børne- og familieafdelingen. "
    ) * 2
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Paragraph(f"{i}. {text}", style) for i in range(paragraphs)])
    return int(doc.page)


def _paragraphs_for(out: Path, pages: int) -> int:
    """A paragraph count that fills exactly `pages` pages (about half a page on the last)."""
    per_page = 100 / _plain_pdf(out, 100)
    count = max(1, round(per_page * (pages - 0.5)))
    for _ in range(6):
        got = _plain_pdf(out, count)
        if got == pages:
            break
        count = max(1, count + round(per_page * (pages - got)))
    return count


def pdfs(tmp: Path, plan_runs: int, summary_runs: int) -> list[Figure]:
    from tests.reports import samples

    from benchmarks.reports_bench import PLAN_BUDGET_MS, SUMMARY_BUDGET_MS, timed
    from vnr_desk.reports import render_citizen_plan, render_coordination_summary

    figures = []
    jobs = (
        (
            "citizen_plan_pdf",
            PLAN_BUDGET_MS,
            plan_runs,
            render_citizen_plan,
            samples.citizen_plan(),
        ),
        (
            "summary_20_pages_pdf",
            SUMMARY_BUDGET_MS,
            summary_runs,
            render_coordination_summary,
            samples.summary(meetings=215),
        ),
    )
    for name, budget, runs, render, sample in jobs:
        out = tmp / f"{name}.pdf"
        cold, warm, pages = timed(lambda: render(sample, out), runs)  # noqa: B023
        floor_out = tmp / f"{name}-floor.pdf"
        paragraphs = _paragraphs_for(floor_out, pages)
        floor = [timed_ms(lambda: _plain_pdf(floor_out, paragraphs)) for _ in range(runs)]  # noqa: B023
        figures.append(
            Figure(
                name,
                warm,
                floor,
                "absolute_ms",
                budget,
                floor_note=f"plain ReportLab (SimpleDocTemplate, same font) of {pages} pages",
                extra={"pages": pages, "first_render_ms": round(cold, 1)},
            )
        )
    return figures


# -- GUI memory -------------------------------------------------------------------------------

GUI_CHILD = Path(__file__).with_name("gui_rss.py")


def _child_rss(args: list[str]) -> tuple[float, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")]
    )
    done = subprocess.run(
        [sys.executable, str(GUI_CHILD), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"GUI child failed: {done.stderr.strip()[-2000:]}")
    import json

    info = json.loads(done.stdout.strip().splitlines()[-1])
    return float(info["rss_mb"]), info


def gui_rss(work: Path, n: int) -> Figure:
    measured, floor = [], []
    info: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as settings_dir:
        for _ in range(n):
            floor.append(_child_rss(["empty"])[0])
            rss, info = _child_rss(["app", str(work), settings_dir])
            measured.append(rss)
    return Figure(
        "gui_peak_rss",
        measured,
        floor,
        "rss_mb",
        200.0,
        unit="mb",
        floor_note="an empty QApplication + QMainWindow, shown offscreen",
        extra={k: v for k, v in info.items() if k != "rss_mb"},
    )


# -- scratch copies ---------------------------------------------------------------------------


def work_copy(data: BenchData, into: Path) -> tuple[Path, Path]:
    """Copies of the vault and the plain twin that this run may write to."""
    vault = into / "vault"
    shutil.copytree(data.vault_dir, vault, ignore=shutil.ignore_patterns("*.lock"))
    plain = into / "plain.db"
    shutil.copyfile(data.plain_db, plain)
    return vault, plain
