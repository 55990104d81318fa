"""Backups: one read-only file holding a consistent, still-encrypted copy and the header.

The copy is made with SQLite's online backup API into a new database keyed with the
same data key, so it is never plaintext, may be taken while notes are being written,
and opens with the same passphrase or recovery key as the vault it came from. The file
is checked (SQLCipher page HMACs, integrity, hashes) before it takes its final name."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnr_desk import __version__
from vnr_desk.files.atomic import fsync_dir, replace_verified, temp_path_beside
from vnr_desk.files.output_guard import BACKUP, check_output, write_errors
from vnr_desk.store import header as header_io
from vnr_desk.store.engine import connect_raw
from vnr_desk.store.errors import BackupInvalid, VaultCorrupted, VaultExists
from vnr_desk.store.paths import VaultPaths
from vnr_desk.store.verify import check_connection

FORMAT = "vnr-desk-backup/1"
EXTENSION = ".vnrbackup"
DB_MEMBER = "vault.db"
HEADER_MEMBER = "vault.header"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_revision: str | None
    size_bytes: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def create_backup(vault: Any, out_file: Path) -> BackupInfo:
    """Write a verified backup to `out_file`: never over an existing file, never inside a
    vault folder (`OutputRefused`); a full target disk is `DiskFull`."""
    key = vault.data_key
    out_file = check_output(out_file, BACKUP, vault_dir=vault.paths.directory)
    header_bytes = vault.paths.header.read_bytes()
    with write_errors(out_file):
        return _write_backup(vault, key, header_bytes, out_file)


def _write_backup(vault: Any, key: bytes, header_bytes: bytes, out_file: Path) -> BackupInfo:
    with temp_path_beside(out_file, ".db") as tmp_db, temp_path_beside(out_file) as tmp_zip:
        tmp_db.unlink()
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
                raise VaultCorrupted(
                    "the copy failed its integrity check; the vault may be damaged"
                )
            revision = _revision(dest)
        finally:
            dest.close()
        db_bytes = tmp_db.read_bytes()
        created_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        manifest = {
            "format": FORMAT,
            "created_at": created_at,
            "program_version": __version__,
            "schema_revision": revision,
            "files": {DB_MEMBER: _sha256(db_bytes), HEADER_MEMBER: _sha256(header_bytes)},
        }
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.writestr(HEADER_MEMBER, header_bytes)
            zf.writestr(DB_MEMBER, db_bytes)
        replace_verified(tmp_zip, out_file, lambda p: read_backup(p))
    os.chmod(out_file, 0o400)
    return BackupInfo(out_file, created_at, revision, out_file.stat().st_size)


def _revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return row[0] if row else None


def read_backup(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """(manifest, header bytes, database bytes), every hash checked."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            header_bytes = zf.read(HEADER_MEMBER)
            db_bytes = zf.read(DB_MEMBER)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise BackupInvalid(f"{path.name} is not a readable VNR Desk backup") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupInvalid(f"{path.name} is not a VNR Desk backup")
    files = manifest.get("files") or {}
    if files.get(DB_MEMBER) != _sha256(db_bytes) or files.get(HEADER_MEMBER) != _sha256(
        header_bytes
    ):
        raise BackupInvalid(f"{path.name} is damaged (checksum mismatch)")
    if db_bytes.startswith(b"SQLite format 3"):
        raise BackupInvalid(f"{path.name} holds an unencrypted database; refusing it")
    header_io.decode(header_bytes)
    return manifest, header_bytes, db_bytes


def restore_backup(backup_file: Path, target_dir: Path) -> dict[str, Any]:
    """Unpack a checked backup into a new vault directory; never over an existing one."""
    target_dir = Path(target_dir).absolute()
    if target_dir.exists() and (not target_dir.is_dir() or any(target_dir.iterdir())):
        raise VaultExists(f"{target_dir} is not empty; restore goes into a new directory")
    manifest, header_bytes, db_bytes = read_backup(Path(backup_file))
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.restore-", dir=target_dir.parent))
    try:
        paths = VaultPaths(staging)
        for path, data in ((paths.database, db_bytes), (paths.header, header_bytes)):
            with open(path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(path, 0o600)
        fsync_dir(staging)
        if target_dir.exists():
            target_dir.rmdir()
        os.replace(staging, target_dir)
        fsync_dir(target_dir.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
    return manifest
