"""Due and overdue: every open deadline from the rules, grouped overdue / today / this week.
Activating a row opens the case at the tab where the deadline is dealt with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from vnr_desk.services.views.due import DueRow, merge_due_rows
from vnr_desk.services.views.groups import NO_CASE
from vnr_desk.ui.labels import deadline_rule
from vnr_desk.ui.operations import due as ops
from vnr_desk.ui.session import VaultSession

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPS = ("overdue", "today", "week")
GROUP_COLOURS = {"overdue": "#a40000", "today": "#8a5a00", "week": "#204a87"}
Index = QModelIndex | QPersistentModelIndex


# The tab where each rule's deadline is dealt with (the due view opens the case there).
RULE_TABS = {
    "coordinator_contact": "overview",
    "first_visit": "meetings",
    "crisis_centre_follow_up": "meetings",
    "plan_review": "plan",
    "urgent_meeting": "meetings",
    "outreach_reminder": "overview",
    "consent_expiry": "consent",
    "group_convene": "overview",
}


class DueModel(QAbstractTableModel):
    """Flat rows: a heading per group, then its deadlines. A plain table model on purpose:
    PySide6 6.12's QStandardItem setters drop a reference to None on every call, which
    crashes the interpreter after a few thousand rows."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, DueRow | None, int]] = []  # (group, row or heading, count)

    def set_rows(self, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self.lines = []
        for group in GROUPS:
            members = [r for r in rows if r.group == group]
            self.lines.append((group, None, len(members)))
            self.lines += [(group, r, 0) for r in members]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Due"), self.tr("Case"), self.tr("What"))[section]

    def group_title(self, group: str) -> str:
        return {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "week": self.tr("This week"),
        }[group]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, row, count = self.lines[index.row()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{self.group_title(group)} ({count})"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(GROUP_COLOURS[group]))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{row.due_on:%d.%m.%Y}"
            if index.column() == 1:
                return row.case_reference or self.tr("(group)")
            what = deadline_rule(row.rule)
            return f"{what}: {row.subject_label}" if row.subject_label else what
        if role == Qt.ItemDataRole.ForegroundRole and group == "overdue":
            return QBrush(QColor(GROUP_COLOURS[group]))
        if role == ROW_ROLE:
            return row
        return None


class DueView(QWidget):
    open_requested = Signal(int, str)  # case id, tab key
    groups_requested = Signal()  # a group's next meeting: no case to open
    loaded = Signal()

    def __init__(self, session: VaultSession, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.session = session
        self.today = today
        self.rows: list[DueRow] = []
        self.loaded_on: dt.date | None = None  # the day of the last whole read
        self.model = DueModel()
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        day = self.today()

        def whole(rows: list[DueRow]) -> None:
            self.loaded_on = day
            self.set_rows(rows)

        ops.load(self.session, day, whole)

    def refresh_cases(self, case_ids: Collection[int]) -> None:
        """Re-read only the deadlines of `case_ids` (a write touched them) and merge them
        in: one case's clock instead of the whole vault's. A list read on another day (its
        groups moved at midnight) or never read is read whole."""
        if not self.session.is_unlocked:
            return
        day = self.today()
        if self.loaded_on != day:
            self.refresh()
            return
        ids = frozenset(case_ids)
        ops.load(
            self.session,
            day,
            lambda fresh: self.set_rows(merge_due_rows(self.rows, ids, fresh)),
            ids,
        )

    def set_rows(self, rows: list[DueRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.table.clearSpans()
        for i, (_, row, _) in enumerate(self.model.lines):
            if row is None:
                self.table.setSpan(i, 0, 1, 3)
        self.loaded.emit()

    def overdue_case_ids(self) -> frozenset[int]:
        return frozenset(r.case_id for r in self.rows if r.group == "overdue")

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DueRow) and row.case_id == NO_CASE:
            self.groups_requested.emit()
        elif isinstance(row, DueRow):
            self.open_requested.emit(row.case_id, RULE_TABS.get(row.rule, "overview"))

    def clear(self) -> None:
        self.rows = []
        self.loaded_on = None
        self.model.set_rows([])
