"""Failure 11a of issue 13: a run killed while replacing the header or writing a backup
leaves temp files holding the header (both key slots) and an encrypted database copy.
They are swept at the next open of the vault and the next backup or restore into that
folder; nothing that is not ours is ever touched, nor a temp file a live writer holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vnr_desk.store.backup import create_backup, restore_backup
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.leftovers import HeldTemp, sweep_backup_folder
from vnr_desk.store.vault import Vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kill -9 and POSIX file names")

# The child dies the moment it would rename its finished temp file into place: that is
# the widest window a real kill -9 or power cut can hit.
CHILD = """
import os, signal, sys
from pathlib import Path
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
vault_dir, what, out, pw = sys.argv[1:5]
vault = Vault.unlock(Path(vault_dir), pw, CHEAP_TEST_PARAMS)
os.replace = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
if what == "header":
    vault.change_passphrase("ny frase")
elif what == "backup":
    from vnr_desk.store.backup import create_backup
    create_backup(vault, Path(out))
else:
    vault.lock()
    from vnr_desk.store.backup import restore_backup
    restore_backup(Path(vault_dir) / ".." / "b.vnrbackup", Path(out), passphrase=pw)
"""


def _kill_during(vault_dir: Path, what: str, out: Path | str = "") -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_dir), what, str(out), PASSPHRASE],
        capture_output=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode(errors="replace")


def _hidden(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(".")}


def _decoys(folder: Path, outside: Path) -> set[str]:
    """Files that look a little like ours but are not: they must all survive."""
    (folder / ".vault.header.tmp").write_text("someone else's")
    (folder / ".vault.header.ABCDEFGH.tmp").write_text("not our alphabet")
    (folder / ".vnr-desk-backup-abcdefgh.partial.keep").write_text("other suffix")
    (folder / "notes.partial").write_text("user file")
    (folder / ".vnr-desk-backup-dir12345.partial").mkdir()
    outside.write_text("precious")
    (folder / ".vnr-desk-backup-link1234.partial").symlink_to(outside)
    return {
        ".vault.header.tmp",
        ".vault.header.ABCDEFGH.tmp",
        ".vnr-desk-backup-abcdefgh.partial.keep",
        "notes.partial",
        ".vnr-desk-backup-dir12345.partial",
        ".vnr-desk-backup-link1234.partial",
    }


def test_header_temp_of_a_killed_passphrase_change_is_swept_at_open(
    new_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = new_vault
    vault.lock()
    directory = vault.paths.directory
    _kill_during(directory, "header")
    left = _hidden(directory)
    assert any(name.startswith(".vault.header.") for name in left), left
    decoys = _decoys(directory, tmp_path / "outside.txt")
    reopened = Vault.unlock(directory, PASSPHRASE, CHEAP_TEST_PARAMS)  # old passphrase holds
    reopened.lock()
    assert _hidden(directory) | {"notes.partial"} == decoys
    assert (tmp_path / "outside.txt").read_text() == "precious"


def test_backup_temps_of_a_killed_backup_are_swept_by_the_next_backup(
    new_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = new_vault
    header = vault.paths.header.read_bytes()
    vault.lock()
    folder = tmp_path / "backups"
    folder.mkdir()
    _kill_during(vault.paths.directory, "backup", folder / "first.vnrbackup")
    left = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert left and any(header in p.read_bytes() for p in left)  # the key slots, on disk
    decoys = _decoys(folder, tmp_path / "outside.txt")
    again = Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        create_backup(again, folder / "second.vnrbackup")
    finally:
        again.lock()
    assert _hidden(folder) | {"notes.partial"} == decoys
    holding_keys = [p.name for p in folder.iterdir() if p.is_file() and header in p.read_bytes()]
    assert holding_keys == ["second.vnrbackup"]


def test_staging_of_a_killed_restore_is_swept_by_the_next_restore(
    vault: Vault, tmp_path: Path
) -> None:
    create_backup(vault, tmp_path / "b.vnrbackup")
    vault.lock()
    _kill_during(vault.paths.directory, "restore", tmp_path / "first")
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name]
    foreign = tmp_path / ".mine.restore-abcdefgh"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("not a vault file")
    restore_backup(tmp_path / "b.vnrbackup", tmp_path / "second", passphrase=PASSPHRASE)
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == [foreign.name]


def test_a_temp_file_a_live_writer_holds_is_left_alone(tmp_path: Path) -> None:
    held = HeldTemp(tmp_path, "backup")
    try:
        held.path.write_bytes(b"being written")
        assert sweep_backup_folder(tmp_path) == []
        assert held.path.exists()
    finally:
        held.close()
    assert not held.path.exists()


def test_temps_left_by_earlier_versions_are_swept_too(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    header = vault.paths.header.read_bytes()
    old = [
        ".b.vnrbackup.k3j_9x0a.tmp",
        ".b.vnrbackup.p0q1r2s3.db",
        ".b.vnrbackup.p0q1r2s3.db-journal",
    ]
    for name in old:
        (folder / name).write_bytes(b"PK" + header)
    (folder / ".b.zip.k3j_9x0a.tmp").write_bytes(b"not named after a backup: not ours")
    create_backup(vault, folder / "c.vnrbackup")
    assert sorted(p.name for p in folder.iterdir()) == [".b.zip.k3j_9x0a.tmp", "c.vnrbackup"]
