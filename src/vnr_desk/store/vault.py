"""The vault: create, unlock, lock, change or reset the passphrase, open sessions.

A `Vault` object is either locked (no key, no engine) or unlocked. Locking disposes the
engine and drops the key; any later call raises `Locked` instead of touching the file.
A unit of work that appended audit entries moves the audit chain's anchor in the header
after it commits (store/audit.py); `rekey` rotates the data key (store/rekey.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from vnr_desk.domain import VaultMeta
from vnr_desk.store import audit, leftovers, migrate, rekey
from vnr_desk.store import header as header_io
from vnr_desk.store.engine import connect_raw, make_engine
from vnr_desk.store.errors import (
    DiskFull,
    Locked,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultReadOnly,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vnr_desk.store.header import SQLCIPHER_COMPATIBILITY, Header
from vnr_desk.store.keyslots import (
    Argon2Params,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
    passphrase_bytes,
    unwrap,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)
from vnr_desk.store.lockfile import VaultLock
from vnr_desk.store.paths import VaultPaths

log = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Vault:
    def __init__(self, directory: Path, kdf_params: Argon2Params | None = None) -> None:
        self.paths = VaultPaths(Path(directory))
        self.kdf_params = kdf_params or Argon2Params()
        self._lock = VaultLock(self.paths.lock)
        self._key: bytes | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.header: Header | None = None
        self._header_lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, kdf_params: Argon2Params | None = None
    ) -> tuple[Vault, str]:
        """A new, unlocked vault and its recovery key (shown once, stored nowhere)."""
        if not passphrase:
            raise ValueError("passphrase must not be empty")
        vault = cls(directory, kdf_params)
        paths = vault.paths
        if paths.exists():
            raise VaultExists(f"a vault already exists in {paths.directory}")
        paths.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        vault._lock.acquire()
        try:
            data_key = new_data_key()
            recovery_key = new_recovery_key()
            # SQLite gives -wal/-shm the database file's mode: create it private first.
            paths.database.touch(mode=0o600, exist_ok=False)
            conn = connect_raw(paths.database, data_key)
            version = conn.execute("PRAGMA cipher_version").fetchone()[0]
            page_size = conn.execute("PRAGMA cipher_page_size").fetchone()[0]
            conn.close()
            hdr = Header(
                vault_id=str(uuid.uuid4()),
                created_at=_now(),
                passphrase_slot=wrap_with_passphrase(data_key, passphrase, vault.kdf_params),
                recovery_slot=wrap_with_recovery_key(data_key, recovery_key),
                cipher={
                    "engine": "sqlcipher",
                    "compatibility": SQLCIPHER_COMPATIBILITY,
                    "page_size": int(page_size),
                    "version_at_creation": str(version),
                    "key": "raw-256",
                },
                audit_anchor=audit.EMPTY_ANCHOR,
            ).sealed(data_key)
            vault._open(data_key, hdr, fresh=True)
            with vault.session() as s:
                s.add(VaultMeta(key="vault_id", value=hdr.vault_id))
            header_io.write(paths.header, hdr)
        except BaseException:
            vault.lock()
            for leftover in (paths.database, paths.header):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return vault, recovery_key

    @classmethod
    def unlock(
        cls,
        directory: Path,
        passphrase: str,
        kdf_params: Argon2Params | None = None,
        *,
        read_only_ok: bool = False,
    ) -> Vault:
        """`read_only_ok`: on a full disk or read-only media, open read-only rather than
        fail (for commands that only read; a write then raises `DiskFull`/`VaultReadOnly`)."""
        vault = cls(directory, kdf_params)
        vault._unlock_with(passphrase=passphrase, read_only_ok=read_only_ok)
        return vault

    def _read_header_locked(self) -> Header:
        if not self.paths.exists():
            raise VaultNotFound(f"no vault in {self.paths.directory}")
        self._lock.acquire()
        leftovers.sweep_vault_directory(self.paths.directory)  # a killed run's temp files
        try:
            hdr = header_io.read(self.paths.header)
            if not self.paths.database.exists():
                raise VaultCorrupted("database file missing")
        except BaseException:
            self._lock.release()
            raise
        return hdr

    def _unlock_with(self, passphrase: str, read_only_ok: bool = False) -> None:
        hdr = self._read_header_locked()
        try:
            data_key = unwrap(hdr.passphrase_slot, passphrase_bytes(passphrase))
            if data_key is None:
                raise WrongPassphrase("wrong passphrase")
            self._open_existing(data_key, hdr, read_only_ok=read_only_ok)
        except BaseException:
            self.lock()
            raise

    def _open_existing(self, data_key: bytes, hdr: Header, *, read_only_ok: bool = False) -> None:
        """Check the header's MAC, finish a key rotation a crash interrupted, open. On a
        full disk or read-only media, open read-only where the caller only reads."""
        hdr.check_mac(data_key)
        hdr = rekey.finish_pending(self.paths, hdr, data_key)
        try:
            self._open(data_key, hdr, fresh=False)
        except (DiskFull, VaultReadOnly) as exc:
            # Read-only means immutable, which ignores the WAL: only when it is empty.
            wal = self.paths.database.with_name(self.paths.database.name + "-wal")
            if not read_only_ok or (wal.exists() and wal.stat().st_size > 0):
                raise
            engine, self._engine = self._engine, None
            if engine is not None:
                engine.dispose()
            self._open(data_key, hdr, fresh=False, read_only_because=type(exc))

    def _open(
        self,
        data_key: bytes,
        hdr: Header,
        *,
        fresh: bool,
        read_only_because: type[DiskFull | VaultReadOnly] | None = None,
    ) -> None:
        engine = make_engine(self.paths.database, data_key, read_only_because)
        self._key, self._engine, self.header = data_key, engine, hdr
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        migrate.upgrade(engine, fresh=fresh)
        if not fresh:
            with self.session() as s:
                stored = s.get(VaultMeta, "vault_id")
            if stored is None or stored.value != hdr.vault_id:
                raise VaultCorrupted("database and header belong to different vaults")

    def lock(self) -> None:
        """Checkpoint, dispose the engine, forget the key, release the file lock. Idempotent."""
        self._close_engine()
        self._key = None
        self._lock.release()

    def _close_engine(self) -> None:
        """Checkpoint and close every connection; the key and the file lock stay."""
        engine, self._engine = self._engine, None
        self._sessions = None
        if engine is not None:
            with contextlib.suppress(Exception), engine.connect() as conn:
                conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA wal_checkpoint(TRUNCATE)"
                )
            engine.dispose()

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- use ---------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise Locked("vault is locked")
        return self._engine

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise Locked("vault is locked")
        return self._key

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error."""
        if self._sessions is None:
            raise Locked("vault is locked")
        with self._sessions() as s:
            with s.begin():
                yield s
                anchor = self._next_anchor(s)
            if anchor is not None:
                self._write_anchor(anchor)

    def _next_anchor(self, session: Session) -> audit.AuditAnchor | None:
        """Read inside the transaction, so the anchor names exactly what it commits."""
        if not session.info.pop(audit.APPENDED, False) or self.header is None:
            return None
        transaction = session.get_transaction()
        if transaction is None or not transaction.is_active:  # rolled back by the caller
            return None
        return audit.advance_anchor(session, self.header.audit_anchor)

    def _write_anchor(self, anchor: audit.AuditAnchor) -> None:
        """After the commit: the data is safe, so a failed header write is logged, not
        raised; the anchor then lags and catches up at the next commit (verify allows
        an anchor behind the chain, never one ahead of it)."""
        with self._header_lock:
            updated = replace(self._current_header(), audit_anchor=anchor).sealed(self.data_key)
            try:
                header_io.write(self.paths.header, updated)
            except (OSError, VaultError) as exc:  # e.g. a full disk, however it is reported
                log.warning(
                    "audit anchor not written (%s); it follows at the next write",
                    type(exc).__name__,
                )
                return
            self.header = updated

    # -- key slots -----------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase. Only the header file changes."""
        if not new_passphrase:
            raise ValueError("passphrase must not be empty")
        with self._header_lock:
            hdr = self._current_header()
            updated = replace(
                hdr,
                passphrase_slot=wrap_with_passphrase(
                    self.data_key, new_passphrase, self.kdf_params
                ),
                passphrase_changed_at=_now(),
            ).sealed(self.data_key)
            header_io.write(self.paths.header, updated)
            self.header = updated

    def rekey(self, current_passphrase: str, new_passphrase: str) -> str:
        """Re-encrypt the database under a new data key with new key slots; returns the
        new recovery key (shown once). Old headers, passphrases and recovery keys stop
        opening this database. See store/rekey.py for the crash-safe order."""
        return rekey.rotate_data_key(self, current_passphrase, new_passphrase)

    def _current_header(self) -> Header:
        if self.header is None or self._key is None:
            raise Locked("vault is locked")
        return self.header

    @classmethod
    def reset_passphrase(
        cls,
        directory: Path,
        recovery_key: str,
        new_passphrase: str,
        kdf_params: Argon2Params | None = None,
    ) -> Vault:
        """Open with the recovery key and set a new passphrase; returns the unlocked vault."""
        if not new_passphrase:
            raise ValueError("passphrase must not be empty")
        secret = parse_recovery_key(recovery_key)
        vault = cls(directory, kdf_params)
        hdr = vault._read_header_locked()
        try:
            data_key = unwrap(hdr.recovery_slot, secret)
            if data_key is None:
                raise WrongRecoveryKey("wrong recovery key")
            vault._open_existing(data_key, hdr)
            vault.change_passphrase(new_passphrase)
        except BaseException:
            vault.lock()
            raise
        return vault
