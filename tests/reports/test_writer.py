"""The PDF lands where the user chose, whole, and no temp copy is ever left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.reports import samples
from vnr_desk.reports.writer import PdfWriteError, check_pdf, write_pdf_atomic
from vnr_desk.services.export.printouts import render
from vnr_desk.store.errors import OutputRefused


def _garbage(path: Path) -> int:
    path.write_bytes(b"not a pdf")
    return 1


def test_render_leaves_only_the_target(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    rendered = render("plan", samples.citizen_plan(), out, "en")
    assert rendered.path == out
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    check_pdf(out, rendered.pages)


def test_written_pdf_is_private_to_the_user(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    render("plan", samples.citizen_plan(), out, "en")
    if os.name != "nt":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_failed_build_leaves_nothing(tmp_path: Path) -> None:
    def explode(path: Path) -> int:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        write_pdf_atomic(tmp_path / "out.pdf", explode)
    assert list(tmp_path.iterdir()) == []


def test_bad_output_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-1.4 previous printout")
    with pytest.raises(PdfWriteError):
        write_pdf_atomic(target, _garbage)
    assert target.read_bytes() == b"%PDF-1.4 previous printout"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_replacing_an_existing_printout(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-1.4 previous printout")
    rendered = render("agenda", samples.meeting(), target, "en")
    check_pdf(target, rendered.pages)
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_page_count_mismatch_is_caught(tmp_path: Path) -> None:
    out = tmp_path / "agenda.pdf"
    rendered = render("agenda", samples.meeting(), out, "en")
    with pytest.raises(PdfWriteError):
        check_pdf(out, rendered.pages + 1)


def test_truncated_pdf_is_caught(tmp_path: Path) -> None:
    out = tmp_path / "agenda.pdf"
    render("agenda", samples.meeting(), out, "en")
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    with pytest.raises(PdfWriteError):
        check_pdf(out, 1)


def test_missing_folder_is_an_error_not_a_mkdir(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="nope"):
        render("plan", samples.citizen_plan(), tmp_path / "nope" / "plan.pdf", "en")
    assert list(tmp_path.iterdir()) == []
