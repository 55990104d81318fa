"""Atomic file replacement: a reader sees the old file or the new one, never a torn one.

Temp file in the same directory, fsync, re-read to check, `os.replace`, fsync the
directory. The live file is never removed before its replacement is verified."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (no-op where directories can't be opened)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def temp_path_beside(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A fresh temp path next to `target`, removed on exit unless it was renamed away."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def replace_verified(tmp: Path, target: Path, check: Callable[[Path], None] | None = None) -> None:
    """fsync `tmp`, run `check` on it, then rename it over `target` and fsync the directory."""
    with open(tmp, "rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())
    if check is not None:
        check(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `target` atomically; the old file stays valid if anything fails."""

    def same_bytes(path: Path) -> None:
        if path.read_bytes() != data:
            raise OSError(f"short write to {path.name}")

    with temp_path_beside(target) as tmp:
        os.chmod(tmp, mode)
        with open(tmp, "wb") as fh:
            fh.write(data)
        replace_verified(tmp, target, same_bytes)
