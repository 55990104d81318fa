"""Meetings: a list and an editor for participants, agenda, minutes and decisions.

Inviting someone without a valid invite_to_meeting consent is refused by the service; the
tab then explains who lacks consent and only an explicit "Invite anyway" overrides (the
service records the override on the participant and in the audit log). Minutes autosave
like the journal; the refresh after a save, or after a write in another tab, updates the
list and the chosen meeting in place and never touches the minutes, the half-typed agenda
line or decision, the focus or the selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import LifeDomain
from vnr_desk.services.errors import ConsentRequired
from vnr_desk.services.views.actors import CaseActorView, NetworkMemberView
from vnr_desk.services.views.meetings import MeetingView
from vnr_desk.ui import dates, labels
from vnr_desk.ui.autosave import AutoSaver, NoteRef
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import meetings as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.tabs.meeting_dialogs import CancelMeetingDialog, DecisionDialog, NewMeetingDialog
from vnr_desk.ui.unsaved import SaveFailures, UnsavedText
from vnr_desk.ui.widgets.common import (
    ALERT_TEXT,
    AMBER,
    Column,
    RowsModel,
    RowStyle,
    exec_dialog,
    row_id,
    selected_row,
    show_status,
    status_label,
    table_view,
)

CANCELLED = QColor("#7a7a7a")
__all__ = ["CancelMeetingDialog", "DecisionDialog", "MeetingsTab", "NewMeetingDialog"]


def _set_items(widget: QListWidget, items: list[QListWidgetItem]) -> None:
    """Refill a list only if what it shows changed, so its selection survives a refresh."""
    shown = [(widget.item(i).text(), widget.item(i).background()) for i in range(widget.count())]
    if shown == [(item.text(), item.background()) for item in items]:
        return
    widget.clear()
    for item in items:
        widget.addItem(item)


class MeetingsTab(CaseTab):
    key = "meetings"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.today: Callable[[], dt.date] = dt.date.today
        self.recipients: list[tuple[str, str]] = []  # (key, label)

        self.model = RowsModel(
            [
                Column(self.tr("When"), lambda m: dates.moment(m.held_on)),
                Column(
                    self.tr("Kind"),
                    lambda m: (
                        labels.meeting_kind(m.kind)
                        + (" — " + self.tr("cancelled") if m.cancelled_at else "")
                    ),
                ),
                Column(self.tr("Place"), lambda m: m.place),
            ],
            lambda m: RowStyle(foreground=CANCELLED) if m.cancelled_at else None,
            key=row_id,
        )
        self.list = table_view("meetings_list", self.model, stretch=2)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setObjectName("new_meeting")
        self.new_button.clicked.connect(self.new_meeting_dialog)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.edit_button = QPushButton(self.tr("&Edit meeting…"))
        self.edit_button.setObjectName("edit_meeting")
        self.edit_button.clicked.connect(self.edit_meeting_dialog)
        self.cancel_button = QPushButton(self.tr("Ca&ncel meeting…"))
        self.cancel_button.setObjectName("cancel_meeting")
        self.cancel_button.clicked.connect(self.cancel_meeting_dialog)
        meeting_buttons = QHBoxLayout()
        meeting_buttons.addWidget(self.edit_button)
        meeting_buttons.addWidget(self.cancel_button)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addLayout(meeting_buttons)

        self.heading = QLabel()
        self.heading.setObjectName("meeting_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.participants = QListWidget()
        self.participants.setObjectName("meeting_participants")
        self.invitee = QComboBox()
        self.invitee.setObjectName("meeting_invitee")
        self.invitee.setMinimumContentsLength(14)
        self.invite_button = QPushButton(self.tr("&Invite"))
        self.invite_button.setObjectName("invite")
        self.invite_button.clicked.connect(self.invite_selected)
        self.uninvite_button = QPushButton(self.tr("Re&move"))
        self.uninvite_button.setObjectName("uninvite")
        self.uninvite_button.setToolTip(self.tr("Take the chosen participant off the list"))
        self.uninvite_button.clicked.connect(self.uninvite_selected)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invitee, 1)
        invite_row.addWidget(self.invite_button)
        invite_row.addWidget(self.uninvite_button)
        participants_box = QGroupBox(self.tr("Participants"))
        participants_layout = QVBoxLayout(participants_box)
        participants_layout.addWidget(self.participants)
        participants_layout.addLayout(invite_row)

        self.agenda = QListWidget()
        self.agenda.setObjectName("meeting_agenda")
        self.agenda_text = QLineEdit()
        self.agenda_text.setObjectName("agenda_text")
        self.agenda_text.setPlaceholderText(self.tr("New agenda item"))
        self.agenda_text.returnPressed.connect(self.add_agenda_item)
        self.agenda_button = QPushButton(self.tr("Add agenda i&tem"))
        self.agenda_button.clicked.connect(self.add_agenda_item)
        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.agenda_text, 1)
        agenda_row.addWidget(self.agenda_button)
        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addLayout(agenda_row)

        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("meeting_minutes")
        self.minutes.setPlaceholderText(self.tr("Minutes. They are saved as you type."))
        self.minutes.setTabChangesFocus(True)
        self.autosaver = AutoSaver(self.minutes, session, ops.save_minutes)
        self.autosaver.saved.connect(self._minutes_saved)
        self.autosaver.failed.connect(
            lambda exc: show_status(self.status, error_text(exc), error=True)
        )
        self.save_failures = SaveFailures(self.autosaver, lambda: self.tr("the minutes"))
        minutes_label = QLabel(self.tr("&Minutes"))
        minutes_label.setBuddy(self.minutes)

        self.decisions = QListWidget()
        self.decisions.setObjectName("meeting_decisions")
        self.decision_text = QLineEdit()
        self.decision_text.setObjectName("decision_text")
        self.decision_text.setPlaceholderText(self.tr("New decision"))
        self.decision_text.returnPressed.connect(self.add_decision)
        self.decision_action = QCheckBox(
            self.tr("Also make it an action in the &plan, under a new goal in:")
        )
        self.decision_action.setObjectName("decision_creates_action")
        self.decision_domain = QComboBox()
        self.decision_domain.setObjectName("decision_domain")
        for value, label in labels.choices(LifeDomain, labels.life_domain):
            self.decision_domain.addItem(label, value)
        self.decision_domain.setEnabled(False)
        self.decision_action.toggled.connect(self.decision_domain.setEnabled)
        action_row = QHBoxLayout()
        action_row.addWidget(self.decision_action)
        action_row.addWidget(self.decision_domain)
        action_row.addStretch(1)
        self.decision_button = QPushButton(self.tr("Add &decision"))
        self.decision_button.clicked.connect(self.add_decision)
        self.decision_as_action_button = QPushButton(self.tr("As an a&ction…"))
        self.decision_as_action_button.setObjectName("decision_as_action")
        self.decision_as_action_button.setToolTip(
            self.tr("Add the decision as an action under an existing or a new goal")
        )
        self.decision_as_action_button.clicked.connect(self.decision_as_action_dialog)
        self.edit_decision_button = QPushButton(self.tr("Edit decisio&n…"))
        self.edit_decision_button.setObjectName("edit_decision")
        self.edit_decision_button.clicked.connect(self.edit_decision_dialog)
        self.decisions.itemDoubleClicked.connect(lambda _i: self.edit_decision_dialog())
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_text, 1)
        decision_row.addWidget(self.decision_button)
        decision_row.addWidget(self.decision_as_action_button)
        action_row.addWidget(self.edit_decision_button)
        decisions_box = QGroupBox(self.tr("Decisions"))
        decisions_layout = QVBoxLayout(decisions_box)
        decisions_layout.addWidget(self.decisions)
        decisions_layout.addLayout(decision_row)
        decisions_layout.addLayout(action_row)

        self.editor = QWidget()
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(participants_box, 1, 0)
        grid.addWidget(agenda_box, 1, 1)
        grid.addWidget(minutes_label, 2, 0, 1, 2)
        grid.addWidget(self.minutes, 3, 0, 1, 2)
        grid.addWidget(decisions_box, 4, 0, 1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 3)
        grid.setRowStretch(4, 2)
        self.editor.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 660])
        self.status = status_label("meetings_status")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("&Meetings")

    # -- loading ---------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        self.autosaver.stop()
        self.model.reset_rows([])
        super().load(case_id)
        self.status.clear()
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        # Only an explicit `select_id` moves the selection: whatever is current when the
        # rows arrive stays current.
        ops.load(self.session, case_id, lambda r: self._show(*r, keep=select_id), self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _show(
        self,
        meetings: list[MeetingView],
        actors: list[CaseActorView],
        members: list[NetworkMemberView],
        keep: int | None,
    ) -> None:
        if self.case_id is None:
            return
        self.recipients = [(a.key, a.name) for a in actors] + [(m.key, m.label) for m in members]
        rows = sorted(meetings, key=lambda m: (m.held_on, m.id), reverse=True)
        self.model.set_rows(rows)  # in place: the current meeting stays current
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        current = self.current_meeting()
        if keep is not None and (current is None or current.id != keep):
            target = next((i for i, m in enumerate(rows) if m.id == keep), None)
        else:
            target = 0 if current is None and rows else None
        if target is not None:
            self.list.selectRow(target)
        self._selected()

    def current_meeting(self) -> MeetingView | None:
        return selected_row(self.list)

    def _selected(self) -> None:
        """Show the current meeting. Called again for the same meeting after a refresh, it
        only updates what changed and leaves the minutes and the typing fields alone."""
        meeting = self.current_meeting()
        if meeting is None:
            self.editor.setEnabled(False)
            self._clear_editor()
            return
        self.editor.setEnabled(True)
        cancelled = meeting.cancelled_at is not None
        self.heading.setText(
            self.tr("{kind}, {when} — {place}").format(
                kind=labels.meeting_kind(meeting.kind),
                when=dates.moment(meeting.held_on),
                place=meeting.place or self.tr("no place given"),
            )
            + ("  ·  " + self.tr("citizen present") if meeting.citizen_present else "")
            + (
                "\n"
                + self.tr("CANCELLED {when}: {reason}").format(
                    when=dates.day(meeting.cancelled_at), reason=meeting.cancel_reason
                )
                if meeting.cancelled_at is not None
                else ""
            )
        )
        for widget in (
            self.invitee,
            self.invite_button,
            self.uninvite_button,
            self.agenda_text,
            self.agenda_button,
            self.decision_text,
            self.decision_button,
            self.decision_as_action_button,
            self.edit_decision_button,
            self.decision_action,
        ):
            widget.setEnabled(not cancelled)
        self.minutes.setReadOnly(cancelled)
        participants = []
        for p in meeting.participants:
            item = QListWidgetItem(p.label)
            if p.consent_override:
                item.setText(self.tr("{who} — invited without consent").format(who=p.label))
                item.setBackground(QBrush(AMBER))
                item.setForeground(QBrush(ALERT_TEXT))
            participants.append(item)
        _set_items(self.participants, participants)
        invited = {p.key for p in meeting.participants}
        invitable = [(key, label) for key, label in self.recipients if key not in invited]
        shown = [
            (self.invitee.itemData(i), self.invitee.itemText(i))
            for i in range(self.invitee.count())
        ]
        if shown != invitable:
            chosen = self.invitee.currentData()
            self.invitee.clear()
            for key, label in invitable:
                self.invitee.addItem(label, key)
            self.invitee.setCurrentIndex(max(0, self.invitee.findData(chosen)))
        self.invite_button.setEnabled(self.invitee.count() > 0 and not cancelled)
        self.uninvite_button.setEnabled(bool(meeting.participants) and not cancelled)
        self.invitee.setPlaceholderText(
            self.tr("Everyone in the case is invited")
            if self.recipients
            else self.tr("Add actors under Actors and network first")
        )
        _set_items(self.agenda, [QListWidgetItem(a) for a in meeting.agenda])
        decisions = []
        for d in meeting.decisions:
            text = d.text + ("  → " + self.tr("action in the plan") if d.action_id else "")
            decisions.append(QListWidgetItem(text))
        _set_items(self.decisions, decisions)
        self.edit_button.setEnabled(not cancelled)
        self.cancel_button.setEnabled(not cancelled)
        ref = self.autosaver.ref
        if ref is None or ref.id != meeting.id:
            self.autosaver.start(NoteRef(self.case_id or 0, meeting.id), meeting.minutes)

    def _minutes_saved(self, _meeting_id: int) -> None:
        show_status(self.status, self.tr("Minutes saved"))
        self.refresh()  # keeps the list's copy of the minutes current; the editor is left alone

    # -- changes ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def new_meeting_dialog(self) -> None:
        if self.case_id is None:
            return
        when = dt.datetime.combine(self.today() + dt.timedelta(days=7), dt.time(10, 0))
        dialog = NewMeetingDialog(when, self)
        if self.run_dialog(dialog):
            self.create_meeting(**dialog.values())

    def create_meeting(
        self,
        kind: str,
        held_on: dt.datetime,
        place: str,
        citizen_present: bool,
        agenda: list[str],
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def done(meeting_id: int) -> None:
            show_status(self.status, self.tr("Meeting created."))
            self.refresh(select_id=meeting_id)

        self.autosaver.flush()
        values = {
            "place": place,
            "citizen_present": citizen_present,
            "agenda": [a for a in agenda if a],
        }
        ops.create(self.session, case_id, kind, held_on, values, done, self._failed)

    def confirm_override(self, names: list[str]) -> bool:
        """Warn that someone has no valid consent to be invited; True only for an explicit
        "Invite anyway". Tests replace it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("No consent to invite"))
        box.setText(
            self.tr("{who} has no valid consent to be invited to meetings.").format(
                who=", ".join(names)
            )
        )
        box.setInformativeText(
            self.tr(
                "Record the citizen's consent first if you can. Inviting anyway is recorded "
                "in the audit log and shown on the participant list."
            )
        )
        anyway = box.addButton(self.tr("Invite &anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def invite_selected(self) -> None:
        key = self.invitee.currentData()
        if key is not None:
            self.invite(key)

    def invite(self, key: str, override: bool = False) -> None:
        meeting = self.current_meeting()
        case_id = self.case_id
        if meeting is None or case_id is None:
            return
        meeting_id = meeting.id
        day = self.today()
        label = next((name for k, name in self.recipients if k == key), key)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsentRequired) and not override:
                if self.confirm_override([label]):
                    self.invite(key, override=True)
                else:
                    show_status(self.status, self.tr("{who} was not invited.").format(who=label))
                return
            self._failed(exc)

        def done(_result: object) -> None:
            show_status(self.status, self.tr("{who} is invited.").format(who=label))
            self.refresh(select_id=meeting_id)

        ops.invite(self.session, case_id, meeting_id, key, override, day, done, failed)

    def add_agenda_item(self) -> None:
        meeting = self.current_meeting()
        text = self.agenda_text.text().strip()
        case_id = self.case_id
        if meeting is None or case_id is None or not text:
            return
        meeting_id = meeting.id

        def done(_result: object) -> None:
            if self.agenda_text.text().strip() == text:  # not the next line, half typed
                self.agenda_text.clear()
            self.refresh(select_id=meeting_id)

        ops.add_agenda_item(self.session, case_id, meeting_id, text, done, self._failed)

    def add_decision(self) -> None:
        meeting = self.current_meeting()
        text = self.decision_text.text().strip()
        case_id = self.case_id
        if meeting is None or case_id is None or not text:
            return
        meeting_id = meeting.id
        create_action = self.decision_action.isChecked()
        domain = self.decision_domain.currentData() if create_action else None

        def done(_result: object) -> None:
            if self.decision_text.text().strip() == text:  # not the next one, half typed
                self.decision_text.clear()
                self.decision_action.setChecked(False)
            if create_action:
                show_status(self.status, self.tr("Decision added and made an action in the plan."))
            self.refresh(select_id=meeting_id)

        values = {"create_action": create_action, "domain": domain}
        ops.add_decision(self.session, case_id, meeting_id, text, values, done, self._failed)

    def _write_done(self, message: str, meeting_id: int) -> Callable[[object], None]:
        def done(_result: object) -> None:
            show_status(self.status, message)
            self.refresh(select_id=meeting_id)

        return done

    def edit_meeting_dialog(self) -> None:
        meeting = self.current_meeting()
        case_id = self.case_id
        if meeting is None or case_id is None or meeting.cancelled_at is not None:
            return
        dialog = NewMeetingDialog(meeting.held_on, self, meeting)
        if self.run_dialog(dialog):
            self.autosaver.flush()
            done = self._write_done(self.tr("Meeting changed."), meeting.id)
            ops.update(self.session, case_id, meeting.id, dialog.values(), done, self._failed)

    def cancel_meeting_dialog(self) -> None:
        meeting = self.current_meeting()
        case_id = self.case_id
        if meeting is None or case_id is None or meeting.cancelled_at is not None:
            return
        dialog = CancelMeetingDialog(meeting, self)
        if self.run_dialog(dialog):
            self.autosaver.flush()
            done = self._write_done(self.tr("Meeting cancelled."), meeting.id)
            reason = dialog.reason.text().strip()
            ops.cancel(self.session, case_id, meeting.id, reason, done, self._failed)

    def uninvite_selected(self) -> None:
        meeting = self.current_meeting()
        row = self.participants.currentRow()
        case_id = self.case_id
        if meeting is None or case_id is None or not 0 <= row < len(meeting.participants):
            return
        who = meeting.participants[row]
        done = self._write_done(self.tr("{who} is off the list.").format(who=who.label), meeting.id)
        ops.uninvite(self.session, case_id, meeting.id, who.key, done, self._failed)

    def edit_decision_dialog(self) -> None:
        meeting = self.current_meeting()
        row = self.decisions.currentRow()
        case_id = self.case_id
        if meeting is None or case_id is None or not 0 <= row < len(meeting.decisions):
            return
        decision = meeting.decisions[row]
        dialog = DecisionDialog(decision.text, self)
        if self.run_dialog(dialog):
            done = self._write_done(self.tr("Decision changed."), meeting.id)
            text = dialog.text.text().strip()
            ops.update_decision(
                self.session, case_id, meeting.id, decision.id, text, done, self._failed
            )

    def decision_as_action_dialog(self) -> None:
        meeting = self.current_meeting()
        case_id = self.case_id
        if meeting is None or case_id is None:
            return
        goals: list[tuple[int, str]] = []
        actors: list[CaseActorView] = []
        ops.load_goals(self.session, case_id, goals.extend, self._failed)
        ops.load(self.session, case_id, lambda r: actors.extend(r[1]), self._failed)
        self.session.worker.wait_idle()
        dialog = DecisionDialog(
            self.decision_text.text().strip(), self, goals=goals, actors=actors, today=self.today()
        )
        if not self.run_dialog(dialog):
            return
        text = dialog.text.text().strip()
        meeting_id = meeting.id

        def done(_result: object) -> None:
            if self.decision_text.text().strip() == text:
                self.decision_text.clear()
            show_status(self.status, self.tr("Decision added and made an action in the plan."))
            self.refresh(select_id=meeting_id)

        ops.add_decision_as_action(
            self.session, case_id, meeting_id, text, dialog.values(), done, self._failed
        )

    # -- flushing and clearing -------------------------------------------------------------

    def flush(self) -> None:
        self.autosaver.flush()

    def unsaved(self) -> list[UnsavedText]:
        return self.save_failures.unsaved()

    def _clear_editor(self) -> None:
        self.autosaver.stop()
        self.heading.clear()
        self.participants.clear()
        self.invitee.clear()
        self.agenda.clear()
        self.agenda_text.clear()
        self.decisions.clear()
        self.decision_text.clear()
        self.decision_action.setChecked(False)

    def clear(self) -> None:
        self.autosaver.stop()
        super().clear()
        self.recipients = []
        self.model.reset_rows([])
        self._clear_editor()
        self.editor.setEnabled(False)
        self.status.clear()
