"""Where VNR Desk may write a file the person asked for: one rule for every output.

A PDF, a backup, a JSON dump or a screenshot goes to a path typed or picked by a person,
and a slip there must not destroy the vault. So an output is refused (`OutputRefused`,
nothing written) when it would land:
- inside a vault folder (one holding `vault.header` or `vault.db`, or the open vault's
  folder at any depth), through symlinks too;
- on a vault header, a database, or a backup, recognised by content, not by name: an
  encrypted database is random bytes, so anything that is not the very kind being written
  (a PDF for a PDF, a PNG for a PNG, ...) is never replaced;
- on a read-only file, a folder, a device or a pipe;
- in a folder that is missing or cannot be written.
An existing file of the same kind is replaced only when the person confirmed it
(`--force` on the command line, a question in the workbook). `write_errors` turns what
the operating system says during the write into the same errors, and a full disk into
`DiskFull`."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vnr_desk.store.errors import DiskFull, OutputRefused  # callers catch them from here

VAULT_FILES = ("vault.header", "vault.db")
HEADER_MAGIC = b"VNR-DESK-HEADER/"
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_FORMAT_PREFIX = "vnr-desk-backup/"
_SNIFF_BYTES = 64


@dataclass(frozen=True)
class OutputKind:
    """What is being written and the bytes a file of this kind starts with, leading
    white space aside (None: no existing file is ever replaced, as for backups)."""

    name: str
    magic: tuple[bytes, ...] | None


PDF = OutputKind("pdf", (b"%PDF-",))
PNG = OutputKind("png", (b"\x89PNG\r\n\x1a\n",))
JSON = OutputKind("json", (b"{", b"["))
BACKUP = OutputKind("backup", None)
CONTACT_CARD = OutputKind("contact_card", (b"{",))
HANDOVER = OutputKind("handover", (b"vnr-desk-handover/",))


def is_vault_dir(directory: Path) -> bool:
    return any((directory / name).exists() for name in VAULT_FILES)


def check_output(
    target: Path, kind: OutputKind, *, replace: bool = False, vault_dir: Path | None = None
) -> Path:
    """The resolved path to write `kind` to, or `OutputRefused` saying why not.

    `replace` is the person's confirmation to replace an existing file of the same kind;
    `vault_dir` is the open vault, refused even before its files exist."""
    given = Path(target).expanduser()
    resolved = given.resolve()
    inside_open_vault = vault_dir is not None and Path(vault_dir).resolve() in (
        resolved.parent,
        *resolved.parent.parents,
    )
    if inside_open_vault or is_vault_dir(resolved.parent):
        raise OutputRefused("in_vault", given)
    try:
        st = os.stat(resolved)
    except FileNotFoundError:
        st = None
    if st is not None:
        _check_existing(resolved, st, given, kind, replace)
    parent = resolved.parent
    if not parent.is_dir():
        raise OutputRefused("no_folder", parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputRefused("folder_read_only", parent)
    return resolved


def _check_existing(
    path: Path, st: os.stat_result, given: Path, kind: OutputKind, replace: bool
) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused("is_folder", given)
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused("not_file", given)
    what = sniff(path)
    if what is not None:
        raise OutputRefused(what, given)
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        path, os.W_OK
    ):
        raise OutputRefused("read_only", given)
    if kind.magic is None:
        raise OutputRefused("exists_never", given)
    if st.st_size and not _starts_with(path, kind.magic):
        raise OutputRefused("other_kind", given)
    if not replace:
        raise OutputRefused("exists", given)


def sniff(path: Path) -> str | None:
    """'vault_file' or 'backup_file' when `path` holds a vault header, a database or a
    VNR Desk backup; None for anything else. An encrypted database beside its header is
    a vault file; alone it is random bytes, which `check_output` never replaces anyway."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return None
    if head.startswith(HEADER_MAGIC) or head.startswith(SQLITE_MAGIC):
        return "vault_file"
    if head.startswith(b"PK") and _is_backup_zip(path):
        return "backup_file"
    return None


def _is_backup_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False
    return isinstance(manifest, dict) and str(manifest.get("format", "")).startswith(
        BACKUP_FORMAT_PREFIX
    )


def _starts_with(path: Path, magics: tuple[bytes, ...]) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES).lstrip()
    except OSError:
        return False
    return any(head.startswith(magic) for magic in magics)


@contextlib.contextmanager
def write_errors(target: Path) -> Iterator[None]:
    """Name what the operating system refused while writing `target`, in our words."""
    try:
        yield
    except OSError as exc:
        folder = Path(target).parent
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(f"no room left for {Path(target).name}") from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise OutputRefused("folder_read_only", folder) from exc
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise OutputRefused("no_folder", folder) from exc
        if exc.errno == errno.EISDIR:
            raise OutputRefused("is_folder", target) from exc
        raise
    except Exception as exc:
        # SQLite's own "database or disk is full" while copying into the target.
        if getattr(exc, "sqlite_errorname", None) == "SQLITE_FULL":
            raise DiskFull(f"no room left for {Path(target).name}") from exc
        raise
