"""`vnr-desk group`: groups, cadence, convening, and the agenda gate (exit 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.store.vault import Vault


@pytest.fixture
def cli(new_vault: tuple[Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    new_vault[0].lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> int:
        return main(["--vault", str(vault_dir), *args])

    return run


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_groups_cadence_convening_and_agenda_gate(
    cli, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "new", "--reference", "K-1", "--opened-on", "2026-01-02") == 0
    assert cli("case", "new", "--reference", "K-2", "--opened-on", "2026-01-02") == 0
    capsys.readouterr()
    assert (
        cli(
            "group",
            "add",
            "--name",
            "Spjutspetsgruppen",
            "--kind",
            "internal",
            "--started",
            "2026-01-05",
            "--member",
            "Försörjningsstöd=Ebba",
            "--member",
            "Vuxenenheten",
            "--json",
        )
        == 0
    )
    gid = str(_json(capsys)["id"])  # type: ignore[index]
    assert cli("group", "list", "--json") == 0
    [row] = _json(capsys)  # type: ignore[misc]
    assert row["cadence_days"] == 42 and row["next_meeting_due"] == "2026-02-16"
    assert row["members"] == [
        {"unit": "Försörjningsstöd", "person": "Ebba"},
        {"unit": "Vuxenenheten", "person": ""},
    ]
    assert cli("group", "due", "--on", "2026-02-12", "--json") == 0
    assert [(r["rule"], r["due_on"]) for r in _json(capsys)] == [  # type: ignore[union-attr]
        ("group_meeting", "2026-02-16")
    ]

    # no consent: convening and the agenda are refused with exit 7
    assert cli("group", "convene", "--case", "K-1", "--group", gid, "--on", "2026-03-02") == 7
    assert cli("group", "meeting", "--group", gid, "--at", "2026-03-03T09:00", "--json") == 0
    mid = str(_json(capsys)["id"])  # type: ignore[index]
    assert cli("group", "agenda-add", "--meeting", mid, "--case", "K-1", "--on", "2026-03-02") == 7

    assert cli("group", "consent", "--case", "K-1", "--group", gid, "--given", "2026-03-01") == 0
    assert cli("group", "consent", "--case", "K-2", "--group", gid, "--given", "2026-03-01") == 0
    assert cli("group", "convene", "--case", "K-1", "--group", gid, "--on", "2026-03-02") == 0
    capsys.readouterr()
    assert cli("group", "due", "--on", "2026-03-02", "--json") == 0
    due = _json(capsys)
    assert {
        "rule": "group_convene",
        "group": "Spjutspetsgruppen",
        "case": "K-1",
        "due_on": "2026-03-03",
        "status": "upcoming",
    } in due  # type: ignore[operator]
    for ref in ("K-1", "K-2"):
        assert (
            cli("group", "agenda-add", "--meeting", mid, "--case", ref, "--on", "2026-03-02") == 0
        )
    capsys.readouterr()
    assert cli("group", "due", "--on", "2026-03-02", "--json") == 0
    assert all(r["rule"] != "group_convene" for r in _json(capsys))  # type: ignore[union-attr]
    assert cli("group", "meetings", "--group", gid, "--json") == 0
    assert _json(capsys)[0]["cases"] == ["K-1", "K-2"]  # type: ignore[index]

    out = tmp_path / "agenda.pdf"
    agenda = ("group", "agenda", "--meeting", mid, "--lang", "da", "--on", "2026-03-02")
    assert cli(*agenda, "--out", str(out)) == 0
    text = _pdf_text(out)
    assert "K-1" in text and "K-2" in text and "Spjutspetsgruppen" in text

    # consent withdrawn since: the printout is refused and nothing is written
    assert (
        cli(
            "group",
            "withdraw",
            "--case",
            "K-2",
            "--group",
            gid,
            "--on",
            "2026-03-02",
            "--recorded-by",
            "SB",
        )
        == 0
    )
    refused = tmp_path / "refused.pdf"
    assert cli(*agenda, "--out", str(refused)) == 7
    assert not refused.exists()
    assert "consent" in capsys.readouterr().err


def test_external_group_agenda_names_no_case(
    cli, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "new", "--reference", "K-9", "--opened-on", "2026-01-02") == 0
    assert cli("group", "add", "--name", "Extern", "--kind", "external", "--json") == 0
    capsys.readouterr()
    assert cli("group", "list", "--json") == 0
    [row] = _json(capsys)  # type: ignore[misc]
    assert row["cadence_days"] == 182
    gid = str(row["id"])
    assert cli("group", "consent", "--case", "K-9", "--group", gid, "--given", "2026-03-01") == 0
    capsys.readouterr()
    assert cli("group", "meeting", "--group", gid, "--at", "2026-05-03T13:00", "--json") == 0
    mid = str(_json(capsys)["id"])  # type: ignore[index]
    assert cli("group", "agenda-add", "--meeting", mid, "--case", "K-9", "--on", "2026-04-01") == 0
    out = tmp_path / "external.pdf"
    assert (
        cli(
            "group",
            "agenda",
            "--meeting",
            mid,
            "--lang",
            "sv",
            "--on",
            "2026-04-01",
            "--out",
            str(out),
        )
        == 0
    )
    text = _pdf_text(out)
    assert "Ärende 1" in text and "K-9" not in text and "Extern samverkansgrupp" in text


def test_group_messages_have_danish_and_swedish() -> None:
    from tests.cli.test_cli_translations import _literals
    from vnr_desk.i18n.catalogs import groups_da, groups_sv

    mine = {text for text in _literals() if text in groups_da.MESSAGES}
    assert len(mine) > 30
    assert set(groups_sv.MESSAGES) == set(groups_da.MESSAGES)
    assert all(value.strip() for value in groups_sv.MESSAGES.values())
