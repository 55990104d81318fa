"""Cooperation groups across cases: the groups dialog (list, add, edit, retire, book a
meeting) and the small forms it opens. Each form has the "Discard changes?" guard; each
action is one operation (`ui.operations.groups`) run on the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.rules.groups import DEFAULT_CADENCE_DAYS, MAX_CADENCE_DAYS
from vnr_desk.services.views.groups import GroupMeetingRow, GroupRow
from vnr_desk.ui import dates
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import groups as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.widgets.common import (
    Column,
    RowsModel,
    exec_dialog,
    heading,
    keep_columns_fitted,
    ok_cancel,
    row_id,
    selected_row,
    show_status,
    status_label,
    table_view,
)

MEMBER_SEPARATOR = ":"


def kind_label(kind: str) -> str:
    if kind == "external":
        return QCoreApplication.translate("Groups", "External")
    return QCoreApplication.translate("Groups", "Internal")


def cadence_text(days: int) -> str:
    if days % 7 == 0:
        return QCoreApplication.translate("Groups", "every {n}. week").format(n=days // 7)
    return QCoreApplication.translate("Groups", "every {n}. day").format(n=days)


def members_text(members: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(
        f"{unit}{MEMBER_SEPARATOR} {person}" if person else unit for unit, person in members
    )


def parse_members(text: str) -> list[tuple[str, str]]:
    """One member a line: `Unit` or `Unit: named person`."""
    members = []
    for line in text.splitlines():
        unit, _sep, person = line.partition(MEMBER_SEPARATOR)
        if unit.strip():
            members.append((unit.strip(), person.strip()))
    return members


class GroupEditDialog(QDialog):
    """Name, internal or external, how often it meets, and its members."""

    def __init__(self, group: GroupRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit cooperation group") if group else self.tr("New cooperation group")
        )
        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("group_name")
        self.kind = QComboBox()
        self.kind.setObjectName("group_kind")
        self.kind.addItem(kind_label("internal"), "internal")
        self.kind.addItem(kind_label("external"), "external")
        self.kind.setCurrentIndex(max(0, self.kind.findData(group.kind if group else "internal")))
        self.cadence = QSpinBox()
        self.cadence.setObjectName("group_cadence")
        self.cadence.setRange(1, MAX_CADENCE_DAYS)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(group.cadence_days if group else DEFAULT_CADENCE_DAYS["internal"])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.members = QPlainTextEdit(members_text(group.members) if group else "")
        self.members.setObjectName("group_members")
        self.members.setPlaceholderText(
            self.tr("One member unit a line, e.g.\nVuxenenheten: Ebba Warntoft\nSkolan")
        )
        hint = QLabel(
            self.tr(
                "Internal groups meet every 6 weeks and external groups twice a year unless "
                "you change it. The next meeting shows in the due list."
            )
        )
        hint.setWordWrap(True)
        self.problem = status_label("group_problem")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Meets &every:"), self.cadence)
        form.addRow(self.tr("&Members:"), self.members)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, self._accept))
        self.resize(520, 420)

    def _kind_changed(self) -> None:
        defaults = set(DEFAULT_CADENCE_DAYS.values())
        if self.cadence.value() in defaults:  # the person has not chosen their own
            self.cadence.setValue(DEFAULT_CADENCE_DAYS[self.kind.currentData()])

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "cadence_days": self.cadence.value(),
            "members": parse_members(self.members.toPlainText()),
        }

    def _accept(self) -> None:
        if not self.name.text().strip():
            show_status(self.problem, self.tr("Give the group a name."), error=True)
            return
        self.accept()


class BookMeetingDialog(QDialog):
    """When and where the group meets."""

    def __init__(self, start: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a group meeting"))
        self.when = QDateTimeEdit(
            QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0)
        )
        self.when.setObjectName("group_meeting_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(dates.qt_moment_format())
        self.place = QLineEdit()
        self.place.setObjectName("group_meeting_place")
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Where:"), self.place)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(400, 120)

    def values(self) -> tuple[dt.datetime, str]:
        return self.when.dateTime().toPython(), self.place.text().strip()  # type: ignore[return-value]


class GroupsDialog(QDialog):
    """The cooperation groups of the vault and the meetings of the one selected."""

    def __init__(
        self,
        session: VaultSession,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.setWindowTitle(self.tr("Cooperation groups"))
        self.exec_dialog: Callable[[QDialog], bool] = exec_dialog  # tests answer in its place
        self.model = RowsModel(
            [
                Column(self.tr("Group"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
                Column(self.tr("Meets"), lambda r: cadence_text(r.cadence_days)),
                Column(self.tr("Members"), lambda r: str(len(r.members))),
                Column(self.tr("Next meeting due"), lambda r: dates.day(r.next_due)),
            ],
            key=row_id,
        )
        self.table = table_view("groups_table", self.model, stretch=0)
        keep_columns_fitted(self.table, 0)
        self.meetings_model = RowsModel(
            [
                Column(self.tr("When"), lambda m: dates.moment(m.held_on)),
                Column(self.tr("Where"), lambda m: m.place),
                Column(
                    self.tr("Cases on the agenda"),
                    lambda m: (
                        self.tr("Cancelled")
                        if m.cancelled
                        else ", ".join(a.case_reference for a in m.agenda)
                    ),
                ),
            ],
            key=row_id,
        )
        self.meetings = table_view("group_meetings_table", self.meetings_model, stretch=2)
        keep_columns_fitted(self.meetings, 2)
        self.status = status_label("groups_status")
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("&New group…"), self.add_group)
        self.edit_button = self._button(buttons, self.tr("&Edit…"), self.edit_group)
        self.book_button = self._button(buttons, self.tr("&Book meeting…"), self.book_meeting)
        self.retire_button = self._button(buttons, self.tr("&Retire group"), self.retire_group)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Meetings of the selected group")))
        layout.addWidget(self.meetings, 2)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.resize(900, 560)
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        ops.load_groups(self.session, self._loaded)

    def _loaded(self, rows: list[GroupRow]) -> None:
        self.model.set_rows(rows)
        if rows and selected_row(self.table) is None:
            self.table.selectRow(0)
        self._selected()

    def current(self) -> GroupRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, GroupRow) else None

    def _selected(self) -> None:
        group = self.current()
        for button in (self.edit_button, self.book_button, self.retire_button):
            button.setEnabled(group is not None)
        if group is None:
            self.meetings_model.set_rows([])
            return
        ops.load_meetings(self.session, group.id, self._meetings_loaded)

    def _meetings_loaded(self, rows: list[GroupMeetingRow]) -> None:
        self.meetings_model.set_rows(rows)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _saved(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            show_status(self.status, text)
            self.refresh()

        return done

    def add_group(self) -> GroupEditDialog:
        dialog = GroupEditDialog(parent=self)
        if self.exec_dialog(dialog):
            ops.save_group(
                self.session,
                None,
                {**dialog.values(), "started_on": self.today()},
                self._saved(self.tr("Group added.")),
                self._failed,
            )
        return dialog

    def edit_group(self) -> GroupEditDialog | None:
        group = self.current()
        if group is None:
            return None
        dialog = GroupEditDialog(group, self)
        if self.exec_dialog(dialog):
            ops.save_group(
                self.session,
                group.id,
                dialog.values(),
                self._saved(self.tr("Group saved.")),
                self._failed,
            )
        return dialog

    def book_meeting(self) -> BookMeetingDialog | None:
        group = self.current()
        if group is None:
            return None
        start = dt.datetime.combine(max(group.next_due, self.today()), dt.time(9, 0))
        dialog = BookMeetingDialog(start, self)
        if self.exec_dialog(dialog):
            when, place = dialog.values()
            ops.book_meeting(
                self.session,
                group.id,
                when,
                place,
                self._saved(self.tr("Meeting booked.")),
                self._failed,
            )
        return dialog

    def retire_group(self) -> None:
        group = self.current()
        if group is None:
            return
        ops.retire_group(
            self.session,
            group.id,
            self.today(),
            self._saved(self.tr("Group retired.")),
            self._failed,
        )
