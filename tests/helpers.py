"""Helpers shared by tests: running the CLI as a real process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path


def run_cli(
    *args: str | Path, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "vnr_desk", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )


def files_containing(roots: list[Path], needle: bytes) -> list[Path]:
    """Regular files under `roots` that hold `needle`. Pipes, devices and sockets are never
    opened: a test's leftover FIFO would block the read forever."""
    found = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if not stat.S_ISREG(path.lstat().st_mode):
                        continue
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found
