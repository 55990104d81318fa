"""Case-work commands, run in-process (fast) and once as a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.services.interchange.test_interchange import ISSUE_EXAMPLE
from vnr_desk.cli import main
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
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


def test_demo_200_then_due_and_consent(cli, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--cases", "200", "--seed", "3", "--today", "2026-05-01", "--json") == 0
    references = _json(capsys)["cases"]  # type: ignore[index]
    assert len(references) == 200 == len(set(references))
    assert cli("due", "--json", "--on", "2026-05-01") == 0
    rows = _json(capsys)
    assert isinstance(rows, list) and rows
    assert {r["status"] for r in rows} >= {"overdue", "upcoming", "done"}
    assert [r["due_on"] for r in rows] == sorted(r["due_on"] for r in rows)
    assert set(rows[0]) >= {"case", "rule", "due_on", "status"}
    assert cli("consent", "--case", references[0], "--json", "--on", "2026-05-01") == 0
    grid = _json(capsys)["consents"]  # type: ignore[index]
    assert len(grid) % 4 == 0 and {c["purpose"] for c in grid} == {
        "share_information",
        "invite_to_meeting",
        "receive_action_plan",
        "receive_case_summary",
    }
    assert cli("due", "--json", "--on", "2026-05-01", "--case", references[0]) == 0
    assert {r["case"] for r in _json(capsys)} <= {references[0]}  # type: ignore[union-attr]


def test_demo_is_deterministic_for_a_seed(
    cli, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--cases", "2", "--seed", "9", "--today", "2026-05-01", "--json") == 0
    first = _json(capsys)["cases"][0]  # type: ignore[index]
    assert cli("dump", "--case", first) == 0
    dumped = _json(capsys)
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, CHEAP_TEST_PARAMS)[0].lock()
    assert (
        main(
            ["--vault", str(other), "demo", "--cases", "2", "--seed", "9", "--today", "2026-05-01"]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--vault", str(other), "dump", "--case", first]) == 0
    assert _json(capsys) == dumped


def test_import_dump_and_errors(cli, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "case.json"
    source.write_text(json.dumps(ISSUE_EXAMPLE), encoding="utf-8")
    assert cli("import", str(source), "--json") == 0
    assert _json(capsys) == {"imported": ["K-2026-001"]}
    assert cli("dump", "--case", "K-2026-001") == 0
    dumped = _json(capsys)
    assert dumped["people"][0]["name"] == "Mette Eksempel"  # type: ignore[index]
    assert cli("import", str(source)) == 2
    assert "case.reference" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cli("import", str(bad)) == 2
    assert "file" in capsys.readouterr().err
    assert cli("consent", "--case", "K-2026-001", "--on", "2026-04-01") == 0
    assert "Jobcenter Nord" in capsys.readouterr().out


def test_due_as_a_real_process(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    env = {"VNR_DESK_PASSPHRASE": PASSPHRASE}
    Vault.create(vault, PASSPHRASE, CHEAP_TEST_PARAMS)[0].lock()
    source = tmp_path / "case.json"
    source.write_text(json.dumps(ISSUE_EXAMPLE), encoding="utf-8")
    assert run_cli("--vault", vault, "import", source, env=env).returncode == 0
    r = run_cli("--vault", vault, "due", "--json", "--on", "2026-03-03", env=env)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    by_rule = {row["rule"]: row for row in rows}
    assert by_rule["coordinator_contact"]["status"] == "upcoming"
    assert by_rule["crisis_centre_follow_up"]["due_on"] == "2026-06-02"
