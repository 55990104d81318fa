"""One case and the cooperation groups: may it be shared with each group (the group
consent), "urgent: convene within 24 hours", putting it on a group meeting's agenda, and
the de-identified presentation text the worker reviews before it may be printed.

Sharing goes through the group consent gate in the service: without a valid consent,
convening and the agenda are refused and the dialog says what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.errors import ConsentRequired
from vnr_desk.services.views.groups import CaseGroupRow, CaseGroupsView
from vnr_desk.ui import dates
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.groups_dialog import kind_label
from vnr_desk.ui.labels import consent_state
from vnr_desk.ui.operations import groups as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import (
    Column,
    RowsModel,
    date_edit,
    date_of,
    exec_dialog,
    keep_columns_fitted,
    ok_cancel,
    selected_row,
    show_status,
    status_label,
    table_view,
)
from vnr_desk.ui.widgets.consent_terms import ConsentTerms


class GroupConsentDialog(QDialog):
    """The citizen's consent that the case may be shared with one group."""

    def __init__(self, group: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent to share with the group"))
        intro = QLabel(
            self.tr("The citizen agrees that the case may be shared with {group}.").format(
                group=group
            )
        )
        intro.setWordWrap(True)
        self.given_on = date_edit("group_consent_given_on", today)
        self.terms = ConsentTerms(self, "group_consent", today)
        form = QFormLayout()
        form.addRow(self.tr("&Given on:"), self.given_on)
        self.terms.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    def values(self) -> tuple[dt.date, dict[str, Any]]:
        return date_of(self.given_on), self.terms.values()


class WithdrawGroupConsentDialog(QDialog):
    """The citizen takes back the consent to share with the group, from a day on."""

    def __init__(
        self, group: str, today: dt.date, caseworker: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw consent to share with the group"))
        intro = QLabel(
            self.tr("From this day on the case may no longer be shared with {group}.").format(
                group=group
            )
        )
        intro.setWordWrap(True)
        self.withdrawn_on = date_edit("group_consent_withdrawn_on", today)
        self.recorded_by = QLineEdit(caseworker)
        self.recorded_by.setObjectName("group_consent_recorded_by")
        form = QFormLayout()
        form.addRow(self.tr("&Withdrawn on:"), self.withdrawn_on)
        form.addRow(self.tr("&Recorded by:"), self.recorded_by)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(420, 150)


class ConveneDialog(QDialog):
    """Urgent: the group is to meet about the case within 24 hours."""

    def __init__(self, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Convene within 24 hours"))
        intro = QLabel(
            self.tr(
                "{group} is convened to meet about this case within 24 hours. The deadline "
                "shows in the due list until a group meeting has the case on its agenda."
            ).format(group=group)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("convene_reason")
        self.reason.setPlaceholderText(self.tr("Why it is urgent (for the case record)"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(ok_cancel(self))
        self.resize(480, 260)


class AgendaDialog(QDialog):
    """Which meeting of the group, and what the worker asks the group."""

    def __init__(
        self, meetings: list[tuple[int, dt.datetime, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Put the case on a group meeting's agenda"))
        self.meeting = QComboBox()
        self.meeting.setObjectName("agenda_meeting")
        for meeting_id, when, place in meetings:
            self.meeting.addItem(f"{dates.moment(when)} {place}".strip(), meeting_id)
        self.topic = QLineEdit()
        self.topic.setObjectName("agenda_topic")
        self.topic.setPlaceholderText(self.tr("What you ask the group (no names)"))
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("&Question:"), self.topic)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(480, 140)


class PresentationDialog(QDialog):
    """The de-identified text for presenting the case; printed only once reviewed."""

    def __init__(self, text: str, reviewed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presentation text"))
        intro = QLabel(
            self.tr(
                "Write the case as a group may hear it: no names, no dates of birth, no "
                "addresses, no phone numbers or e-mail addresses, no reference. Notes and "
                "assessments are never printed on the case presentation; only this text, "
                "once you have reviewed it."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("presentation_text")
        self.reviewed = QCheckBox(self.tr("I have &reviewed the text: it identifies no one"))
        self.reviewed.setObjectName("presentation_reviewed")
        self.reviewed.setChecked(reviewed)
        self.text.textChanged.connect(lambda: self.reviewed.setChecked(False))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.reviewed)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 420)


class CaseGroupsDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        case_id: int,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.today = today
        self.view: CaseGroupsView | None = None
        self.exec_dialog: Callable[[QDialog], bool] = exec_dialog  # tests answer in its place
        self.setWindowTitle(self.tr("The case in cooperation groups"))
        self.model = RowsModel(
            [
                Column(self.tr("Group"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
                Column(self.tr("Consent to share"), lambda r: consent_state(r.consent)),
                Column(self.tr("Convened"), self._convened),
            ],
            key=lambda r: r.group_id,
        )
        self.table = table_view("case_groups_table", self.model, stretch=0)
        keep_columns_fitted(self.table, 0)
        self.status = status_label("case_groups_status")
        buttons = QHBoxLayout()
        self.consent_button = self._button(
            buttons, self.tr("Record &consent…"), self.record_consent
        )
        self.withdraw_button = self._button(
            buttons, self.tr("&Withdraw consent…"), self.withdraw_consent
        )
        self.convene_button = self._button(
            buttons, self.tr("&Urgent: convene within 24 hours…"), self.convene
        )
        self.agenda_button = self._button(buttons, self.tr("Put on &agenda…"), self.put_on_agenda)
        self.presentation_button = self._button(
            buttons, self.tr("&Presentation text…"), self.edit_presentation
        )
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "A case is shared with a group only with the citizen's consent to share with "
                "that group. External groups see only the de-identified case presentation."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(900, 420)
        self.refresh()

    def _convened(self, row: CaseGroupRow) -> str:
        if row.convened_on is None:
            return ""
        day = dates.day(row.convened_on)
        if row.convene_done:
            return self.tr("{day} (met)").format(day=day)
        return self.tr("{day} (to meet within 24 hours)").format(day=day)

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        ops.load_case(self.session, self.case_id, self.today(), self._loaded)

    def _loaded(self, view: CaseGroupsView) -> None:
        self.view = view
        self.model.set_rows(view.groups)
        if view.groups and selected_row(self.table) is None:
            self.table.selectRow(0)

    def current(self) -> CaseGroupRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, CaseGroupRow) else None

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConsentRequired):
            text = self.tr(
                "The citizen has not consented to sharing this case with the group. Nothing "
                "was shared. Record the consent first."
            )
        else:
            text = error_text(exc)
        show_status(self.status, text, error=True)

    def _saved(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            show_status(self.status, text)
            self.refresh()

        return done

    def record_consent(self) -> GroupConsentDialog | None:
        group = self.current()
        if group is None:
            return None
        dialog = GroupConsentDialog(group.name, self.today(), self)
        if self.exec_dialog(dialog):
            given_on, values = dialog.values()
            ops.record_consent(
                self.session,
                self.case_id,
                group.group_id,
                given_on,
                values,
                self._saved(self.tr("Consent recorded.")),
                self._failed,
            )
        return dialog

    def withdraw_consent(self) -> WithdrawGroupConsentDialog | None:
        group = self.current()
        if group is None or self.view is None:
            return None
        dialog = WithdrawGroupConsentDialog(group.name, self.today(), self.view.caseworker, self)
        if self.exec_dialog(dialog):
            ops.withdraw_consent(
                self.session,
                self.case_id,
                group.group_id,
                date_of(dialog.withdrawn_on),
                dialog.recorded_by.text(),
                self._saved(self.tr("Consent withdrawn.")),
                self._failed,
            )
        return dialog

    def convene(self) -> ConveneDialog | None:
        group = self.current()
        if group is None:
            return None
        dialog = ConveneDialog(group.name, self)
        if self.exec_dialog(dialog):
            ops.convene(
                self.session,
                self.case_id,
                group.group_id,
                self.today(),
                dialog.reason.toPlainText(),
                self._saved(self.tr("The group is convened: it must meet within 24 hours.")),
                self._failed,
            )
        return dialog

    def put_on_agenda(self) -> AgendaDialog | None:
        group = self.current()
        if group is None or self.view is None:
            return None
        meetings = [
            (mid, when, place)
            for mid, gid, when, place in self.view.meetings
            if gid == group.group_id
        ]
        if not meetings:
            show_status(
                self.status,
                self.tr("The group has no meeting booked: book one under Cooperation groups."),
                error=True,
            )
            return None
        dialog = AgendaDialog(meetings, self)
        if self.exec_dialog(dialog):
            ops.put_on_agenda(
                self.session,
                dialog.meeting.currentData(),
                self.case_id,
                self.today(),
                dialog.topic.text(),
                self._saved(self.tr("The case is on the agenda.")),
                self._failed,
            )
        return dialog

    def edit_presentation(self) -> PresentationDialog | None:
        if self.view is None:
            return None
        dialog = PresentationDialog(self.view.presentation, self.view.reviewed, self)
        if self.exec_dialog(dialog):
            ops.save_presentation(
                self.session,
                self.case_id,
                dialog.text.toPlainText(),
                dialog.reviewed.isChecked(),
                self._saved(self.tr("Presentation text saved.")),
                self._failed,
            )
        return dialog
