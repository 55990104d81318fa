"""Failure 10: references are NFC, printable and free of control, direction and invisible
characters on every path in (service, import, `case new`, the workbook); names are stored
as given and escaped whenever the CLI prints them."""

from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE
from tests.ui.conftest import seeded_vault_dir, settings, window  # noqa: F401
from vnr_desk.cli import main
from vnr_desk.domain import Case
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.errors import Duplicate, InvalidInput
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.store.vault import Vault

ESCAPES = "K-2026-001\x1b]0;pwned\x07\x1b[2J"
HOSTILE = {
    "terminal escapes": ESCAPES,
    "zero-width space": "K-2026-001\u200b",
    "NUL": "K-2026\x00-001",
    "right-to-left override": "K-\u202e100-6202",
    "bidi isolate": "K-2026-\u2066001",
    "byte-order mark": "\ufeffK-2026-001",
    "line separator": "K-2026\u2028-001",
    "lone surrogate": "K-2026-\udcff",
}


def _count(vault: Vault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count(Case.id))) or 0)


@pytest.mark.parametrize("reference", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_service_refuses_an_unprintable_reference(vault: Vault, reference: str) -> None:
    with pytest.raises(InvalidInput) as refused, vault.session() as s:
        create_case(s, reference)
    message = str(refused.value)
    assert message.startswith("reference:")
    assert message.isprintable()  # the refusal never echoes the character itself
    assert _count(vault) == 0


def test_a_zero_width_twin_cannot_sit_beside_the_original(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-2026-001")
    with pytest.raises(InvalidInput), vault.session() as s:
        create_case(s, "K-2026-001\u200b")
    assert _count(vault) == 1


def test_references_are_nfc_and_found_in_any_normal_form(vault: Vault) -> None:
    decomposed = unicodedata.normalize("NFD", "K-Åbo-7")
    assert decomposed != "K-Åbo-7"
    with vault.session() as s:
        case = create_case(s, f"  {decomposed}\n")
    assert case.reference == "K-Åbo-7"
    with vault.session() as s:
        assert get_case(s, decomposed).id == case.id
        with pytest.raises(Duplicate):
            create_case(s, "K-Åbo-7")


def test_an_import_refuses_a_reference_with_escapes(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    document = copy.deepcopy(CASE)
    document["case"]["reference"] = ESCAPES  # type: ignore[index]
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert main(["--vault", str(vault.paths.directory), "import", str(source)]) == 2
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "case.reference" in captured.err and "U+001B" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_case_new_refuses_a_reference_with_escapes(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    argv = ["--vault", str(vault.paths.directory), "case", "new", "--reference"]
    assert main([*argv, ESCAPES]) == 2
    assert main([*argv, "K-2026-001\u200b"]) == 2
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\u200b" not in captured.err
    assert main([*argv, "K-2026-001"]) == 0


def test_the_workbook_new_case_refuses_an_invisible_character(
    request: pytest.FixtureRequest,
) -> None:
    workbook = request.getfixturevalue("window")  # the main window fixture of tests/ui
    shown: list[str] = []

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.citizen.name.setText("Mette Eksempel")
        dialog.reference.setText("K-2026-042\u200b")
        dialog._ok()
        shown.append(dialog.status.text())
        return dialog.result_ids is not None

    workbook.run_dialog = answer
    workbook.new_case()
    assert "U+200B" in shown[0]  # said in the dialog, which stays open
    count: list[int] = []
    workbook.session.run(lambda s: s.scalar(select(func.count(Case.id))), count.append)
    assert count == [1]  # only the seeded case


def test_names_are_stored_as_given_and_escaped_when_printed(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    hostile = "Jobcenter \x1b]0;pwned\x07Nord\u202e\u200b"
    document = copy.deepcopy(CASE)
    document["actors"][0]["name"] = hostile  # type: ignore[index]
    with vault.session() as s:
        import_case(s, document)
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(vault.paths.directory)]
    assert main([*base, "consent", "--case", "K-EXP-1", "--on", "2026-05-01"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\u200b" not in out
    assert "Jobcenter \\x1b]0;pwned\\x07Nord\\u202e\\u200b" in out
    assert main([*base, "dump", "--case", "K-EXP-1"]) == 0
    raw = capsys.readouterr().out
    assert "\x1b" not in raw and "\u202e" not in raw and "\u200b" not in raw
    assert any(a["name"] == hostile for a in json.loads(raw)["actors"])  # exactly as given
