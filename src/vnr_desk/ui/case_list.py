"""The case list: search over reference, names and note text; filters for urgent, overdue,
mine (as coordinator) and closed cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.workbook import CaseFilter, CaseRow, case_rows
from vnr_desk.ui.session import VaultSession

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Case"), self.tr("Citizen"), self.tr("Opened"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return ("⚠ " if row.urgent else "") + row.reference
            if index.column() == 1:
                return row.citizen_name
            return f"{row.opened_on:%d.%m.%Y}"
        if role == Qt.ItemDataRole.ToolTipRole and row.urgent:
            return self.tr("Urgent case")
        if role == Qt.ItemDataRole.ForegroundRole and row.closed:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class CaseListPanel(QWidget):
    case_chosen = Signal(int)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.overdue_ids: frozenset[int] | None = None
        self.mine_ids: frozenset[int] | None = None
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Search reference, name or note text…"))
        self.search.setClearButtonEnabled(True)
        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.overdue = QCheckBox(self.tr("&Overdue"))
        self.mine = QCheckBox(self.tr("&Mine"))
        self.mine.setToolTip(self.tr("Cases where you are the coordinator"))
        self.closed = QCheckBox(self.tr("C&losed too"))
        self.model = CaseTableModel()
        self.table = QTableView()
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.urgent, self.overdue, self.mine, self.closed):
            box.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        for box in (self.urgent, self.overdue, self.mine, self.closed):
            filters.addWidget(box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def current_filter(self) -> CaseFilter:
        ids: frozenset[int] | None = None
        if self.overdue.isChecked() and self.overdue_ids is not None:
            ids = self.overdue_ids
        if self.mine.isChecked() and self.mine_ids is not None:
            ids = self.mine_ids if ids is None else ids & self.mine_ids
        return CaseFilter(
            text=self.search.text(),
            urgent_only=self.urgent.isChecked(),
            include_closed=self.closed.isChecked(),
            case_ids=ids,
        )

    def refresh(self) -> None:
        if not self.session.is_unlocked:  # a late debounce tick after lock
            return
        flt = self.current_filter()
        self.session.run(lambda s: case_rows(s, flt), self.model.set_rows)

    def _chosen(self, index: QModelIndex) -> None:
        row: CaseRow | None = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.case_chosen.emit(row.id)

    def select_case(self, case_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == case_id:
                self.table.selectRow(i)
                return

    def clear(self) -> None:
        self._debounce.stop()
        self.model.set_rows([])
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.overdue_ids = self.mine_ids = None
