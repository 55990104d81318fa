"""The encrypted SQLAlchemy engine: SQLCipher through `sqlcipher3`, keyed on connect.

The pysqlcipher dialect is not used: it would issue its own `PRAGMA key` from the URL.
Instead a `creator` keys each new connection with the raw data key (hex, never a
passphrase in SQL), checks that SQLCipher is really there and the key opens the file,
then sets the durability pragmas. Journal mode is WAL with synchronous=FULL: a commit is
on disk when it returns, readers never block the writer, and a backup can run while
notes are written (see docs/vault.md for the choice)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from vnr_desk.store.errors import VaultCorrupted
from vnr_desk.store.header import SQLCIPHER_COMPATIBILITY

JOURNAL_MODE = "wal"
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    # 32 MiB ceiling, filled only by pages actually read. SQLCipher decrypts and checks
    # every page that misses the cache (about 20 us a page); at 5,000 cases the list
    # views read about 15 MB, and the default 8 MB made every redraw decrypt them all
    # again (1.7x plain SQLite; 1.0x with this). See docs/performance.md.
    "PRAGMA cache_size = -32768",
)


def connect_raw(db_path: Path, data_key: bytes, journal_mode: str = JOURNAL_MODE) -> Any:
    """A keyed, checked DB-API connection. Raises `VaultCorrupted` if the file won't open."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher otherwise prints its own lines on stderr when a page fails to decrypt.
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key)
        conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchall()
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_key(conn: Any, data_key: bytes) -> None:
    """Key `conn` and prove it: SQLCipher present, page 1 decrypts, schema readable."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_compatibility = {SQLCIPHER_COMPATIBILITY}")
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise RuntimeError("SQLCipher is not available: refusing to open a plain database")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise VaultCorrupted("database cannot be decrypted or is damaged") from exc


CORRUPTION_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_VTAB"})


def is_corruption(exc: BaseException) -> bool:
    """True for SQLite's own 'damaged file' errors (a failed page HMAC shows as these)."""
    return getattr(exc, "sqlite_errorname", None) in CORRUPTION_CODES


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect_raw(db_path, data_key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock up front: a deferred read that later writes can fail
        # with SQLITE_BUSY_SNAPSHOT in WAL mode, which busy_timeout cannot wait out.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _damaged_is_corrupted(context: Any) -> None:
        if is_corruption(context.original_exception):
            raise VaultCorrupted("database is damaged") from context.original_exception

    return engine
