"""Failure 9, the input cases: deep JSON, lone surrogates, invalid UTF-8 and endless input
are each one clear line and exit 2 (bad input), never "unexpected error" (exit 1)."""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE
from vnr_desk.cli import main
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import search_notes
from vnr_desk.store.vault import Vault


@pytest.fixture
def vault_dir(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[override]
    with vault.session() as s:
        create_case(s, "K-1")
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    return vault.paths.directory


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _refused(capsys: pytest.CaptureFixture[str], *expected: str) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "unexpected error" not in err and "Traceback" not in err
    for text in expected:
        assert text in err, err
    return err


def _notes(vault_dir: Path) -> int:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.session() as s:
        return len(search_notes(s, "tekst"))


def _import(vault_dir: Path, source: Path) -> int:
    return main(["--vault", str(vault_dir), "import", str(source)])


def test_json_nested_5000_deep(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    assert _import(vault_dir, source) == 2
    _refused(capsys, "nested deeper than 32 levels")


def test_json_deeper_than_the_format_allows(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(CASE)
    nested: object = "x"
    for _ in range(40):
        nested = {"a": nested}
    document["extra"] = nested
    source = tmp_path / "deep.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert _import(vault_dir, source) == 2
    _refused(capsys, "nested deeper than 32 levels")


def test_a_lone_surrogate_in_a_name(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(CASE)
    document["people"][0]["name"] = "Mette \ud800 Eksempel"  # type: ignore[index]
    source = tmp_path / "surrogate.json"
    source.write_text(json.dumps(document), encoding="ascii")  # written as "\ud800"
    assert "\\ud800" in source.read_text(encoding="ascii")
    assert _import(vault_dir, source) == 2
    _refused(capsys, "people[0].name", "lone surrogate")
    assert main(["--vault", str(vault_dir), "dump", "--case", "K-EXP-1"]) != 0  # nothing in


def test_a_case_file_that_is_not_utf8(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "latin1.json"
    source.write_bytes(json.dumps(CASE, ensure_ascii=False).encode("latin-1", "replace"))
    assert _import(vault_dir, source) == 2
    _refused(capsys, "not UTF-8")


def test_invalid_utf8_on_standard_input(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--vault", str(vault_dir), "note", "add", "--case", "K-1", "--passphrase-stdin"]
    _stdin(monkeypatch, PASSPHRASE.encode() + b"\nen tekst \xff\xfe i latin-1 \xe6\xf8\xe5\n")
    assert main(argv) == 2
    err = _refused(capsys, "not UTF-8", "offset 9")
    assert "latin" not in err  # the text around the bad byte is case text: never echoed
    _stdin(monkeypatch, b"\xff" + PASSPHRASE.encode() + b"\nen tekst\n")
    assert main(argv) == 2
    _refused(capsys, "not UTF-8")
    assert _notes(vault_dir) == 0


def test_undecodable_bytes_in_an_argument(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python hands argv bytes that are not UTF-8 over as lone surrogates.
    argv = ["--vault", str(vault_dir), "note", "add", "--case", "K-1", "--text", "tekst \udcff"]
    assert main(argv) == 2
    _refused(capsys, "--text", "not UTF-8")
    assert main(["--vault", str(vault_dir), "case", "new", "--reference", "K-\udcff"]) == 2
    _refused(capsys, "reference")


def test_standard_input_is_bounded(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vnr_desk.cli import secrets

    monkeypatch.setattr(secrets, "MAX_TEXT_BYTES", 1024 * 1024)
    _stdin(monkeypatch, b"tekst " * 200_000)
    assert main(["--vault", str(vault_dir), "note", "add", "--case", "K-1"]) == 2
    _refused(capsys, "more than 1 MiB")
    assert _notes(vault_dir) == 0


def test_a_case_file_is_bounded(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vnr_desk.services.interchange import importer as interchange

    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 1024 * 1024)
    source = tmp_path / "big.json"
    source.write_text(json.dumps([CASE] * 2000), encoding="utf-8")
    assert source.stat().st_size > 1024 * 1024
    assert _import(vault_dir, source) == 2
    _refused(capsys, "larger than 1 MiB")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_import_dev_zero(vault_dir: Path) -> None:
    def small_address_space() -> None:  # so the old behaviour fails fast, not the machine
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))

    result = subprocess.run(
        [sys.executable, "-m", "vnr_desk", "--vault", str(vault_dir), "import", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_address_space,
    )
    assert result.returncode == 2, result.stderr
    assert "larger than 64 MiB" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
