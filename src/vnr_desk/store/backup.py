"""Backups: one read-only file holding a consistent, still-encrypted copy and the header.

The copy is made with SQLite's online backup API into a new database keyed with the
same data key, so it is never plaintext, may be taken while notes are being written,
and opens with the same passphrase or recovery key as the vault it came from. The file
is checked (SQLCipher page HMACs, integrity, hashes) before it takes its final name.

Nothing here holds the database in memory: the copy goes to a temp file, is hashed and
zipped from there, and a restore streams the member out of the zip into its staging
directory, then proves the result opens with the key before it takes the target's name."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from vnr_desk import __version__
from vnr_desk.files.atomic import fsync_dir, replace_verified
from vnr_desk.files.output_guard import BACKUP, check_output, write_errors
from vnr_desk.store import header as header_io
from vnr_desk.store import leftovers
from vnr_desk.store.engine import connect_raw
from vnr_desk.store.errors import (
    BackupInvalid,
    Locked,
    VaultCorrupted,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vnr_desk.store.header import Header
from vnr_desk.store.keyslots import parse_recovery_key, passphrase_bytes, unwrap
from vnr_desk.store.paths import VaultPaths
from vnr_desk.store.verify import check_connection

FORMAT = "vnr-desk-backup/1"
EXTENSION = ".vnrbackup"
DB_MEMBER = "vault.db"
HEADER_MEMBER = "vault.header"
CHUNK = 1 << 20
SMALL_MEMBER_LIMIT = 1 << 20  # manifest and header are a few KB; a bigger one is not ours


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_revision: str | None
    size_bytes: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """A checked, still-encrypted copy of the database in a temp file, with its header."""

    path: Path
    header_bytes: bytes
    schema_revision: str | None
    vault_id: str


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def take_snapshot(vault: Any, tmp_db: Path) -> Snapshot:
    """Copy the open vault into the (empty) file `tmp_db` and check the copy. Needs the key."""
    key = vault.data_key
    header_bytes = vault.paths.header.read_bytes()
    dest = connect_raw(tmp_db, key, journal_mode="delete")
    try:
        with vault.engine.connect() as conn:
            source = conn.connection.driver_connection
            # Not needed for a consistent copy; a read-only (immutable) vault refuses it.
            with contextlib.suppress(Exception):
                source.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            source.backup(dest)
        cipher, integrity = check_connection(dest)
        if cipher or integrity:
            raise VaultCorrupted("the copy failed its integrity check; the vault may be damaged")
        revision = _revision(dest)
    finally:
        dest.close()
    return Snapshot(tmp_db, header_bytes, revision, header_io.decode(header_bytes).vault_id)


def write_package(snapshot: Snapshot, out_file: Path) -> BackupInfo:
    """Zip a snapshot into `out_file` (temp file beside it, checked, renamed, read-only).

    Needs no key: what it writes was checked with the key when the snapshot was taken."""
    out_file = Path(out_file).absolute()
    if out_file.exists():
        raise VaultExists(f"{out_file.name} already exists; choose a new file name")
    created_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    manifest = {
        "format": FORMAT,
        "created_at": created_at,
        "program_version": __version__,
        "schema_revision": snapshot.schema_revision,
        "files": {
            DB_MEMBER: _sha256_file(snapshot.path),
            HEADER_MEMBER: _sha256(snapshot.header_bytes),
        },
    }
    with leftovers.held_temp(out_file.parent, "backup") as tmp_zip:
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.writestr(HEADER_MEMBER, snapshot.header_bytes)
            zf.write(snapshot.path, DB_MEMBER)
        replace_verified(tmp_zip, out_file, _verify_written)
    os.chmod(out_file, 0o400)
    return BackupInfo(out_file, created_at, snapshot.schema_revision, out_file.stat().st_size)


def create_backup(vault: Any, out_file: Path) -> BackupInfo:
    """Write a verified backup to `out_file`: never over an existing file, never inside a
    vault folder (`OutputRefused`); a full target disk is `DiskFull`."""
    if not vault.is_unlocked:
        raise Locked("vault is locked")  # before anything is written or swept
    out_file = check_output(out_file, BACKUP, vault_dir=vault.paths.directory)
    leftovers.sweep_backup_folder(out_file.parent)
    with write_errors(out_file), leftovers.held_temp(out_file.parent, "backup") as tmp_db:
        return write_package(take_snapshot(vault, tmp_db), out_file)


def _verify_written(path: Path) -> None:
    """Re-read what was written, every hash, before it takes its name."""
    check_backup(path)


def _revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return row[0] if row else None


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    if zf.getinfo(name).file_size > SMALL_MEMBER_LIMIT:
        raise BackupInvalid(f"{name} in the backup is too large")
    return zf.read(name)


_UNREADABLE = (OSError, EOFError, KeyError, ValueError, zipfile.BadZipFile, VaultCorrupted)


def _copy_member(zf: zipfile.ZipFile, name: str, out: IO[bytes] | None) -> tuple[str, bytes]:
    """Stream a member (into `out`, if given): (sha256, first 16 bytes). A read error is
    a bad backup; a write error (a full disk) stays what it is."""
    digest = hashlib.sha256()
    first = b""
    try:
        member = zf.open(name)
    except _UNREADABLE as exc:
        raise BackupInvalid(f"the backup has no readable {name}") from exc
    with member:
        while True:
            try:
                chunk = member.read(CHUNK)
            except _UNREADABLE as exc:
                raise BackupInvalid(f"{name} in the backup is damaged") from exc
            if not chunk:
                break
            if not first:
                first = chunk[:16]
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
    return digest.hexdigest(), first


@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any], bytes]]:
    """The open zip, its manifest and header bytes, both checked."""
    try:
        zf = zipfile.ZipFile(path)
    except _UNREADABLE as exc:
        raise BackupInvalid(f"{path.name} is not a readable VNR Desk backup") from exc
    with zf:
        try:
            manifest = json.loads(_read_small(zf, "manifest.json"))
            header_bytes = _read_small(zf, HEADER_MEMBER)
            header_io.decode(header_bytes)
        except _UNREADABLE as exc:
            raise BackupInvalid(f"{path.name} is not a readable VNR Desk backup") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupInvalid(f"{path.name} is not a VNR Desk backup")
        files = manifest.get("files")
        if not isinstance(files, dict) or files.get(HEADER_MEMBER) != _sha256(header_bytes):
            raise BackupInvalid(f"{path.name} is damaged (checksum mismatch)")
        yield zf, manifest, header_bytes


def _check_db_member(path: Path, manifest: dict[str, Any], digest: str, first: bytes) -> None:
    if manifest["files"].get(DB_MEMBER) != digest:
        raise BackupInvalid(f"{path.name} is damaged (checksum mismatch)")
    if first.startswith(b"SQLite format 3"):
        raise BackupInvalid(f"{path.name} holds an unencrypted database; refusing it")


def check_backup(path: Path) -> tuple[dict[str, Any], bytes]:
    """(manifest, header bytes), every hash checked, the database streamed, not loaded."""
    with _open_backup(Path(path)) as (zf, manifest, header_bytes):
        digest, first = _copy_member(zf, DB_MEMBER, None)
    _check_db_member(Path(path), manifest, digest, first)
    return manifest, header_bytes


def backup_header(path: Path) -> Header:
    """The header inside a backup (manifest and header checked; the database not read)."""
    with _open_backup(Path(path)) as (_zf, _manifest, header_bytes):
        return header_io.decode(header_bytes)


def read_backup(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """(manifest, header bytes, database bytes), every hash checked. Loads the database
    into memory: for tests and small tools; backup and restore themselves stream."""
    manifest, header_bytes = check_backup(path)
    with zipfile.ZipFile(path) as zf:
        return manifest, header_bytes, zf.read(DB_MEMBER)


def restore_backup(
    backup_file: Path,
    target_dir: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> dict[str, Any]:
    """Unpack a checked backup into a new vault directory; never over an existing one.

    The database is streamed into a staging directory beside the target, opened with the
    key the passphrase (or recovery key) unwraps from the backup's header and fully
    checked; only then does the staging directory take the target's name. On any failure
    nothing is left: no target, no staging directory."""
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give exactly one of passphrase or recovery_key")
    backup_file = Path(backup_file)
    target_dir = Path(target_dir).absolute()
    if target_dir.exists() and (not target_dir.is_dir() or any(target_dir.iterdir())):
        raise VaultExists(f"{target_dir} is not empty; restore goes into a new directory")
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    leftovers.sweep_restore_parent(target_dir.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.restore-", dir=target_dir.parent))
    try:
        with leftovers.held_directory(staging):
            paths = VaultPaths(staging)
            with (
                _open_backup(backup_file) as (zf, manifest, header_bytes),
                _private_file(paths.database) as out,
            ):
                digest, first = _copy_member(zf, DB_MEMBER, out)
            _check_db_member(backup_file, manifest, digest, first)
            with _private_file(paths.header) as out:
                out.write(header_bytes)
            fsync_dir(staging)
            _prove_it_opens(paths, header_io.decode(header_bytes), passphrase, recovery_key)
            if target_dir.exists():
                target_dir.rmdir()
            os.replace(staging, target_dir)
        fsync_dir(target_dir.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
    return manifest


@contextlib.contextmanager
def _private_file(path: Path) -> Iterator[IO[bytes]]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def _prove_it_opens(
    paths: VaultPaths, hdr: Header, passphrase: str | None, recovery_key: str | None
) -> None:
    """Unwrap the key, check the header's MAC, every page and the vault id, read-only."""
    if recovery_key is not None:
        data_key = unwrap(hdr.recovery_slot, parse_recovery_key(recovery_key))
        if data_key is None:
            raise WrongRecoveryKey("wrong recovery key for this backup")
    else:
        data_key = unwrap(hdr.passphrase_slot, passphrase_bytes(passphrase or ""))
        if data_key is None:
            raise WrongPassphrase("wrong passphrase for this backup")
    try:
        hdr.check_mac(data_key)
        conn = connect_raw(paths.database, data_key, journal_mode="delete")
        try:
            cipher, integrity = check_connection(conn)
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        finally:
            conn.close()
    except Exception as exc:
        raise BackupInvalid("the database in the backup does not open") from exc
    if cipher or integrity:
        raise BackupInvalid("the database in the backup is damaged")
    if row is None or row[0] != hdr.vault_id:
        raise BackupInvalid("the database and header in the backup do not belong together")
