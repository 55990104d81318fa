"""Write a PDF where the user chose and nowhere else, all or nothing.

The PDF is built into a temp file beside the target (same file system, so the rename is
atomic), fsynced, re-opened to check it is a whole PDF with the expected page count, then
renamed over the target. On any failure the temp file is removed and an existing target
is left untouched: no half-written printout, no stray copy of case content on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vnr_desk.store.atomic import replace_verified, temp_path_beside
from vnr_desk.store.output_guard import PDF, check_output, write_errors


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


def write_pdf_atomic(target: Path, build: Callable[[Path], int]) -> int:
    """Run `build(tmp_path) -> page count` and move the result to `target` once verified.

    The output guard refuses a vault file, a backup, a non-PDF, a read-only file or a
    missing folder (`OutputRefused`); asking before replacing a PDF is the caller's job."""
    target = check_output(Path(target), PDF, replace=True)
    with write_errors(target), temp_path_beside(target, suffix=".pdf.tmp") as tmp:
        pages = build(tmp)
        replace_verified(tmp, target, lambda path: check_pdf(path, pages))
    return pages
