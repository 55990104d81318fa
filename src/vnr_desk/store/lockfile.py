"""One writer per vault: an OS file lock on `vault.lock`, holding the owner's pid.

The OS drops the lock when its process dies, so a stale file (dead pid, no lock held)
never blocks: the next opener simply takes it over and writes its own pid.

The pid is only a hint for the "in use" message; the lock is the flock. So a full disk
(the pid cannot be written) keeps the lock without the hint, and a vault on read-only
media is locked through a read-only descriptor, or not at all when the file is missing
there: nothing can write to such a vault anyway.

A lock on a file that can be deleted is not enough: remove `vault.lock` while the vault
is open and the next opener creates a new file and locks that. So on POSIX the vault
directory itself is locked too; it cannot be unlinked while the vault lives in it. (On
Windows an open file cannot be deleted, and a directory cannot be locked.)"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from vnr_desk.store.errors import VaultInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """Held from unlock to lock; `acquire` raises `VaultInUse` naming the holder's pid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._dir_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = _open_lock_file(self.path)
        if fd is None:
            return
        if not _try_lock(fd):
            holder = _read_pid(fd)
            os.close(fd)
            raise VaultInUse(f"vault is open in another process (pid {holder or 'unknown'})")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in _PID_UNWRITABLE:
                os.close(fd)
                raise
        dir_fd = _lock_directory(self.path.parent)
        if dir_fd == -1:
            _unlock(fd)
            os.close(fd)
            raise VaultInUse("vault is open in another process (its lock file was removed)")
        self._fd, self._dir_fd = fd, dir_fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)
        dir_fd, self._dir_fd = self._dir_fd, None
        if dir_fd is not None:
            _unlock(dir_fd)
            os.close(dir_fd)


def _lock_directory(directory: Path) -> int | None:
    """An fd holding a lock on the directory; -1 if another holds it; None where the
    platform or file system cannot lock a directory (the file lock still stands)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return None
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - unusual file systems
        return None
    try:
        if _try_lock(fd):
            return fd
    except OSError:  # pragma: no cover - e.g. a network share without flock
        os.close(fd)
        return None
    os.close(fd)
    return -1


_PID_UNWRITABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EBADF, errno.EINVAL})
_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def _open_lock_file(path: Path) -> int | None:
    """A descriptor to lock; read-only on read-only media, None if it cannot exist there."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno not in _READ_ONLY:
            raise
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).strip() or b"0") or None
    except (OSError, ValueError):
        return None
