"""The case list: search over reference, names and note text; filters for urgent, overdue,
mine (as coordinator) and closed cases."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.views.case_list import CaseFilter, CaseRow, case_rows
from vnr_desk.ui import dates
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import Column, RowsModel, RowStyle, row_id, table_view

CLOSED_TEXT = QColor("#777777")


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
        self.model = RowsModel(
            self.columns(),
            lambda r: RowStyle(foreground=CLOSED_TEXT) if r.closed else None,
            key=row_id,  # an autosave's refresh keeps the open case selected
        )
        self.table = table_view("case_table", self.model, stretch=1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
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
        # Two rows of two: in one row the Danish labels made the side panel, and with the
        # Overview the window, wider than a 1366-pixel screen.
        filters = QGridLayout()
        for i, box in enumerate((self.urgent, self.overdue, self.mine, self.closed)):
            filters.addWidget(box, i // 2, i % 2)
        filters.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def columns(self) -> list[Column]:
        urgent = self.tr("Urgent case")
        return [
            Column(
                self.tr("Case"),
                lambda r: ("⚠ " if r.urgent else "") + r.reference,
                tooltip=lambda r: urgent if r.urgent else r.reference,
            ),
            Column(self.tr("Citizen"), lambda r: r.citizen_name),
            Column(self.tr("Opened"), lambda r: dates.day(r.opened_on)),
        ]

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
        row: CaseRow | None = self.model.row_at(index)
        if row is not None:
            self.case_chosen.emit(row.id)

    def select_case(self, case_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == case_id:
                self.table.selectRow(i)
                return

    def clear(self) -> None:
        self._debounce.stop()
        self.model.reset_rows([])
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.overdue_ids = self.mine_ids = None
