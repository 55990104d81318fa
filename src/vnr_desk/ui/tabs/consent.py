"""Consent: a grid of recipients × purposes with a status chip in each cell, recording a
consent (written or oral), withdrawing one (a button and a confirmation that names the
recipient and the purposes that end; never a key or a double-click on a chip), and each
recipient's full ledger. "Documented by" and "recorded by" start from the caseworker
profile in the vault, never the computer's login.

The grid is recomputed by the consent service after every change, so a chip shows exactly
what `may_share` would answer today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import ConsentForm, ConsentPurpose
from vnr_desk.rules.consent import SHAREABLE_STATES, ConsentState
from vnr_desk.services.consent import ConsentCell
from vnr_desk.services.settings import caseworker_profile
from vnr_desk.services.views.consent import ConsentHistoryEntry
from vnr_desk.ui import dates, labels
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import consent as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.widgets.common import (
    Column,
    Index,
    RowsModel,
    date_edit,
    date_of,
    exec_dialog,
    fit_columns_to_contents,
    merge_rows,
    ok_cancel,
    show_status,
    status_label,
    table_view,
)
from vnr_desk.ui.widgets.consent_chip import STATE_ROLE, ChipDelegate
from vnr_desk.ui.widgets.consent_terms import ConsentTerms

PURPOSES = list(ConsentPurpose)
CELL_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class Recipient:
    key: str
    label: str


class ConsentGridModel(QAbstractTableModel):
    """Column 0 names the recipient; columns 1.. are the purposes."""

    def __init__(self) -> None:
        super().__init__()
        self.recipients: list[Recipient] = []
        self.cells: dict[tuple[str, str], ConsentCell] = {}

    def set_cells(self, cells: list[ConsentCell]) -> None:
        """Update the grid in place by recipient: the chosen chip stays chosen."""
        recipients: list[Recipient] = []
        seen: set[str] = set()
        for cell in cells:
            if cell.recipient not in seen:
                seen.add(cell.recipient)
                recipients.append(Recipient(cell.recipient, cell.recipient_label))
        self.cells = {(c.recipient, c.purpose.value): c for c in cells}
        merge_rows(self, self.recipients, recipients, lambda r: r.key)

    def reset(self) -> None:
        self.beginResetModel()
        self.recipients = []
        self.cells = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.recipients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PURPOSES) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Recipient")
        return labels.consent_purpose(PURPOSES[section - 1])

    def cell(self, row: int, column: int) -> ConsentCell | None:
        if not 0 <= row < len(self.recipients) or column < 1:
            return None
        return self.cells.get((self.recipients[row].key, PURPOSES[column - 1].value))

    def state(self, key: str, purpose: ConsentPurpose | str) -> str | None:
        cell = self.cells.get((key, str(purpose)))
        return cell.status.value if cell else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        recipient = self.recipients[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return recipient.label
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.status == ConsentState.EXPIRING and cell.expires_on:
                return self.tr("Expires {day}").format(day=dates.short_day(cell.expires_on))
            return labels.consent_state(cell.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{recipient.label} — {labels.consent_purpose(cell.purpose)}: "
            text += labels.consent_state(cell.status)
            if cell.expires_on:
                text += " " + self.tr("(valid until {day})").format(
                    day=labels.date_text(cell.expires_on)
                )
            return text
        if role == STATE_ROLE:
            return cell.status.value
        if role == CELL_ROLE:
            return cell
        return None


class RecordConsentDialog(QDialog):
    """Recipient, purposes, given on, written or oral (oral: documented by), optional expiry."""

    def __init__(
        self,
        recipients: list[Recipient],
        today: dt.date,
        recipient_key: str | None = None,
        purpose: str | None = None,
        parent: QWidget | None = None,
        caseworker: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.recipient = QComboBox()
        self.recipient.setObjectName("consent_recipient")
        for r in recipients:
            self.recipient.addItem(r.label, r.key)
        if recipient_key is not None:
            self.recipient.setCurrentIndex(max(0, self.recipient.findData(recipient_key)))
        self.purposes: dict[str, QCheckBox] = {}
        purpose_box = QGroupBox(self.tr("Purposes"))
        purpose_layout = QVBoxLayout(purpose_box)
        for p in PURPOSES:
            box = QCheckBox(labels.consent_purpose(p))
            box.setObjectName(f"purpose_{p.value}")
            box.setChecked(p.value == purpose)
            self.purposes[p.value] = box
            purpose_layout.addWidget(box)
        self.given_on = date_edit("consent_given_on", today)
        self.terms = ConsentTerms(self, "consent", today, caseworker)
        self.problem = QLabel()
        self.problem.setObjectName("consent_problem")
        self.problem.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(purpose_box)
        form.addRow(self.tr("&Given on:"), self.given_on)
        self.terms.add_rows(form)
        self.buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def chosen_purposes(self) -> list[str]:
        return [key for key, box in self.purposes.items() if box.isChecked()]

    def values(self) -> dict[str, Any]:
        return {
            "recipient": self.recipient.currentData(),
            "purposes": self.chosen_purposes(),
            "given_on": date_of(self.given_on),
            **self.terms.values(),
        }

    def _accept(self) -> None:
        if not self.chosen_purposes():
            self.problem.setText(self.tr("Choose at least one purpose."))
        elif (problem := self.terms.problem(date_of(self.given_on))) is not None:
            self.problem.setText(problem)
        else:
            self.accept()


class WithdrawDialog(QDialog):
    """The confirmation of a withdrawal: who loses what (this purpose only, or everything
    the consent covers, as chosen), how the citizen said it, and who records it."""

    def __init__(
        self,
        recipient: str,
        purpose: str,
        covered: list[str],
        caseworker: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.recipient = recipient
        self.purpose = purpose
        self.covered = covered
        intro = QLabel(self.tr("The citizen withdraws consent for {who}.").format(who=recipient))
        intro.setWordWrap(True)
        self.only_this = QRadioButton(
            self.tr("Only this purpose: {what}").format(what=labels.consent_purpose(purpose))
        )
        self.only_this.setObjectName("withdraw_only_this")
        self.everything = QRadioButton(
            self.tr("Everything this consent covers: {what}").format(
                what=", ".join(labels.consent_purpose(p) for p in covered)
            )
        )
        self.everything.setObjectName("withdraw_everything")
        self.only_this.setChecked(True)
        self.everything.setVisible(set(covered) != {purpose})
        choice = QButtonGroup(self)
        choice.addButton(self.only_this)
        choice.addButton(self.everything)
        self.summary = QLabel()
        self.summary.setObjectName("withdraw_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.how = QComboBox()
        self.how.setObjectName("withdraw_how")
        for value, label in labels.choices(ConsentForm, labels.consent_form):
            self.how.addItem(label, value)
        self.how.setCurrentIndex(self.how.findData(ConsentForm.ORAL.value))
        self.recorded_by = QLineEdit(caseworker)
        self.recorded_by.setObjectName("withdraw_recorded_by")
        self.recorded_by.setPlaceholderText(self.tr("Your name"))
        form = QFormLayout()
        form.addRow(self.tr("&How:"), self.how)
        form.addRow(self.tr("&Recorded by:"), self.recorded_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(
            self.tr("&Withdraw"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("withdraw_confirm")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.only_this.toggled.connect(self._update)
        self.recorded_by.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.only_this)
        layout.addWidget(self.everything)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def ending(self) -> list[str]:
        """The purposes that end with this withdrawal."""
        return [self.purpose] if self.only_this.isChecked() else list(self.covered)

    def _update(self) -> None:
        self.summary.setText(
            self.tr("From today {who} may no longer receive: {what}.").format(
                who=self.recipient,
                what=", ".join(labels.consent_purpose(p) for p in self.ending()),
            )
        )
        self.confirm.setEnabled(bool(self.recorded_by.text().strip()))


class ConsentTab(CaseTab):
    key = "consent"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.today: Callable[[], dt.date] = dt.date.today
        self.model = ConsentGridModel()
        self.grid = QTableView()
        self.grid.setObjectName("consent_grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(ChipDelegate(self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setDefaultSectionSize(34)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(140)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)

        self.record_button = QPushButton(self.tr("&Record consent…"))
        self.record_button.setObjectName("record_consent")
        self.record_button.clicked.connect(self.record_dialog)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        legend = QLabel(
            self.tr(
                "Green: valid · Amber: expires soon · Grey: expired · Red: withdrawn · "
                "Dashed: none recorded"
            )
        )
        legend.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No one to record consent for yet. Add an actor or someone from the "
                "citizen's network under Actors and network first."
            )
        )
        self.empty.setObjectName("consent_empty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)

        self.history_model = RowsModel(
            [
                Column(self.tr("Date"), lambda e: labels.date_text(e.on)),
                Column(self.tr("Event"), self._event_text),
                Column(
                    self.tr("Purposes"),
                    lambda e: ", ".join(labels.consent_purpose(p) for p in e.purposes),
                ),
                Column(self.tr("Form"), lambda e: labels.consent_form(e.form)),
                Column(self.tr("Documented / recorded by"), lambda e: e.documented_by or ""),
                Column(self.tr("Expires"), lambda e: labels.date_text(e.expires_on)),
            ]
        )
        self.history = table_view("consent_history", self.history_model, stretch=2)
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setObjectName("consent_history_title")
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.grid, 1)
        top_layout.addWidget(legend)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = status_label("consent_status")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._history_key: str | None = None

    def title(self) -> str:
        return self.tr("&Consent")

    def _event_text(self, entry: ConsentHistoryEntry) -> str:
        return {
            "given": self.tr("Given"),
            "renewed": self.tr("Renewed"),
            "withdrawn": self.tr("Withdrawn"),
        }.get(entry.event, entry.event)

    # -- loading ---------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        self.model.reset()
        super().load(case_id)
        self._history_key = None
        self.history_model.set_rows([])
        self.history_title.setText(self.tr("History"))
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        day = self.today()

        ops.load(self.session, case_id, day, self._show, self._failed)

    def _show(self, cells: list[ConsentCell]) -> None:
        if self.case_id is None:
            return
        self.model.set_cells(cells)  # in place: the chosen chip stays chosen
        for c in range(1, self.model.columnCount()):
            self.grid.resizeColumnToContents(c)
        if not self.grid.currentIndex().isValid() and self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, 1))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_buttons()
        if self._history_key is not None:
            self.show_history(self._history_key)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid() and current.row() < len(self.model.recipients):
            key = self.model.recipients[current.row()].key
            if key != self._history_key:
                self.show_history(key)

    def selected_cell(self) -> ConsentCell | None:
        index = self.grid.currentIndex()
        return self.model.cell(index.row(), index.column()) if index.isValid() else None

    def _update_buttons(self) -> None:
        cell = self.selected_cell()
        self.withdraw_button.setEnabled(cell is not None and cell.status in SHAREABLE_STATES)

    def show_history(self, key: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self._history_key = key
        label = next((r.label for r in self.model.recipients if r.key == key), "")
        self.history_title.setText(self.tr("History for {who}").format(who=label))
        ops.history(self.session, case_id, key, self._show_history, self._failed)

    def _show_history(self, rows: list[ConsentHistoryEntry]) -> None:
        if self.case_id is None:
            return
        self.history_model.set_rows(rows)
        fit_columns_to_contents(self.history)

    def select_cell(self, key: str, purpose: ConsentPurpose | str) -> None:
        """Put the cursor on one chip (keyboard users and tests)."""
        row = next(i for i, r in enumerate(self.model.recipients) if r.key == key)
        column = PURPOSES.index(ConsentPurpose(purpose)) + 1
        self.grid.setCurrentIndex(self.model.index(row, column))

    # -- recording -------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def record_dialog(self) -> None:
        if self.case_id is None:
            return
        if not self.model.recipients:
            show_status(self.status, self.empty.text(), error=True)
            return
        self.session.run(lambda s: caseworker_profile(s).name, self._record_dialog, self._failed)

    def _record_dialog(self, caseworker: str) -> None:
        if self.case_id is None or not self.model.recipients:
            return
        cell = self.selected_cell()
        index = self.grid.currentIndex()
        key = self.model.recipients[index.row()].key if index.isValid() else None
        dialog = RecordConsentDialog(
            self.model.recipients,
            self.today(),
            key,
            cell.purpose.value if cell else None,
            self,
            caseworker,
        )
        if self.run_dialog(dialog):
            self.record(**dialog.values())

    def record(
        self,
        recipient: str,
        purposes: list[str],
        given_on: dt.date,
        form: str,
        documented_by: str | None,
        expires_on: dt.date | None,
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def done(_result: object) -> None:
            show_status(self.status, self.tr("Consent recorded."))
            self._history_key = recipient
            self.refresh()

        values = {"form": form, "documented_by": documented_by, "expires_on": expires_on}
        ops.record(self.session, case_id, recipient, purposes, given_on, values, done, self._failed)

    # -- withdrawing -----------------------------------------------------------------------

    def confirm_withdraw(
        self, recipient: str, purpose: str, covered: list[str], caseworker: str
    ) -> tuple[list[str], str, str] | None:
        """Ask before withdrawing; returns (purposes that end, how, recorded by) or None.
        Tests replace it."""
        dialog = WithdrawDialog(recipient, purpose, covered, caseworker, self)
        if not self.run_dialog(dialog):
            return None
        return dialog.ending(), dialog.how.currentData(), dialog.recorded_by.text()

    def withdraw_selected(self) -> None:
        """The Withdraw… button: only ever a deliberate click, never a key on a chip."""
        cell = self.selected_cell()
        case_id = self.case_id
        if cell is None or case_id is None or cell.status not in SHAREABLE_STATES:
            return
        day = self.today()

        def ask(found: tuple[list[str], str]) -> None:
            purposes, caseworker = found
            answer = self.confirm_withdraw(
                cell.recipient_label, cell.purpose.value, purposes, caseworker
            )
            if answer is not None:
                self.withdraw(cell.recipient, *answer)

        ops.withdrawal_context(
            self.session, case_id, cell.recipient, cell.purpose, day, ask, self._failed
        )

    def withdraw(self, key: str, purposes: list[str], how: str, recorded_by: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        day = self.today()

        def done(_result: object) -> None:
            show_status(self.status, self.tr("Consent withdrawn from today."))
            self._history_key = key
            self.refresh()

        ops.withdraw(
            self.session, case_id, key, purposes, day, how, recorded_by, done, self._failed
        )

    def clear(self) -> None:
        super().clear()
        self.model.reset()
        self.history_model.set_rows([])
        self.history_title.setText(self.tr("History"))
        self._history_key = None
        self.withdraw_button.setEnabled(False)
        self.status.clear()
