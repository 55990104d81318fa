"""Add or correct a person of the case, or remove one entered in error."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from vnr_desk.services.intake import PersonValues
from vnr_desk.services.views.overview import PersonView
from vnr_desk.ui.case_dialogs.fields import PersonForm
from vnr_desk.ui.widgets.common import ok_cancel, show_status, status_label


class PersonDialog(QDialog):
    """A person's details. Editing a protected address that was not shown keeps it: the
    field stays empty and locked, so the address is never read just to fill a form."""

    def __init__(
        self,
        parent: QWidget | None = None,
        person: PersonView | None = None,
        address_hidden: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.form = PersonForm()
        self.address_hidden = address_hidden
        if person is not None:
            self.form.set_role(person.role)
            self.form.name.setText(person.name)
            self.form.born.set(person.date_of_birth)
            self.form.phone.setText(person.phone or "")
            self.form.protected.setChecked(person.protected_address)
            if address_hidden:
                self.form.address.setEnabled(False)
                self.form.address.setPlaceholderText(
                    self.tr("Protected — kept as it is (show the address first to change it)")
                )
            else:
                self.form.address.setText(person.address or "")
        self.status = status_label("person_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self, self._ok))
        self.setMinimumWidth(520)

    def _ok(self) -> None:
        if not self.form.name.text().strip():
            show_status(self.status, self.tr("Enter the person's name."), error=True)
            return
        self.accept()

    def values(self) -> PersonValues:
        return self.form.values()

    def changes(self) -> dict[str, object]:
        """The fields to store on an edit (a hidden protected address is left out)."""
        values = self.values()
        changes = {"role": values.role, **values.as_changes()}
        if self.address_hidden:
            del changes["address"]
        return changes


class RemovePersonDialog(QDialog):
    """Why a person is removed as entered in error (kept for the audit, gone from views)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remove_person_dialog")
        self.setWindowTitle(self.tr("Remove as entered in error"))
        text = QLabel(
            self.tr(
                "{name} is removed from the case's lists and printouts. The entry is kept "
                "in the audit log with the reason."
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("remove_reason")
        self.reason.setPlaceholderText(self.tr("Reason, e.g. entered in the wrong case"))
        self.reason.setMaximumHeight(90)
        self.status = status_label("remove_status")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self, self._ok))
        self.setMinimumWidth(460)

    def _ok(self) -> None:
        if not self.reason.toPlainText().strip():
            show_status(self.status, self.tr("Give a reason."), error=True)
            return
        self.accept()
