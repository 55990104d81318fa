"""The Meetings tab's dialogs: a new meeting or its correction, cancelling one with a
reason, and a decision to correct or to make an action in the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from vnr_desk.domain.enums import LifeDomain, MeetingKind
from vnr_desk.services.views.actors import CaseActorView
from vnr_desk.services.views.meetings import MeetingView
from vnr_desk.ui import dates, labels
from vnr_desk.ui.widgets.common import date_edit, date_of, ok_cancel


class NewMeetingDialog(QDialog):
    """A new meeting, or (given `meeting`) the correction of one: time, place, kind, the
    citizen's part and the agenda, one item per line."""

    def __init__(
        self, when: dt.datetime, parent: QWidget | None = None, meeting: MeetingView | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.kind = QComboBox()
        self.kind.setObjectName("meeting_kind")
        for value, label in labels.choices(MeetingKind, labels.meeting_kind):
            self.kind.addItem(label, value)
        self.held_on = QDateTimeEdit(QDateTime(when))
        self.held_on.setObjectName("meeting_held_on")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(dates.qt_moment_format())
        self.place = QLineEdit()
        self.place.setObjectName("meeting_place")
        self.citizen_present = QCheckBox(self.tr("The &citizen takes part"))
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("meeting_agenda_text")
        self.agenda.setPlaceholderText(self.tr("One agenda item per line"))
        self.agenda.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date and time:"), self.held_on)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.citizen_present)
        form.addRow(self.tr("&Agenda:"), self.agenda)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(480)
        if meeting is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
            self.held_on.setDateTime(QDateTime(meeting.held_on))
            self.place.setText(meeting.place)
            self.citizen_present.setChecked(meeting.citizen_present)
            self.agenda.setPlainText("\n".join(meeting.agenda))

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "held_on": self.held_on.dateTime().toPython(),
            "place": self.place.text().strip(),
            "citizen_present": self.citizen_present.isChecked(),
            "agenda": [line.strip() for line in self.agenda.toPlainText().splitlines()],
        }


class CancelMeetingDialog(QDialog):
    """Cancel a meeting with a reason; it stays on the record, marked cancelled."""

    def __init__(self, meeting: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel meeting"))
        about = QLabel(
            self.tr(
                "{kind}, {when}. The meeting stays on the case, marked cancelled, and no "
                "longer counts for any deadline."
            ).format(kind=labels.meeting_kind(meeting.kind), when=dates.moment(meeting.held_on))
        )
        about.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("cancel_reason")
        self.reason.setPlaceholderText(self.tr("e.g. the citizen is ill; moved to a new date"))
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel &meeting"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.setMinimumWidth(460)


class DecisionDialog(QDialog):
    """A decision's wording to correct, or a new decision that becomes an action in the
    plan: under an existing goal or a new one, with who is responsible and by when."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        goals: list[tuple[int, str]] | None = None,
        actors: list[CaseActorView] | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.as_action = goals is not None
        self.setWindowTitle(
            self.tr("Decision as an action in the plan")
            if self.as_action
            else self.tr("Edit decision")
        )
        self.text = QLineEdit(text)
        self.text.setObjectName("decision_edit_text")
        form = QFormLayout(self)
        form.addRow(self.tr("&Decision:"), self.text)
        self.goal = QComboBox()
        self.goal.setObjectName("decision_goal")
        self.domain = QComboBox()
        self.domain.setObjectName("decision_new_goal_domain")
        self.responsible = QComboBox()
        self.responsible.setObjectName("decision_responsible")
        self.has_due = QCheckBox(self.tr("D&ue on"))
        self.due_on = date_edit(
            "decision_due_on", (today or dt.date.today()) + dt.timedelta(days=14)
        )
        if self.as_action:
            self.goal.addItem(self.tr("A new goal, worded like the decision"), None)
            for goal_id, goal_text in goals or []:
                self.goal.addItem(goal_text, goal_id)
            for value, label in labels.choices(LifeDomain, labels.life_domain):
                self.domain.addItem(label, value)
            self.goal.currentIndexChanged.connect(
                lambda _i: self.domain.setEnabled(self.goal.currentData() is None)
            )
            self.responsible.addItem(self.tr("(nobody yet)"), None)
            for a in actors or []:
                self.responsible.addItem(a.name, a.id)
            self.has_due.setChecked(True)
            self.has_due.toggled.connect(self.due_on.setEnabled)
            due_row = QHBoxLayout()
            due_row.addWidget(self.has_due)
            due_row.addWidget(self.due_on)
            due_row.addStretch(1)
            form.addRow(self.tr("&Goal:"), self.goal)
            form.addRow(self.tr("&Life domain of a new goal:"), self.domain)
            form.addRow(self.tr("&Responsible:"), self.responsible)
            form.addRow(due_row)
        buttons = ok_cancel(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))
        self.text.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        form.addRow(buttons)
        self.setMinimumWidth(540)

    def values(self) -> dict[str, Any]:
        goal_id = self.goal.currentData()
        return {
            "goal_id": goal_id,
            "domain": self.domain.currentData() if goal_id is None else None,
            "responsible_id": self.responsible.currentData(),
            "due_on": date_of(self.due_on) if self.has_due.isChecked() else None,
        }
