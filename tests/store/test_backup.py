from __future__ import annotations

import os
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Note
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.backup import create_backup, restore_backup
from vnr_desk.store.errors import BackupInvalid, DiskFull, Locked, OutputRefused, VaultExists
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify


def test_backup_while_writing_restores_every_committed_note(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        case = create_case(s, "K-1")
        for i in range(50):
            add_note(s, case, f"før backup {i}")
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            with vault.session() as s:
                note_id = add_note(s, get_case(s, "K-1"), "under backup").id
            written.append(note_id)  # only once the commit has returned

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        committed_before = list(written)
        info = create_backup(vault, tmp_path / "b.vnrbackup")
        more_after = len(written)
    finally:
        stop.set()
        thread.join()
    assert more_after >= len(committed_before)
    assert info.path.exists() and (info.path.stat().st_mode & 0o222) == 0

    restore_backup(info.path, tmp_path / "restored", passphrase=PASSPHRASE)
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE)
    try:
        assert verify(restored).ok
        with restored.session() as s:
            ids = set(s.scalars(select(Note.id)).all())
            assert s.scalar(select(func.count(Note.id))) >= 50 + len(committed_before)
        assert set(committed_before) <= ids
    finally:
        restored.lock()


def test_backup_is_encrypted_and_carries_the_header(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        add_note(s, create_case(s, "K-1"), "hemmelig-kanariefugl")
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    raw = info.path.read_bytes()
    assert b"hemmelig-kanariefugl" not in raw and b"SQLite format 3" not in raw
    with zipfile.ZipFile(info.path) as zf:
        assert zf.read("vault.header") == vault.paths.header.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.vnrbackup", "vault"]


def test_restore_with_only_backup_and_recovery_key(
    new_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = new_vault
    with vault.session() as s:
        add_note(s, create_case(s, "K-9"), "text")
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    vault.lock()
    restore_backup(info.path, tmp_path / "fresh" / "profile", recovery_key=recovery_key)
    reopened = Vault.reset_passphrase(
        tmp_path / "fresh" / "profile", recovery_key, "ny", CHEAP_TEST_PARAMS
    )
    with reopened.session() as s:
        assert get_case(s, "K-9").reference == "K-9"
    reopened.lock()


def test_restore_refuses_non_empty_target(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    with pytest.raises(VaultExists):
        restore_backup(info.path, vault_dir, passphrase=PASSPHRASE)
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("x")
    with pytest.raises(VaultExists):
        restore_backup(info.path, other, passphrase=PASSPHRASE)
    assert (other / "keep.txt").read_text() == "x"
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_backup(info.path, empty, passphrase=PASSPHRASE)
    assert (empty / "vault.db").exists()


def test_damaged_backup_is_refused(vault: Vault, tmp_path: Path) -> None:
    info = create_backup(vault, tmp_path / "b.vnrbackup")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "d.vnrbackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        restore_backup(damaged, tmp_path / "r", passphrase=PASSPHRASE)
    assert not (tmp_path / "r").exists()


def test_backup_refuses_overwrite_and_locked_vault(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "b.vnrbackup"
    create_backup(vault, target)
    with pytest.raises(OutputRefused):
        create_backup(vault, target)
    vault.lock()
    with pytest.raises(Locked):
        create_backup(vault, tmp_path / "c.vnrbackup")
    assert not (tmp_path / "c.vnrbackup").exists()


def test_disk_full_while_writing_backup_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def full(*a: object, **k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(DiskFull):
        create_backup(vault, tmp_path / "b.vnrbackup")
    assert os.listdir(tmp_path) == ["vault"]
