"""Time `due_dates_for_cases` over many synthetic cases; the goal is well under 200 ms for 5,000.

Run by hand: `.venv/bin/python benchmarks/rules_bench.py [--cases N] [--repeat R]`."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from vnr_desk.rules.deadlines import (
    COORDINATOR_CONTACT,
    CRISIS_CENTRE_FOLLOW_UP,
    DEFAULT_RULES,
    FIRST_VISIT,
    URGENT_MEETING,
    CaseClock,
    ConsentDeadlineInput,
    OutreachLetter,
    due_dates_for_cases,
)

BUDGET_MS = 200.0


def make_clocks(n: int, seed: int = 1) -> list[CaseClock]:
    """Cases with admissions, plans, letters and consents spread over two years."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)

    def day(lo: int, hi: int) -> dt.date:
        return start + dt.timedelta(days=rng.randint(lo, hi))

    clocks = []
    for i in range(n):
        admitted = day(0, 700) if rng.random() < 0.6 else None
        events: dict[str, tuple[dt.date, ...]] = {}
        if admitted is not None:
            for kind, after in ((COORDINATOR_CONTACT, 2), (FIRST_VISIT, 25)):
                if rng.random() < 0.7:
                    events[kind] = (admitted + dt.timedelta(days=after + rng.randint(0, 6)),)
            if rng.random() < 0.5:
                events[CRISIS_CENTRE_FOLLOW_UP] = (admitted + dt.timedelta(days=85),)
        urgent = day(0, 700) if rng.random() < 0.1 else None
        if urgent is not None and rng.random() < 0.8:
            events[URGENT_MEETING] = (urgent,)
        letters = tuple(
            OutreachLetter(j, sent, sent + dt.timedelta(days=9) if rng.random() < 0.5 else None)
            for j in range(rng.randint(0, 2))
            for sent in (day(0, 700),)
        )
        consents = tuple(
            ConsentDeadlineInput(j, f"Actor {j}", day(100, 900), None)
            for j in range(rng.randint(0, 4))
        )
        clocks.append(
            CaseClock(
                case_reference=f"K-{i:05d}",
                crisis_centre_admission_on=admitted,
                urgent_since=urgent,
                plan_anchor_on=day(0, 700) if rng.random() < 0.8 else None,
                outreach_letters=letters,
                consents=consents,
                events=events,
            )
        )
    return clocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    clocks = make_clocks(args.cases)
    on = dt.date(2026, 6, 1)
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        count = len(due_dates_for_cases(clocks, DEFAULT_RULES, on))
        best = min(best, (time.perf_counter() - t0) * 1000)
    verdict = "ok" if best < BUDGET_MS else "OVER BUDGET"
    print(
        f"{args.cases} cases, {count} deadlines: best of {args.repeat} = {best:.1f} ms "
        f"(budget {BUDGET_MS:.0f} ms) {verdict}"
    )


if __name__ == "__main__":
    main()
