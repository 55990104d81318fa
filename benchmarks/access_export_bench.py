"""Time the access export of one long note (100 KB, 300 KB, 1 MB); goal: 1 MB under 5 s.

Run by hand: `.venv/bin/python benchmarks/access_export_bench.py [--sizes 100000,1000000]`.
Layout used to grow with the square of a note's length (a 1 MB note never finished); the
figures should now grow in step with the size.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.reports import samples

from vnr_desk.reports import render_access_export
from vnr_desk.reports.data import AccessExportData, AccessSection

BUDGET_1MB_S = 5.0
WORDS = "hun sagde at han havde truet hende igen og at børnene var bange for ham"


def note(size: int) -> str:
    vocabulary = WORDS.split()
    words = [vocabulary[(i * 7) % len(vocabulary)] for i in range(size // 4)]
    return "\n".join(" ".join(words[i : i + 120]) for i in range(0, len(words), 120))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100000,300000,1000000")
    args = parser.parse_args()
    base = samples.access_export()
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        render_access_export(base, Path(folder) / "warm.pdf")  # fonts load once per process
        for size in (int(s) for s in args.sizes.split(",")):
            data = AccessExportData(
                person_name=base.person_name,
                recipient=base.recipient,
                sections=(AccessSection("Notes", (("2026-03-02 10:15", note(size)),)),),
            )
            start = time.perf_counter()
            pages = render_access_export(data, Path(folder) / f"{size}.pdf").pages
            seconds = time.perf_counter() - start
            per_mb = seconds * 1_000_000 / size
            over = size >= 1_000_000 and seconds > BUDGET_1MB_S
            ok &= not over
            print(f"{size:>9} chars  {pages:>4} pages  {seconds:6.2f} s  ({per_mb:5.2f} s/MB)")
    print(f"budget: 1 MB under {BUDGET_1MB_S:.0f} s  {'ok' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
