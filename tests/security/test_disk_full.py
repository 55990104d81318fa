"""A full disk is a full disk (exit 8, "nothing was lost"), never a damaged vault, and the
commands that only read still work on it; a vault on read-only media can be read.

Each test runs on a real tmpfs of a few MiB (skipped, with the reason, where mounting is
not permitted)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE
from tests.security.fs import cli, fill, free_bytes, remount_read_only, tmpfs
from vnr_desk.domain import Note
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.backup import read_backup
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault

REF = CASE["case"]["reference"]
DISK_FULL = "the disk is full: free space; nothing was lost"


def _make_vault(directory: Path) -> int:
    """A closed vault with the export test's case and a few notes; its note count."""
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        case = import_case(s, CASE)
        for i in range(5):
            add_note(s, case, f"Samtale nummer {i} om sikkerhedsplanen.")
    vault.lock()
    return _note_count(directory)


def _note_count(directory: Path) -> int:
    with Vault.unlock(directory, PASSPHRASE, CHEAP_TEST_PARAMS) as vault, vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(Note)) or 0)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", "4m") as mounted:
        yield mounted


@pytest.fixture
def other_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "other", "4m") as mounted:
        yield mounted


def test_one_page_free_is_a_full_disk_not_a_damaged_vault(
    disk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = disk / "vault"
    notes = _make_vault(vault)
    filler = fill(disk, leave=4096)
    code, out, err = cli(capsys, monkeypatch, vault, "verify")
    assert code == 0, err
    assert "Audit log: ok" in out
    code, _, err = cli(capsys, monkeypatch, vault, "note", "add", "--case", REF, stdin="ny tekst")
    assert (code, err.strip()) == (8, f"vnr-desk: {DISK_FULL}")
    filler.unlink()
    assert cli(capsys, monkeypatch, vault, "verify")[0] == 0
    assert _note_count(vault) == notes


def test_every_command_on_a_full_disk(
    disk: Path,
    other_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = disk / "vault"
    notes = _make_vault(vault)
    case_file = other_disk / "case.json"
    case_file.write_text(json.dumps({**CASE, "case": {**CASE["case"], "reference": "K-NEW"}}))
    filler = fill(disk)

    reading = [
        ("verify",),
        ("search", "sikkerhedsplanen"),
        ("due",),
        ("consent", "--case", REF),
        ("backup", other_disk / "copy.vnrbackup"),
    ]
    for args in reading:
        code, _, err = cli(capsys, monkeypatch, vault, *args)
        assert code == 0, (args, err)
    manifest, _, _ = read_backup(other_disk / "copy.vnrbackup")
    assert manifest["format"].startswith("vnr-desk-backup/")

    # These write to the vault (a note, a case, the audit entry of an export or a dump):
    # with not a byte free they stop with exit 8 and write nothing anywhere.
    writing = [
        ("note", "add", "--case", REF),
        ("import", case_file),
        (
            "export",
            "--case",
            REF,
            "--kind",
            "plan",
            "--for",
            "internal",
            "--out",
            other_disk / "p.pdf",
        ),
        ("dump", "--case", REF, "--out", other_disk / "d.json"),
    ]
    for args in writing:
        code, out, err = cli(capsys, monkeypatch, vault, *args, stdin="tekst")
        assert (code, err.strip()) == (8, f"vnr-desk: {DISK_FULL}"), (args, out)
    assert not (other_disk / "p.pdf").exists() and not (other_disk / "d.json").exists()

    filler.unlink()
    assert cli(capsys, monkeypatch, vault, "verify")[0] == 0
    assert _note_count(vault) == notes


def test_a_note_or_import_that_does_not_fit_is_disk_full_and_loses_nothing(
    disk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = disk / "vault"
    notes = _make_vault(vault)
    big = "Et langt notat om forløbet. " * 40_000  # about 1.1 MB: more than is left
    case_file = disk / "case.json"
    case_file.write_text(
        json.dumps(
            {
                **CASE,
                "case": {**CASE["case"], "reference": "K-BIG"},
                "notes": [{"written_at": "2026-03-03T10:00:00", "text": big}],
            }
        )
    )
    filler = fill(disk, leave=256 * 1024)
    assert free_bytes(disk) == 256 * 1024
    code, _, err = cli(capsys, monkeypatch, vault, "note", "add", "--case", REF, stdin=big)
    assert (code, err.strip()) == (8, f"vnr-desk: {DISK_FULL}")
    code, _, err = cli(capsys, monkeypatch, vault, "import", case_file)
    assert (code, err.strip()) == (8, f"vnr-desk: {DISK_FULL}")
    filler.unlink()
    assert cli(capsys, monkeypatch, vault, "verify")[0] == 0
    assert _note_count(vault) == notes
    assert cli(capsys, monkeypatch, vault, "consent", "--case", "K-BIG")[0] != 0


def test_a_vault_on_read_only_media_can_be_read(
    disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = disk / "vault"
    _make_vault(vault)
    remount_read_only(disk)
    for args in (("verify",), ("search", "sikkerhedsplanen"), ("backup", tmp_path / "c.vnrbackup")):
        code, _, err = cli(capsys, monkeypatch, vault, *args)
        assert code == 0, (args, err)
    read_backup(tmp_path / "c.vnrbackup")
    code, _, err = cli(capsys, monkeypatch, vault, "note", "add", "--case", REF, stdin="x")
    assert code == 1
    assert err.strip() == (
        "vnr-desk: the vault is on read-only media: it can be read but not changed"
    )
