"""Failure 6: the access export grows linearly with a note's length, the vault is free while
pages are laid out, and a killed export's temp file does not stay on disk."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE, TODAY, export
from tests.reports import samples
from vnr_desk import reports
from vnr_desk.reports import access_export as access_report
from vnr_desk.reports.data import AccessExportData, AccessSection
from vnr_desk.services.export import printouts
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.store.errors import VaultInUse
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault

TEMP_SUFFIX = ".pdf.tmp"  # the writer's temp files: `.{target}.XXXX.pdf.tmp`
WORDS = "hun sagde at han havde truet hende igen og at børnene var bange for ham"


def note_text(size: int) -> str:
    """Plain prose of `size` characters with a paragraph break now and then."""
    vocabulary = WORDS.split()
    words = [vocabulary[(i * 7) % len(vocabulary)] for i in range(size // 4)]
    lines = [" ".join(words[i : i + 120]) for i in range(0, len(words), 120)]
    return "\n".join(lines)[:size]


def vault_with_note(vault: Vault, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    case = copy.deepcopy(CASE)
    case["notes"] = [{"written_at": "2026-03-02T10:15:00", "text": text}]
    with vault.session() as s:
        import_case(s, case)
        set_caseworker_profile(s, CaseworkerProfile(name="Anna Holm", unit="Familieafdelingen"))
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    return vault.paths.directory


def _layout_work(size: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    """How many text measurements ReportLab makes to lay out a note of `size` characters."""
    import reportlab.platypus.paragraph as paragraph

    calls = [0]
    measure = paragraph.stringWidth

    def counted(*args: object, **kwargs: object) -> float:
        calls[0] += 1
        return measure(*args, **kwargs)  # type: ignore[arg-type]

    base = samples.access_export()
    data = AccessExportData(
        person_name=base.person_name,
        recipient=base.recipient,
        sections=(AccessSection("Notes", (("2026-03-02 10:15", note_text(size)),)),),
    )
    with monkeypatch.context() as m:
        m.setattr(paragraph, "stringWidth", counted)
        printouts.render("access", data, tmp_path / f"{size}.pdf", "da")
    return calls[0]


def test_layout_work_grows_linearly_with_the_note(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small = _layout_work(15_000, monkeypatch, tmp_path)
    large = _layout_work(60_000, monkeypatch, tmp_path)
    # Four times the text: linear work is about 4x; the old layout did about 16x.
    assert large < 6 * small, (small, large)


def test_long_values_are_cut_into_bounded_chunks() -> None:
    text = note_text(50_000)
    chunks = access_report.text_chunks(text)
    assert len(chunks) > 10
    assert all(len(c) <= access_report.CHUNK for c in chunks)
    assert " ".join(chunks).split() == text.split()


EVERY_KIND = [
    ("plan", "citizen"),
    ("agenda", "internal"),
    ("minutes", "internal"),
    ("summary", "internal"),
    ("consent-form", "citizen"),
    ("access", "citizen"),
]


@pytest.mark.parametrize(("kind", "recipient"), EVERY_KIND)
def test_the_vault_is_free_while_pages_are_laid_out(
    kind: str, recipient: str, vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault_dir = vault_with_note(vault, monkeypatch, "Kort notat.")
    seen: list[str] = []
    real_render: Callable[..., reports.Rendered] = printouts.render

    def render_while_another_opens(*args: object, **kwargs: object) -> reports.Rendered:
        try:
            other = Vault.unlock(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
        except VaultInUse:
            seen.append("in use")
        else:
            seen.append("opened")
            other.lock()
        return real_render(*args, **kwargs)

    monkeypatch.setattr(printouts, "render", render_while_another_opens)
    out = tmp_path / f"{kind}.pdf"
    assert export(vault_dir, out, "--kind", kind, "--for", recipient) == 0
    assert seen == ["opened"]
    assert len(PdfReader(out).pages) >= 1


@pytest.mark.slow  # about 6 s, most of it ReportLab laying out 300 pages
def test_a_megabyte_note_exports(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = note_text(1_000_000) + "\nSIDSTE-LINJE-I-NOTATET"
    vault_dir = vault_with_note(vault, monkeypatch, text)
    out = tmp_path / "access.pdf"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "vnr_desk", "--vault", str(vault_dir), "export"),
            *("--case", "K-EXP-1", "--kind", "access", "--for", "citizen", "--lang", "da"),
            *("--on", TODAY.isoformat(), "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=120,  # the old layout needed many minutes for this
    )
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    assert len(pages) > 200
    tail = "".join(p.extract_text() for p in pages[-3:])
    assert "SIDSTE-LINJE-I-NOTATET" in tail


def test_an_export_removes_what_a_killed_export_left(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault_dir = vault_with_note(vault, monkeypatch, "Kort notat.")
    out = tmp_path / "access.pdf"
    leftover = tmp_path / f".access.pdf.k1ll3d{TEMP_SUFFIX}"
    leftover.write_bytes(b"%PDF-1.4 case text of a killed run")
    other = tmp_path / f".other.pdf.k1ll3d{TEMP_SUFFIX}"
    other.write_bytes(b"not ours to judge")
    assert export(vault_dir, out, "--kind", "access", "--for", "citizen") == 0
    assert not leftover.exists()
    assert other.exists()  # only temp files of the target being written are swept
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["access.pdf", other.name, "vault"])


@pytest.mark.skipif(os.name == "nt", reason="the running export's lock is an flock")
def test_a_running_exports_temp_file_is_left_alone(tmp_path: Path) -> None:
    import fcntl

    from vnr_desk.reports.writer import remove_leftovers

    target = tmp_path / "plan.pdf"
    busy = tmp_path / f".plan.pdf.running{TEMP_SUFFIX}"
    busy.write_bytes(b"")
    with open(busy, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_leftovers(target) == []
        assert busy.exists()
    assert remove_leftovers(target) == [busy]


@pytest.mark.skipif(os.name == "nt", reason="kill -9 is POSIX")
def test_kill_during_layout_leaves_no_case_text(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault_dir = vault_with_note(vault, monkeypatch, note_text(400_000))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "access.pdf"
    command = [sys.executable, "-m", "vnr_desk", "--vault", str(vault_dir), "export"]
    command += ["--case", "K-EXP-1", "--kind", "access", "--for", "citizen", "--out", str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(out_dir.iterdir()) and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    left = list(out_dir.iterdir())
    # Killed during layout: at most an empty temp file (the pages are built in memory).
    assert all(p.name.endswith(TEMP_SUFFIX) and p.stat().st_size == 0 for p in left), left
    assert export(vault_dir, out, "--kind", "access", "--for", "citizen") == 0
    assert [p.name for p in out_dir.iterdir()] == ["access.pdf"]
