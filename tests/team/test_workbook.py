"""The workbook's team parts against a real server: the status line and its sync action,
the conflicts view (base / mine / theirs side by side, keep mine), Settings → Team join,
and the unit's cases and team deadlines for a leader."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from tests.conftest import PASSPHRASE
from tests.team.scenario import open_shared_case
from tests.team.team_kit import Laptop, Team
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.team.conflicts import show_conflicts
from vnr_desk.ui.team.join import show_join
from vnr_desk.ui.team.lists import show_team_lists
from vnr_desk.ui.worker import SyncWorker

SHOTS = os.environ.get("VNR_DESK_SCREENSHOTS")


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(vault: Vault) -> MainWindow:
        settings = AppSettings(
            QSettings(str(tmp_path / f"s{len(windows)}.ini"), QSettings.Format.IniFormat)
        )
        win = MainWindow(
            vault, SyncWorker(), settings, CHEAP_TEST_PARAMS, today=lambda: dt.date(2026, 12, 1)
        )
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.shutdown()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_status_line_sync_and_conflicts_view(team: Team, open_window) -> None:  # type: ignore[no-untyped-def]
    shared, u = open_shared_case(team)
    shared.edit(shared.anna, "meeting", u["meeting"], place="Biblioteket")
    shared.anna.sync()
    shared.edit(shared.bo, "meeting", u["meeting"], place="Krisecentret")
    win = open_window(shared.bo.vault)
    line = win.team_status
    assert line.isVisible()
    text = line.findChild(QLabel, "team_status_text").text()
    assert "1" in text  # one change waiting
    line.findChild(QPushButton, "team_sync_button").click()
    assert "conflicts: 1" in line.findChild(QLabel, "team_status_text").text()
    _shot(win, "team-status")
    dialog = show_conflicts(win)
    assert dialog.findChild(QListWidget, "conflict_list").count() == 1
    panes = {
        n: dialog.findChild(QPlainTextEdit, n).toPlainText()
        for n in ("conflict_base", "conflict_mine", "conflict_theirs")
    }
    assert panes == {
        "conflict_base": "Rådhuset",
        "conflict_mine": "Krisecentret",
        "conflict_theirs": "Biblioteket",
    }
    _shot(dialog, "team-conflicts")
    dialog.findChild(QPushButton, "keep_mine").click()
    assert dialog.findChild(QListWidget, "conflict_list").count() == 0
    dialog.reject()
    shared.anna.sync()
    assert shared.row(shared.anna, "meeting", u["meeting"]).place == "Krisecentret"


def test_join_from_settings_and_team_lists_for_a_leader(  # type: ignore[no-untyped-def]
    team: Team, open_window, tmp_path: Path
) -> None:
    open_shared_case(team)
    secret = team.add_user("erik", "voksen", leader=True)
    shutil.copytree(team.template, tmp_path / "erik")
    vault = Vault.unlock(tmp_path / "erik", PASSPHRASE, CHEAP_TEST_PARAMS)
    team.laptops.append(Laptop("erik", vault))
    win = open_window(vault)
    assert not win.team_status.isVisible()
    actions = {a.objectName(): a for a in win.findChildren(QAction) if a.objectName()}
    assert actions["team_join"].isEnabled() and not actions["team_conflicts"].isEnabled()
    dialog = show_join(win)
    dialog.findChild(QLineEdit, "team_dsn").setText(team.dsn)
    dialog.findChild(QLineEdit, "team_user").setText("erik")
    dialog.findChild(QLineEdit, "team_secret").setText(secret)
    _shot(dialog, "team-join")
    dialog.join()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert win.team_status.isVisible()
    assert not actions["team_join"].isEnabled()
    assert all(actions[n].isEnabled() for n in ("team_sync", "team_conflicts", "team_lists"))
    win.team_status.sync()
    lists = show_team_lists(win)
    assert lists.cases.rowCount() == 1 and lists.cases.item(0, 1).text() == "anna"
    rows = [
        [lists.deadlines.item(r, c).text() for c in range(4)]
        for r in range(lists.deadlines.rowCount())
    ]
    assert rows[0] == ["10.12.2026", "Meeting", "VNR-2026-042", "anna"]
    assert [r[1] for r in rows] == ["Meeting", "Plan review"]
    _shot(lists, "team-lists")
