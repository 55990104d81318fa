"""Failure 11e of issue 13 (lesson 14): optional rotating automatic backups to a folder the
user chose, on lock and quit, keeping the newest N. Locking never waits on the folder and
never fails because of it; rotation never removes anything that is not this vault's own
automatic backup."""

# The workbook fixtures come from tests/ui/conftest.py; pytest injects them by name.
# ruff: noqa: F811

from __future__ import annotations

import shutil
import stat
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.ui.conftest import CASE_REF, seeded_vault_dir, settings, window  # noqa: F401
from vnr_desk.services.cases import get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store import rotation
from vnr_desk.store.backup import backup_header, check_backup, create_backup
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.rotation import AutoBackup, our_backups, rotate, rotating_backup
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import AUTO_BACKUP_FOLDER, AUTO_BACKUP_KEEP, AppSettings
from vnr_desk.ui.settings_dialog import SettingsDialog
from vnr_desk.ui.worker import Worker


def _auto(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("vnr-desk-auto-"))


def _write_note(window: MainWindow, text: str) -> None:
    window.session.run(lambda s: add_note(s, get_case(s, CASE_REF), text).id)


def _settle(window: MainWindow) -> None:
    """Wait until the backup thread has done what the last lock queued."""
    window._backup_thread.submit(lambda: None).result(timeout=30)


def _unlock(window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert window.session.is_unlocked


# -- rotation in the store ------------------------------------------------------------


def test_rotation_keeps_the_newest_and_touches_nothing_else(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    vault_id = vault.header.vault_id  # type: ignore[union-attr]
    short = vault_id.replace("-", "")[:8]
    # Not ours: another vault's automatic backup, a look-alike with garbage inside, a
    # directory and a symlink with our name, the user's own backup and files.
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, CHEAP_TEST_PARAMS)
    foreign = rotating_backup(other, folder, keep=5).backup.path
    other.lock()
    (folder / f"vnr-desk-auto-20000101T000000Z-{short}.vnrbackup").write_text("garbage")
    (folder / f"vnr-desk-auto-20000101T000001Z-{short}.vnrbackup").mkdir()
    elsewhere = create_backup(vault, tmp_path / "elsewhere.vnrbackup").path
    (folder / f"vnr-desk-auto-20000101T000002Z-{short}.vnrbackup").symlink_to(elsewhere)
    own = create_backup(vault, folder / "my-own.vnrbackup").path
    (folder / "notes.txt").write_text("user file")
    untouchable = set(p.name for p in folder.iterdir())

    made = []
    for _ in range(4):
        made.append(rotating_backup(vault, folder, keep=2).backup.path.name)
    kept = [p.name for p in our_backups(folder, vault_id)]
    assert kept == made[-2:]
    assert set(p.name for p in folder.iterdir()) == untouchable | set(made[-2:])
    assert elsewhere.exists() and own.exists() and foreign.exists()
    for name in kept:
        check_backup(folder / name)
        assert backup_header(folder / name).vault_id == vault_id
        assert stat.S_IMODE((folder / name).stat().st_mode) & 0o222 == 0
    assert rotate(folder, vault_id, keep=1) == [folder / made[-2]]


def test_cli_backup_rotate(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    folder = tmp_path / "usb"
    folder.mkdir()
    env = {"VNR_DESK_PASSPHRASE": PASSPHRASE}
    for _ in range(3):
        r = run_cli(
            "--vault", vault.paths.directory, "backup", "--rotate", folder, "--keep", "2", env=env
        )
        assert r.returncode == 0, r.stderr
    assert len(_auto(folder)) == 2
    r = run_cli(
        "--vault", vault.paths.directory, "backup", "--rotate", folder, "--keep", "0", env=env
    )
    assert r.returncode == 2
    r = run_cli("--vault", vault.paths.directory, "backup", "--rotate", tmp_path / "gone", env=env)
    assert r.returncode == 2 and "gone" in r.stderr
    assert len(_auto(folder)) == 2


def test_a_failed_automatic_backup_is_owed_to_the_next_lock(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "usb"  # not plugged in yet
    auto = AutoBackup(folder, keep=3)
    assert auto.before_lock(vault)
    assert auto.after_lock() is None and auto.take_error() is not None
    folder.mkdir()
    assert auto.before_lock(vault)  # nothing changed, but the last one never landed
    result = auto.after_lock()
    assert result is not None and result.backup.path.parent == folder
    assert not auto.before_lock(vault)  # nothing owed any more
    assert auto.take_error() is None
    assert [p.name for p in vault.paths.directory.iterdir() if p.name.startswith(".")] == []


# -- on lock and quit in the workbook ----------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path, settings: AppSettings) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    settings.set(AUTO_BACKUP_FOLDER, str(path))
    settings.set(AUTO_BACKUP_KEEP, 2)
    return path


def test_lock_writes_a_checked_backup_only_when_something_changed(
    qtbot, window: MainWindow, folder: Path
) -> None:
    vault_dir = window.vault_dir
    window.lock_now()
    assert not window.session.is_unlocked
    _settle(window)
    first = _auto(folder)
    assert len(first) == 1
    check_backup(folder / first[0])
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []

    _unlock(window)
    window.lock_now()  # nothing changed: no new backup
    _settle(window)
    assert _auto(folder) == first

    for text in ("første ændring", "anden ændring"):
        _unlock(window)
        _write_note(window, text)
        window.lock_now()
    _settle(window)
    assert len(_auto(folder)) == 2  # keep = 2
    assert first[0] not in _auto(folder)


def test_a_failing_folder_never_stops_the_lock_and_is_reported_after_unlock(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(folder)  # the USB disk was pulled
    shown: list[str] = []
    monkeypatch.setattr(
        "vnr_desk.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    window.lock_now()
    assert not window.session.is_unlocked and window.session.vault._key is None
    _settle(window)
    assert shown == []  # nothing on screen while locked
    assert [p.name for p in window.vault_dir.iterdir() if p.name.startswith(".")] == []
    _unlock(window)
    assert len(shown) == 1 and str(folder) in shown[0]


def test_lock_does_not_wait_for_a_slow_folder(
    qtbot, seeded_vault_dir: Path, settings: AppSettings, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    real = rotation.write_package

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(rotation, "write_package", slow)
    worker = Worker()
    window = MainWindow(
        Vault.unlock(seeded_vault_dir, PASSPHRASE), worker, settings, CHEAP_TEST_PARAMS
    )
    qtbot.addWidget(window)
    try:
        window.lock_now()
        # Locked, key gone, while the backup is still waiting on the folder.
        assert not window.session.is_unlocked and window.session.vault._key is None
        assert _auto(folder) == []
        release.set()
        qtbot.waitUntil(lambda: len(_auto(folder)) == 1, timeout=10_000)
    finally:
        release.set()
        worker.wait_idle()


def test_quit_writes_the_backup_before_the_process_ends(
    qtbot, window: MainWindow, folder: Path
) -> None:
    _write_note(window, "sidste note før lukning")
    window.shutdown()
    assert len(_auto(folder)) == 1


def test_settings_dialog_sets_folder_and_count(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = SettingsDialog(window.settings, window.session, window)
    dialog.backup_folder.setText(str(tmp_path))
    dialog.backup_keep.setValue(7)
    dialog.save()
    assert window.settings.get(AUTO_BACKUP_FOLDER) == str(tmp_path)
    assert window.settings.get(AUTO_BACKUP_KEEP) == 7


def test_case_data_leaves_the_screen_before_the_snapshot(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[object, int]] = []
    real = rotation.take_snapshot

    def watching(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((window.workbook.case_id, window.case_list.model.rowCount()))
        return real(*args, **kwargs)

    monkeypatch.setattr(rotation, "take_snapshot", watching)
    window.case_list.refresh()
    with window.session.vault.session() as s:
        case_id = get_case(s, CASE_REF).id
    window.open_case(case_id)
    assert window.workbook.case_id is not None and window.case_list.model.rowCount() == 1
    window.lock_now()
    assert seen == [(None, 0)]
