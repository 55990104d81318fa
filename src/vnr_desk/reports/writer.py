"""Write a PDF where the user chose and nowhere else, all or nothing.

The PDF is built into a temp file beside the target (same file system, so the rename is
atomic), fsynced, re-opened to check it is a whole PDF with the expected page count, then
renamed over the target. On any failure the temp file is removed and an existing target
is left untouched: no half-written printout, no stray copy of case content on disk.

A process killed mid-write cannot remove its temp file, so each export first removes the
temp files a dead export left beside its target. A running export holds an OS lock on its
temp file; a temp file nobody holds is a leftover.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vnr_desk.files.atomic import replace_verified
from vnr_desk.files.output_guard import PDF, check_output, write_errors

TEMP_SUFFIX = ".pdf.tmp"
# Where no OS file lock is to be had (Windows), a temp file this old is taken as a leftover.
_STALE_AFTER_SECONDS = 3600.0

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only

    def _try_claim(fd: int) -> bool:
        return time.time() - os.fstat(fd).st_mtime > _STALE_AFTER_SECONDS

else:
    import fcntl

    def _try_claim(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class PdfWriteError(OSError):
    """The PDF could not be written or did not read back as expected."""


def check_pdf(path: Path, expected_pages: int) -> None:
    """Re-open `path` and insist it is a complete PDF with `expected_pages` pages.

    Uses pypdf when installed; otherwise falls back to checking the header and trailer.
    """
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise PdfWriteError("the written PDF is incomplete")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        return
    try:
        pages = len(PdfReader(path, strict=False).pages)
    except (PyPdfError, ValueError, KeyError) as exc:
        raise PdfWriteError("the written PDF cannot be read back") from exc
    if pages != expected_pages:
        raise PdfWriteError(f"the written PDF has {pages} pages, expected {expected_pages}")


def remove_leftovers(target: Path) -> list[Path]:
    """Remove the temp files killed exports left beside `target`; returns what went."""
    removed: list[Path] = []
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        try:
            fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _try_claim(fd):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed.append(leftover)
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def _claimed_temp(target: Path) -> Iterator[Path]:
    """A private temp file beside `target`, locked for as long as this export runs."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    tmp = Path(name)
    try:
        _try_claim(fd)
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.close(fd)


def write_pdf_atomic(target: Path, build: Callable[[Path], int]) -> int:
    """Run `build(tmp_path) -> page count` and move the result to `target` once verified.

    The output guard refuses a vault file, a backup, a non-PDF, a read-only file or a
    missing folder (`OutputRefused`); asking before replacing a PDF is the caller's job."""
    target = check_output(Path(target), PDF, replace=True)
    remove_leftovers(target)
    with write_errors(target), _claimed_temp(target) as tmp:
        pages = build(tmp)
        replace_verified(tmp, target, lambda path: check_pdf(path, pages))
    return pages
