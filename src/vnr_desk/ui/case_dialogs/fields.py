"""Fields the case dialogs share: a date that may be unknown, a person's details, the
forms of violence as check boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from vnr_desk.domain.enums import PersonRole, ViolenceForm
from vnr_desk.services.intake import PersonValues
from vnr_desk.ui import labels
from vnr_desk.ui.widgets.common import date_edit, date_of, set_date


class OptionalDate(QWidget):
    """A date that may not be known yet: a check box turns the date field on."""

    def __init__(self, name: str, text: str, value: dt.date | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.known = QCheckBox(text)
        self.known.setObjectName(f"{name}_known")
        self.edit = date_edit(f"{name}_date", value)
        self.known.toggled.connect(self.edit.setEnabled)
        self.set(value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)

    def set(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            set_date(self.edit, value)

    def value(self) -> dt.date | None:
        return date_of(self.edit) if self.known.isChecked() else None


class ViolenceFormsBox(QWidget):
    """One check box per form of violence, three to a row."""

    def __init__(self, chosen: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.setObjectName("violence_forms")
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (value, label) in enumerate(labels.choices(ViolenceForm, labels.violence_form)):
            box = QCheckBox(label)
            box.setObjectName(f"form_{value}")
            box.setChecked(value in chosen)
            self.boxes[value] = box
            grid.addWidget(box, i // 3, i % 3)

    def chosen(self) -> tuple[str, ...]:
        return tuple(value for value, box in self.boxes.items() if box.isChecked())


class PersonForm(QWidget):
    """A person's details; the role is fixed (the citizen at intake) or chosen."""

    def __init__(self, role: str | None = None, prefix: str = "person") -> None:
        super().__init__()
        self.fixed_role = role
        self.role = QComboBox()
        self.role.setObjectName(f"{prefix}_role")
        for value, label in labels.choices(PersonRole, labels.person_role):
            if value != PersonRole.VICTIM_SURVIVOR or role == PersonRole.VICTIM_SURVIVOR:
                self.role.addItem(label, value)
        self.name = QLineEdit()
        self.name.setObjectName(f"{prefix}_name")
        self.born = OptionalDate(f"{prefix}_born", self.tr("Known"))
        self.phone = QLineEdit()
        self.phone.setObjectName(f"{prefix}_phone")
        self.address = QLineEdit()
        self.address.setObjectName(f"{prefix}_address")
        self.protected = QCheckBox(self.tr("&Protected address (never printed, hidden in lists)"))
        self.protected.setObjectName(f"{prefix}_protected")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if role is None:
            form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Date of &birth:"), self.born)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow("", self.protected)

    def set_role(self, role: str) -> None:
        index = self.role.findData(role)
        if index < 0:  # the citizen's own role, offered only when editing the citizen
            self.role.addItem(labels.person_role(role), role)
            index = self.role.count() - 1
        self.role.setCurrentIndex(index)

    def values(self) -> PersonValues:
        return PersonValues(
            role=self.fixed_role or str(self.role.currentData()),
            name=self.name.text(),
            date_of_birth=self.born.value(),
            phone=self.phone.text(),
            address=self.address.text(),
            protected_address=self.protected.isChecked(),
        )
