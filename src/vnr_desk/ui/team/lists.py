"""The team's lists, read from the server through the caseworker's own role: the unit's
cases (who has each, which units it is shared with) and the team's deadlines — a team
leader sees the whole unit's."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.team.views import TeamDeadline, UnitCase
from vnr_desk.ui import dates
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import team as ops
from vnr_desk.ui.widgets.common import fit_columns_to_contents, show_status, status_label

if TYPE_CHECKING:
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.session import VaultSession


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    fit_columns_to_contents(table)


class TeamListsDialog(QDialog):
    def __init__(self, session: VaultSession, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.what = {
            "meeting": self.tr("Meeting"),
            "plan_review": self.tr("Plan review"),
            "action": self.tr("Plan action due"),
        }
        self.cases = _table(
            "unit_cases", [self.tr("Case"), self.tr("Caseworker"), self.tr("Shared with")]
        )
        self.deadlines = _table(
            "team_deadlines",
            [self.tr("Date"), self.tr("What"), self.tr("Case"), self.tr("Caseworker")],
        )
        tabs = QTabWidget()
        tabs.addTab(self.cases, self.tr("Unit cases"))
        tabs.addTab(self.deadlines, self.tr("Team deadlines"))
        self.message = status_label("team_lists_message")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 520)
        ops.unit_cases(session, self._cases, self._failed)
        ops.team_deadlines(session, today, self._deadlines, self._failed)

    def _cases(self, rows: list[UnitCase]) -> None:
        _fill(self.cases, [[r.reference, r.assigned_to, ", ".join(r.shared_with)] for r in rows])

    def _deadlines(self, rows: list[TeamDeadline]) -> None:
        _fill(
            self.deadlines,
            [
                [dates.day(r.due_on), self.what.get(r.what, r.what), r.reference, r.assigned_to]
                for r in rows
            ],
        )

    def _failed(self, exc: BaseException) -> None:
        show_status(self.message, error_text(exc), error=True)


def show_team_lists(window: MainWindow) -> TeamListsDialog:
    dialog = TeamListsDialog(window.session, window.today(), window)
    dialog.setObjectName("team_lists_dialog")
    dialog.open()
    return dialog
