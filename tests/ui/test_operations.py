"""Backup, import and demo cases from the workbook run through the worker to the end."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from tests.exports.test_export import CASE
from tests.ui.conftest import CASE_REF
from vnr_desk.store.backup import read_backup
from vnr_desk.ui.main_window import MainWindow


def _refs(window: MainWindow) -> set[str]:
    window.case_list.closed.setChecked(True)
    window.case_list.refresh()
    return {r.reference for r in window.case_list.model.rows}


def test_backup_from_the_workbook(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "kopi.vnrbackup"
    window.ask_backup_file = lambda: out  # type: ignore[method-assign]
    window.backup()
    manifest, _header, db = read_backup(out)
    assert manifest["format"] == "vnr-desk-backup/1" and not db.startswith(b"SQLite format 3")


def test_import_case_file(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    window.ask_import_file = lambda: path  # type: ignore[method-assign]
    window.import_file()
    assert _refs(window) == {CASE_REF, "K-EXP-1"}


def test_bad_import_changes_nothing(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "vnr_desk.ui.operations.progress.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**CASE, "format": "something-else"}), encoding="utf-8")
    window.ask_import_file = lambda: path  # type: ignore[method-assign]
    window.import_file()
    assert _refs(window) == {CASE_REF}
    assert shown and "format" in shown[0]


def test_demo_cases_stay_out_of_a_vault_with_real_cases(window: MainWindow) -> None:
    window.ask_demo_count = lambda: 3  # type: ignore[method-assign]
    window.update_demo_actions()  # as opening the Help menu does
    window.demo_action.trigger()
    assert len(_refs(window)) == 1


def test_suspend_locks_and_deactivation_saves(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_case(window.case_list.model.rows[0].id, "journal")
    journal = window.workbook.current_tab()
    qtbot.keyClicks(journal.editor, "skrevet før skift af vindue")
    window.app_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert not journal.autosaver.dirty and window.session.is_unlocked
    window.app_state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert not window.session.is_unlocked
