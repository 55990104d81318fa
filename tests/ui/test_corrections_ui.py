"""Correct and cancel through the widgets: each dialog is filled field by field, OK is
pressed, and the stored rows are read back from the vault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from tests.ui import test_tabs
from tests.ui.test_tabs import _actors_tab, _column, _items, _meetings_tab, _plan_tab
from vnr_desk.domain import (
    Action,
    Actor,
    AgendaItem,
    CaseActor,
    Decision,
    Goal,
    Meeting,
    NetworkMember,
)
from vnr_desk.services.actors import name_order
from vnr_desk.services.views.actors import CaseActorView, DirectoryEntry, NetworkMemberView
from vnr_desk.services.views.meetings import MeetingView
from vnr_desk.services.views.plan import ActionView, GoalView
from vnr_desk.ui.directory_dialog import DirectoryDialog, DirectoryEntryDialog
from vnr_desk.ui.tabs.actors import AddActorDialog, CaseActorDialog, NetworkDialog
from vnr_desk.ui.tabs.meetings import CancelMeetingDialog, DecisionDialog, NewMeetingDialog
from vnr_desk.ui.tabs.plan import ActionDialog, GoalDialog
from vnr_desk.ui.widgets.common import close_without_asking, discard_guard, set_date

# The full case the tab tests use, built once per session.
case_template = test_tabs.case_template
case_vault = test_tabs.case_vault
vault_session = test_tabs.vault_session


def _ok(dialog) -> bool:  # type: ignore[no-untyped-def]
    """Press OK the way a user does; True if the dialog accepted."""
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == 1


def test_meeting_is_edited_through_its_dialog(qtbot, vault_session, case_vault) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewMeetingDialog)
        assert dialog.place.text().startswith("Rådhuset")  # filled in from the meeting
        assert dialog.agenda.toPlainText() == "Bolig\nØkonomi"
        guard = discard_guard(dialog)
        assert guard is not None
        guard.reset()
        dialog.kind.setCurrentIndex(dialog.kind.findData("first_visit"))
        assert dialog.kind.currentText() == "First visit"
        dialog.held_on.setDateTime(QDateTime(dt.datetime(2026, 6, 3, 14, 30)))
        dialog.place.setText("Krisecentret")
        dialog.agenda.setPlainText("Bolig\nSikkerhed")
        assert guard.changed()
        return _ok(dialog)

    tab.run_dialog = fill
    tab.edit_button.click()
    assert "Meeting changed" in tab.status.text(), tab.status.text()
    assert _items(tab.agenda) == ["Bolig", "Sikkerhed"]
    with vault.session() as s:
        m = s.get_one(Meeting, ids.meeting)
        agenda = list(s.scalars(select(AgendaItem.text).where(AgendaItem.meeting_id == m.id)))
    assert (m.kind.value, m.held_on, m.place) == (
        "first_visit",
        dt.datetime(2026, 6, 3, 14, 30),
        "Krisecentret",
    )
    assert agenda == ["Bolig", "Sikkerhed"]


def test_meeting_is_cancelled_with_a_reason_and_shown_cancelled(
    qtbot, vault_session, case_vault
) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CancelMeetingDialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason, no cancellation
        dialog.reason.setText("Borgeren er syg")
        return _ok(dialog)

    tab.run_dialog = fill
    tab.cancel_button.click()
    assert tab.model.index(0, 1).data().endswith("— cancelled")
    assert "CANCELLED" in tab.heading.text() and "Borgeren er syg" in tab.heading.text()
    assert not tab.edit_button.isEnabled() and not tab.decision_button.isEnabled()
    assert tab.minutes.isReadOnly()
    with vault.session() as s:
        m = s.get_one(Meeting, ids.meeting)
    assert m.cancelled_at is not None and m.cancel_reason == "Borgeren er syg"


def test_participant_removed_and_decision_corrected(qtbot, vault_session, case_vault) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)
    tab.participants.setCurrentRow(1)  # Jobcenter
    tab.uninvite_button.click()
    assert _items(tab.participants) == ["Voksenområdet"]
    tab.decisions.setCurrentRow(0)

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, DecisionDialog) and not dialog.as_action
        dialog.text.setText("Boligafdelingen kontaktes mandag")
        return _ok(dialog)

    tab.run_dialog = fill
    tab.edit_decision_button.click()
    assert _items(tab.decisions) == ["Boligafdelingen kontaktes mandag"]
    with vault.session() as s:
        texts = list(s.scalars(select(Decision.text).where(Decision.meeting_id == ids.meeting)))
    assert texts == ["Boligafdelingen kontaktes mandag"]


def test_decision_joins_an_existing_goal_with_responsible_and_due(
    qtbot, vault_session, case_vault
) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)
    tab.decision_text.setText("Søg akut bolig")

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, DecisionDialog) and dialog.as_action
        assert dialog.text.text() == "Søg akut bolig"
        dialog.goal.setCurrentIndex(dialog.goal.findData(ids.housing_goal))
        assert not dialog.domain.isEnabled()
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("Jobcenter"))
        set_date(dialog.due_on, dt.date(2026, 7, 1))
        return _ok(dialog)

    tab.run_dialog = fill
    tab.decision_as_action_button.click()
    assert _items(tab.decisions)[-1] == "Søg akut bolig  → action in the plan", tab.status.text()
    assert tab.decision_text.text() == ""
    with vault.session() as s:
        action = s.scalar(select(Action).where(Action.text == "Søg akut bolig"))
        assert action is not None
        assert (action.goal_id, action.responsible_id, action.due_on) == (
            ids.housing_goal,
            ids.jobcenter,
            dt.date(2026, 7, 1),
        )

    def new_goal(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.text.setText("Tryghedsplan laves")
        dialog.goal.setCurrentIndex(0)  # a new goal
        dialog.domain.setCurrentIndex(dialog.domain.findData("safety"))
        dialog.has_due.setChecked(False)
        return _ok(dialog)

    tab.run_dialog = new_goal
    tab.decision_as_action_button.click()
    with vault.session() as s:
        goal = s.scalar(select(Goal).where(Goal.text == "Tryghedsplan laves"))
        assert goal is not None and goal.domain.value == "safety"
        assert [(a.text, a.due_on) for a in goal.actions] == [("Tryghedsplan laves", None)]


def test_goal_and_action_are_edited(qtbot, vault_session, case_vault) -> None:
    vault, ids = case_vault
    tab = _plan_tab(qtbot, vault_session, ids)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))

    def goal(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, GoalDialog) and dialog.windowTitle() == "Edit goal"
        dialog.text.setText("Jeg vil have en tryg bolig")
        dialog.domain.setCurrentIndex(dialog.domain.findData("safety"))
        return _ok(dialog)

    tab.run_dialog = goal
    tab.edit_button.click()
    assert tab.tree.topLevelItem(0).text(0) == "Jeg vil have en tryg bolig"
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))

    def action(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ActionDialog)
        assert dialog.text.text() == "Søg bolig via boligafdelingen"
        dialog.text.setText("Søg bolig via boligsocialt team")
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("Krisecenter"))
        set_date(dialog.due_on, dt.date(2026, 8, 15))
        dialog.outcome.setPlainText("Skrevet op")
        return _ok(dialog)

    tab.run_dialog = action
    tab.edit_button.click()
    with vault.session() as s:
        g = s.get_one(Goal, ids.housing_goal)
        row = s.scalar(select(Action).where(Action.text == "Søg bolig via boligsocialt team"))
        assert (g.text, g.domain.value) == ("Jeg vil have en tryg bolig", "safety")
        assert row is not None
        assert (row.responsible_id, row.due_on, row.outcome) == (
            ids.crisis_centre,
            dt.date(2026, 8, 15),
            "Skrevet op",
        )


def test_case_actor_contact_person_and_network_member_are_edited(
    qtbot, vault_session, case_vault
) -> None:
    vault, ids = case_vault
    tab = _actors_tab(qtbot, vault_session, ids)
    tab.table.selectRow(0)  # Voksenområdet, the coordinator

    def actor(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CaseActorDialog)
        dialog.role.setText("Koordinerende sagsbehandler")
        dialog.contact_name.setText("Pia Holm")
        dialog.contact_phone.setText("55 12 34 56")
        dialog.contact_email.setText("pia@example.dk")
        return _ok(dialog)

    tab.run_dialog = actor
    tab.edit_button.click()
    assert _column(tab.model, 3)[0] == "Koordinerende sagsbehandler"
    assert _column(tab.model, 6)[0] == "Pia Holm, 55 12 34 56, pia@example.dk"
    tab.network.selectRow(0)  # Mette

    def member(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NetworkDialog) and dialog.name.text() == "Mette"
        dialog.relation.setText("storesøster")
        dialog.stance.setCurrentIndex(dialog.stance.findData("both"))
        dialog.may_contact.setChecked(False)
        dialog.phone.setText("20 30 40 50")
        dialog.notes.setPlainText("Kan hente Lea")
        return _ok(dialog)

    tab.run_dialog = member
    tab.edit_member_button.click()
    with vault.session() as s:
        ca = s.get_one(CaseActor, ids.coordinator)
        m = s.get_one(NetworkMember, ids.sister)
    assert (ca.role, ca.contact_name, ca.contact_phone, ca.contact_email) == (
        "Koordinerende sagsbehandler",
        "Pia Holm",
        "55 12 34 56",
        "pia@example.dk",
    )
    assert (m.relation, m.stance.value, m.may_contact, m.phone, m.notes) == (
        "storesøster",
        "both",
        False,
        "20 30 40 50",
        "Kan hente Lea",
    )


def test_directory_add_edit_retire_and_not_offered(qtbot, vault_session, case_vault) -> None:
    vault, ids = case_vault
    tab = _actors_tab(qtbot, vault_session, ids)
    opened: list[DirectoryDialog] = []

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(dialog, DirectoryDialog):
            opened.append(dialog)
            dialog.today = lambda: dt.date(2026, 6, 1)
            names = [e.name for e in dialog.entries()]
            assert names == sorted(names, key=lambda n: name_order(n, "da"))
            assert "Socialtjänsten" not in names  # a Danish vault shows Danish entries
            dialog.add_button.click()
            after = [e.name for e in dialog.entries()]
            assert after.index("bydelsmødre") < after.index("Danner")  # case ignored
            row = next(i for i, e in enumerate(dialog.entries()) if e.name == "bydelsmødre")
            dialog.table.selectRow(row)
            dialog.edit_button.click()
            row = next(i for i, e in enumerate(dialog.entries()) if e.name == "Bydelsmødre Nord")
            dialog.table.selectRow(row)
            dialog.retire_button.click()
            return False
        assert isinstance(dialog, DirectoryEntryDialog)
        if dialog.windowTitle() == "New directory entry":
            dialog.name.setText("bydelsmødre")
            dialog.sector.setCurrentIndex(dialog.sector.findData("civil_society"))
            dialog.phone.setText("70 20 30 40")
        else:
            assert dialog.name.text() == "bydelsmødre"
            dialog.name.setText("Bydelsmødre Nord")
            dialog.email.setText("nord@example.dk")
        return _ok(dialog)

    tab.run_dialog = answer
    tab.directory_button.click()
    assert opened
    retired = next(e for e in opened[0].entries() if e.name == "Bydelsmødre Nord")
    assert retired.retired_on == dt.date(2026, 6, 1)
    with vault.session() as s:
        actor = s.scalar(select(Actor).where(Actor.name == "Bydelsmødre Nord"))
        assert actor is not None
        assert (actor.phone, actor.email, actor.retired_on) == (
            "70 20 30 40",
            "nord@example.dk",
            dt.date(2026, 6, 1),
        )
    offered: list[list[str]] = []

    def add(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AddActorDialog)
        offered.append([dialog.directory.itemText(i) for i in range(dialog.directory.count())])
        return False

    tab.run_dialog = add
    tab.add_button.click()
    assert offered and not any(t.startswith("Bydelsmødre") for t in offered[0])


def _edit_dialogs() -> list[tuple[QDialog, str]]:
    """Each correction dialog, filled from view rows as the tabs fill them, and a field."""
    meeting = MeetingView(
        1, "network", dt.datetime(2026, 3, 9, 10), "Rådhuset", False, "", (), ("Bolig",), ()
    )
    actor = CaseActorView(1, 1, "Jobcenter", "municipality", "", "Job", "", "active", False)
    member = NetworkMemberView(1, "Mette", "søster", "resource", True, None)
    action = ActionView(1, "Ringe", None, "", dt.date(2026, 4, 1), "planned", "")
    goal = GoalView(1, "Bolig", "housing", "open", (action,))
    entry = DirectoryEntry(1, "Danner", "civil_society", "rådgivning", "")
    return [
        (NewMeetingDialog(meeting.held_on, None, meeting), "place"),
        (CancelMeetingDialog(meeting), "reason"),
        (DecisionDialog("Søg bolig", None, goals=[(1, "Bolig")], actors=[]), "text"),
        (DecisionDialog("Søg bolig"), "text"),
        (GoalDialog(None, goal), "text"),
        (ActionDialog([goal], [], dt.date(2026, 3, 2), 1, None, action=action), "text"),
        (CaseActorDialog(actor), "contact_name"),
        (NetworkDialog(None, member), "phone"),
        (DirectoryEntryDialog(entry), "phone"),
        (DirectoryEntryDialog(), "name"),
    ]


def test_every_correction_dialog_asks_before_discarding(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog, field in _edit_dialogs():
        qtbot.addWidget(dialog, before_close_func=close_without_asking)
        dialog.show()
        qtbot.waitExposed(dialog)
        guard = discard_guard(dialog)
        assert guard is not None, type(dialog).__name__
        asked: list[bool] = []
        guard.ask = lambda asked=asked: bool(asked.append(False))  # "Keep editing"
        assert not guard.changed(), type(dialog).__name__  # filled in, yet untouched
        getattr(dialog, field).setText("rettet")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        assert asked == [False] and dialog.isVisible(), type(dialog).__name__
