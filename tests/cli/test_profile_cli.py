"""`vnr-desk profile`: a vault made from the command line gets the issuer its printouts need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.services.interchange.test_interchange import ISSUE_EXAMPLE
from vnr_desk.cli import main
from vnr_desk.store.vault import Vault


@pytest.fixture
def cli(new_vault: tuple[Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    new_vault[0].lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    return lambda *args: main(["--vault", str(vault_dir), *args])


def test_profile_set_then_shown(cli, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert cli("profile", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"name": "", "unit": "", "phone": "", "email": ""}
    assert cli("profile", "--name", "Anna  Holm", "--unit", "Familieafd.", "--json") == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Anna Holm"
    assert cli("profile", "--phone", "+45 11 22 33 44") == 0
    shown = capsys.readouterr().out
    assert "Anna Holm" in shown and "+45 11 22 33 44" in shown and "Familieafd." in shown


def test_consent_form_prints_once_the_profile_is_set(
    cli,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(ISSUE_EXAMPLE), encoding="utf-8")
    assert cli("import", str(source)) == 0
    reference = ISSUE_EXAMPLE["case"]["reference"]
    out = tmp_path / "form.pdf"
    args = (
        "export",
        "--case",
        reference,
        "--kind",
        "consent-form",
        "--for",
        "citizen",
        "--out",
        str(out),
    )
    assert cli(*args) == 2 and not out.exists()
    assert cli("profile", "--name", "Anna Holm", "--unit", "Familieafd.") == 0
    assert cli(*args) == 0 and out.stat().st_size > 0
