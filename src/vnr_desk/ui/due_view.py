"""Due and overdue: every open deadline from the rules, grouped overdue / today / this week.
Activating a row opens the case at the tab where the deadline is dealt with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from vnr_desk.services.workbook import DueRow, due_rows
from vnr_desk.ui.session import VaultSession

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def rule_label(rule: str) -> str:
    labels = {
        "coordinator_contact": QCoreApplication.translate(
            "Rules", "Coordinator contacts the crisis centre"
        ),
        "first_visit": QCoreApplication.translate("Rules", "First visit and 3-month plan"),
        "crisis_centre_follow_up": QCoreApplication.translate(
            "Rules", "Follow-up meeting after crisis-centre stay"
        ),
        "plan_review": QCoreApplication.translate("Rules", "Review the action plan"),
        "urgent_meeting": QCoreApplication.translate("Rules", "Urgent coordination meeting"),
        "outreach_reminder": QCoreApplication.translate("Rules", "Reminder: no answer to letter"),
        "consent_expiry": QCoreApplication.translate("Rules", "Consent expires"),
    }
    return labels.get(rule, rule)


class DueView(QWidget):
    open_requested = Signal(int, str)  # case id, tab key
    loaded = Signal()

    def __init__(self, session: VaultSession, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.session = session
        self.today = today
        self.rows: list[DueRow] = []
        self.model = QStandardItemModel()
        self.tree = QTreeView()
        self.tree.setObjectName("due_tree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def refresh(self) -> None:
        day = self.today()
        self.session.run(lambda s: due_rows(s, day), self.set_rows)

    def set_rows(self, rows: list[DueRow]) -> None:
        self.rows = rows
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Case"), self.tr("What")])
        groups = {
            "overdue": (self.tr("Overdue"), QColor("#a40000")),
            "today": (self.tr("Today"), QColor("#8a5a00")),
            "week": (self.tr("This week"), QColor("#204a87")),
        }
        for key, (title, colour) in groups.items():
            members = [r for r in rows if r.group == key]
            parent = QStandardItem(f"{title} ({len(members)})")
            parent.setForeground(QBrush(colour))
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for row in members:
                what = rule_label(row.rule)
                if row.subject_label:
                    what += f": {row.subject_label}"
                items = [
                    QStandardItem(f"{row.due_on:%d.%m.%Y}"),
                    QStandardItem(row.case_reference),
                    QStandardItem(what),
                ]
                for item in items:
                    item.setData(row, ROW_ROLE)
                parent.appendRow(items)
            self.model.appendRow([parent, QStandardItem(), QStandardItem()])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.loaded.emit()

    def overdue_case_ids(self) -> frozenset[int]:
        return frozenset(r.case_id for r in self.rows if r.group == "overdue")

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        row = index.data(ROW_ROLE)
        if isinstance(row, DueRow):
            self.open_requested.emit(row.case_id, row.tab)

    def clear(self) -> None:
        self.rows = []
        self.model.clear()
