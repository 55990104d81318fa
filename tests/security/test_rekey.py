"""Issue 13, failure 4: an old header still opened the current database, because the key
slots wrap a data key that never changed. `rekey` re-encrypts under a new data key; at
every instant of it either the old pair (header + database) or the new pair opens."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from vnr_desk.cli import main
from vnr_desk.domain import AuditEntry, Note
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store import header as header_io
from vnr_desk.store import keyslots, rekey
from vnr_desk.store.errors import VaultCorrupted, WrongPassphrase, WrongRecoveryKey
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS as CHEAP
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

NEW = "a new passphrase, æøå 'quoted'"


def _notes(vault: Vault) -> list[str]:
    with vault.session() as s:
        return list(s.scalars(select(Note.text).order_by(Note.id)))


@pytest.fixture
def with_note(new_vault: tuple[Vault, str]) -> Vault:
    vault = new_vault[0]
    with vault.session() as s:
        add_note(s, create_case(s, "K-1"), "before the rotation")
    return vault


def test_old_header_no_longer_opens_the_database(
    new_vault: tuple[Vault, str], with_note: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """The issue's own scenario: copy the header aside, rotate, write a note, put the old
    header back: the old passphrase and the old recovery key are refused."""
    old_recovery = new_vault[1]
    shutil.copy(vault_dir / "vault.header", tmp_path / "old.header")
    new_recovery = with_note.rekey(PASSPHRASE, NEW)
    with with_note.session() as s:
        add_note(s, get_case(s, "K-1"), "written after the rotation")
    with_note.lock()
    current_header = (vault_dir / "vault.header").read_bytes()

    shutil.copy(tmp_path / "old.header", vault_dir / "vault.header")
    with pytest.raises(VaultCorrupted):
        Vault.unlock(vault_dir, PASSPHRASE, CHEAP)
    with pytest.raises(VaultCorrupted):
        Vault.reset_passphrase(vault_dir, old_recovery, "another one", CHEAP)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, NEW, CHEAP)

    (vault_dir / "vault.header").write_bytes(current_header)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE, CHEAP)
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(vault_dir, old_recovery, "another one", CHEAP)
    reopened = Vault.unlock(vault_dir, NEW, CHEAP)
    try:
        assert _notes(reopened) == ["before the rotation", "written after the rotation"]
        assert verify(reopened).ok
        with reopened.session() as s:
            actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert "vault.rekey" in actions
    finally:
        reopened.lock()
    Vault.reset_passphrase(vault_dir, new_recovery, "third passphrase", CHEAP).lock()


def test_rotation_leaves_a_private_clean_directory(with_note: Vault, vault_dir: Path) -> None:
    before = header_io.read(vault_dir / "vault.header")
    with_note.rekey(PASSPHRASE, PASSPHRASE)  # the same passphrase still gets a new key
    after = header_io.read(vault_dir / "vault.header")
    assert after.vault_id == before.vault_id and after.rekeyed_at and after.rekey_pending is None
    assert sorted(p.name for p in vault_dir.iterdir() if not p.name.startswith("vault.db-")) == [
        "vault.db",
        "vault.header",
        "vault.lock",
    ]
    assert all(p.stat().st_mode & 0o077 == 0 for p in vault_dir.iterdir())
    assert _notes(with_note) == ["before the rotation"]  # still open, under the new key
    assert keyslots.unwrap(before.passphrase_slot, keyslots.passphrase_bytes(PASSPHRASE)) != (
        with_note.data_key
    )


def test_wrong_current_passphrase_changes_nothing(with_note: Vault, vault_dir: Path) -> None:
    header = (vault_dir / "vault.header").read_bytes()
    with pytest.raises(WrongPassphrase):
        with_note.rekey(PASSPHRASE + "x", NEW)
    assert (vault_dir / "vault.header").read_bytes() == header
    assert _notes(with_note) == ["before the rotation"]


BEFORE_COMMIT = ["audited", "closed", "exported", "staged"]
AFTER_COMMIT = ["committed", "renamed", "finished"]


@pytest.mark.parametrize("step", BEFORE_COMMIT + AFTER_COMMIT)
def test_a_failure_at_each_step_keeps_one_pair(
    with_note: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def fail_at(name: str) -> None:
        if name == step:
            raise OSError(f"injected at {name}")

    monkeypatch.setattr(rekey, "_step", fail_at)
    with pytest.raises(OSError, match="injected"):
        with_note.rekey(PASSPHRASE, NEW)
    monkeypatch.undo()
    if step in BEFORE_COMMIT:
        assert with_note.is_unlocked and _notes(with_note) == ["before the rotation"]
        assert not rekey.staged_path(with_note.paths).exists()
    with_note.lock()
    _opens_with_exactly_one(vault_dir, new_is_live=step not in BEFORE_COMMIT)


def _opens_with_exactly_one(vault_dir: Path, *, new_is_live: bool) -> None:
    live, dead = (NEW, PASSPHRASE) if new_is_live else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, dead, CHEAP)
    vault = Vault.unlock(vault_dir, live, CHEAP)
    try:
        assert _notes(vault) == ["before the rotation"]
        assert verify(vault).ok
        with vault.session() as s:  # and it takes writes
            add_note(s, get_case(s, "K-1"), "after the crash")
    finally:
        vault.lock()
    assert header_io.read(vault_dir / "vault.header").rekey_pending is None
    assert not (vault_dir / rekey.STAGED_NAME).exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to crash a real process")
@pytest.mark.parametrize("step", BEFORE_COMMIT + AFTER_COMMIT)
def test_a_kill_at_each_step_keeps_one_pair(with_note: Vault, vault_dir: Path, step: str) -> None:
    """kill -9 equivalent (no finally, no atexit) at each step; the recovery key the child
    would have shown is fixed in advance so its slot can be tried too."""
    with_note.lock()
    recovery_key = keyslots.new_recovery_key()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            rekey._step = lambda name: os._exit(9) if name == step else None  # type: ignore[assignment]
            rekey.new_recovery_key = lambda: recovery_key
            vault = Vault.unlock(vault_dir, PASSPHRASE, CHEAP)
            vault.rekey(PASSPHRASE, NEW)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9
    new_is_live = step not in BEFORE_COMMIT
    if new_is_live and step != "finished":
        assert header_io.read(vault_dir / "vault.header").rekey_pending == rekey.STAGED_NAME
    _opens_with_exactly_one(vault_dir, new_is_live=new_is_live)
    if new_is_live:
        Vault.reset_passphrase(vault_dir, recovery_key, NEW, CHEAP).lock()


def test_cli_rekey(with_note: Vault, vault_dir: Path, tmp_path: Path) -> None:
    with_note.lock()
    shutil.copy(vault_dir / "vault.header", tmp_path / "old.header")
    done = run_cli(
        "--vault", vault_dir, "rekey", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n"
    )
    assert done.returncode == 0, done.stderr
    assert "no longer open it" in done.stdout
    recovery_key = done.stdout.strip().splitlines()[-1].strip()
    keyslots.parse_recovery_key(recovery_key)
    assert PASSPHRASE not in done.stdout + done.stderr and NEW not in done.stdout + done.stderr

    env = {"VNR_DESK_PASSPHRASE": NEW}
    assert run_cli("--vault", vault_dir, "verify", env=env).returncode == 0
    shutil.copy(tmp_path / "old.header", vault_dir / "vault.header")
    refused = run_cli("--vault", vault_dir, "verify", env={"VNR_DESK_PASSPHRASE": PASSPHRASE})
    assert refused.returncode == 4
    assert "unexpected" not in refused.stderr


def test_cli_rekey_takes_secrets_from_the_environment(
    with_note: Vault,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with_note.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VNR_DESK_NEW_PASSPHRASE", NEW)
    assert main(["--vault", str(vault_dir), "rekey", "--json"]) == 0
    recovery_key = json.loads(capsys.readouterr().out)["recovery_key"]
    Vault.reset_passphrase(vault_dir, recovery_key, "third passphrase", CHEAP).lock()
    assert main(["--vault", str(vault_dir), "rekey"]) == 3  # the old passphrase is gone
    assert "wrong passphrase" in capsys.readouterr().err
