"""Correct how the case arrived, its crisis-centre dates and the forms of violence."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from vnr_desk.domain.enums import IntakeRoute
from vnr_desk.services.cases import CaseFacts
from vnr_desk.services.views.case_facts import CaseFactsView
from vnr_desk.ui import labels
from vnr_desk.ui.case_dialogs.fields import OptionalDate, ViolenceFormsBox
from vnr_desk.ui.widgets.common import ok_cancel


class CaseFactsDialog(QDialog):
    def __init__(self, facts: CaseFactsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_facts_dialog")
        self.setWindowTitle(self.tr("Case facts"))
        self.route = QComboBox()
        self.route.setObjectName("facts_route")
        for value, label in labels.choices(IntakeRoute, labels.intake_route):
            self.route.addItem(label, value)
        self.route.setCurrentIndex(self.route.findData(facts.intake_route))
        self.admission = OptionalDate("facts_admission", self.tr("Known"), facts.admission_on)
        self.notified = OptionalDate("facts_notified", self.tr("Known"), facts.notified_on)
        self.discharge = OptionalDate("facts_discharge", self.tr("Known"), facts.discharge_on)
        self.forms = ViolenceFormsBox(facts.violence_forms)
        form = QFormLayout()
        form.addRow(self.tr("Intake &route:"), self.route)
        form.addRow(self.tr("Crisis-centre admission:"), self.admission)
        form.addRow(self.tr("Municipality notified:"), self.notified)
        form.addRow(self.tr("Discharged from the crisis centre:"), self.discharge)
        form.addRow(self.tr("Forms of violence:"), self.forms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(680)  # room for the Swedish labels and violence forms

    def values(self) -> CaseFacts:
        return CaseFacts(
            str(self.route.currentData()),
            self.admission.value(),
            self.notified.value(),
            self.discharge.value(),
            self.forms.chosen(),
        )
