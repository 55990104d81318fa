"""Due and overdue: every open deadline from the rules, grouped overdue / today / this week /
later this month. Activating a row opens the case at the tab where the deadline is dealt
with; "Mark done…" records what completed it without opening the case."""

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
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.views.due import DueRow, merge_due_rows
from vnr_desk.services.views.groups import NO_CASE
from vnr_desk.ui import dates
from vnr_desk.ui.deadline_dialog import MarkDoneDialog
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.labels import deadline_what
from vnr_desk.ui.operations import deadlines as deadline_ops
from vnr_desk.ui.operations import due as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import exec_dialog, selected_row, show_status, status_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPS = ("overdue", "today", "week", "later")
GROUP_COLOURS = {"overdue": "#a40000", "today": "#8a5a00", "week": "#204a87", "later": "#555753"}
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
    "children_unit_contact": "overview",
    "risk_reassessment": "overview",
    "risk_reassessment_urgent": "overview",
    "plan_action": "plan",
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
            "later": self.tr("Later this month"),
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
                return dates.day(row.due_on)
            if index.column() == 1:
                return row.case_reference or self.tr("(group)")
            return deadline_what(row.rule, row.subject_label, row.anchor_on)
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
        self.mark_done = QPushButton(self.tr("&Mark done…"))
        self.mark_done.setObjectName("due_mark_done")
        self.mark_done.setToolTip(
            self.tr("Record what completed the selected deadline, with date and remark")
        )
        self.mark_done.setEnabled(False)
        self.mark_done.clicked.connect(self.mark_selected_done)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentChanged.connect(self._selection_changed)
        self.status = status_label("due_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_done)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

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

    def selected(self) -> DueRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, DueRow) else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.mark_done.setEnabled(row is not None and row.rule in deadline_ops.MARKABLE_RULES)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def mark_selected_done(self) -> None:
        row = self.selected()
        if row is None or row.rule not in deadline_ops.MARKABLE_RULES:
            return
        what = deadline_what(row.rule, row.subject_label, row.anchor_on)
        dialog = MarkDoneDialog(what, row.case_reference, self.today(), self)
        if not self.run_dialog(dialog):
            return
        on, remark = dialog.values()

        def done(_result: object) -> None:
            show_status(self.status, self.tr("Marked done: {what}").format(what=what))

        def failed(exc: BaseException) -> None:
            show_status(self.status, error_text(exc), error=True)

        deadline_ops.mark_done(
            self.session, row.case_id, row.rule, on, remark, row.subject_id, done, failed
        )

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
