"""A lock whose save fails keeps the typed text in memory only, says why after unlock and
saves it when it can (issue 12, fault 7)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.ui.conftest import CASE_REF
from vnr_desk.domain import Note
from vnr_desk.services.cases import get_case
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui import main_window as main_window_module
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.operations import journal as journal_ops
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.tabs.journal import JournalTab
from vnr_desk.ui.worker import SyncWorker

TYPED = "Borgeren fortæller om trusler i går aftes"


def _journal(window: MainWindow) -> JournalTab:
    window.open_case(window.case_list.model.rows[0].id, "journal")
    journal = window.workbook.current_tab()
    assert isinstance(journal, JournalTab)
    return journal


def _notes(window: MainWindow) -> list[str]:
    with window.session.vault.session() as s:
        case = get_case(s, CASE_REF)
        return list(s.scalars(select(Note.text).where(Note.case_id == case.id)))


def _disk_full(*_args: object) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")


def _unlock(window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert window.session.is_unlocked


def _info(window: MainWindow) -> str:
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "info_dialog"]
    assert boxes, "no message after unlock"
    return boxes[-1].text()


def _on_disk(directory: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in directory.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_failed_save_at_idle_lock_is_held_and_saved_after_unlock(
    qtbot, window: MainWindow, seeded_vault_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    qtbot.keyClicks(journal.editor, TYPED)
    monkeypatch.setattr(journal_ops, "save_note_text", _disk_full)
    window.idle.idle.emit()
    assert not window.session.is_unlocked
    assert journal.editor.toPlainText() == ""  # no case data left on screen
    assert [h.text for h in window.held] == [TYPED]
    assert _on_disk(seeded_vault_dir.parent, TYPED) == []  # memory only
    monkeypatch.undo()  # space was freed
    _unlock(window)
    assert TYPED in _notes(window)
    assert window.held == []
    message = _info(window)
    assert "disk is full" in message and "has now been saved" in message


def test_still_failing_after_unlock_keeps_it_and_retries(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    qtbot.keyClicks(journal.editor, TYPED)
    monkeypatch.setattr(journal_ops, "save_note_text", _disk_full)
    window.lock_action.trigger()
    _unlock(window)
    assert [h.text for h in window.held] == [TYPED]
    assert "still cannot be saved" in _info(window)
    assert window._held_retry.isActive()
    window.lock_now()  # a second lock keeps it too
    _unlock(window)
    assert [h.text for h in window.held] == [TYPED]
    monkeypatch.undo()
    window._held_retry.timeout.emit()
    assert window.held == [] and not window._held_retry.isActive()
    assert _notes(window).count(TYPED) == 1
    assert "has now been saved" in _info(window)


def test_quitting_with_held_text_asks_first(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    qtbot.keyClicks(journal.editor, TYPED)
    monkeypatch.setattr(journal_ops, "save_note_text", _disk_full)
    window.lock_now()
    asked: list[int] = []
    window.confirm_quit_unsaved = lambda n: asked.append(n) is not None  # answers No
    window.unlock_dialog.quit_button.click()  # type: ignore[union-attr]
    assert asked == [1] and window.isVisible()


# -- the real thing: the vault on a small file system that fills up ---------------------------


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root and mount(8); not available here")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(directory: Path) -> Path:
    filler = directory / f"filler-{uuid.uuid4().hex}"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_disk_full_at_idle_lock_on_a_real_small_file_system(
    qtbot, small_fs: Path, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.services.cases import create_case

    vault_dir = small_fs / "vault"
    vault, _ = Vault.create(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        create_case(s, CASE_REF, main_window_module.dt.date(2026, 3, 2))
    window = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(window)
    window.show()
    try:
        journal = _journal(window)
        filler = _fill(small_fs)
        text = TYPED + " " + "og mere tekst " * 400  # more than the last free page
        journal.editor.setFocus()
        journal.editor.insertPlainText(text)
        window.idle.idle.emit()
        assert not window.session.is_unlocked
        assert journal.editor.toPlainText() == ""
        assert [h.text for h in window.held] == [text], "the save did not fail or was dropped"
        assert _on_disk(small_fs, TYPED) == []  # never on disk in plaintext
        filler.unlink()  # the caseworker frees some space
        _unlock(window)
        assert text in _notes(window)
        assert "has now been saved" in _info(window)
    finally:
        window.shutdown()
        QApplication.processEvents()


def test_a_lock_whose_flush_raises_still_ends_at_the_passphrase_prompt(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    qtbot.keyClicks(journal.editor, TYPED)

    def broken_flush() -> None:
        raise RuntimeError("a fault in a tab's save")

    monkeypatch.setattr(window.workbook, "flush", broken_flush)
    with pytest.raises(RuntimeError):
        window.lock_now()
    assert not window.session.is_unlocked
    assert journal.editor.toPlainText() == ""
    assert window.unlock_dialog is not None and window.unlock_dialog.isVisible()
    kept = [u.text for u in window.held + journal.unsaved()]
    assert TYPED in kept  # in memory, not lost
    window.confirm_quit_unsaved = lambda n: True  # the test's end closes the window
