"""Failure 11b of issue 13: restore streams the backup instead of loading it into memory,
proves the database opens with the key before it reports success, and leaves no
half-restored vault (no target, no staging directory) when anything fails."""

from __future__ import annotations

import errno
import hashlib
import json
import secrets
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.backup import create_backup, restore_backup
from vnr_desk.store.errors import BackupInvalid, WrongPassphrase
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault


def _noise(n: int) -> str:
    return secrets.token_urlsafe(n * 3 // 4)


def _rewrite(src: Path, dst: Path, *, db: bytes | None = None, header: bytes | None = None) -> None:
    """A copy of the backup with a member replaced and the manifest's hashes made to fit."""
    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        members = {"vault.db": zf.read("vault.db"), "vault.header": zf.read("vault.header")}
    if db is not None:
        members["vault.db"] = db
    if header is not None:
        members["vault.header"] = header
    for name, data in members.items():
        manifest["files"][name] = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)


def _nothing_restored(parent: Path, target: Path) -> None:
    assert not target.exists()
    assert [p.name for p in parent.iterdir() if ".restore-" in p.name] == []


def test_restore_streams_a_large_backup(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        case = create_case(s, "K-1")
        for _ in range(48):
            add_note(s, case, _noise(250_000))
    info = create_backup(vault, tmp_path / "big.vnrbackup")
    assert info.size_bytes > 12_000_000
    target = tmp_path / "restored"
    tracemalloc.start()
    try:
        restore_backup(info.path, target, passphrase=PASSPHRASE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000, f"restore held {peak} bytes for a {info.size_bytes}-byte backup"
    restored = Vault.unlock(target, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        with restored.session() as s:
            assert len(get_case(s, "K-1").notes) == 48
    finally:
        restored.lock()


def test_backup_writing_streams_too(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        case = create_case(s, "K-1")
        for _ in range(32):
            add_note(s, case, _noise(250_000))
    tracemalloc.start()
    try:
        info = create_backup(vault, tmp_path / "big.vnrbackup")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.size_bytes > 8_000_000
    assert peak < 4_000_000


def test_a_database_that_does_not_open_is_not_restored(vault: Vault, tmp_path: Path) -> None:
    """The hashes fit (the damage happened before the backup was sealed), so only opening
    the database with the key shows it."""
    with vault.session() as s:
        add_note(s, create_case(s, "K-1"), "tekst")
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    with zipfile.ZipFile(info.path) as zf:
        db = bytearray(zf.read("vault.db"))
    db[len(db) // 2] ^= 0xFF
    bad = tmp_path / "bad.vnrbackup"
    _rewrite(info.path, bad, db=bytes(db))
    target = tmp_path / "r"
    with pytest.raises(BackupInvalid):
        restore_backup(bad, target, passphrase=PASSPHRASE)
    _nothing_restored(tmp_path, target)


def test_header_of_another_vault_is_refused(vault: Vault, tmp_path: Path) -> None:
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, CHEAP_TEST_PARAMS)
    other_header = other.paths.header.read_bytes()
    other.lock()
    mixed = tmp_path / "mixed.vnrbackup"
    _rewrite(info.path, mixed, header=other_header)
    target = tmp_path / "r"
    with pytest.raises(BackupInvalid):
        restore_backup(mixed, target, passphrase=PASSPHRASE)
    _nothing_restored(tmp_path, target)


def test_wrong_passphrase_restores_nothing(vault: Vault, tmp_path: Path) -> None:
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    target = tmp_path / "r"
    with pytest.raises(WrongPassphrase):
        restore_backup(info.path, target, passphrase="not it")
    _nothing_restored(tmp_path, target)


def test_full_disk_during_restore_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    real_fsync = __import__("os").fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    target = tmp_path / "r"
    with pytest.raises(OSError) as caught:
        restore_backup(info.path, target, passphrase=PASSPHRASE)
    monkeypatch.setattr("os.fsync", real_fsync)
    assert caught.value.errno == errno.ENOSPC  # a full disk, not "a damaged backup"
    _nothing_restored(tmp_path, target)


def test_cli_restore_checks_with_passphrase_or_recovery_key(
    new_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = new_vault
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    r = run_cli(
        "restore", info.path, "--vault", tmp_path / "a", env={"VNR_DESK_PASSPHRASE": "wrong"}
    )
    assert r.returncode == 3, r.stderr
    _nothing_restored(tmp_path, tmp_path / "a")
    r = run_cli(
        "restore",
        info.path,
        "--recovery-key",
        "--vault",
        tmp_path / "b",
        env={"VNR_DESK_RECOVERY_KEY": recovery_key},
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "b" / "vault.db").exists()
