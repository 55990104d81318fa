"""Action plan: goals in the citizen's words with their actions (responsible, due date,
status); overdue actions stand out. The adult plan and each child's plan are chosen in a
selector; renewing at a review makes a new version and older ones stay readable.

A refresh (after a write here or in another tab: an actor added, a meeting decision made
an action) keeps the chosen plan, version and row, and rebuilds the tree only if what it
shows changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import ActionStatus, GoalStatus, LifeDomain, PlanKind
from vnr_desk.services.views.actors import CaseActorView
from vnr_desk.services.views.overview import PersonView
from vnr_desk.services.views.plan import ActionView, GoalView, PlanView
from vnr_desk.ui import labels
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import plan as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.widgets.common import (
    ALERT_TEXT,
    OVERDUE,
    date_edit,
    date_of,
    exec_dialog,
    ok_cancel,
    set_date,
    show_status,
    status_label,
)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_ACTIONS = frozenset({ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value})
SIP_CHOICE = "sip"  # the plan chooser's data for the SIP (children's entries hold their id)


def is_overdue(action: ActionView, today: dt.date) -> bool:
    return action.due_on is not None and action.due_on < today and action.status in OPEN_ACTIONS


class GoalDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, goal: GoalView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        self.text = QLineEdit()
        self.text.setObjectName("goal_text")
        self.text.setPlaceholderText(self.tr("The goal in the citizen's own words"))
        self.domain = QComboBox()
        for value, label in labels.choices(LifeDomain, labels.life_domain):
            self.domain.addItem(label, value)
        form = QFormLayout(self)
        form.addRow(self.tr("&Goal:"), self.text)
        form.addRow(self.tr("&Life domain:"), self.domain)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(460)
        if goal is not None:
            self.text.setText(goal.text)
            self.domain.setCurrentIndex(max(0, self.domain.findData(goal.domain)))


class ActionDialog(QDialog):
    def __init__(
        self,
        goals: list[GoalView],
        actors: list[CaseActorView],
        today: dt.date,
        goal_id: int | None,
        parent: QWidget | None = None,
        action: ActionView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add action"))
        self.goal = QComboBox()
        self.goal.setObjectName("action_goal")
        for g in goals:
            self.goal.addItem(g.text, g.id)
        if goal_id is not None:
            self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        self.text = QLineEdit()
        self.text.setObjectName("action_text")
        self.responsible = QComboBox()
        self.responsible.setObjectName("action_responsible")
        self.responsible.addItem(self.tr("(nobody yet)"), None)
        for a in actors:
            self.responsible.addItem(a.name, a.id)
        if not actors:
            self.responsible.setToolTip(
                self.tr("Add an actor under Actors and network first to make them responsible.")
            )
        self.has_due = QCheckBox(self.tr("&Due on"))
        self.has_due.setChecked(True)
        self.due_on = date_edit("action_due_on", today + dt.timedelta(days=14))
        self.has_due.toggled.connect(self.due_on.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_on)
        due_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&Action:"), self.text)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(due_row)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("action_outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(80)
        self.outcome.setPlaceholderText(self.tr("What came of it"))
        if action is not None:
            form.addRow(self.tr("&Outcome:"), self.outcome)
            self.text.setText(action.text)
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(action.responsible_id))
            )
            self.has_due.setChecked(action.due_on is not None)
            if action.due_on is not None:
                set_date(self.due_on, action.due_on)
            self.outcome.setPlainText(action.outcome)
        else:
            self.outcome.hide()
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(500)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "goal_id": self.goal.currentData(),
            "text": self.text.text(),
            "responsible_id": self.responsible.currentData(),
            "due_on": date_of(self.due_on) if self.has_due.isChecked() else None,
        }
        if self.outcome.isVisibleTo(self):
            values["outcome"] = self.outcome.toPlainText().strip()
        return values


def _item_key(row: GoalView | ActionView | None) -> tuple[str, int] | None:
    if row is None:
        return None
    return ("goal" if isinstance(row, GoalView) else "action", row.id)


class PlanTab(CaseTab):
    key = "plan"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.today: Callable[[], dt.date] = dt.date.today
        self.plans: list[PlanView] = []
        self.children: list[PersonView] = []
        self.actors: list[CaseActorView] = []
        self._shown_plan: PlanView | None = None
        self._status_offered_for: tuple[tuple[str, int] | None, str] | None = None

        self.plan_choice = QComboBox()
        self.plan_choice.setObjectName("plan_choice")
        self.plan_choice.currentIndexChanged.connect(self._plan_changed)
        self.version_choice = QComboBox()
        self.version_choice.setObjectName("plan_version")
        self.version_choice.currentIndexChanged.connect(self._version_changed)
        plan_label = QLabel(self.tr("&Plan:"))
        plan_label.setBuddy(self.plan_choice)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version_choice)
        self.info = QLabel()
        self.info.setObjectName("plan_info")
        self.info.setWordWrap(True)
        chooser = QHBoxLayout()
        chooser.addWidget(plan_label)
        chooser.addWidget(self.plan_choice, 2)
        chooser.addWidget(version_label)
        chooser.addWidget(self.version_choice, 2)
        chooser.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_tree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("Goal / action"),
                self.tr("Life domain / responsible"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.create_button = QPushButton(self.tr("Create pla&n"))
        self.create_button.setObjectName("create_plan")
        self.create_button.clicked.connect(self.create_plan)
        self.goal_button = QPushButton(self.tr("Add &goal…"))
        self.goal_button.setObjectName("add_goal")
        self.goal_button.clicked.connect(self.add_goal_dialog)
        self.action_button = QPushButton(self.tr("Add &action…"))
        self.action_button.setObjectName("add_action")
        self.action_button.clicked.connect(self.add_action_dialog)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_plan_item")
        self.edit_button.setToolTip(self.tr("Correct the chosen goal or action"))
        self.edit_button.clicked.connect(self.edit_selected_dialog)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected_dialog())
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("plan_status_choice")
        self.status_choice.setMinimumContentsLength(12)
        self.status_button = QPushButton(self.tr("Set &status"))
        self.status_button.setObjectName("set_status")
        self.status_button.clicked.connect(self.set_selected_status)
        self.renew_button = QPushButton(self.tr("&Renew plan at review"))
        self.renew_button.setObjectName("renew_plan")
        self.renew_button.clicked.connect(self.renew)
        buttons = QHBoxLayout()
        for w in (self.create_button, self.goal_button, self.action_button, self.edit_button):
            buttons.addWidget(w)
        buttons.addSpacing(16)
        buttons.addWidget(self.status_choice)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        buttons.addWidget(self.renew_button)
        self.after_effort = QLabel()
        self.after_effort.setObjectName("plan_after_effort")
        self.after_effort.setWordWrap(True)

        self.status = status_label("plan_status")
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.info)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.after_effort)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Action &plan")

    # -- loading ---------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        super().load(case_id)
        self.status.clear()
        self.refresh(select_plan=None)

    def refresh(self, select_plan: int | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        ops.load(
            self.session,
            case_id,
            lambda result: self._show(*result, keep=select_plan),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _show(
        self,
        plans: list[PlanView],
        children: list[PersonView],
        actors: list[CaseActorView],
        offer_sip: bool,
        keep: int | None,
    ) -> None:
        if self.case_id is None:
            return
        if keep is None:
            keep = self.current_plan_id()  # what is chosen when the rows arrive stays chosen
        chosen_child = self.plan_choice.currentData()
        self.plans, self.children, self.actors = plans, children, actors
        keep_plan = next((p for p in plans if p.id == keep), None)
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        self.plan_choice.addItem(labels.plan_kind(PlanKind.ADULT), None)
        for child in children:
            self.plan_choice.addItem(
                self.tr("Child plan — {name}").format(name=child.name), child.id
            )
        if offer_sip or any(p.kind == PlanKind.SIP.value for p in plans):
            self.plan_choice.addItem(labels.plan_kind(PlanKind.SIP), SIP_CHOICE)
        child = keep_plan.child_person_id if keep_plan is not None else chosen_child
        if keep_plan is not None and keep_plan.kind == PlanKind.SIP.value:
            child = SIP_CHOICE
        self.plan_choice.setCurrentIndex(max(0, self.plan_choice.findData(child)))
        self.plan_choice.blockSignals(False)
        self._fill_versions(keep)

    def _versions(self) -> list[PlanView]:
        child = self.plan_choice.currentData()
        if child == SIP_CHOICE:
            kind, child = PlanKind.SIP.value, None
        else:
            kind = PlanKind.CHILD.value if child is not None else PlanKind.ADULT.value
        found = [p for p in self.plans if p.kind == kind and p.child_person_id == child]
        return sorted(found, key=lambda p: p.version, reverse=True)

    def _fill_versions(self, keep: int | None = None) -> None:
        self.version_choice.blockSignals(True)
        self.version_choice.clear()
        for p in self._versions():
            text = self.tr("Version {n} of {day}").format(
                n=p.version, day=labels.date_text(p.made_on)
            )
            if p.is_current:
                text += " " + self.tr("(current)")
            self.version_choice.addItem(text, p.id)
        if keep is not None and self.version_choice.findData(keep) >= 0:
            self.version_choice.setCurrentIndex(self.version_choice.findData(keep))
        self.version_choice.blockSignals(False)
        self._show_plan()

    def _plan_changed(self, _index: int) -> None:
        self._fill_versions()

    def _version_changed(self, _index: int) -> None:
        self._show_plan()

    def current_plan_id(self) -> int | None:
        return self.version_choice.currentData()

    def current_plan(self) -> PlanView | None:
        plan_id = self.current_plan_id()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _show_plan(self) -> None:
        plan = self.current_plan()
        if plan is not None and plan == self._shown_plan:
            self._update_buttons()
            return  # nothing in the tree changed: keep its current row and scroll position
        self._shown_plan = plan
        chosen = _item_key(self.selected())
        scroll = self.tree.verticalScrollBar().value()
        self.tree.blockSignals(True)  # one _update_buttons once the row is chosen again
        self.tree.clear()
        if plan is None:
            self.tree.blockSignals(False)
            self.info.setText(self.tr("No plan yet. Create one to add goals and actions."))
            self.after_effort.clear()
            self._update_buttons()
            return
        parts = [self.tr("Made {day}").format(day=labels.date_text(plan.made_on))]
        if plan.reviewed_on:
            parts.append(self.tr("reviewed {day}").format(day=labels.date_text(plan.reviewed_on)))
        if plan.review_due_on and plan.is_current:
            parts.append(
                self.tr("next review {day}").format(day=labels.date_text(plan.review_due_on))
            )
        text = " · ".join(parts)
        if not plan.is_current:
            text += "  —  " + self.tr("An earlier version: read only.")
        self.info.setText(text)
        self.after_effort.setText(
            self.tr("After the effort: {text}").format(text=plan.after_effort)
            if plan.after_effort
            else ""
        )
        today = self.today()
        bold = QFont()
        bold.setBold(True)
        for goal in plan.goals:
            goal_item = QTreeWidgetItem(
                [
                    goal.text,
                    labels.life_domain(goal.domain),
                    "",
                    labels.goal_status(goal.status),
                ]
            )
            goal_item.setData(0, ITEM_ROLE, goal)
            goal_item.setFont(0, bold)
            self.tree.addTopLevelItem(goal_item)
            for action in goal.actions:
                item = QTreeWidgetItem(
                    [
                        action.text,
                        action.responsible,
                        labels.date_text(action.due_on),
                        labels.action_status(action.status),
                    ]
                )
                item.setData(0, ITEM_ROLE, action)
                if is_overdue(action, today):
                    for column in range(4):
                        item.setBackground(column, QBrush(OVERDUE))
                        item.setForeground(column, QBrush(ALERT_TEXT))
                    item.setToolTip(0, self.tr("Overdue"))
                    item.setText(3, self.tr("{status} — overdue").format(status=item.text(3)))
                goal_item.addChild(item)
            goal_item.setExpanded(True)
        self._restore_current(chosen)
        self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _restore_current(self, chosen: tuple[str, int] | None) -> None:
        if chosen is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            goal_item = self.tree.topLevelItem(i)
            items = [goal_item] + [goal_item.child(j) for j in range(goal_item.childCount())]
            for item in items:
                if _item_key(item.data(0, ITEM_ROLE)) == chosen:
                    self.tree.setCurrentItem(item)
                    return

    def selected(self) -> GoalView | ActionView | None:
        item = self.tree.currentItem()
        return item.data(0, ITEM_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        plan = self.current_plan()
        editable = plan is not None and plan.is_current
        self.create_button.setVisible(self.case_id is not None and plan is None)
        self.goal_button.setEnabled(editable)
        self.action_button.setEnabled(editable and bool(plan and plan.goals))
        self.renew_button.setEnabled(editable)
        chosen = self.selected() if editable else None
        self.edit_button.setEnabled(chosen is not None)
        self.status_choice.setEnabled(chosen is not None)
        self.status_button.setEnabled(chosen is not None)
        offered_for = (_item_key(chosen), chosen.status) if chosen is not None else None
        if offered_for == self._status_offered_for:
            return  # the same row, unchanged: a status picked but not yet set stays picked
        self._status_offered_for = offered_for
        self.status_choice.clear()
        if isinstance(chosen, GoalView):
            options = labels.choices(GoalStatus, labels.goal_status)
        elif isinstance(chosen, ActionView):
            options = labels.choices(ActionStatus, labels.action_status)
        else:
            options = []
        for value, label in options:
            self.status_choice.addItem(label, value)
        if chosen is not None:
            self.status_choice.setCurrentIndex(max(0, self.status_choice.findData(chosen.status)))

    # -- changes ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def _done(self, message: str) -> Callable[[Any], None]:
        plan = self.current_plan()
        keep = plan.id if plan else None

        def done(result: Any) -> None:
            show_status(self.status, message)
            new_id = result if isinstance(result, int) else keep
            self.refresh(select_plan=new_id)

        return done

    def create_plan(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        chosen = self.plan_choice.currentData()
        ops.create_plan(
            self.session,
            case_id,
            self.today(),
            None if chosen == SIP_CHOICE else chosen,
            self._done(self.tr("Plan created.")),
            self._failed,
            sip=chosen == SIP_CHOICE,
        )

    def add_goal_dialog(self) -> None:
        plan = self.current_plan()
        if plan is None or not plan.is_current:
            return
        dialog = GoalDialog(self)
        if self.run_dialog(dialog):
            self.add_goal(dialog.text.text(), dialog.domain.currentData())

    def add_goal(self, text: str, domain: str) -> None:
        plan = self.current_plan()
        if plan is None or self.case_id is None:
            return
        done = self._done(self.tr("Goal added."))
        ops.add_goal(
            self.session, self.case_id, plan.id, text, domain, lambda _id: done(None), self._failed
        )

    def add_action_dialog(self) -> None:
        plan = self.current_plan()
        if plan is None or not plan.is_current or not plan.goals:
            return
        chosen = self.selected()
        goal_id = None
        if isinstance(chosen, GoalView):
            goal_id = chosen.id
        elif isinstance(chosen, ActionView):
            goal_id = next(g.id for g in plan.goals if chosen in g.actions)
        dialog = ActionDialog(list(plan.goals), self.actors, self.today(), goal_id, self)
        if self.run_dialog(dialog):
            self.add_action(**dialog.values())

    def add_action(
        self, goal_id: int, text: str, responsible_id: int | None, due_on: dt.date | None
    ) -> None:
        plan = self.current_plan()
        if plan is None or self.case_id is None:
            return
        done = self._done(self.tr("Action added."))
        ops.add_action(
            self.session,
            self.case_id,
            plan.id,
            goal_id,
            text,
            responsible_id,
            due_on,
            lambda _id: done(None),
            self._failed,
        )

    def edit_selected_dialog(self) -> None:
        """Correct the chosen goal (text, life domain) or action (text, goal, responsible,
        due date, outcome); only in the current version of a plan."""
        plan = self.current_plan()
        chosen = self.selected()
        case_id = self.case_id
        if plan is None or not plan.is_current or chosen is None or case_id is None:
            return
        if isinstance(chosen, GoalView):
            dialog: QDialog = GoalDialog(self, chosen)
            if self.run_dialog(dialog):
                assert isinstance(dialog, GoalDialog)
                values = {"text": dialog.text.text(), "domain": dialog.domain.currentData()}
                done = self._done(self.tr("Goal changed."))
                ops.update_goal(
                    self.session, case_id, chosen.id, values, lambda _id: done(None), self._failed
                )
            return
        goal_id = next(g.id for g in plan.goals if chosen in g.actions)
        dialog = ActionDialog(
            list(plan.goals), self.actors, self.today(), goal_id, self, action=chosen
        )
        if self.run_dialog(dialog):
            assert isinstance(dialog, ActionDialog)
            done = self._done(self.tr("Action changed."))
            ops.update_action(
                self.session,
                case_id,
                chosen.id,
                dialog.values(),
                lambda _id: done(None),
                self._failed,
            )

    def set_selected_status(self) -> None:
        chosen = self.selected()
        status = self.status_choice.currentData()
        if chosen is None or status is None:
            return
        plan = self.current_plan()
        if plan is None or not plan.is_current or self.case_id is None:
            return
        kind = "goal" if isinstance(chosen, GoalView) else "action"
        ops.set_status(
            self.session,
            self.case_id,
            plan.id,
            kind,
            chosen.id,
            status,
            self._done(self.tr("Status changed.")),
            self._failed,
        )

    def confirm_renew(self, plan: PlanView) -> bool:
        """Ask before making a new version; tests replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("Renew plan"),
            self.tr(
                "Make version {n} from today? Open goals and their open actions are carried "
                "over; this version stays readable."
            ).format(n=plan.version + 1),
        )
        return answer == QMessageBox.StandardButton.Yes

    def renew(self) -> None:
        plan = self.current_plan()
        if plan is None or not plan.is_current or not self.confirm_renew(plan):
            return
        if self.case_id is None:
            return
        ops.renew(
            self.session,
            self.case_id,
            plan.id,
            self.today(),
            self._done(self.tr("Plan renewed: a new version is current.")),
            self._failed,
        )

    def clear(self) -> None:
        super().clear()
        self.plans, self.children, self.actors = [], [], []
        self._shown_plan = None
        self._status_offered_for = None
        for combo in (self.plan_choice, self.version_choice, self.status_choice):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.tree.clear()
        self.info.clear()
        self.after_effort.clear()
        self.status.clear()
        self._update_buttons()
