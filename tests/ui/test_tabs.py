"""The workbook tabs on a full case, driven through their widgets with a synchronous worker."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.ui.case_builder import SECRET_ADDRESS, TODAY, CaseIds, build_case, leaked
from vnr_desk.domain import Action, AuditEntry, Meeting
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.tabs.actors import ActorsTab, AddActorDialog, NetworkDialog
from vnr_desk.ui.tabs.assessment import AssessmentDialog, AssessmentTab
from vnr_desk.ui.tabs.consent import ConsentTab, RecordConsentDialog
from vnr_desk.ui.tabs.meetings import MeetingsTab, NewMeetingDialog
from vnr_desk.ui.tabs.overview import OverviewTab
from vnr_desk.ui.tabs.plan import ActionDialog, PlanTab
from vnr_desk.ui.tabs.registry import tab_keys
from vnr_desk.ui.widgets.common import OVERDUE
from vnr_desk.ui.widgets.consent_chip import STATE_ROLE
from vnr_desk.ui.worker import SyncWorker


@pytest.fixture(scope="session")
def case_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CaseIds]:
    """Built once; each test works on its own copy of the (locked) vault directory."""
    directory = tmp_path_factory.mktemp("case-template") / "vault"
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        ids = build_case(s)
    vault.lock()
    return directory, ids


@pytest.fixture
def case_vault(
    tmp_path: Path, case_template: tuple[Path, CaseIds]
) -> Iterator[tuple[Vault, CaseIds]]:
    template, ids = case_template
    shutil.copytree(template, tmp_path / "vault")
    vault = Vault.unlock(tmp_path / "vault", PASSPHRASE)
    try:
        yield vault, ids
    finally:
        if vault.is_unlocked:
            vault.lock()


@pytest.fixture
def vault_session(case_vault: tuple[Vault, CaseIds]) -> VaultSession:
    return VaultSession(case_vault[0], SyncWorker())


# -- overview ---------------------------------------------------------------------------


def _tab(qtbot, vault_session, ids) -> OverviewTab:  # type: ignore[no-untyped-def]
    tab = OverviewTab(vault_session)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab


def test_overview_shows_people_apart_and_case_facts(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _tab(qtbot, vault_session, ids)
    household = [p.name for p in tab.household_model.rows]
    assert household == ["Amira Hansen", "Lea Hansen"]
    assert [p.name for p in tab.violence_model.rows] == ["Jonas Berg"]
    roles = {tab.household_model.index(r, 0).data() for r in range(2)}
    assert roles == {"Victim-survivor", "Child"}
    assert tab.intake.text() == "Crisis-centre admission"
    assert tab.forms.text() == "Economic, Physical, Psychological"
    assert "URGENT" in tab.urgent.text()
    assert tab.risk.text().startswith("High")
    assert tab.coordinator.text() == "Voksenområdet"
    assert 1 <= tab.deadlines.count() <= 3
    warnings = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    assert any("Krisecenter" in w and "expires" in w for w in warnings)
    assert any("Mette" in w and "Withdrawn" in w for w in warnings)
    assert any(w == "Politiet: no consent recorded" for w in warnings)


def test_protected_address_hidden_until_shown_and_the_view_audited(
    qtbot, vault_session, case_vault
) -> None:
    vault, ids = case_vault
    tab = _tab(qtbot, vault_session, ids)
    address_cell = tab.household_model.index(0, 4)
    assert SECRET_ADDRESS not in str(address_cell.data())
    assert "Protected" in address_cell.data()
    tab.household.selectRow(0)
    assert tab.show_address.isEnabled()
    tab.show_address.click()
    assert tab.household_model.index(0, 4).data() == SECRET_ADDRESS
    assert not tab.show_address.isEnabled()
    with vault.session() as s:
        actions = list(
            s.scalars(select(AuditEntry.action).where(AuditEntry.case_id == ids.case_id))
        )
    assert actions.count("person.reveal_address") == 1
    tab.load(ids.case_id)  # a reload hides it again
    assert SECRET_ADDRESS not in str(tab.household_model.index(0, 4).data())


def test_overview_clear_wipes_everything(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _tab(qtbot, vault_session, ids)
    tab.household.selectRow(0)
    tab.show_address.click()
    assert leaked(tab)
    tab.clear()
    assert leaked(tab) == []
    assert tab.household_model.rowCount() == 0 and tab.deadlines.count() == 0


# -- consent ----------------------------------------------------------------------------


def _consent_tab(qtbot, vault_session, ids) -> ConsentTab:  # type: ignore[no-untyped-def]
    tab = ConsentTab(vault_session)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab


def test_consent_grid_shows_each_state(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    m = tab.model
    assert len(m.recipients) == 6  # four actors, two network members
    assert m.state(f"actor:{ids.jobcenter}", "share_information") == "valid"
    assert m.state(f"actor:{ids.crisis_centre}", "share_information") == "expiring"
    assert m.state(f"network:{ids.sister}", "invite_to_meeting") == "withdrawn"
    assert m.state(f"actor:{ids.police}", "share_information") == "missing"
    tab.select_cell(f"actor:{ids.jobcenter}", "share_information")
    index = tab.grid.currentIndex()
    assert index.data() == "Valid" and index.data(STATE_ROLE) == "valid"
    assert [e.event for e in tab.history_model.rows] == ["given"]


def test_record_then_withdraw_changes_the_chip(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _consent_tab(qtbot, vault_session, ids)
    police = f"actor:{ids.police}"
    tab.select_cell(police, "share_information")
    assert not tab.withdraw_button.isEnabled()

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RecordConsentDialog)
        assert dialog.recipient.currentData() == police  # starts from the selected chip
        assert dialog.purposes["share_information"].isChecked()
        dialog.terms.oral.setChecked(True)
        dialog.terms.documented_by.setText("")
        dialog._accept()
        assert "documented" in dialog.problem.text()  # oral needs a name
        dialog.terms.documented_by.setText("Sagsbehandler Ida")
        dialog.purposes["invite_to_meeting"].setChecked(True)
        dialog._accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill
    tab.record_button.click()
    assert tab.model.state(police, "share_information") == "valid"
    assert tab.model.state(police, "invite_to_meeting") == "valid"
    assert tab.model.state(police, "receive_action_plan") == "missing"
    tab.select_cell(police, "share_information")
    assert tab.withdraw_button.isEnabled()
    asked: list[list[str]] = []
    tab.confirm_withdraw = lambda who, purpose, covered, me: asked.append(covered) or None
    tab.withdraw_button.click()  # answered "Cancel"
    assert asked == [["invite_to_meeting", "share_information"]]
    assert tab.model.state(police, "share_information") == "valid"
    tab.confirm_withdraw = lambda who, purpose, covered, me: (
        covered,
        "oral",
        "Sagsbehandler Ida",
    )
    tab.withdraw_button.click()
    assert tab.model.state(police, "share_information") == "withdrawn"
    assert tab.model.state(police, "invite_to_meeting") == "withdrawn"
    assert tab.grid.currentIndex().data(STATE_ROLE) == "withdrawn"
    assert [e.event for e in tab.history_model.rows] == ["given", "withdrawn"]
    assert tab.history_model.index(0, 3).data() == "Oral"


# -- action plan ------------------------------------------------------------------------


def _plan_tab(qtbot, vault_session, ids) -> PlanTab:  # type: ignore[no-untyped-def]
    tab = PlanTab(vault_session)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab


def _tree_rows(tab: PlanTab) -> list[list[str]]:
    rows = []
    for i in range(tab.tree.topLevelItemCount()):
        goal = tab.tree.topLevelItem(i)
        rows.append([goal.text(c) for c in range(4)])
        for j in range(goal.childCount()):
            rows.append(["  " + goal.child(j).text(0), *(goal.child(j).text(c) for c in (1, 2, 3))])
    return rows


def test_plan_shows_goals_actions_and_highlights_overdue(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _plan_tab(qtbot, vault_session, ids)
    assert tab.plan_choice.itemText(0) == "Adult plan"
    assert tab.plan_choice.itemText(1) == "Child plan — Lea Hansen"
    rows = _tree_rows(tab)
    assert rows[0] == ["Jeg vil have egen bolig", "Housing", "", "Open"]
    housing = tab.tree.topLevelItem(0)
    overdue, done = housing.child(0), housing.child(1)
    assert overdue.text(0) == "Søg bolig via boligafdelingen"
    assert overdue.text(1) == "Voksenområdet"
    assert overdue.text(3) == "Planned — overdue"
    assert overdue.background(0).color() == OVERDUE
    assert done.text(3) == "Done" and done.background(0).color() != OVERDUE  # done: not overdue
    budget_action = tab.tree.topLevelItem(1).child(0)
    assert budget_action.background(0).color() != OVERDUE  # due in the future
    tab.plan_choice.setCurrentIndex(1)
    assert _tree_rows(tab) == [["Lea trives i skolen", "Children and parenting", "", "Open"]]


def test_add_action_and_change_status(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _plan_tab(qtbot, vault_session, ids)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ActionDialog)
        assert dialog.goal.currentText() == "Lære at holde et budget"
        dialog.text.setText("Gennemgå budget med søsteren")
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("Jobcenter"))
        dialog.has_due.setChecked(False)
        return True

    tab.run_dialog = fill
    tab.action_button.click()
    budget = tab.tree.topLevelItem(1)
    assert [budget.child(i).text(0) for i in range(budget.childCount())] == [
        "Budgetsamtale",
        "Gennemgå budget med søsteren",
    ]
    assert budget.child(1).text(1) == "Jobcenter" and budget.child(1).text(2) == ""
    overdue = tab.tree.topLevelItem(0).child(0)
    tab.tree.setCurrentItem(overdue)
    tab.status_choice.setCurrentIndex(tab.status_choice.findData("done"))
    tab.status_button.click()
    again = tab.tree.topLevelItem(0).child(0)
    assert again.text(3) == "Done" and again.background(0).color() != OVERDUE


def test_renew_plan_keeps_old_version_read_only(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _plan_tab(qtbot, vault_session, ids)
    tab.confirm_renew = lambda plan: True
    tab.renew_button.click()
    assert tab.version_choice.count() == 2
    assert "Version 2" in tab.version_choice.currentText()
    assert "(current)" in tab.version_choice.currentText()
    rows = _tree_rows(tab)
    assert "  Skriv op til almene boliger" not in [r[0] for r in rows]  # done: not carried over
    assert "  Søg bolig via boligafdelingen" in [r[0] for r in rows]
    tab.version_choice.setCurrentIndex(1)
    assert "read only" in tab.info.text()
    assert not tab.goal_button.isEnabled() and not tab.renew_button.isEnabled()
    assert "  Skriv op til almene boliger" in [r[0] for r in _tree_rows(tab)]


# -- meetings ---------------------------------------------------------------------------


def _meetings_tab(qtbot, vault_session, ids) -> MeetingsTab:  # type: ignore[no-untyped-def]
    tab = MeetingsTab(vault_session)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab


def _items(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def test_meeting_editor_shows_the_meeting(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "Coordination"
    assert "Rådhuset" in tab.heading.text()
    assert _items(tab.participants) == ["Voksenområdet", "Jobcenter"]
    assert _items(tab.agenda) == ["Bolig", "Økonomi"]
    assert tab.minutes.toPlainText() == "Aftalt at boligafdelingen kontaktes."
    assert _items(tab.decisions) == ["Boligafdelingen kontaktes inden fredag"]
    invitable = [tab.invitee.itemText(i) for i in range(tab.invitee.count())]
    assert invitable == ["Krisecenter", "Politiet", "Mette (søster)", "Karl (nabo)"]


def test_invite_without_consent_warns_and_needs_override(qtbot, vault_session, case_vault) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)
    asked: list[list[str]] = []
    tab.confirm_override = lambda names: bool(asked.append(names))  # "Cancel"
    tab.invitee.setCurrentIndex(tab.invitee.findData(f"network:{ids.sister}"))
    tab.invite_button.click()
    assert asked == [["Mette (søster)"]]
    assert "Mette (søster)" not in "".join(_items(tab.participants))
    assert "not invited" in tab.status.text()
    tab.confirm_override = lambda names: True  # "Invite anyway"
    tab.invitee.setCurrentIndex(tab.invitee.findData(f"network:{ids.sister}"))
    tab.invite_button.click()
    assert _items(tab.participants)[-1] == "Mette (søster) — invited without consent"
    with vault.session() as s:
        actions = list(
            s.scalars(select(AuditEntry.action).where(AuditEntry.case_id == ids.case_id))
        )
    assert actions.count("meeting.invite_override") == 1


def test_new_meeting_agenda_minutes_autosave_and_decision_action(
    qtbot, vault_session, case_vault
) -> None:
    vault, ids = case_vault
    tab = _meetings_tab(qtbot, vault_session, ids)

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewMeetingDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("follow_up"))
        dialog.place.setText("Krisecentret")
        dialog.agenda.setPlainText("Status\n\nBolig")
        return True

    tab.run_dialog = fill
    tab.new_button.click()
    assert tab.model.rowCount() == 2
    assert tab.current_meeting().kind == "follow_up"
    assert _items(tab.agenda) == ["Status", "Bolig"]
    assert tab.minutes.toPlainText() == ""
    tab.agenda_text.setText("Næste skridt")
    qtbot.keyClick(tab.agenda_text, Qt.Key.Key_Return)
    assert _items(tab.agenda)[-1] == "Næste skridt"
    qtbot.keyClicks(tab.minutes, "Borgeren deltog.")
    qtbot.waitUntil(lambda: tab.status.text() == "Minutes saved", timeout=3000)
    tab.decision_text.setText("Budget følges op")
    tab.decision_action.setChecked(True)
    tab.decision_domain.setCurrentIndex(tab.decision_domain.findData("economy"))
    tab.decision_button.click()
    assert _items(tab.decisions) == ["Budget følges op  → action in the plan"], tab.status.text()
    with vault.session() as s:
        minutes = s.scalar(select(Meeting.minutes).where(Meeting.place == "Krisecentret"))
        texts = list(s.scalars(select(Action.text)))
    assert minutes == "Borgeren deltog." and "Budget følges op" in texts


# -- actors and network -----------------------------------------------------------------


def _actors_tab(qtbot, vault_session, ids) -> ActorsTab:  # type: ignore[no-untyped-def]
    tab = ActorsTab(vault_session)
    qtbot.addWidget(tab)
    tab.load(ids.case_id)
    return tab


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_actors_and_network_are_shown(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _actors_tab(qtbot, vault_session, ids)
    assert _column(tab.model, 1) == ["Voksenområdet", "Jobcenter", "Krisecenter", "Politiet"]
    assert _column(tab.model, 0) == ["★", "", "", ""]
    assert _column(tab.model, 5) == ["Active", "Referred", "Active", "Suggested"]
    assert _column(tab.model, 2)[0] == "Municipality"
    assert _column(tab.network_model, 0) == ["Mette", "Karl"]
    assert _column(tab.network_model, 2) == ["Resource", "Risk"]
    assert _column(tab.network_model, 3) == ["Yes", "No"]


def test_coordinator_referral_and_adding(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _actors_tab(qtbot, vault_session, ids)
    tab.table.selectRow(1)  # Jobcenter
    tab.coordinator_button.click()
    assert _column(tab.model, 0) == ["", "★", "", ""], tab.status.text()  # exactly one star
    tab.table.selectRow(3)  # Politiet
    tab.referral.setCurrentIndex(tab.referral.findData("referred"))
    tab.referral_button.click()
    assert _column(tab.model, 5)[3] == "Referred"

    def add_from_directory(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AddActorDialog) and dialog.directory.count() > 10
        dialog.directory.setCurrentIndex(
            dialog.directory.findText("Danner", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.role.setText("Rådgivning")
        return True

    tab.run_dialog = add_from_directory
    tab.add_button.click()

    def add_new(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.as_new.setChecked(True)
        dialog.name.setText("Familiehuset Nord")
        dialog.sector.setCurrentIndex(dialog.sector.findData("private"))
        return True

    tab.run_dialog = add_new
    tab.add_button.click()
    assert _column(tab.model, 1)[-2:] == ["Danner", "Familiehuset Nord"]
    assert _column(tab.model, 3)[-2] == "Rådgivning"
    assert _column(tab.model, 2)[-1] == "Private provider"

    def add_member(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NetworkDialog)
        dialog.name.setText("Hanne")
        dialog.relation.setText("veninde")
        dialog.stance.setCurrentIndex(dialog.stance.findData("resource"))
        dialog.may_contact.setChecked(True)
        return True

    tab.run_dialog = add_member
    tab.network_button.click()
    assert _column(tab.network_model, 0)[-1] == "Hanne"
    assert _column(tab.network_model, 1)[-1] == "veninde"


# -- assessment -------------------------------------------------------------------------


def _assessment_tab(qtbot, vault_session, ids) -> AssessmentTab:  # type: ignore[no-untyped-def]
    tab = AssessmentTab(vault_session)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab


def test_assessment_shows_domains_and_the_wheel(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _assessment_tab(qtbot, vault_session, ids)
    assert tab.choice.count() == 2 and "(latest)" in tab.choice.itemText(0)
    rows = {tab.model.index(r, 0).data(): r for r in range(tab.model.rowCount())}
    assert len(rows) == 11
    housing = rows["Housing"]
    assert tab.model.index(housing, 1).data() == "2"
    assert tab.model.index(housing, 2).data() == "Venter på bolig"
    assert tab.model.index(housing, 3).data() == "Jeg vil have egen bolig"
    assert tab.model.index(rows["Education"], 1).data() == "–"
    assert tab.dreams.text() == "Uddannelse som pædagog"
    wheel = tab.wheel
    assert len(wheel.axes) == 11 and "Housing" in wheel.axes
    assert wheel.latest is not None and wheel.previous is not None
    index = wheel.axes.index("Housing")
    assert (wheel.latest.ratings[index], wheel.previous.ratings[index]) == (2, 1)
    assert wheel.previous.label.startswith("Previous, ")
    assert not wheel.grab().isNull()  # paints without error
    tab.choice.setCurrentIndex(1)  # the older one has no earlier one to compare with
    assert tab.wheel.previous is None and tab.model.index(housing, 1).data() == "1"


def test_new_assessment_starts_from_the_last(qtbot, vault_session, case_vault) -> None:
    _, ids = case_vault
    tab = _assessment_tab(qtbot, vault_session, ids)

    def revise(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AssessmentDialog)
        assert dialog.ratings["housing"].value() == 2  # pre-filled
        assert dialog.own_words["economy"].text() == "Budget går bedre"
        assert dialog.hopes.text() == "At Lea kan gå i skole i ro"
        dialog.ratings["housing"].setValue(4)
        dialog.descriptions["housing"].setText("Egen lejlighed")
        return True

    tab.run_dialog = revise
    tab.new_button.click()
    assert tab.choice.count() == 3
    rows = {tab.model.index(r, 0).data(): r for r in range(tab.model.rowCount())}
    assert tab.model.index(rows["Housing"], 1).data() == "4"
    assert tab.model.index(rows["Economy"], 1).data() == "3"  # carried over
    index = tab.wheel.axes.index("Housing")
    assert (tab.wheel.latest.ratings[index], tab.wheel.previous.ratings[index]) == (4, 2)


# -- the workbook as a whole ------------------------------------------------------------


def test_tabs_are_registered_in_order() -> None:
    assert tab_keys() == [
        "overview",
        "assessment",
        "actors",
        "consent",
        "plan",
        "meetings",
        "journal",
    ]


def test_lock_clears_every_tab(qtbot, tmp_path, case_vault) -> None:  # type: ignore[no-untyped-def]
    vault, ids = case_vault
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_case(ids.case_id, "overview")
    overview = window.workbook.tabs[0]
    assert isinstance(overview, OverviewTab)
    overview.reveal(ids.victim)
    for tab in window.workbook.tabs:
        if tab.key != "journal":
            assert leaked(tab), f"{tab.key} shows nothing of the case"
    window.lock_now()
    for tab in window.workbook.tabs:
        assert leaked(tab) == [], f"{tab.key} still shows case data after lock"
    window.shutdown()
