""" "Mark done…": the date and a remark for the fact that completes a deadline, and the
reason asked when urgent is set or cleared by hand. The service decides which event that
is; the dialog only names the deadline it is about."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.ui.widgets.common import date_edit, date_of, ok_cancel, show_status, status_label


class MarkDoneDialog(QDialog):
    """The day it was done (not after today) and a remark kept with the event."""

    def __init__(
        self, what: str, case_reference: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mark_done_dialog")
        self.setWindowTitle(self.tr("Mark deadline done"))
        about = QLabel(
            self.tr("<b>{what}</b><br>Case {case}").format(what=what, case=case_reference)
        )
        about.setTextFormat(about.textFormat().RichText)
        about.setWordWrap(True)
        self.done_on = date_edit("mark_done_date", today)
        self.done_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.remark = QPlainTextEdit()
        self.remark.setObjectName("mark_done_remark")
        self.remark.setPlaceholderText(self.tr("Who did what, e.g. “Phoned the crisis centre”"))
        self.remark.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Done on:"), self.done_on)
        form.addRow(self.tr("&Remark:"), self.remark)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, ok=QDialogButtonBox.StandardButton.Save))
        self.resize(480, 280)

    def values(self) -> tuple[dt.date, str]:
        return date_of(self.done_on), self.remark.toPlainText().strip()


class UrgentReasonDialog(QDialog):
    """Setting or clearing urgent by hand needs a reason; Save stays refused without one."""

    def __init__(self, setting: bool, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgent_reason_dialog")
        self.setWindowTitle(self.tr("Mark case urgent") if setting else self.tr("Clear urgent"))
        hint = QLabel(
            self.tr("An urgent case calls for a coordination meeting within 24 hours.")
            if setting
            else self.tr("The case is no longer urgent. Say why; it is kept in the case.")
        )
        hint.setWordWrap(True)
        self.on = date_edit("urgent_on", today)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("urgent_reason")
        self.reason.setTabChangesFocus(True)
        self.status = status_label("urgent_reason_status")
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel(self, self._save, QDialogButtonBox.StandardButton.Save))
        self.resize(460, 260)

    def _save(self) -> None:
        if not self.reason.toPlainText().strip():
            show_status(self.status, self.tr("Give a reason."), error=True)
            return
        self.accept()

    def values(self) -> tuple[dt.date, str]:
        return date_of(self.on), self.reason.toPlainText().strip()
