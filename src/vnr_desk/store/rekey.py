"""Rotating the data key: the database re-encrypted under a new random key, new key slots.

Key slots wrap a data key that never changes, so any old copy of the header (a copied
file, a backup) plus the passphrase valid then keeps opening the *current* database.
Rotation cuts that link for everything from now on.

Method: `sqlcipher_export` into a new file beside the database (`ATTACH ... KEY`), not
`PRAGMA rekey`. SQLCipher 4 rewrites pages in place for `rekey` and does not support it
in WAL mode or with other connections open (LESSONS 17); and the header would have to
change at the very instant the file does. An export leaves the live file untouched
until one rename, which gives one ordered commit point:

 1. audit `vault.rekey`; close every connection (checkpoint: the WAL is removed);
 2. export into `vault.rekey.db` under the new key, check it (page HMACs, structure, the
    same row counts and audit head as the source), fsync the file and the directory;
 3. COMMIT POINT: write the header atomically with the new slots and `rekey_pending`;
 4. rename `vault.rekey.db` over `vault.db`, fsync the directory;
 5. write the header without `rekey_pending`; reopen under the new key.

A crash before 3 leaves the old header and database as they were (the staged file is
under a key nobody holds; the next unlock deletes it). After 3 the new passphrase and
the new recovery key open the vault, and unlock finishes steps 4-5 (`finish_pending`).
At no instant does neither pair open."""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnr_desk.files.atomic import fsync_dir
from vnr_desk.store import audit
from vnr_desk.store import header as header_io
from vnr_desk.store.engine import connect_raw
from vnr_desk.store.errors import VaultCorrupted, VaultError, WrongPassphrase
from vnr_desk.store.header import Header
from vnr_desk.store.keyslots import (
    new_data_key,
    new_recovery_key,
    passphrase_bytes,
    unwrap,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)
from vnr_desk.store.paths import VaultPaths
from vnr_desk.store.verify import check_connection

if TYPE_CHECKING:
    from vnr_desk.store.vault import Vault

log = logging.getLogger(__name__)

STAGED_NAME = "vault.rekey.db"


def staged_path(paths: VaultPaths) -> Path:
    return paths.directory / STAGED_NAME


def _step(name: str) -> None:
    """A named point in the rotation; the crash tests end the process here."""


def rotate_data_key(vault: Vault, current_passphrase: str, new_passphrase: str) -> str:
    """Re-encrypt `vault` under a new data key; returns the new recovery key.

    The vault stays unlocked throughout (it holds the file lock) and is open under the
    new key afterwards. A failure before the commit point reopens it under the old key
    and re-raises; after it, the vault is locked and the next unlock finishes."""
    if not new_passphrase:
        raise ValueError("passphrase must not be empty")
    old_key = vault.data_key
    old_header = vault._current_header()
    opened = unwrap(old_header.passphrase_slot, passphrase_bytes(current_passphrase))
    if opened is None or not hmac.compare_digest(opened, old_key):
        raise WrongPassphrase("wrong passphrase")
    with vault.session() as s:
        audit.record(s, "vault.rekey", "vault", old_header.vault_id)
    _step("audited")
    new_key = new_data_key()
    recovery_key = new_recovery_key()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    pending = replace(
        vault._current_header(),
        passphrase_slot=wrap_with_passphrase(new_key, new_passphrase, vault.kdf_params),
        recovery_slot=wrap_with_recovery_key(new_key, recovery_key),
        passphrase_changed_at=now,
        rekeyed_at=now,
        rekey_pending=STAGED_NAME,
    ).sealed(new_key)
    paths = vault.paths
    try:
        vault._close_engine()
        _step("closed")
        _stage(paths, old_key, new_key)
        _step("staged")
        header_io.write(paths.header, pending)
    except BaseException:
        if _on_disk(paths.header) == header_io.encode(pending):
            vault.lock()  # committed after all (e.g. the directory fsync failed)
            raise
        _discard(staged_path(paths))
        try:
            vault._open(old_key, vault._current_header(), fresh=False)
        except BaseException:
            vault.lock()
        raise
    _step("committed")
    try:
        vault._open(new_key, finish_pending(paths, pending, new_key), fresh=False)
    except BaseException:
        vault.lock()
        raise
    log.info("data key rotated")
    return recovery_key


def finish_pending(paths: VaultPaths, hdr: Header, data_key: bytes) -> Header:
    """At unlock, after the header's MAC checked out: complete a rotation that a crash
    interrupted after its commit point, or delete the leftover of one that never got
    there. Returns the header to open with."""
    staged = staged_path(paths)
    if hdr.rekey_pending is None:
        if staged.exists():
            with contextlib.suppress(OSError):  # read-only media: harmless to leave
                _discard(staged)
        return hdr
    if hdr.rekey_pending != STAGED_NAME:
        raise VaultCorrupted("header names an unknown pending database")
    if staged.exists():
        _drop_old_journal(paths.database)
        os.replace(staged, paths.database)
        fsync_dir(paths.directory)
    _step("renamed")
    final = replace(hdr, rekey_pending=None).sealed(data_key)
    try:
        header_io.write(paths.header, final)
    except (OSError, VaultError) as exc:  # renamed; the next header write clears the flag
        log.warning("pending rotation flag not cleared (%s)", type(exc).__name__)
        return hdr
    _step("finished")
    return final


def _stage(paths: VaultPaths, old_key: bytes, new_key: bytes) -> None:
    """Export the closed database into the staged file under `new_key`, check, fsync."""
    staged = staged_path(paths)
    _discard(staged)
    wal = paths.database.with_name(paths.database.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError("the database still has a journal open; not rotating")
    staged.touch(mode=0o600, exist_ok=False)  # SQLite would create it with the umask
    source = connect_raw(paths.database, old_key)
    try:
        source.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(staged), f"x'{new_key.hex()}'"))
        # One transaction: statement by statement, the export fsyncs ~100 times (1.7 s
        # for a 2 MB vault; 0.05 s like this).
        source.execute("BEGIN")
        source.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        source.execute("COMMIT")
        source.execute("DETACH DATABASE rekeyed")
        expected = _fingerprint(source)
    finally:
        source.close()
    _step("exported")
    copy = connect_raw(staged, new_key, journal_mode="delete")
    try:
        cipher, integrity = check_connection(copy)
        if cipher or integrity or _fingerprint(copy) != expected:
            raise VaultCorrupted("the re-encrypted copy failed its check; nothing was changed")
    finally:
        copy.close()
    with open(staged, "rb+") as fh:
        os.fsync(fh.fileno())
    fsync_dir(paths.directory)


def _fingerprint(conn: Any) -> tuple[Any, ...]:
    """Row counts of every table and the audit head: the copy must match the source."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    counts = tuple(
        (name, conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in tables
    )
    head = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return counts, head


def _drop_old_journal(database: Path) -> None:
    """The old database was closed cleanly before the commit point, so its WAL is gone
    or empty; a WAL with frames here would belong to the old key and is never replayed
    onto the new file."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise VaultCorrupted("a journal with unsaved changes sits beside an unfinished rotation")
    for side in (wal, database.with_name(database.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _discard(staged: Path) -> None:
    for path in (staged, staged.with_name(staged.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
