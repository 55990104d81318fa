"""Time a citizen plan and a ~20-page coordination summary; goals 250 ms and 1.5 s.

Run by hand: `.venv/bin/python benchmarks/reports_bench.py [--repeat R] [--meetings N]`.
The first render in a process also pays for loading the fonts; it is reported separately.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.reports import samples

from vnr_desk.reports import Rendered, render_citizen_plan, render_coordination_summary

PLAN_BUDGET_MS = 250.0
SUMMARY_BUDGET_MS = 1500.0


def timed(job: Callable[[], Rendered], repeat: int) -> tuple[float, list[float], int]:
    """First (cold) time and the warm times in ms, plus the page count."""
    times = []
    pages = 0
    for _ in range(repeat + 1):
        start = time.perf_counter()
        pages = job().pages
        times.append((time.perf_counter() - start) * 1000)
    return times[0], times[1:], pages


def report(name: str, budget: float, cold: float, warm: list[float], pages: int) -> bool:
    median = statistics.median(warm)
    ok = median < budget
    print(
        f"{name:<22} {pages:>3} pages  first {cold:7.1f} ms  median {median:7.1f} ms  "
        f"max {max(warm):7.1f} ms  budget {budget:.0f} ms  {'ok' if ok else 'OVER'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--meetings", type=int, default=230, help="about 20 pages at 230")
    args = parser.parse_args()

    plan = samples.citizen_plan()
    summary = samples.summary(meetings=args.meetings)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        plan_times = timed(lambda: render_citizen_plan(plan, out / "plan.pdf"), args.repeat)
        summary_times = timed(
            lambda: render_coordination_summary(summary, out / "summary.pdf"), args.repeat
        )
    ok = report("citizen plan", PLAN_BUDGET_MS, *plan_times)
    ok &= report("coordination summary", SUMMARY_BUDGET_MS, *summary_times)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
