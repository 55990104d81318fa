"""The CLI contract of the foundation issue, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from tests.helpers import files_containing, run_cli

PW = "pass 'word' \"x\" %@ æøå"


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "vault"
    result = run_cli("--vault", vault, "init", "--json", "--passphrase-stdin", stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["vault"] == str(vault)
    return vault, data["recovery_key"]


def test_init_json_and_case_note_search(cli_vault: tuple[Path, str]) -> None:
    vault, recovery_key = cli_vault
    assert len(recovery_key.split("-")) == 9
    r = run_cli(
        "--vault",
        vault,
        "case",
        "new",
        "--reference",
        "K-1",
        "--json",
        "--passphrase-stdin",
        stdin=PW + "\n",
    )
    assert r.returncode == 0 and json.loads(r.stdout)["reference"] == "K-1"
    r = run_cli(
        "note",
        "add",
        "--case",
        "K-1",
        "--passphrase-stdin",
        "--vault",
        vault,
        stdin=PW + "\nBesøg hos borgeren, aftalt opfølgning\nanden linje\n",
    )
    assert r.returncode == 0, r.stderr
    r = run_cli("--vault", vault, "search", "opfølgning", "--json", env={"VNR_DESK_PASSPHRASE": PW})
    hits = json.loads(r.stdout)
    assert [h["case"] for h in hits] == ["K-1"]


def test_exit_codes_wrong_passphrase_and_usage(cli_vault: tuple[Path, str]) -> None:
    vault, _ = cli_vault
    r = run_cli("--vault", vault, "verify", "--passphrase-stdin", stdin="wrong\n")
    assert r.returncode == 3
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert run_cli("--vault", vault, "no-such-command").returncode == 2
    r = run_cli("--vault", vault, "verify", stdin="")  # no tty, no secret given
    assert r.returncode == 2


@pytest.mark.parametrize("field", ["params", "salt", "wrapped_key", "checksum"])
def test_flipped_header_byte_is_exit_4(cli_vault: tuple[Path, str], field: str) -> None:
    vault, _ = cli_vault
    header = vault / "vault.header"
    raw = header.read_bytes()
    if field == "checksum":
        pos = raw.rindex(b"sha256:") + 12
    else:
        pos = raw.index(f'"{field}":'.encode()) + len(field) + 6
    damaged = bytearray(raw)
    damaged[pos] ^= 0x04
    header.write_bytes(bytes(damaged))
    r = run_cli("--vault", vault, "verify", "--passphrase-stdin", stdin=PW + "\n")
    assert r.returncode == 4, (field, r.stderr)


def test_truncated_database_is_exit_4(cli_vault: tuple[Path, str]) -> None:
    vault, _ = cli_vault
    db = vault / "vault.db"
    with open(db, "r+b") as fh:
        fh.truncate(os.path.getsize(db) // 2 + 5)
    r = run_cli("--vault", vault, "verify", "--passphrase-stdin", stdin=PW + "\n")
    assert r.returncode == 4, r.stderr
    assert "Traceback" not in r.stderr and "hmac" not in r.stderr


def test_passphrase_change_and_recover(cli_vault: tuple[Path, str]) -> None:
    vault, recovery_key = cli_vault
    r = run_cli("--vault", vault, "passphrase", "--passphrase-stdin", stdin=f"{PW}\nnyt ord\n")
    assert r.returncode == 0, r.stderr
    assert run_cli("--vault", vault, "verify", env={"VNR_DESK_PASSPHRASE": PW}).returncode == 3
    r = run_cli(
        "--vault",
        vault,
        "recover",
        env={"VNR_DESK_RECOVERY_KEY": recovery_key.lower(), "VNR_DESK_NEW_PASSPHRASE": "tredje"},
    )
    assert r.returncode == 0, r.stderr
    assert (
        run_cli("--vault", vault, "verify", env={"VNR_DESK_PASSPHRASE": "tredje"}).returncode == 0
    )


def test_second_process_gets_exit_6_and_stale_lock_is_taken_over(
    cli_vault: tuple[Path, str],
) -> None:
    vault, _ = cli_vault
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, os; from vnr_desk.store.vault import Vault; "
            "v = Vault.unlock(sys.argv[1], os.environ['PW']); print('open', flush=True); "
            "sys.stdin.read()",
            str(vault),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PW": PW},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        r = run_cli("--vault", vault, "verify", "--passphrase-stdin", stdin=PW + "\n")
        assert r.returncode == 6
        assert str(holder.pid) in r.stderr
    finally:
        holder.kill()
        holder.wait()
    # a dead holder's pid left in the lock file does not block
    (vault / "vault.lock").write_text(f"{holder.pid}\n")
    r = run_cli("--vault", vault, "verify", "--passphrase-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr


def test_backup_restore_cli(cli_vault: tuple[Path, str], tmp_path: Path) -> None:
    vault, _ = cli_vault
    out = tmp_path / "kopi.vnrbackup"
    assert run_cli("--vault", vault, "backup", out, env={"VNR_DESK_PASSPHRASE": PW}).returncode == 0
    r = run_cli("restore", out, "--vault", vault, env={"VNR_DESK_PASSPHRASE": PW})
    assert r.returncode != 0  # never over an existing vault
    r = run_cli("restore", out, "--vault", tmp_path / "ny", env={"VNR_DESK_PASSPHRASE": PW})
    assert r.returncode == 0, r.stderr
    assert (
        run_cli("--vault", tmp_path / "ny", "verify", env={"VNR_DESK_PASSPHRASE": PW}).returncode
        == 0
    )


def test_canary_never_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    """A unique note text, written through the service and the CLI, is in no file under the
    vault, the temp directory or any log; the database has no plaintext SQLite header."""
    from vnr_desk.services.cases import create_case
    from vnr_desk.services.notes import add_note
    from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
    from vnr_desk.store.vault import Vault

    canary = f"kanariefugl-{uuid.uuid4().hex}"
    vault_dir = tmp_path / "vault"
    vault, _ = Vault.create(vault_dir, PW, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        case = create_case(s, "K-1")
        add_note(s, case, f"service {canary}")
    vault.lock()
    r = run_cli(
        "--vault",
        vault_dir,
        "note",
        "add",
        "--case",
        "K-1",
        "--text",
        f"cli {canary}",
        env={"VNR_DESK_PASSPHRASE": PW},
    )
    assert r.returncode == 0, r.stderr
    assert canary not in r.stdout + r.stderr
    r = run_cli(
        "--vault",
        vault_dir,
        "search",
        canary.split("-")[1],
        "--json",
        env={"VNR_DESK_PASSPHRASE": PW},
    )
    assert len(json.loads(r.stdout)) == 2  # both notes are really there
    roots = [vault_dir, Path(tempfile.gettempdir())]
    roots += [p for p in (Path.home() / ".cache", Path.home() / ".local/state") if p.exists()]
    assert files_containing(roots, canary.encode()) == []
    assert files_containing(roots, canary.encode("utf-16-le")) == []
    assert not (vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")
