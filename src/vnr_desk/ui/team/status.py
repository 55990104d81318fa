"""The status line: last sync, changes waiting, open conflicts, and "Sync now". Hidden in a
vault that has not joined a team server; offline, a failed sync says the work is safe."""

from __future__ import annotations

import datetime as dt

import psycopg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vnr_desk.team.sync import SyncReport
from vnr_desk.team.views import TeamStatus
from vnr_desk.ui import dates
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import team as ops
from vnr_desk.ui.session import VaultSession


class TeamStatusLine(QWidget):
    synced = Signal()
    joined_known = Signal(bool)  # whether this vault has joined a team server

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.text = QLabel()
        self.text.setObjectName("team_status_text")
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setObjectName("team_sync_button")
        self.button.clicked.connect(self.sync)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.outcome = ""
        self.hide()

    def refresh(self) -> None:
        if self.session.is_unlocked:
            ops.status(self.session, self._show)

    def _show(self, status: TeamStatus) -> None:
        self.setVisible(status.joined)
        self.joined_known.emit(status.joined)
        if not status.joined:
            return
        when = self.tr("never")
        if status.last_sync:
            moment = dt.datetime.fromisoformat(status.last_sync).astimezone()
            when = dates.moment(moment)
        line = self.tr("Last sync: {when} · changes waiting: {pending} · conflicts: {c}")
        text = line.format(when=when, pending=status.pending, c=status.open_conflicts)
        self.text.setText(f"{self.outcome}  {text}".strip())

    def sync(self) -> None:
        if not self.session.is_unlocked:
            return
        self.button.setEnabled(False)
        self.text.setText(self.tr("Syncing…"))
        ops.sync(self.session, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.button.setEnabled(True)
        self.outcome = self.tr("Sent {pushed}, received {pulled}.").format(
            pushed=report.pushed, pulled=report.pulled
        )
        self.refresh()
        self.synced.emit()

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, psycopg.OperationalError | OSError):
            self.outcome = self.tr(
                "The team server did not answer; your work is kept on this laptop."
            )
        else:
            self.outcome = error_text(exc)
        self.refresh()
