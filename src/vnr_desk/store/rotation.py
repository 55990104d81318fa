"""Automatic, rotating backups into a folder the user chose (lesson 14: power loss can
damage page 1; a recent verified copy is the way back).

The backups are ordinary verified backups (`store.backup`), named
`vnr-desk-auto-<UTC time>-<vault id prefix>.vnrbackup`. Rotation keeps the newest N of
this vault's and removes older ones; it never touches a file that does not carry that
name, is not a regular file, or is not a readable backup of this very vault (a second
vault backing up into the same folder keeps its own N).

At lock the work is split in two so locking stays quick and never waits on a slow or
missing folder: `before_lock` takes a checked, still-encrypted snapshot into a temp file in
the vault directory while the key is there; `after_lock` needs no key and writes the
backup into the folder, then rotates. A failure is kept for the caller to report; it
never stops the lock."""

from __future__ import annotations

import datetime as dt
import logging
import re
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from vnr_desk.store import leftovers
from vnr_desk.store.backup import (
    EXTENSION,
    BackupInfo,
    Snapshot,
    backup_header,
    take_snapshot,
    write_package,
)
from vnr_desk.store.errors import BackupInvalid, Locked

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
MAX_KEEP = 1000
_NAME = re.compile(
    r"^vnr-desk-auto-(?P<when>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<vault>[0-9a-f]{8})"
    + re.escape(EXTENSION)
    + "$"
)


def _short_id(vault_id: str) -> str:
    return vault_id.replace("-", "")[:8].lower()


def _new_name(folder: Path, vault_id: str, now: dt.datetime) -> Path:
    """A name that sorts after every backup of this vault already in `folder`."""
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    short = _short_id(vault_id)
    taken = [
        int(m["n"] or 1)
        for m in map(_NAME.match, (p.name for p in folder.iterdir()))
        if m is not None and m["when"] == stamp and m["vault"] == short
    ]
    n = max(taken, default=0) + 1
    middle = stamp if n == 1 else f"{stamp}-{n}"
    return folder / f"vnr-desk-auto-{middle}-{short}{EXTENSION}"


def _order(name: str) -> tuple[str, int]:
    match = _NAME.match(name)
    assert match is not None
    return match["when"], int(match["n"] or 1)


def our_backups(folder: Path, vault_id: str) -> list[Path]:
    """This vault's automatic backups in `folder`, oldest first; each one checked."""
    short = _short_id(vault_id)
    found: list[Path] = []
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        if match is None or match["vault"] != short:
            continue
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                continue
            if backup_header(path).vault_id != vault_id:
                continue
        except (OSError, BackupInvalid):
            continue  # not ours to judge, so not ours to delete
        found.append(path)
    return sorted(found, key=lambda p: _order(p.name))


def rotate(folder: Path, vault_id: str, keep: int) -> list[Path]:
    """Remove this vault's automatic backups beyond the newest `keep`; returns them."""
    keep = max(1, min(int(keep), MAX_KEEP))
    backups = our_backups(folder, vault_id)
    removed: list[Path] = []
    for path in backups[: max(0, len(backups) - keep)]:
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


@dataclass(frozen=True)
class RotationResult:
    backup: BackupInfo
    removed: list[Path]


def rotating_backup(vault: Any, folder: Path, keep: int = DEFAULT_KEEP) -> RotationResult:
    """All at once (the CLI's `backup --rotate`): snapshot, write, rotate."""
    folder = Path(folder).absolute()
    if vault.paths.directory.absolute() in (folder, *folder.parents):
        raise ValueError("automatic backups must not go inside the vault directory")
    if not vault.is_unlocked:
        raise Locked("vault is locked")
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder")
    leftovers.sweep_backup_folder(folder)
    with leftovers.held_temp(folder, "backup") as tmp_db:
        snapshot = take_snapshot(vault, tmp_db)
        info = write_package(snapshot, _new_name(folder, snapshot.vault_id, _now()))
    return RotationResult(info, rotate(folder, snapshot.vault_id, keep))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def audit_head(vault: Any) -> int:
    """The audit log's last id: it grows whenever anything was recorded (append-only)."""
    with vault.engine.connect() as conn:
        return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar_one())


@dataclass(frozen=True)
class _Pending:
    """A snapshot waiting for the lock, with what it was taken for."""

    held: leftovers.HeldTemp
    snapshot: Snapshot
    head: int
    folder: Path
    keep: int
    wrote: bool


class AutoBackup:
    """Backup on lock, in two halves around it. `before_lock` runs on the database worker
    (it needs the key), `after_lock` on a thread of its own; the state between them is
    handed over under a mutex."""

    def __init__(self, folder: Path, keep: int = DEFAULT_KEEP) -> None:
        self.folder = Path(folder)
        self.keep = keep
        self.wrote = False  # set by the caller after a write that may audit nothing
        self._pending: _Pending | None = None
        self._backed_up: int | None = None
        self._error: BaseException | None = None
        self._mutex = threading.Lock()

    def before_lock(self, vault: Any) -> bool:
        """With the key: snapshot into the vault directory if anything changed since the
        last automatic backup (the first lock of a run always backs up). Never raises."""
        self.discard()
        try:
            head = audit_head(vault)
            if head == self._backed_up and not self.wrote:
                return False
            held = leftovers.HeldTemp(vault.paths.directory, "snapshot")
            try:
                snapshot = take_snapshot(vault, held.path)
            except BaseException:
                held.close()
                raise
        except Exception as exc:
            self._fail(exc)
            return False
        with self._mutex:
            wrote, self.wrote = self.wrote, False
            self._pending = _Pending(held, snapshot, head, self.folder, self.keep, wrote)
        return True

    def after_lock(self) -> RotationResult | None:
        """Without the key: write the snapshot into the folder, rotate. Never raises."""
        with self._mutex:
            pending, self._pending = self._pending, None
        if pending is None:
            return None
        try:
            folder = pending.folder
            if not folder.is_dir():
                raise FileNotFoundError(f"{folder} is not a folder")
            leftovers.sweep_backup_folder(folder)
            snapshot = pending.snapshot
            info = write_package(snapshot, _new_name(folder, snapshot.vault_id, _now()))
            removed = rotate(folder, snapshot.vault_id, pending.keep)
        except Exception as exc:
            with self._mutex:
                self.wrote = self.wrote or pending.wrote  # still owed to the next lock
            self._fail(exc)
            return None
        finally:
            pending.held.close()
        with self._mutex:
            self._backed_up = pending.head
        return RotationResult(info, removed)

    def discard(self) -> None:
        """Drop a snapshot that never reached the lock (its temp file goes with it)."""
        with self._mutex:
            pending, self._pending = self._pending, None
        if pending is not None:
            pending.held.close()

    def _fail(self, exc: BaseException) -> None:
        # The exception text may name a path; never case content. Type only in the log.
        log.warning("automatic backup failed: %s", type(exc).__name__)
        with self._mutex:
            self._error = exc

    def take_error(self) -> BaseException | None:
        """The last failure, once (reported after the next unlock)."""
        with self._mutex:
            error, self._error = self._error, None
        return error
