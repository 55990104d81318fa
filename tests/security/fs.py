"""Small real file systems for the full-disk and read-only tests, and the CLI in-process.

A tmpfs of a few MiB is mounted for a test and unmounted after it. Where mounting is not
permitted (not root, a container without the capability) the test is skipped with that
reason printed by `pytest -rs`, never passed silently."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "4m") -> Iterator[Path]:
    """A fresh tmpfs of `size` mounted at `path` for the duration of the block."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("full-disk tests need `mount` (POSIX) to make a small tmpfs")
    if os.geteuid() != 0:
        pytest.skip("full-disk tests need root to mount a small tmpfs; run them as root in CI")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); full-disk tests skipped")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)


def free_bytes(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(path: Path, leave: int = 0) -> Path:
    """Fill the file system at `path` to the last byte, then free `leave` bytes again."""
    filler = path / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    assert free_bytes(path) == 0
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
        assert free_bytes(path) == leave
    return filler


def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vault: Path,
    *args: str | Path,
    stdin: str = "",
) -> tuple[int, str, str]:
    """Run `vnr-desk --vault VAULT ARGS` in this process: (exit code, stdout, stderr)."""
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    )
    capsys.readouterr()
    code = main(["--vault", str(vault), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err
