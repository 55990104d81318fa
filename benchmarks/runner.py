"""`python -m benchmarks [--quick] [--json OUT] [--check]`: every figure against its floor.

Modes: the full run (5,000 cases / 200,000 notes / 20,000 plan actions / 10,000 consents),
`--quick` for CI (1,000 cases / 40,000 notes) and a hidden `--tiny` (20 cases) for the
runner's own test. The data set is built once per mode into `benchmarks/.cache/` and
copied into a temporary folder for each run, so measurements that write never change it.

`--check` exits 1 if a figure with a ratio goal is past 1.5 x its goal; absolute times are
reported, never failed (they depend on the machine)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import data as bench_data
from benchmarks import figures as fig

CHECK_SLACK = 1.5


def machine() -> dict[str, Any]:
    import sqlcipher3

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlcipher": cipher[0] if cipher else None,
        "sqlite": sqlite,
    }


def run(mode: str, log: Any = print) -> dict[str, Any]:
    size = bench_data.SIZES[mode]
    reps = fig.REPEATS[mode]
    data = bench_data.bench_data(size, log=log)
    figures: list[fig.Figure] = []
    errors: dict[str, str] = {}

    def step(name: str, job: Any) -> None:
        """One figure; a failure is recorded (and fails --check) but the others still run."""
        start = time.perf_counter()
        try:
            result = job()
        except Exception as exc:
            errors[name] = f"{type(exc).__name__}: {exc}"[-2000:]
            log(f"  {name:<24} FAILED: {errors[name].splitlines()[0]}")
            return
        got = result if isinstance(result, list) else [result]
        figures.extend(got)
        log(f"  {name:<24} {time.perf_counter() - start:6.1f} s")

    from vnr_desk.store.vault import Vault

    with tempfile.TemporaryDirectory(prefix="vnr-bench-") as tmp_name:
        tmp = Path(tmp_name)
        work, plain = fig.work_copy(data, tmp)
        step("unlock", lambda: fig.unlock(data, work, reps.unlock))
        vault = Vault.unlock(work, bench_data.PASSPHRASE)
        key = vault.data_key
        try:
            step("open case", lambda: fig.open_case(vault, reps.open_case))
            step("fts search", lambda: fig.fts_search(vault, plain, reps.fts))
            step("due and overdue", lambda: fig.due_all(vault, reps.due))
            step("due after a write", lambda: fig.due_after_write(vault, reps.open_case))
            step("note commit", lambda: fig.note_commit(vault, plain, reps.commit))
        finally:
            vault.lock()
        step(
            "encrypted queries",
            lambda: fig.queries(data, work / "vault.db", key, plain, reps.queries),
        )
        bulk_rows = min(size.notes, 20_000)
        step("encrypted bulk insert", lambda: fig.bulk_insert(plain, tmp, bulk_rows, reps.bulk))
        step("pdfs", lambda: fig.pdfs(tmp, reps.plan_pdf, reps.summary_pdf))
        step("gui rss", lambda: fig.gui_rss(work, reps.rss))

    return {
        "machine": machine(),
        "mode": mode,
        "data": {
            "cases": size.cases,
            "notes": size.notes,
            "plan_actions": size.actions,
            "consents": size.consents,
            "seed": bench_data.SEED,
            "built_seconds": None if data.built_seconds is None else round(data.built_seconds, 1),
        },
        "figures": {f.name: f.to_json() for f in figures},
        "errors": errors,
    }


def check(result: dict[str, Any]) -> list[str]:
    """Ratio-goal figures past CHECK_SLACK x their goal, and figures that failed to run."""
    bad = [
        f"{name}: failed ({text.splitlines()[0]})"
        for name, text in result.get("errors", {}).items()
    ]
    for name, f in result["figures"].items():
        goal = f["goal"]
        ratio = f["ratio"]
        if goal["kind"] == "ratio" and ratio is not None and ratio > CHECK_SLACK * goal["value"]:
            bad.append(f"{name}: ratio {f['ratio']:.2f} > {CHECK_SLACK} x goal {goal['value']}")
    return bad


def table(result: dict[str, Any]) -> str:
    lines = [
        f"{'figure':<24} {'median':>9} {'min':>9} {'max':>9} {'floor':>9} {'ratio':>6}  goal",
    ]
    for name, f in result["figures"].items():
        u = f["unit"]
        goal = f["goal"]
        goal_text = {
            "ratio": f"<= {goal['value']}x",
            "absolute_ms": f"<= {goal['value']:.0f} ms",
            "rss_mb": f"< {goal['value']:.0f} MB",
        }[goal["kind"]]
        floor = f[f"floor_median_{u}"]
        ratio = f["ratio"]
        lines.append(
            f"{name:<24} {f[f'median_{u}']:>9.1f} {f[f'min_{u}']:>9.1f} {f[f'max_{u}']:>9.1f} "
            f"{'n/a' if floor is None else f'{floor:.1f}':>9} "
            f"{'n/a' if ratio is None else f'{ratio:.2f}':>6}  {goal_text:<10} {u:<2}"
            f"  {'met' if f['met'] else 'MISSED'}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="1,000 cases / 40,000 notes (CI)")
    size.add_argument("--tiny", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 on a ratio past 1.5 x its goal"
    )
    args = parser.parse_args(argv)
    mode = "tiny" if args.tiny else "quick" if args.quick else "full"

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    start = time.perf_counter()
    log(f"benchmarks: {mode} mode")
    result = run(mode, log)
    result["wall_seconds"] = round(time.perf_counter() - start, 1)
    print(table(result))
    for name, text in result["errors"].items():
        print(f"{name}: FAILED {text.splitlines()[0]}")
    print(f"wall time {result['wall_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    if args.check:
        bad = check(result)
        for line in bad:
            print(f"REGRESSION {line}", file=sys.stderr)
        return 1 if bad else 0
    return 0
