"""Close a case (when, why, who takes over, the plan for afterwards) and record an
underretning for a child."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.ui.widgets.common import date_edit, date_of, ok_cancel, show_status, status_label


class CloseCaseDialog(QDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_case_dialog")
        self.setWindowTitle(self.tr("Close case"))
        self.closed_on = date_edit("close_date", today)
        self.reason = QLineEdit()
        self.reason.setObjectName("close_reason")
        self.reason.setPlaceholderText(self.tr("e.g. goals reached, moved to another municipality"))
        self.handed_to = QLineEdit()
        self.handed_to.setObjectName("close_handed_to")
        self.handed_to.setPlaceholderText(self.tr("e.g. the adult unit, the citizen's GP"))
        self.after_effort = QPlainTextEdit()
        self.after_effort.setObjectName("close_after_effort")
        self.after_effort.setPlaceholderText(
            self.tr("The citizen's plan for when the effort ends (printed on the plan)")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Closed &on:"), self.closed_on)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Who takes over:"), self.handed_to)
        form.addRow(self.tr("&After the effort:"), self.after_effort)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(560)

    def values(self) -> tuple[dt.date, str, str, str]:
        return (
            date_of(self.closed_on),
            self.reason.text(),
            self.handed_to.text(),
            self.after_effort.toPlainText(),
        )


class ChildConcernDialog(QDialog):
    """An underretning: a concern for a child, sent to the children's unit."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("child_concern_dialog")
        self.setWindowTitle(self.tr("Concern for a child (underretning)"))
        self.sent_on = date_edit("concern_date", today)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("concern_recipient")
        self.recipient.setPlaceholderText(self.tr("e.g. Børn og Familie"))
        self.remark = QPlainTextEdit()
        self.remark.setObjectName("concern_remark")
        self.remark.setMaximumHeight(110)
        self.status = status_label("concern_status")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Sent &on:"), self.sent_on)
        form.addRow(self.tr("&Sent to:"), self.recipient)
        form.addRow(self.tr("Re&mark:"), self.remark)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self, self._ok))
        self.setMinimumWidth(500)

    def _ok(self) -> None:
        if not self.recipient.text().strip():
            show_status(self.status, self.tr("Enter who the report was sent to."), error=True)
            return
        self.accept()

    def values(self) -> tuple[dt.date, str, str]:
        return date_of(self.sent_on), self.recipient.text(), self.remark.toPlainText()
