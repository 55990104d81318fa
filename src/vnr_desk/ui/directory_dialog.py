"""The municipality's actor directory: browse, add, correct and retire entries.

Only the entries of the vault's edition are shown (a Danish vault the Danish ones), sorted
by name ignoring case. A retired entry stays here (greyed, with its date) and on the cases
that already involve it, but is no longer offered when an actor is added to a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import Sector
from vnr_desk.services.views.actors import DirectoryEntry
from vnr_desk.ui import dates, labels
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import actors as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import (
    Column,
    RowsModel,
    RowStyle,
    exec_dialog,
    ok_cancel,
    row_id,
    selected_row,
    show_status,
    status_label,
    table_view,
)

RETIRED = QColor("#7a7a7a")


class DirectoryEntryDialog(QDialog):
    """One directory entry, new or to correct."""

    def __init__(self, entry: DirectoryEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit directory entry") if entry else self.tr("New directory entry")
        )
        self.name = QLineEdit()
        self.name.setObjectName("entry_name")
        self.sector = QComboBox()
        self.sector.setObjectName("entry_sector")
        for value, label in labels.choices(Sector, labels.sector):
            self.sector.addItem(label, value)
        self.unit = QLineEdit()
        self.unit.setObjectName("entry_unit")
        self.phone = QLineEdit()
        self.phone.setObjectName("entry_phone")
        self.email = QLineEdit()
        self.email.setObjectName("entry_email")
        self.offers = QPlainTextEdit()
        self.offers.setObjectName("entry_offers")
        self.offers.setTabChangesFocus(True)
        self.offers.setMaximumHeight(80)
        self.offers.setPlaceholderText(self.tr("What they can offer the citizen"))
        if entry is not None:
            self.name.setText(entry.name)
            self.sector.setCurrentIndex(max(0, self.sector.findData(entry.sector)))
            self.unit.setText(entry.unit)
            self.phone.setText(entry.phone or "")
            self.email.setText(entry.email or "")
            self.offers.setPlainText(entry.offers)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Sector:"), self.sector)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Offers:"), self.offers)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(500)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "sector": self.sector.currentData(),
            "unit": self.unit.text().strip(),
            "phone": self.phone.text().strip() or None,
            "email": self.email.text().strip() or None,
            "offers": self.offers.toPlainText().strip(),
        }


class DirectoryDialog(QDialog):
    """The directory as a list; every change goes through one operation and re-reads."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today: Callable[[], dt.date] = dt.date.today
        self.run_dialog: Callable[[QDialog], bool] = exec_dialog  # tests answer in its place
        self.setWindowTitle(self.tr("Actor directory"))
        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda e: e.name),
                Column(self.tr("Sector"), lambda e: labels.sector(e.sector)),
                Column(self.tr("Unit"), lambda e: e.unit),
                Column(self.tr("Phone"), lambda e: e.phone or ""),
                Column(self.tr("E-mail"), lambda e: e.email or ""),
                Column(
                    self.tr("Retired"),
                    lambda e: dates.day(e.retired_on),
                ),
            ],
            lambda e: RowStyle(foreground=RETIRED) if e.retired_on else None,
            key=row_id,
        )
        self.table = table_view("directory_table", self.model, stretch=0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda *_: self.edit_entry())
        self.add_button = QPushButton(self.tr("&New entry…"))
        self.add_button.setObjectName("directory_add")
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("directory_edit")
        self.edit_button.clicked.connect(self.edit_entry)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.setObjectName("directory_retire")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.status = status_label("directory_status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.retire_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(900, 520)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        def show(entries: list[DirectoryEntry]) -> None:
            fit = self.model.rowCount() != len(entries)
            self.model.set_rows(entries)
            if fit:
                self.table.resizeColumnsToContents()
            row = next((i for i, e in enumerate(entries) if e.id == select_id), None)
            if row is not None:
                self.table.selectRow(row)
            self._update()

        ops.load_full_directory(self.session, show, self._failed)

    def entries(self) -> list[DirectoryEntry]:
        return list(self.model.rows)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _update(self) -> None:
        entry: DirectoryEntry | None = selected_row(self.table)
        self.edit_button.setEnabled(entry is not None)
        self.retire_button.setEnabled(entry is not None)
        self.retire_button.setText(
            self.tr("&Bring back") if entry is not None and entry.retired_on else self.tr("&Retire")
        )

    def _done(self, message: str) -> Callable[[Any], None]:
        def done(actor_id: Any) -> None:
            show_status(self.status, message)
            self.reload(select_id=actor_id if isinstance(actor_id, int) else None)

        return done

    def add_entry(self) -> None:
        dialog = DirectoryEntryDialog(parent=self)
        if self.run_dialog(dialog):
            done = self._done(self.tr("Entry added."))
            ops.add_directory_entry(self.session, dialog.values(), done, self._failed)

    def edit_entry(self) -> None:
        entry: DirectoryEntry | None = selected_row(self.table)
        if entry is None:
            return
        dialog = DirectoryEntryDialog(entry, self)
        if self.run_dialog(dialog):
            done = self._done(self.tr("Entry changed."))
            ops.update_directory_entry(self.session, entry.id, dialog.values(), done, self._failed)

    def toggle_retired(self) -> None:
        entry: DirectoryEntry | None = selected_row(self.table)
        if entry is None:
            return
        retire = entry.retired_on is None
        message = (
            self.tr("{name} is retired: no longer offered for new cases.")
            if retire
            else self.tr("{name} is offered again.")
        ).format(name=entry.name)
        ops.retire_directory_entry(
            self.session, entry.id, self.today(), retire, self._done(message), self._failed
        )
