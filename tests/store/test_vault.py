from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Case
from vnr_desk.files import atomic
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import add_note, search_notes
from vnr_desk.store.errors import (
    Locked,
    VaultCorrupted,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_unlock_round_trip(new_vault: tuple[Vault, str], vault_dir: Path) -> None:
    vault, _ = new_vault
    with vault.session() as s:
        add_note(s, create_case(s, "K-1"), "første note")
    vault.lock()
    again = Vault.unlock(vault_dir, PASSPHRASE)
    with again.session() as s:
        assert [h.case_reference for h in search_notes(s, "første")] == ["K-1"]
    again.lock()


def test_database_file_is_encrypted_and_private(vault: Vault) -> None:
    db = vault.paths.database
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert (db.stat().st_mode & 0o077) == 0
    assert (vault.paths.header.stat().st_mode & 0o077) == 0


def test_wrong_passphrase_is_wrong_passphrase(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    new_vault[0].lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE + "x")
    # the failed attempt released the lock: the right passphrase still opens it
    Vault.unlock(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize(
    "passphrase", ["a'b\"c%d@e", "  spaces  around ", "ÆØÅ äö 日本語", "x'; DROP TABLE note; --"]
)
def test_awkward_passphrases(tmp_path: Path, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase, CHEAP_TEST_PARAMS)
    vault.lock()
    Vault.unlock(tmp_path / "v", passphrase).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "v", passphrase.strip() + "!")


def test_every_service_call_after_lock_raises_locked(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(Locked), vault.session():
        pass
    with pytest.raises(Locked):
        _ = vault.engine
    with pytest.raises(Locked):
        vault.change_passphrase("new")
    assert not vault.is_unlocked


def test_create_refuses_existing_vault(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "other", CHEAP_TEST_PARAMS)


def test_unlock_missing_vault_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing", "pw")
    assert not (tmp_path / "nothing").exists()


def test_second_opener_gets_vault_in_use(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_change_passphrase_leaves_database_untouched(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = new_vault
    with vault.session() as s:
        create_case(s, "K-7")
    vault.lock()
    before = sha256(vault.paths.database)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.change_passphrase("ny adgangsfrase")
    vault.lock()
    assert sha256(vault.paths.database) == before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, "ny adgangsfrase").lock()
    Vault.reset_passphrase(vault_dir, recovery_key, "tredje", CHEAP_TEST_PARAMS).lock()
    Vault.unlock(vault_dir, "tredje").lock()
    assert sha256(vault.paths.database) == before


def test_crash_between_temp_write_and_replace_keeps_old_passphrase(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise OSError("simulated crash before rename")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError, match="simulated"):
        vault.change_passphrase("never stored")
    monkeypatch.undo()
    vault.lock()
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []
    Vault.unlock(vault_dir, PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "never stored")


def test_disk_full_during_header_write_keeps_old_header(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real_open = open

    class FullFile:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> FullFile:
            return self

        def __exit__(self, *a: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fake_open(path: object, mode: str = "r", *a: object, **k: object) -> object:
        fh = real_open(path, mode, *a, **k)  # type: ignore[call-overload]
        return FullFile(fh) if mode == "wb" else fh

    before = vault.paths.header.read_bytes()
    monkeypatch.setattr("builtins.open", fake_open)
    with pytest.raises(OSError):
        vault.change_passphrase("never stored")
    monkeypatch.undo()
    assert vault.paths.header.read_bytes() == before


def test_reset_with_wrong_recovery_key(new_vault: tuple[Vault, str], vault_dir: Path) -> None:
    from vnr_desk.store.keyslots import new_recovery_key

    new_vault[0].lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(vault_dir, new_recovery_key(), "x", CHEAP_TEST_PARAMS)
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def test_every_header_byte_flip_is_damage_not_wrong_passphrase(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    new_vault[0].lock()
    header = vault_dir / "vault.header"
    original = header.read_bytes()
    for i in range(len(original)):
        damaged = bytearray(original)
        damaged[i] ^= 0x01
        header.write_bytes(bytes(damaged))
        with pytest.raises(VaultCorrupted):
            Vault.unlock(vault_dir, PASSPHRASE)
    header.write_bytes(original)
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def test_edited_header_with_recomputed_checksum_is_caught_by_mac(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    from dataclasses import replace

    from vnr_desk.store import header as header_io

    vault = new_vault[0]
    vault.lock()
    hdr = header_io.read(vault.paths.header)
    header_io.write(vault.paths.header, replace(hdr, created_at="1999-01-01T00:00:00+00:00"))
    with pytest.raises(VaultCorrupted):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("keep", [0, 100, 4096, 8192 + 17])
def test_truncated_database_is_damage(
    new_vault: tuple[Vault, str], vault_dir: Path, keep: int
) -> None:
    vault = new_vault[0]
    with vault.session() as s:
        case = create_case(s, "K-1")
        for i in range(200):
            add_note(s, case, f"note {i} " + "tekst " * 50)
    vault.lock()
    with open(vault.paths.database, "r+b") as fh:
        fh.truncate(keep)
    with pytest.raises(VaultCorrupted):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_swapped_database_from_another_vault_is_damage(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a", "pw", CHEAP_TEST_PARAMS)
    b, _ = Vault.create(tmp_path / "b", "pw", CHEAP_TEST_PARAMS)
    a.lock()
    b.lock()
    os.replace(tmp_path / "b" / "vault.db", tmp_path / "a" / "vault.db")
    with pytest.raises(VaultCorrupted):
        Vault.unlock(tmp_path / "a", "pw")


def test_case_reference_unique(vault: Vault) -> None:
    from vnr_desk.services.errors import Duplicate

    with vault.session() as s:
        create_case(s, "K-1")
    with pytest.raises(Duplicate), vault.session() as s:
        create_case(s, "K-1")
    with vault.session() as s:
        assert len(s.scalars(select(Case)).all()) == 1
