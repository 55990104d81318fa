"""Issue 15's acceptance test: one whole case run through the workbook's widgets only, from
an empty vault to a closed case, then read back from the case dump and the printed PDFs.

Every piece of data is typed into a dialog or a field and every step is a button click;
services are used only to read back. Screenshots of the main steps go to /tmp/whole-case/
when VNR_DESK_WHOLE_CASE_SHOTS=1, to be looked at by a person."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main as cli
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui import translations
from vnr_desk.ui.case_dialogs.closing import CloseCaseDialog
from vnr_desk.ui.case_dialogs.intake import IntakeDialog
from vnr_desk.ui.case_dialogs.person import PersonDialog
from vnr_desk.ui.deadline_dialog import MarkDoneDialog
from vnr_desk.ui.export_dialog import ExportDialog
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.risk_dialog import RiskDialog
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.settings_dialog import SettingsDialog
from vnr_desk.ui.tabs.actors import ActorsTab, AddActorDialog, CaseActorDialog
from vnr_desk.ui.tabs.assessment import AssessmentDialog, AssessmentTab
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.tabs.consent import ConsentTab
from vnr_desk.ui.tabs.meeting_dialogs import DecisionDialog, NewMeetingDialog
from vnr_desk.ui.tabs.meetings import MeetingsTab
from vnr_desk.ui.tabs.overview import OverviewTab
from vnr_desk.ui.tabs.plan import ActionDialog, GoalDialog, PlanTab
from vnr_desk.ui.worker import SyncWorker

SHOTS = Path("/tmp/whole-case")
CITIZEN = "Mette Eksempel"
CHILD = "Lille Eksempel"
VIOLENT = "Bo Voldersen"
ADDRESS = "Skjultvej 17, 4200 Slagelse"
CASEWORKER = "Hanne Sørensen"
COORDINATOR = "Krisecenter Sydvest"
JOBCENTRE = "Jobcenter Slagelse"
CONTACT = "Anne Kontaktsen"
GOAL = "Jeg vil have min egen bolig"
ACTIONS = ("Søge boligsocial anvisning", "Skaffe fast lægetid")
DECISION = "Borgeren tilbydes samtaler hos psykolog"
MINUTES = "Borgeren fortalte om de sidste ugers trusler. Aftalt næste skridt."


@pytest.fixture(autouse=True)
def danish(qapp):  # type: ignore[no-untyped-def]
    translations.install(qapp, "da")
    yield
    translations.install(qapp, "en")


@pytest.fixture
def empty_window(qtbot, tmp_path: Path, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, CHEAP_TEST_PARAMS)
    win = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.shutdown()


def shoot(widget: QWidget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    if os.environ.get("VNR_DESK_WHOLE_CASE_SHOTS") == "1":
        SHOTS.mkdir(exist_ok=True)
        image.save(str(SHOTS / name))


def press(qtbot, dialog: QDialog, which=QDialogButtonBox.StandardButton.Ok) -> None:  # type: ignore[no-untyped-def]
    found = [
        box.button(kind)
        for box in dialog.findChildren(QDialogButtonBox)
        for kind in (
            which,
            QDialogButtonBox.StandardButton.Save,
            QDialogButtonBox.StandardButton.Ok,
        )
        if box.button(kind) is not None
    ]
    assert found, type(dialog)
    button = found[0]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, kind: type[QDialog], fill: Callable[[QDialog], None]):  # type: ignore[no-untyped-def]
    """A run_dialog stand-in: check the dialog's type, fill it as a person would, press OK."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, kind), type(dialog)
        fill(dialog)
        for combo in dialog.findChildren(QComboBox):
            assert combo.count() == 0 or combo.currentIndex() >= 0, combo.objectName()
        if dialog.result() != QDialog.DialogCode.Accepted:
            press(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def set_day(widget, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """A known/unknown date field of the case dialogs."""
    widget.known.setChecked(True)
    widget.edit.setDate(QDate(day.year, day.month, day.day))


def tab_of(window: MainWindow, kind: type[CaseTab], key: str):  # type: ignore[no-untyped-def]
    window.workbook.show_tab(key)
    return next(t for t in window.workbook.tabs if isinstance(t, kind))


def items(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_whole_case_through_the_widgets(  # type: ignore[no-untyped-def]
    qtbot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = empty_window
    today = dt.date.today()
    admitted = today - dt.timedelta(days=3)
    window.today = lambda: today

    # -- the caseworker profile, through Settings ------------------------------------------
    window.show_settings()
    settings = window.findChild(SettingsDialog, "settings_dialog")
    assert settings is not None
    qtbot.waitUntil(lambda: settings.loaded is not None)
    qtbot.keyClicks(settings.profile_name, CASEWORKER)
    qtbot.keyClicks(settings.profile_unit, "Voksenenheden")
    press(qtbot, settings, QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: settings.result() == QDialog.DialogCode.Accepted)

    # -- intake: citizen (protected address), child, person using violence -----------------
    def add_person(intake: IntakeDialog, role: str, name: str) -> None:
        def person(dialog: PersonDialog) -> None:
            dialog.form.set_role(role)
            qtbot.keyClicks(dialog.form.name, name)

        intake.run_dialog = answer(qtbot, PersonDialog, person)
        qtbot.mouseClick(intake.add_person, Qt.MouseButton.LeftButton)

    def intake(dialog: IntakeDialog) -> None:
        qtbot.keyClicks(dialog.citizen.name, CITIZEN)
        set_day(dialog.citizen.born, dt.date(1990, 5, 1))
        qtbot.keyClicks(dialog.citizen.phone, "+45 12 34 56 78")
        qtbot.keyClicks(dialog.citizen.address, ADDRESS)
        dialog.citizen.protected.setChecked(True)
        dialog.route.setCurrentIndex(dialog.route.findData("crisis_centre_admission"))
        set_day(dialog.admission, admitted)
        set_day(dialog.notified, admitted)
        dialog.forms.boxes["physical"].setChecked(True)
        dialog.forms.boxes["psychological"].setChecked(True)
        add_person(dialog, "child", CHILD)
        add_person(dialog, "person_using_violence", VIOLENT)
        assert dialog.household.count() == 2
        reference.append(dialog.reference.text())

    reference: list[str] = []
    window.run_dialog = answer(qtbot, IntakeDialog, intake)
    window.new_case()
    (ref,) = reference
    overview = tab_of(window, OverviewTab, "overview")
    overview.today = lambda: today
    qtbot.waitUntil(lambda: CITIZEN in window.workbook.header.text())
    qtbot.waitUntil(lambda: overview.household_model.rowCount() == 2)
    assert overview.violence_model.rowCount() == 1
    assert ADDRESS not in window.workbook.header.text()
    shoot(window, "01-overview-after-intake.png")
    assert window.width() == 1366, window.minimumSizeHint()  # fits a 1366-pixel screen

    # -- assessment ------------------------------------------------------------------------
    assessment = tab_of(window, AssessmentTab, "assessment")

    def assess(dialog: AssessmentDialog) -> None:
        dialog.ratings["housing"].setValue(2)
        dialog.ratings["safety"].setValue(1)

    assessment.run_dialog = answer(qtbot, AssessmentDialog, assess)
    qtbot.mouseClick(assessment.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: assessment.choice.count() >= 1)

    # -- risk high: urgent, the 24-hour meeting deadline appears ---------------------------
    overview = tab_of(window, OverviewTab, "overview")

    def risk(dialog: RiskDialog) -> None:
        assert dialog.assessor.text() == CASEWORKER
        dialog.answers["t1"].setCurrentIndex(dialog.answers["t1"].findData("yes"))
        dialog.level.setCurrentIndex(dialog.level.findData("high"))
        qtbot.keyClicks(dialog.notes, "Trusler efter bruddet")

    overview.run_dialog = answer(qtbot, RiskDialog, risk)
    qtbot.mouseClick(overview.assess_risk, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: overview.risk_history.count() == 1)
    assert CASEWORKER in overview.risk_history.item(0).text()
    assert "AKUT" in overview.urgent.text()
    tomorrow = window.today() + dt.timedelta(days=1)
    qtbot.waitUntil(
        lambda: any(
            r.rule == "urgent_meeting" and r.due_on == tomorrow for r in window.due_view.rows
        )
    )
    assert any("Akut koordineringsmøde" in t for t in items(overview.deadlines))
    shoot(window, "02-overview-risk-high.png")

    # -- actors: a coordinator from the directory, a new actor with a contact person --------
    actors = tab_of(window, ActorsTab, "actors")

    def coordinator(dialog: AddActorDialog) -> None:
        dialog.as_new.setChecked(True)
        qtbot.keyClicks(dialog.name, COORDINATOR)
        dialog.sector.setCurrentIndex(dialog.sector.findData("civil_society"))
        qtbot.keyClicks(dialog.role, "Koordinator")
        qtbot.keyClicks(dialog.responsibility, "Samler indsatsen")
        dialog.coordinator.setChecked(True)

    actors.run_dialog = answer(qtbot, AddActorDialog, coordinator)
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actors.model.rowCount() == 1)

    def jobcentre(dialog: AddActorDialog) -> None:
        dialog.as_new.setChecked(True)
        qtbot.keyClicks(dialog.name, JOBCENTRE)
        dialog.sector.setCurrentIndex(dialog.sector.findData("municipality"))
        qtbot.keyClicks(dialog.role, "Beskæftigelse")

    actors.run_dialog = answer(qtbot, AddActorDialog, jobcentre)
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actors.model.rowCount() == 2)
    actors.table.selectRow(
        next(r for r in range(2) if actors.model.rows[r].name == COORDINATOR)  # type: ignore[attr-defined]
    )

    def contact(dialog: CaseActorDialog) -> None:
        qtbot.keyClicks(dialog.contact_name, CONTACT)
        qtbot.keyClicks(dialog.contact_phone, "+45 58 57 00 00")

    actors.run_dialog = answer(qtbot, CaseActorDialog, contact)
    qtbot.mouseClick(actors.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(getattr(r, "contact_name", None) == CONTACT for r in actors.model.rows)  # type: ignore[attr-defined]
    )

    actor_ids = {r.name: r.id for r in actors.model.rows}  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.workbook.refresh_pending)
    shoot(window, "03-actors.png")

    # -- consent form printed, signed, recorded --------------------------------------------
    form_pdf = tmp_path / "samtykke.pdf"
    export = window.show_export()
    assert isinstance(export, ExportDialog)
    export.ask_file = lambda: form_pdf  # type: ignore[method-assign]
    export.kind.setCurrentIndex(export.kind.findData("consent-form"))
    for i in range(export.consent_recipients.count()):
        item = export.consent_recipients.item(i)
        item.setCheckState(Qt.CheckState.Checked)
    for i in range(export.consent_purposes.count()):
        export.consent_purposes.item(i).setCheckState(Qt.CheckState.Checked)
    shoot(export, "04-consent-form-dialog.png")
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.saved is not None)
    saved = export.saved
    assert saved is not None and form_pdf.exists()
    shoot(saved, "04-consent-form-saved.png")
    qtbot.mouseClick(saved.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved.recorded is not None)
    assert len(saved.recorded or []) == 2
    saved.close()
    consent_tab = tab_of(window, ConsentTab, "consent")
    qtbot.waitUntil(lambda: not window.workbook.refresh_pending)
    assert consent_tab.model.rowCount() == 2
    for actor_id in actor_ids.values():
        assert consent_tab.model.state(f"actor:{actor_id}", "share_information") == "valid"
    shoot(window, "05-consent-tab.png")

    # -- plan: a goal and two actions ------------------------------------------------------
    plan = tab_of(window, PlanTab, "plan")
    plan.today = lambda: today
    qtbot.mouseClick(plan.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.current_plan() is not None)

    def goal(dialog: GoalDialog) -> None:
        qtbot.keyClicks(dialog.text, GOAL)
        dialog.domain.setCurrentIndex(dialog.domain.findData("housing"))

    plan.run_dialog = answer(qtbot, GoalDialog, goal)
    qtbot.mouseClick(plan.goal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(plan.current_plan() and plan.current_plan().goals))  # type: ignore[union-attr]
    for text, who in zip(ACTIONS, (JOBCENTRE, COORDINATOR), strict=True):

        def action(dialog: ActionDialog, text: str = text, who: str = who) -> None:
            qtbot.keyClicks(dialog.text, text)
            dialog.responsible.setCurrentIndex(dialog.responsible.findText(who))

        plan.run_dialog = answer(qtbot, ActionDialog, action)
        qtbot.mouseClick(plan.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(plan.current_plan().goals[0].actions) == 2)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.workbook.refresh_pending)
    shoot(window, "06-plan.png")

    # -- a meeting planned, moved, minutes, a decision made an action -----------------------
    meetings = tab_of(window, MeetingsTab, "meetings")
    meetings.today = lambda: today
    first = dt.datetime.combine(tomorrow, dt.time(10, 0))
    moved = dt.datetime.combine(tomorrow, dt.time(13, 30))

    def plan_meeting(dialog: NewMeetingDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("coordination"))
        dialog.held_on.setDateTime(QDateTime(first))
        qtbot.keyClicks(dialog.place, "Rådhuset, mødelokale 2")
        dialog.citizen_present.setChecked(True)
        qtbot.keyClicks(dialog.agenda, "Sikkerhed")

    meetings.run_dialog = answer(qtbot, NewMeetingDialog, plan_meeting)
    qtbot.mouseClick(meetings.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meetings.current_meeting() is not None)

    def move(dialog: NewMeetingDialog) -> None:
        dialog.held_on.setTime(QTime(13, 30))

    meetings.run_dialog = answer(qtbot, NewMeetingDialog, move)
    qtbot.mouseClick(meetings.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meetings.current_meeting().held_on == moved)  # type: ignore[union-attr]
    qtbot.keyClicks(meetings.minutes, MINUTES)
    meetings.flush()
    qtbot.keyClicks(meetings.decision_text, DECISION)

    def as_action(dialog: DecisionDialog) -> None:
        assert dialog.text.text() == DECISION
        dialog.goal.setCurrentIndex(dialog.goal.findText(GOAL))
        dialog.responsible.setCurrentIndex(dialog.responsible.findText(COORDINATOR))

    meetings.run_dialog = answer(qtbot, DecisionDialog, as_action)
    qtbot.mouseClick(meetings.decision_as_action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: DECISION in items(meetings.decisions)[0] if items(meetings.decisions) else False
    )
    qtbot.waitUntil(lambda: not window.workbook.refresh_pending)
    shoot(window, "07-meetings.png")

    # -- coordinator contact marked done on the Overview, the first visit in the due list --
    # (the Overview lists the next three deadlines; the first visit is four weeks out)
    overview = tab_of(window, OverviewTab, "overview")
    listed = items(overview.deadlines)
    row = next((i for i, t in enumerate(listed) if "Tovholder kontakter" in t), None)
    assert row is not None, listed
    overview.deadlines.setCurrentRow(row)

    def contacted(dialog: MarkDoneDialog) -> None:
        qtbot.keyClicks(dialog.remark, "Talt med krisecentret")

    overview.run_dialog = answer(qtbot, MarkDoneDialog, contacted)
    qtbot.mouseClick(overview.mark_done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("Tovholder" in t for t in items(overview.deadlines)))

    due = window.due_view

    def first_visit_line() -> int | None:
        return next(
            (
                i
                for i, (_, r, _) in enumerate(due.model.lines)
                if r is not None and r.rule == "first_visit" and r.case_id == case_id
            ),
            None,
        )

    case_id = window.workbook.case_id
    qtbot.waitUntil(lambda: first_visit_line() is not None)
    due.table.selectRow(first_visit_line())

    def visited(dialog: MarkDoneDialog) -> None:
        qtbot.keyClicks(dialog.remark, "Hjemmebesøg på krisecentret")

    due.run_dialog = answer(qtbot, MarkDoneDialog, visited)
    qtbot.mouseClick(due.mark_done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first_visit_line() is None)

    # -- citizen plan and consent form printed ---------------------------------------------
    plan_pdf = tmp_path / "handleplan.pdf"
    window.workbook.show_tab("plan")
    export = window.show_export()
    assert isinstance(export, ExportDialog)
    export.ask_file = lambda: plan_pdf  # type: ignore[method-assign]
    assert export.kind.currentData() == "plan"
    export.recipient.setCurrentIndex(export.recipient.findData("citizen"))
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.saved is not None)
    export.saved.close()  # type: ignore[union-attr]
    second_form = tmp_path / "samtykke-2.pdf"
    export = window.show_export()
    assert isinstance(export, ExportDialog)
    export.ask_file = lambda: second_form  # type: ignore[method-assign]
    export.kind.setCurrentIndex(export.kind.findData("consent-form"))
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.saved is not None)
    export.saved.close()  # type: ignore[union-attr]

    # -- case closed -----------------------------------------------------------------------
    overview = tab_of(window, OverviewTab, "overview")

    def close(dialog: CloseCaseDialog) -> None:
        qtbot.keyClicks(dialog.reason, "Målene er nået")
        qtbot.keyClicks(dialog.handed_to, "Voksenenheden")
        qtbot.keyClicks(dialog.after_effort, "Samtaler hver 14. dag i tre måneder")

    overview.run_dialog = answer(qtbot, CloseCaseDialog, close)
    qtbot.mouseClick(overview.close_case, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: overview.reopen_case.isVisible())

    # -- the dump holds what was entered ---------------------------------------------------
    vault_dir = window.session.vault.paths.directory
    window.shutdown()
    out = tmp_path / "case.json"
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    assert cli(["--vault", str(vault_dir), "dump", "--case", ref, "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "vnr-desk-case/1"
    case = doc["case"]
    assert case["reference"] == ref and case["status"] == "closed"
    assert (case["intake_route"], case["crisis_centre_admission_on"]) == (
        "crisis_centre_admission",
        admitted.isoformat(),
    )
    assert case["municipality_notified_on"] == admitted.isoformat()
    assert case["violence_forms"] == ["physical", "psychological"]
    assert case["urgent"] and case["urgent_since"] == today.isoformat()
    assert (case["closed_on"], case["closing_reason"], case["closed_handed_to"]) == (
        today.isoformat(),
        "Målene er nået",
        "Voksenenheden",
    )
    assert case["after_effort_text"] == "Samtaler hver 14. dag i tre måneder"
    people = {p["role"]: p for p in doc["people"]}
    assert people["victim_survivor"]["name"] == CITIZEN
    assert people["victim_survivor"]["address"] == ADDRESS
    assert people["victim_survivor"]["protected_address"] is True
    assert people["victim_survivor"]["date_of_birth"] == "1990-05-01"
    assert people["child"]["name"] == CHILD and people["person_using_violence"]["name"] == VIOLENT
    actors_by_name = {a["name"]: a for a in doc["actors"]}
    centre, jobs = actors_by_name[COORDINATOR], actors_by_name[JOBCENTRE]
    assert centre["coordinator"] is True and not jobs["coordinator"]
    assert (centre["role"], centre["responsibility"]) == ("Koordinator", "Samler indsatsen")
    assert (centre["contact_name"], centre["contact_phone"]) == (CONTACT, "+45 58 57 00 00")
    consents = {c["recipient"]: c for c in doc["consents"]}
    assert set(consents) == {centre["key"], jobs["key"]}
    for given in consents.values():
        assert given["form"] == "written" and given["given_on"] == today.isoformat()
        assert "share_information" in given["purposes"]
    (assessed,) = doc["assessments"]
    assert assessed["domains"]["housing"]["rating"] == 2
    (risk,) = doc["risk_assessments"]
    assert (risk["level"], risk["assessor"], risk["notes"]) == (
        "high",
        CASEWORKER,
        "Trusler efter bruddet",
    )
    assert [a["answer"] for a in risk["answers"]] == ["yes"]
    (plan_doc,) = doc["plans"]
    (goal_doc,) = plan_doc["goals"]
    assert (goal_doc["text"], goal_doc["domain"]) == (GOAL, "housing")
    assert [(a["text"], a["responsible"]) for a in goal_doc["actions"]] == [
        (ACTIONS[0], jobs["key"]),
        (ACTIONS[1], centre["key"]),
        (DECISION, centre["key"]),
    ]
    (meeting,) = doc["meetings"]
    assert meeting["on"] == moved.isoformat() and meeting["kind"] == "coordination"
    assert meeting["place"] == "Rådhuset, mødelokale 2" and meeting["citizen_present"]
    assert (meeting["agenda"], meeting["minutes"], meeting["decisions"]) == (
        ["Sikkerhed"],
        MINUTES,
        [DECISION],
    )
    assert [(e["kind"], e["on"], e["remark"]) for e in doc["events"]] == [
        ("coordinator_contact", today.isoformat(), "Talt med krisecentret"),
        ("first_visit", today.isoformat(), "Hjemmebesøg på krisecentret"),
    ]

    # -- the printouts: who is named, who is not, no holes ---------------------------------
    login = getpass.getuser()
    for pdf in (form_pdf, plan_pdf, second_form):
        text = pdf_text(pdf)
        assert CITIZEN in text and CASEWORKER in text, pdf.name
        assert VIOLENT not in text and "Skjultvej" not in text, pdf.name
        assert not re.search(rf"(?<!\w){re.escape(login)}(?!\w)", text), pdf.name
        assert ", ," not in text and "på , " not in text, pdf.name
    plan_text = pdf_text(plan_pdf)
    assert GOAL in plan_text and CONTACT in plan_text
    assert all(" ".join(a.split()) in " ".join(plan_text.split()) for a in ACTIONS)
