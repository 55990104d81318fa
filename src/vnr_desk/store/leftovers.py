"""Temp files a killed run leaves behind, and their removal at the next start.

A header being replaced, a backup being written, a snapshot for the automatic backup, a
restore being unpacked: each lives in a temp file first, and `kill -9` or a power cut
leaves it there. They hold the header (both key slots) and an encrypted copy of the
database, so they are swept when the vault is next opened, or the next backup or restore
goes to that folder.

Only names this program makes are ever removed: each pattern below is ours alone. A temp
file still being written is held under an exclusive `flock` by its writer, and the sweep
skips any file it cannot lock, so two processes never remove each other's work. Never a
symlink, never a directory other than a restore staging directory that holds nothing but
vault files."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".partial"
# Written by this program (tempfile's random part is 8 of [a-z0-9_]); "-journal" is the
# rollback journal SQLite keeps beside a temp database while it writes.
_OURS = re.compile(r"^\.vnr-desk-(?:backup|snapshot)-[a-z0-9_]{8}\.partial(?:-journal)?$")
_HEADER_TEMP = re.compile(r"^\.vault\.header\.[a-z0-9_]{8}\.tmp$")
# Earlier versions named a backup's temp files after it: ".NAME.vnrbackup.XXXXXXXX.db".
_OLD_BACKUP_TEMP = re.compile(r"^\..+\.vnrbackup\.[a-z0-9_]{8}\.(?:db|tmp)(?:-journal)?$")
_RESTORE_STAGING = re.compile(r"^\..+\.restore-[a-z0-9_]{8}$")
_VAULT_FILES = frozenset(
    {"vault.db", "vault.header", "vault.db-journal", "vault.db-wal", "vault.db-shm"}
)

if os.name == "nt":  # pragma: no cover - Windows: an open file cannot be deleted anyway

    def _try_lock(fd: int) -> bool:
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class HeldTemp:
    """A fresh temp file of ours, locked against the sweep until `close()`."""

    def __init__(self, folder: Path, kind: str) -> None:
        fd, name = tempfile.mkstemp(prefix=f".vnr-desk-{kind}-", suffix=TEMP_SUFFIX, dir=folder)
        self.path = Path(name)
        self._fd: int | None = fd
        _try_lock(fd)

    def close(self) -> None:
        """Remove the file (unless it was renamed away) and its journal, drop the lock."""
        for path in (self.path, self.path.with_name(self.path.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> HeldTemp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def held_temp(folder: Path, kind: str) -> Iterator[Path]:
    with HeldTemp(folder, kind) as tmp:
        yield tmp.path


@contextlib.contextmanager
def held_directory(directory: Path) -> Iterator[None]:
    """Hold a restore staging directory against another process's sweep."""
    fd = None if os.name == "nt" else os.open(directory, os.O_RDONLY)
    try:
        if fd is not None:
            _try_lock(fd)
        yield
    finally:
        if fd is not None:
            os.close(fd)


def sweep_vault_directory(directory: Path) -> list[str]:
    """At open, with the vault lock held: header temps and automatic-backup snapshots."""
    return _sweep(directory, (_OURS, _HEADER_TEMP))


def sweep_backup_folder(folder: Path) -> list[str]:
    """Before a backup is written into `folder`: earlier backups' temp files."""
    return _sweep(folder, (_OURS, _OLD_BACKUP_TEMP))


def sweep_restore_parent(parent: Path) -> list[str]:
    """Before a restore into a directory of `parent`: staging directories of killed runs."""
    removed: list[str] = []
    for entry in _entries(parent):
        if _RESTORE_STAGING.match(entry.name) and _remove_staging(Path(entry.path)):
            removed.append(entry.name)
    return removed


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _sweep(folder: Path, patterns: tuple[re.Pattern[str], ...]) -> list[str]:
    """Remove our leftovers in `folder`; never raises (a read-only disk is not an error)."""
    entries = [e for e in _entries(folder) if any(p.match(e.name) for p in patterns)]
    removed: list[str] = []
    # Journals last, and only once their database is gone: a live writer's journal stays.
    for entry in sorted(entries, key=lambda e: e.name.endswith("-journal")):
        journal_of = entry.name.removesuffix("-journal")
        if journal_of != entry.name and Path(folder, journal_of).exists():
            continue
        if _remove_file(Path(entry.path)):
            removed.append(entry.name)
    if removed:
        log.info("removed %d leftover temp file(s) of an interrupted run", len(removed))
    return removed


def _remove_file(path: Path) -> bool:
    """Unlink a regular file of ours that no live process holds."""
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return False  # a writer still holds it
        path.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _remove_staging(path: Path) -> bool:
    try:
        st = path.lstat()
        if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return False
        if any(
            child.name not in _VAULT_FILES or not child.is_file(follow_symlinks=False)
            for child in os.scandir(path)
        ):
            return False
        fd = None if os.name == "nt" else os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if fd is not None and not _try_lock(fd):
            return False  # a restore is unpacking into it right now
        shutil.rmtree(path)
        return True
    except OSError:
        return False
    finally:
        if fd is not None:
            os.close(fd)
