"""The team commands as a municipality's IT and a caseworker use them, as real processes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli
from tests.team.team_kit import Team

PP = "pass phrase 1"


def test_add_user_join_sync_and_conflicts_on_the_command_line(team: Team, tmp_path: Path) -> None:
    out = run_cli(
        "team-server", "add-user", "carl", "--unit", "voksen", "--json", "--dsn", team.admin_dsn
    )
    assert out.returncode == 0, out.stderr
    made = json.loads(out.stdout)
    assert made["user"] == "carl" and made["join_secret"]
    vault = tmp_path / "carl"
    assert run_cli("--vault", vault, "init", "--passphrase-stdin", stdin=PP + "\n").returncode == 0
    joined = run_cli(
        "--vault",
        vault,
        "team",
        "join",
        "--dsn",
        team.dsn,
        "--user",
        "carl",
        "--passphrase-stdin",
        stdin=f"{PP}\n{made['join_secret']}\n",
    )
    assert joined.returncode == 0, joined.stderr
    assert (
        run_cli(
            "--vault",
            vault,
            "case",
            "new",
            "--reference",
            "K-1",
            "--passphrase-stdin",
            stdin=PP + "\n",
        ).returncode
        == 0
    )
    synced = run_cli("--vault", vault, "sync", "--json", "--passphrase-stdin", stdin=PP + "\n")
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["pushed"] == 1
    listed = run_cli("--vault", vault, "conflicts", "--json", "--passphrase-stdin", stdin=PP + "\n")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    # The join secret was one-time: a second vault cannot join with it.
    other = tmp_path / "thief"
    run_cli("--vault", other, "init", "--passphrase-stdin", stdin=PP + "\n")
    again = run_cli(
        "--vault",
        other,
        "team",
        "join",
        "--dsn",
        team.dsn,
        "--user",
        "carl",
        "--passphrase-stdin",
        stdin=f"{PP}\n{made['join_secret']}\n",
    )
    assert again.returncode == 2
    # No credential on disk outside the encrypted vault.
    password = made["join_secret"].split(":")[1]
    for path in vault.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes()


def test_remote_dsn_without_tls_is_refused(tmp_path: Path) -> None:
    out = run_cli(
        "team-server", "init", "--dsn", "postgresql://admin@db.kommune.example/vnr?sslmode=disable"
    )
    assert out.returncode == 2
    assert "TLS" in out.stderr
