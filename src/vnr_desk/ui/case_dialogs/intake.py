"""New case: the citizen, how the case arrived, the crisis-centre dates, forms of violence,
urgency, and any children or person using violence, saved in one command.

The reference is suggested from the municipality's prefix, the year and a running number;
both can be changed here, and a changed prefix is kept for the next case. A reference
already in use is reported in the dialog, which stays open with everything typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import IntakeRoute, PersonRole
from vnr_desk.services.intake import IntakeResult, IntakeValues, PersonValues
from vnr_desk.ui import labels
from vnr_desk.ui.case_dialogs.fields import OptionalDate, PersonForm, ViolenceFormsBox
from vnr_desk.ui.case_dialogs.person import PersonDialog
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import cases as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import (
    date_edit,
    date_of,
    discard_guard,
    exec_dialog,
    ok_cancel,
    show_status,
    status_label,
)


class IntakeDialog(QDialog):
    def __init__(self, session: VaultSession, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("intake_dialog")
        self.setWindowTitle(self.tr("New case"))
        self.session = session
        self.today = today
        self.result_ids: IntakeResult | None = None
        self.others: list[PersonValues] = []
        self._suggested = ""

        self.prefix = QLineEdit()
        self.prefix.setObjectName("intake_prefix")
        self.prefix.setMaximumWidth(110)
        self.prefix.setToolTip(self.tr("The start of every new reference; kept for the next case"))
        self.prefix.editingFinished.connect(self._suggest)
        self.reference = QLineEdit()
        self.reference.setObjectName("intake_reference")
        self.opened = date_edit("intake_opened", today)
        reference_box = QGroupBox(self.tr("Case"))
        reference_form = QFormLayout(reference_box)
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.prefix)
        reference_row.addWidget(self.reference, 1)
        reference_label = QLabel(self.tr("Prefix and &reference:"))
        reference_label.setBuddy(self.reference)
        reference_form.addRow(reference_label, reference_row)
        reference_form.addRow(self.tr("&Opened:"), self.opened)

        self.citizen = PersonForm(PersonRole.VICTIM_SURVIVOR.value, prefix="citizen")
        citizen_box = QGroupBox(self.tr("Citizen"))
        QVBoxLayout(citizen_box).addWidget(self.citizen)

        self.household = QListWidget()
        self.household.setObjectName("intake_household")
        self.household.setMaximumHeight(110)
        self.add_person = QPushButton(self.tr("&Add child or other person…"))
        self.add_person.setObjectName("intake_add_person")
        self.add_person.clicked.connect(self._add_other)
        self.remove_person = QPushButton(self.tr("Re&move from list"))
        self.remove_person.setObjectName("intake_remove_person")
        self.remove_person.clicked.connect(self._remove_other)
        household_box = QGroupBox(self.tr("Children, person using violence, household"))
        household_layout = QVBoxLayout(household_box)
        household_layout.addWidget(self.household)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_person)
        buttons_row.addWidget(self.remove_person)
        buttons_row.addStretch(1)
        household_layout.addLayout(buttons_row)

        self.route = QComboBox()
        self.route.setObjectName("intake_route")
        for value, label in labels.choices(IntakeRoute, labels.intake_route):
            self.route.addItem(label, value)
        self.route.setCurrentIndex(self.route.findData(IntakeRoute.OTHER.value))
        self.admission = OptionalDate("intake_admission", self.tr("Known"))
        self.notified = OptionalDate("intake_notified", self.tr("Known"))
        self.notified.setToolTip(
            self.tr("The 3-day contact deadline runs from this date when it is recorded")
        )
        self.forms = ViolenceFormsBox()
        self.urgent = QCheckBox(
            self.tr("&Urgent case (the coordination group meets within 24 hours)")
        )
        self.urgent.setObjectName("intake_urgent")
        facts_box = QGroupBox(self.tr("Intake"))
        facts = QFormLayout(facts_box)
        facts.addRow(self.tr("Intake &route:"), self.route)
        facts.addRow(self.tr("Crisis-centre admission:"), self.admission)
        facts.addRow(self.tr("Municipality notified:"), self.notified)
        facts.addRow(self.tr("Forms of violence:"), self.forms)
        facts.addRow("", self.urgent)

        left = QVBoxLayout()
        left.addWidget(reference_box)
        left.addWidget(citizen_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(facts_box)
        right.addWidget(household_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.status = status_label("intake_status")
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self, self._ok))
        self.citizen.name.setFocus()
        ops.reference_suggestion(session, today.year, None, self._show_suggestion, self._failed)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a nested dialog (tests answer in its place)."""
        return exec_dialog(dialog)

    def _suggest(self) -> None:
        ops.reference_suggestion(
            self.session, self.today.year, self.prefix.text(), self._show_suggestion, self._failed
        )

    def _show_suggestion(self, suggestion: tuple[str, str]) -> None:
        """Fill prefix and reference unless the user typed a reference of their own."""
        prefix, reference = suggestion
        guard = discard_guard(self)
        untouched = guard is not None and guard.start is not None and not guard.changed()
        if self.prefix.text() != prefix:
            self.prefix.setText(prefix)
        if self.reference.text() in ("", self._suggested):
            self.reference.setText(reference)
        self._suggested = reference
        if untouched and guard is not None:
            guard.reset()

    def _add_other(self) -> None:
        dialog = PersonDialog(self)
        dialog.form.set_role(PersonRole.CHILD.value)
        if not self.run_dialog(dialog):
            return
        person = dialog.values()
        self.others.append(person)
        self.household.addItem(f"{labels.person_role(person.role)}: {person.name.strip()}")

    def _remove_other(self) -> None:
        row = self.household.currentRow()
        if row < 0:
            return
        del self.others[row]
        self.household.takeItem(row)

    def values(self) -> IntakeValues:
        return IntakeValues(
            reference=self.reference.text(),
            opened_on=date_of(self.opened),
            citizen=self.citizen.values(),
            intake_route=str(self.route.currentData()),
            admission_on=self.admission.value(),
            notified_on=self.notified.value(),
            violence_forms=self.forms.chosen(),
            urgent=self.urgent.isChecked(),
            others=tuple(self.others),
        )

    def _ok(self) -> None:
        if not self.citizen.name.text().strip():
            show_status(self.status, self.tr("Enter the citizen's name."), error=True)
            self.citizen.name.setFocus()
            return
        if not self.reference.text().strip():
            show_status(self.status, self.tr("Enter a reference for the case."), error=True)
            return
        ops.open_with_intake(
            self.session, self.values(), self.prefix.text(), self._opened, self._failed
        )

    def _opened(self, result: IntakeResult) -> None:
        self.result_ids = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
