"""The encrypted SQLAlchemy engine: SQLCipher through `sqlcipher3`, keyed on connect.

The pysqlcipher dialect is not used: it would issue its own `PRAGMA key` from the URL.
Instead a `creator` keys each new connection with the raw data key (hex, never a
passphrase in SQL), checks that SQLCipher is really there and the key opens the file,
then sets the durability pragmas. Journal mode is WAL with synchronous=FULL: a commit is
on disk when it returns, readers never block the writer, and a backup can run while
notes are written (see docs/vault.md for the choice).

A full disk and read-only media are told apart from damage here: SQLite reports a failed
`-shm` or WAL write as a plain I/O error, so an I/O error on a file system without room
(or mounted read-only) is `DiskFull` (or `VaultReadOnly`), never `VaultCorrupted`. A
read-only engine opens the file `immutable` (no `-shm`, no WAL, no lock file written):
used only when the WAL is empty, so it sees every committed row."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from vnr_desk.store.errors import DiskFull, VaultCorrupted, VaultError, VaultReadOnly
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


# Below this much free space an I/O error on the vault's file system is a full disk.
LOW_SPACE_BYTES = 1 << 20


def connect_raw(
    db_path: Path, data_key: bytes, journal_mode: str = JOURNAL_MODE, *, read_only: bool = False
) -> Any:
    """A keyed, checked DB-API connection. Raises `VaultCorrupted` if the file won't open,
    `DiskFull`/`VaultReadOnly` if its file system has no room or cannot be written."""
    if read_only:
        uri = f"file:{quote(str(Path(db_path).absolute()))}?immutable=1"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher otherwise prints its own lines on stderr when a page fails to decrypt.
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key, Path(db_path))
        if not read_only:
            conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchall()
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.Error as exc:
        conn.close()
        raise classify(exc, Path(db_path)) or exc from exc
    except BaseException:
        conn.close()
        raise
    return conn


def apply_key(conn: Any, data_key: bytes, db_path: Path | None = None) -> None:
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
        trouble = classify(exc, db_path) if db_path is not None else None
        if trouble is not None:
            raise trouble from exc
        raise VaultCorrupted(
            "database cannot be decrypted or is damaged", page=first_damaged_page(conn)
        ) from exc


CORRUPTION_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_VTAB"})
# What a failed write looks like when the cause is the file system, not the file.
FILE_SYSTEM_CODES = frozenset({"SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY"})
PAGE_PATTERN = re.compile(r"page (\d+)", re.IGNORECASE)


def is_corruption(exc: BaseException) -> bool:
    """True for SQLite's own 'damaged file' errors (a failed page HMAC shows as these)."""
    return getattr(exc, "sqlite_errorname", None) in CORRUPTION_CODES


def first_damaged_page(conn: Any) -> int | None:
    """The lowest page whose HMAC fails (SQLCipher checks every page, page 1 included)."""
    with contextlib.suppress(Exception):
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = [int(m.group(1)) for (line,) in rows if (m := PAGE_PATTERN.search(str(line)))]
        return min(pages) if pages else None
    return None


def read_only_media(directory: Path) -> bool:
    """True where the vault's file system is mounted read-only or the folder is not ours."""
    with contextlib.suppress(OSError):
        if os.statvfs(directory).f_flag & os.ST_RDONLY:
            return True
    return not os.access(directory, os.W_OK)


def low_on_space(directory: Path) -> bool:
    try:
        st = os.statvfs(directory)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE_BYTES


def classify(exc: BaseException, db_path: Path) -> VaultError | None:
    """`DiskFull` or `VaultReadOnly` when the file system is to blame, else None."""
    name = getattr(exc, "sqlite_errorname", None)
    number = getattr(exc, "errno", None)
    directory = Path(db_path).parent
    if name == "SQLITE_FULL" or number in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull("the disk is full")
    if name in FILE_SYSTEM_CODES or number in (errno.EIO, errno.EROFS):
        if read_only_media(directory):
            return VaultReadOnly(f"{directory} is on read-only media")
        if low_on_space(directory):
            return DiskFull("the disk is full")
    return None


def make_engine(
    db_path: Path, data_key: bytes, read_only_because: type[VaultError] | None = None
) -> Engine:
    """The vault's engine; `read_only_because` (DiskFull, VaultReadOnly) opens it immutable
    and names what a write attempt then raises."""
    read_only = read_only_because is not None
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect_raw(db_path, data_key, read_only=read_only),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock up front: a deferred read that later writes can fail
        # with SQLITE_BUSY_SNAPSHOT in WAL mode, which busy_timeout cannot wait out.
        # A read-only engine never writes, so a deferred read is all it needs.
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _damaged_is_corrupted(context: Any) -> None:
        original = context.original_exception
        if is_corruption(original):
            page = None
            if context.connection is not None:
                with contextlib.suppress(Exception):
                    page = first_damaged_page(context.connection.connection.driver_connection)
            raise VaultCorrupted("database is damaged", page=page) from original
        if read_only_because is not None and getattr(original, "sqlite_errorname", None) == (
            "SQLITE_READONLY"
        ):
            raise read_only_because("the vault cannot be written now") from original
        trouble = classify(original, db_path)
        if trouble is not None:
            raise trouble from original

    return engine
