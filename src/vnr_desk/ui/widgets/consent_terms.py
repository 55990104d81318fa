"""The terms every consent ledger asks for — written or oral, who documented an oral one,
an optional expiry — as one set of fields for the case's consent dialog and a cooperation
group's (they were two copies of the same rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from vnr_desk.domain.enums import ConsentForm
from vnr_desk.ui.widgets.common import date_edit, date_of


class ConsentTerms:
    """The fields and their rules; `add_rows` puts them into a dialog's form. An oral
    consent is documented by the caseworker of the profile unless someone else is typed."""

    def __init__(self, owner: QWidget, name: str, today: dt.date, caseworker: str = "") -> None:
        self.caseworker = caseworker  # from the vault's profile; never the OS login
        self.written = QRadioButton(
            QCoreApplication.translate("ConsentTerms", "&Written (signed form)")
        )
        self.oral = QRadioButton(QCoreApplication.translate("ConsentTerms", "&Oral"))
        self.written.setChecked(True)
        choice = QButtonGroup(owner)
        choice.addButton(self.written)
        choice.addButton(self.oral)
        self.documented_by = QLineEdit()
        self.documented_by.setObjectName(f"{name}_documented_by")
        self.documented_by.setPlaceholderText(
            QCoreApplication.translate("ConsentTerms", "Who heard and documented it")
        )
        self.documented_by.setEnabled(False)
        self.oral.toggled.connect(self._form_changed)
        self.expires = QCheckBox(QCoreApplication.translate("ConsentTerms", "&Expires on"))
        self.expires_on = date_edit(f"{name}_expires_on", today.replace(year=today.year + 1))
        self.expires_on.setEnabled(False)
        self.expires.toggled.connect(self.expires_on.setEnabled)

    def _form_changed(self, oral: bool) -> None:
        self.documented_by.setEnabled(oral)
        if oral and not self.documented_by.text():
            self.documented_by.setText(self.caseworker)

    def add_rows(self, form: QFormLayout) -> None:
        form_row = QHBoxLayout()
        form_row.addWidget(self.written)
        form_row.addWidget(self.oral)
        form_row.addStretch(1)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires)
        expiry_row.addWidget(self.expires_on)
        expiry_row.addStretch(1)
        form.addRow(QCoreApplication.translate("ConsentTerms", "Form:"), form_row)
        form.addRow(
            QCoreApplication.translate("ConsentTerms", "&Documented by:"), self.documented_by
        )
        form.addRow(expiry_row)

    def values(self) -> dict[str, Any]:
        oral = self.oral.isChecked()
        return {
            "form": ConsentForm.ORAL.value if oral else ConsentForm.WRITTEN.value,
            "documented_by": self.documented_by.text().strip() if oral else None,
            "expires_on": date_of(self.expires_on) if self.expires.isChecked() else None,
        }

    def problem(self, given_on: dt.date) -> str | None:
        """What keeps these terms from being recorded, in the person's words; None: fine."""
        values = self.values()
        if values["form"] == ConsentForm.ORAL and not values["documented_by"]:
            return QCoreApplication.translate(
                "ConsentTerms", "Oral consent must say who documented it."
            )
        if values["expires_on"] is not None and values["expires_on"] <= given_on:
            return QCoreApplication.translate(
                "ConsentTerms", "The expiry date must come after the day it was given."
            )
        return None
