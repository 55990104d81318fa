"""Folders that other machines or people read: cloud sync clients and shared folders.

A plaintext dump written there is copied to a provider's servers and to every device of
everyone the folder is shared with, so `dump` refuses them. Recognised by the folder
names the clients create and by the marker files they leave in a synced tree; a folder
not recognised is not proven safe (docs/handover.md says so)."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

# Folder names (lower case, exact or as a prefix as noted) the clients create.
_NAMES = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud drive (archive)": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "cloudstorage": "macOS CloudStorage",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
    "seafile": "Seafile",
    "sync": None,  # too common a word to mean anything on its own
}
_PREFIXES = {
    "dropbox (": "Dropbox",
    "onedrive - ": "OneDrive",
    "onedrive-": "OneDrive",
    "googledrive-": "Google Drive",
    "nextcloud-": "Nextcloud",
}
# Files or folders a client keeps at the top of (or throughout) the tree it syncs.
_MARKERS = {
    ".dropbox.cache": "Dropbox",
    ".stfolder": "Syncthing",
    ".sync": "Resilio Sync",
    ".owncloudsync.log": "ownCloud",
    ".nextcloudsync.log": "Nextcloud",
    ".seafile-data": "Seafile",
}
_MARKER_PATTERNS = {".sync_*.db": "Nextcloud/ownCloud", "._sync_*.db": "Nextcloud/ownCloud"}
_ENV_ROOTS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def synced_folder(target: Path) -> str | None:
    """The sync service or share `target` would land in, or None if none is recognised."""
    folder = Path(target).expanduser().resolve().parent
    roots = [Path(os.environ[v]).resolve() for v in _ENV_ROOTS if os.environ.get(v)]
    for directory in (folder, *folder.parents):
        if directory in roots:
            return "OneDrive"
        name = directory.name.lower()
        if _NAMES.get(name):
            return _NAMES[name]
        for prefix, service in _PREFIXES.items():
            if name.startswith(prefix):
                return service
        found = _marker_in(directory)
        if found:
            return found
    return None


def _marker_in(directory: Path) -> str | None:
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return None
    names = [e.name for e in entries]
    # The synced folder holds a `.dropbox` file; a home folder holds the client's
    # `.dropbox` settings folder, which says nothing about where the dump goes.
    if any(e.name == ".dropbox" and e.is_file(follow_symlinks=False) for e in entries):
        return "Dropbox"
    for entry in names:
        if entry in _MARKERS:
            return _MARKERS[entry]
        for pattern, service in _MARKER_PATTERNS.items():
            if fnmatch.fnmatchcase(entry, pattern):
                return service
    return None
