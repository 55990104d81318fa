"""Overview: who is in the case (the person using violence kept apart), how it arrived,
risk, coordinator, the next deadlines and what is wrong with consent.

A protected address is only a marker until "Show address" asks the people service, which
audits the view; the revealed text is forgotten on reload and on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from vnr_desk.domain.enums import PersonRole
from vnr_desk.rules.deadlines import Deadline, DeadlineStatus
from vnr_desk.services.views.case_facts import CaseFactsView, CaseHeader
from vnr_desk.services.views.overview import ConsentWarning, OverviewView, PersonView
from vnr_desk.ui import labels
from vnr_desk.ui.case_dialogs.case_facts import CaseFactsDialog
from vnr_desk.ui.case_dialogs.closing import ChildConcernDialog, CloseCaseDialog
from vnr_desk.ui.case_dialogs.person import PersonDialog, RemovePersonDialog
from vnr_desk.ui.deadline_dialog import MarkDoneDialog, UrgentReasonDialog
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import cases as case_ops
from vnr_desk.ui.operations import deadlines as deadline_ops
from vnr_desk.ui.operations import overview as ops
from vnr_desk.ui.operations import people as people_ops
from vnr_desk.ui.operations import risk as risk_ops
from vnr_desk.ui.risk_dialog import RiskDialog
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.widgets.common import (
    ALERT_TEXT,
    AMBER,
    GREY,
    OVERDUE,
    RED,
    ROW_ROLE,
    VIOLENCE,
    Column,
    RowsModel,
    RowStyle,
    exec_dialog,
    fit_columns_to_contents,
    row_id,
    selected_row,
    show_status,
    status_label,
    table_view,
)


class OverviewTab(CaseTab):
    key = "overview"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.today: Callable[[], dt.date] = dt.date.today
        self.revealed: dict[int, str] = {}

        self.household_model = RowsModel(self._person_columns(), key=row_id)
        self.household = table_view("overview_household", self.household_model, stretch=4)
        self.violence_model = RowsModel(
            self._person_columns(),
            lambda _row: RowStyle(background=VIOLENCE, bold=True),
            key=row_id,
        )
        self.violence = table_view("overview_violence", self.violence_model, stretch=4)
        for view in (self.household, self.violence):
            view.setMinimumHeight(70)
            view.selectionModel().selectionChanged.connect(lambda *_args, v=view: self._use(v))
        self._current_view: QTableView = self.household
        self.show_address = QPushButton(self.tr("Show &address"))
        self.show_address.setObjectName("show_address")
        self.show_address.setToolTip(
            self.tr("Shows a protected address. Each view is recorded in the audit log.")
        )
        self.show_address.setEnabled(False)
        self.show_address.clicked.connect(self.reveal_selected)

        people_box = QGroupBox(self.tr("People in the case"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.household, 3)
        apart = QLabel(
            self.tr("Person using violence — kept apart, never printed on the citizen's papers")
        )
        apart.setWordWrap(True)
        apart.setStyleSheet(f"color: {ALERT_TEXT.name()}; font-weight: bold;")
        people_layout.addWidget(apart)
        self.violence.setMaximumHeight(96)
        people_layout.addWidget(self.violence)
        self.add_person = self._button("overview_add_person", self.tr("Add &person…"))
        self.add_person.clicked.connect(self.add_person_dialog)
        self.edit_person = self._button("overview_edit_person", self.tr("&Edit person…"))
        self.edit_person.clicked.connect(self.edit_person_dialog)
        self.remove_person = self._button(
            "overview_remove_person", self.tr("Remove as entered in &error…")
        )
        self.remove_person.clicked.connect(self.remove_person_dialog)
        self.child_concern = self._button("overview_child_concern", self.tr("&Underretning…"))
        self.child_concern.setToolTip(
            self.tr("Record a concern for a child reported to the children's unit")
        )
        self.child_concern.clicked.connect(self.child_concern_dialog)
        button_row = QHBoxLayout()
        for button in (
            self.add_person,
            self.edit_person,
            self.remove_person,
            self.show_address,
            self.child_concern,
        ):
            button_row.addWidget(button)
        button_row.addStretch(1)
        people_layout.addLayout(button_row)

        self.reference = self._value("overview_reference")
        self.opened = self._value("overview_opened")
        self.intake = self._value("overview_intake")
        self.forms = self._value("overview_forms")
        self.urgent = self._value("overview_urgent")
        self.risk = self._value("overview_risk")
        self.coordinator = self._value("overview_coordinator")
        facts_box = QGroupBox(self.tr("Case"))
        facts = QFormLayout(facts_box)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Reference:"), self.reference)
        facts.addRow(self.tr("Opened:"), self.opened)
        facts.addRow(self.tr("Intake route:"), self.intake)
        facts.addRow(self.tr("Forms of violence:"), self.forms)
        facts.addRow(self.tr("Urgent:"), self.urgent)
        facts.addRow(self.tr("Latest risk level:"), self.risk)
        self.risk_history = QListWidget()
        self.risk_history.setObjectName("overview_risk_history")
        self.risk_history.setMaximumHeight(64)
        self.risk_history.setWordWrap(True)
        self.risk_history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.risk_history.setToolTip(self.tr("Earlier risk assessments, newest first"))
        facts.addRow(self.tr("Risk history:"), self.risk_history)
        facts.addRow(self.tr("Coordinator:"), self.coordinator)
        self.urgent_button = QPushButton(self.tr("Mark &urgent…"))
        self.urgent_button.setObjectName("overview_urgent_button")
        self.urgent_button.clicked.connect(self.toggle_urgent)
        self.assess_risk = QPushButton(self.tr("Assess &risk…"))
        self.assess_risk.setObjectName("overview_assess_risk")
        self.assess_risk.clicked.connect(self.open_risk_dialog)
        risk_buttons = QHBoxLayout()
        risk_buttons.addWidget(self.assess_risk)
        risk_buttons.addWidget(self.urgent_button)
        risk_buttons.addStretch(1)
        facts.addRow("", risk_buttons)
        self.concerns = self._value("overview_concerns")
        facts.addRow(self.tr("Concerns reported (underretning):"), self.concerns)
        self.closing = self._value("overview_closing")
        facts.addRow(self.tr("Closed:"), self.closing)
        self.edit_facts = self._button("overview_edit_facts", self.tr("Case &facts…"))
        self.edit_facts.clicked.connect(self.case_facts_dialog)
        self.close_case = self._button("overview_close_case", self.tr("&Close case…"))
        self.close_case.clicked.connect(self.close_case_dialog)
        self.reopen_case = self._button("overview_reopen_case", self.tr("Re&open case"))
        self.reopen_case.clicked.connect(self.reopen)
        self.reopen_case.hide()
        case_buttons = QHBoxLayout()
        for button in (self.edit_facts, self.close_case, self.reopen_case):
            case_buttons.addWidget(button)
        case_buttons.addStretch(1)
        facts.addRow(case_buttons)

        self.deadlines = QListWidget()
        self.deadlines.setObjectName("overview_deadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.currentItemChanged.connect(self._deadline_chosen)
        self.mark_done = QPushButton(self.tr("Mark &done…"))
        self.mark_done.setObjectName("overview_mark_done")
        self.mark_done.setEnabled(False)
        self.mark_done.clicked.connect(self.mark_selected_done)
        deadlines_box = QGroupBox(self.tr("Next deadlines"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        deadlines_layout.addWidget(self.deadlines)
        done_row = QHBoxLayout()
        done_row.addWidget(self.mark_done)
        done_row.addStretch(1)
        deadlines_layout.addLayout(done_row)
        self.warnings = QListWidget()
        self.warnings.setObjectName("overview_consent_warnings")
        self.warnings.setWordWrap(True)
        warnings_box = QGroupBox(self.tr("Consent warnings"))
        QVBoxLayout(warnings_box).addWidget(self.warnings)

        grid = QGridLayout()
        grid.addWidget(people_box, 0, 0)
        grid.addWidget(facts_box, 0, 1)
        grid.addWidget(deadlines_box, 1, 0)
        grid.addWidget(warnings_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 1)
        self.status = status_label("overview_status")
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)
        self.view: OverviewView | None = None
        self.header: CaseHeader | None = None

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setEnabled(False)
        return button

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests answer in its place)."""
        return exec_dialog(dialog)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _person_columns(self) -> list[Column]:
        return [
            Column(self.tr("Role"), lambda p: labels.person_role(p.role)),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Born"), lambda p: labels.date_text(p.date_of_birth)),
            Column(self.tr("Phone"), lambda p: p.phone or ""),
            Column(
                self.tr("Address"),
                self._address_text,
                style=lambda p: (
                    RowStyle(AMBER, bold=True)
                    if p.protected_address and p.id not in self.revealed
                    else None
                ),
            ),
        ]

    def _address_text(self, person: PersonView) -> str:
        if person.id in self.revealed:
            return self.revealed[person.id]
        if person.protected_address:
            return self.tr("Protected address — hidden")
        return person.address or ""

    def title(self) -> str:
        return self.tr("&Overview")

    def load(self, case_id: int) -> None:
        self.household_model.reset_rows([])
        self.violence_model.reset_rows([])
        super().load(case_id)
        self.revealed.clear()
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        day = self.today()
        ops.load(self.session, case_id, day, self._show, self._failed)
        case_ops.header(self.session, case_id, self._show_closed, self._failed)

    def _show_closed(self, header: CaseHeader) -> None:
        """Closed: only reopening is offered; open: every correction is."""
        if self.case_id is None:
            return
        self.header = header
        closed = header.closed_on is not None
        self.concerns.setText(
            "\n".join(
                self.tr("{day} to {recipient}").format(
                    day=labels.date_text(on), recipient=recipient
                )
                for on, recipient in header.child_concerns
            )
            or self.tr("None")
        )
        self.closing.setText(
            self.tr("Closed on {day}").format(day=labels.date_text(header.closed_on))
            if closed
            else self.tr("No")
        )
        for button in (self.add_person, self.child_concern, self.edit_facts, self.close_case):
            button.setEnabled(not closed)
        self.close_case.setVisible(not closed)
        self.reopen_case.setVisible(closed)
        self.reopen_case.setEnabled(closed)
        self._update_address_button()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _show(self, view: OverviewView) -> None:
        if self.case_id is None:
            return
        self.view = view
        violent = PersonRole.PERSON_USING_VIOLENCE.value
        for table, model, people in (
            (self.household, self.household_model, [p for p in view.people if p.role != violent]),
            (self.violence, self.violence_model, [p for p in view.people if p.role == violent]),
        ):
            fit = model.rowCount() != len(people)  # a refresh keeps the column widths
            model.set_rows(people)
            if fit:
                fit_columns_to_contents(table)
        self._update_address_button()
        self.reference.setText(view.reference)
        self.opened.setText(labels.date_text(view.opened_on))
        self.intake.setText(labels.intake_route(view.intake_route))
        self.forms.setText(
            ", ".join(labels.violence_form(f) for f in view.violence_forms)
            or self.tr("None recorded")
        )
        if view.urgent:
            self.urgent.setText(
                self.tr("URGENT since {day}").format(day=labels.date_text(view.urgent_since))
            )
            self.urgent.setStyleSheet(f"color: {ALERT_TEXT.name()}; font-weight: bold;")
            self.urgent_button.setText(self.tr("Clear &urgent…"))
        else:
            self.urgent.setText(self.tr("No"))
            self.urgent.setStyleSheet("")
            self.urgent_button.setText(self.tr("Mark &urgent…"))
        if view.risk_level is None:
            self.risk.setText(self.tr("Not assessed"))
        else:
            self.risk.setText(
                self.tr("{level} (assessed {day})").format(
                    level=labels.risk_level(view.risk_level), day=labels.date_text(view.risk_on)
                )
            )
        self.coordinator.setText(view.coordinator or self.tr("No coordinator chosen"))
        self.risk_history.clear()
        for r in view.risk_history:
            self.risk_history.addItem(
                self.tr("{day}  {level} — {who}").format(
                    day=labels.date_text(r.made_on),
                    level=labels.risk_level(r.level),
                    who=r.assessor or self.tr("(assessor unknown)"),
                )
            )
        self.deadlines.clear()
        self.mark_done.setEnabled(False)
        for d in view.deadlines:
            text = self.tr("{day}  {what} — {status}").format(
                day=labels.date_text(d.due_on),
                what=labels.deadline_what(d.rule, d.subject_label, d.anchor_on),
                status=labels.deadline_state(d.rule, d.status, d.anchor_on, self.today()),
            )
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, d)
            if d.status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE):
                item.setBackground(OVERDUE)
                item.setForeground(ALERT_TEXT)
            self.deadlines.addItem(item)
        if not view.deadlines:
            self.deadlines.addItem(self.tr("No open deadlines"))
        self.warnings.clear()
        for w in view.consent_warnings:
            self.warnings.addItem(self._warning_item(w))
        if not view.consent_warnings:
            self.warnings.addItem(self.tr("No consent problems"))
        self.status.clear()

    def _warning_item(self, w: ConsentWarning) -> QListWidgetItem:
        if w.purpose is None:
            text = self.tr("{who}: no consent recorded").format(who=w.recipient_label)
        elif w.status == "expiring":
            text = self.tr("{who}: {purpose} expires {day}").format(
                who=w.recipient_label,
                purpose=labels.consent_purpose(w.purpose),
                day=labels.date_text(w.expires_on),
            )
        else:
            text = self.tr("{who}: {purpose} — {state}").format(
                who=w.recipient_label,
                purpose=labels.consent_purpose(w.purpose),
                state=labels.consent_state(w.status),
            )
        item = QListWidgetItem(text)
        colour = {"expiring": AMBER, "expired": GREY, "withdrawn": RED}.get(w.status)
        if colour is not None:
            item.setBackground(colour)
            item.setForeground(Qt.GlobalColor.black)
        return item

    def selected_deadline(self) -> Deadline | None:
        item = self.deadlines.currentItem()
        value = item.data(ROW_ROLE) if item is not None else None
        return value if isinstance(value, Deadline) else None

    def _deadline_chosen(self, *_args: object) -> None:
        d = self.selected_deadline()
        self.mark_done.setEnabled(d is not None and d.rule in deadline_ops.MARKABLE_RULES)

    def mark_selected_done(self) -> None:
        d, case_id = self.selected_deadline(), self.case_id
        if d is None or case_id is None or d.rule not in deadline_ops.MARKABLE_RULES:
            return
        what = labels.deadline_what(d.rule, d.subject_label, d.anchor_on)
        dialog = MarkDoneDialog(what, d.case_reference, self.today(), self)
        if not self.run_dialog(dialog):
            return
        on, remark = dialog.values()

        def done(_result: object) -> None:
            show_status(self.status, self.tr("Marked done: {what}").format(what=what))

        deadline_ops.mark_done(
            self.session, case_id, d.rule, on, remark, d.subject_id, done, self._failed
        )

    def open_risk_dialog(self) -> None:
        """Read the form (assessor, instruments, history) on the worker, then ask."""
        case_id = self.case_id
        if case_id is None:
            return

        def ask(form: object) -> None:
            if self.case_id != case_id:
                return
            dialog = RiskDialog(form, self.today(), self)  # type: ignore[arg-type]
            if not self.run_dialog(dialog):
                return
            values = dialog.values()

            def done(_result: object) -> None:
                show_status(self.status, self.tr("Risk assessment saved."))

            risk_ops.save(
                self.session,
                case_id,
                values["made_on"],  # type: ignore[arg-type]
                values["level"],  # type: ignore[arg-type]
                values["notes"],  # type: ignore[arg-type]
                values["instrument_key"],  # type: ignore[arg-type]
                values["answers"],  # type: ignore[arg-type]
                done,
                self._failed,
            )

        risk_ops.load_form(self.session, case_id, ask, self._failed)

    def toggle_urgent(self) -> None:
        """Set or clear urgent by hand; the reason is kept as an event and audited."""
        case_id, view = self.case_id, self.view
        if case_id is None or view is None:
            return
        setting = not view.urgent
        dialog = UrgentReasonDialog(setting, self.today(), self)
        if not self.run_dialog(dialog):
            return
        on, reason = dialog.values()

        def done(_result: object) -> None:
            show_status(
                self.status,
                self.tr("The case is marked urgent.") if setting else self.tr("Urgent cleared."),
            )

        run = deadline_ops.set_urgent if setting else deadline_ops.clear_urgent
        run(self.session, case_id, on, reason, done, self._failed)

    def _use(self, view: QTableView) -> None:
        """One selection across both tables: the address button acts on it."""
        if view.selectionModel().hasSelection():
            self._current_view = view
            other = self.violence if view is self.household else self.household
            other.selectionModel().clearSelection()
        self._update_address_button()

    def _update_address_button(self) -> None:
        person: PersonView | None = self.selected_person()
        self.show_address.setEnabled(
            person is not None and person.protected_address and person.id not in self.revealed
        )
        open_case = self.header is not None and self.header.closed_on is None
        self.edit_person.setEnabled(person is not None and open_case)
        self.remove_person.setEnabled(person is not None and open_case)

    # -- corrections of the case and its people ----------------------------------------

    def _written(self, message: str) -> Callable[[object], None]:
        return lambda _result: show_status(self.status, message)

    def add_person_dialog(self) -> None:
        case_id = self.case_id
        dialog = PersonDialog(self)
        if case_id is None or not self.run_dialog(dialog):
            return
        people_ops.add_person(
            self.session,
            case_id,
            dialog.values(),
            self._written(self.tr("The person was added.")),
            self._failed,
        )

    def edit_person_dialog(self) -> None:
        person, case_id = self.selected_person(), self.case_id
        if person is None or case_id is None:
            return
        hidden = person.protected_address and person.id not in self.revealed
        shown = replace(person, address=self.revealed.get(person.id, person.address))
        dialog = PersonDialog(self, shown, address_hidden=hidden)
        if not self.run_dialog(dialog):
            return
        people_ops.edit_person(
            self.session,
            case_id,
            person.id,
            dialog.changes(),
            self._written(self.tr("The person was corrected.")),
            self._failed,
        )
        self.revealed.pop(person.id, None)

    def remove_person_dialog(self) -> None:
        person, case_id = self.selected_person(), self.case_id
        if person is None or case_id is None:
            return
        dialog = RemovePersonDialog(person.name, self)
        if not self.run_dialog(dialog):
            return
        people_ops.remove_in_error(
            self.session,
            case_id,
            person.id,
            dialog.reason.toPlainText(),
            self._written(self.tr("The person was removed as entered in error.")),
            self._failed,
        )

    def child_concern_dialog(self) -> None:
        case_id = self.case_id
        dialog = ChildConcernDialog(self.today(), self)
        if case_id is None or not self.run_dialog(dialog):
            return
        on, recipient, remark = dialog.values()
        case_ops.child_concern(
            self.session,
            case_id,
            on,
            recipient,
            remark,
            self._written(
                self.tr("Underretning of {day} to {recipient} recorded.").format(
                    day=labels.date_text(on), recipient=recipient.strip()
                )
            ),
            self._failed,
        )

    def case_facts_dialog(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def edit(facts: CaseFactsView) -> None:
            dialog = CaseFactsDialog(facts, self)
            if self.case_id != case_id or not self.run_dialog(dialog):
                return
            case_ops.save_facts(
                self.session,
                case_id,
                dialog.values(),
                self._written(self.tr("The case facts were saved.")),
                self._failed,
            )

        case_ops.facts(self.session, case_id, edit, self._failed)

    def close_case_dialog(self) -> None:
        case_id = self.case_id
        dialog = CloseCaseDialog(self.today(), self)
        if case_id is None or not self.run_dialog(dialog):
            return
        closed_on, reason, handed_to, after_effort = dialog.values()
        case_ops.close_case(
            self.session,
            case_id,
            closed_on,
            reason,
            handed_to,
            after_effort,
            self._written(self.tr("The case was closed.")),
            self._failed,
        )

    def reopen(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        case_ops.reopen_case(
            self.session, case_id, self._written(self.tr("The case was reopened.")), self._failed
        )

    def selected_person(self) -> PersonView | None:
        return selected_row(self._current_view)

    def reveal_selected(self) -> None:
        person = self.selected_person()
        if person is None or self.case_id is None:
            return
        self.reveal(person.id)

    def reveal(self, person_id: int) -> None:
        """Ask the service for the address (it audits a protected one) and show it."""
        case_id = self.case_id
        if case_id is None:
            return

        def shown(address: str | None) -> None:
            if self.case_id != case_id:
                return
            self.revealed[person_id] = address or self.tr("(no address recorded)")
            for model in (self.household_model, self.violence_model):
                model.layoutChanged.emit()
            self.show_address.setEnabled(False)
            show_status(self.status, self.tr("The address was shown; the view is recorded."))

        ops.reveal_address(self.session, case_id, person_id, shown, self._failed)

    def clear(self) -> None:
        super().clear()
        self.view = None
        self.header = None
        self.revealed.clear()
        self.household_model.reset_rows([])
        self.violence_model.reset_rows([])
        for button in (
            self.show_address,
            self.add_person,
            self.edit_person,
            self.remove_person,
            self.child_concern,
            self.edit_facts,
            self.close_case,
            self.reopen_case,
        ):
            button.setEnabled(False)
        for label in (
            self.reference,
            self.opened,
            self.intake,
            self.forms,
            self.urgent,
            self.risk,
            self.coordinator,
            self.closing,
            self.concerns,
            self.status,
        ):
            label.clear()
        self.deadlines.clear()
        self.mark_done.setEnabled(False)
        self.risk_history.clear()
        self.warnings.clear()
