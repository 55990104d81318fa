"""Intake in one command, people corrected or removed as entered in error, case facts,
closing and reopening, the underretning: each scoped to its case and audited."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.exports.test_export import CASE
from tests.services.conftest import audit_actions
from vnr_desk.domain import AuditEntry, Case, CaseEvent, CasePerson, EventKind
from vnr_desk.services import cases, events, intake, people
from vnr_desk.services.errors import Duplicate, InvalidInput, NotFound
from vnr_desk.services.export.printouts import ExportRequest, export_document
from vnr_desk.services.interchange.dump import dump_case
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.views import case_list, overview
from vnr_desk.services.views import plan as plan_view

OPENED = dt.date(2026, 3, 2)


def intake_values(reference: str = "VNR-2026-001") -> intake.IntakeValues:
    return intake.IntakeValues(
        reference=reference,
        opened_on=OPENED,
        citizen=intake.PersonValues(
            "victim_survivor",
            "Mette Eksempel",
            dt.date(1990, 5, 1),
            phone="+45 12 34 56 78",
            address="Skjultvej 1",
            protected_address=True,
        ),
        intake_route="crisis_centre_admission",
        admission_on=dt.date(2026, 2, 27),
        notified_on=dt.date(2026, 3, 1),
        violence_forms=("psychological", "physical"),
        urgent=True,
        others=(
            intake.PersonValues("child", "Lille Eksempel", dt.date(2019, 1, 1)),
            intake.PersonValues("person_using_violence", "Bo Voldersen"),
        ),
    )


def test_intake_opens_the_whole_case_in_one_audited_command(session: Session) -> None:
    result = intake.open_case_with_intake(session, intake_values())
    case = session.get(Case, result.case_id)
    assert case is not None and case.reference == "VNR-2026-001"
    assert case.intake_route == "crisis_centre_admission"
    assert case.crisis_centre_admission_on == dt.date(2026, 2, 27)
    assert case.municipality_notified_on == dt.date(2026, 3, 1)
    assert [f.form.value for f in case.violence_forms] == ["physical", "psychological"]
    assert case.urgent and case.urgent_since == OPENED
    names = [session.get(CasePerson, i).name for i in result.person_ids]
    assert names == ["Mette Eksempel", "Lille Eksempel", "Bo Voldersen"]
    assert session.get(CasePerson, result.person_ids[0]).protected_address
    actions = audit_actions(session)
    assert actions[0] == "case.create" and actions.count("person.create") == 3
    assert "case.violence_forms" in actions and "case.urgent" in actions
    details = " ".join(session.scalars(select(AuditEntry.detail)))
    assert "Mette" not in details and "Skjultvej" not in details


def test_intake_refuses_a_taken_reference_and_a_notification_before_admission(
    session: Session,
) -> None:
    intake.open_case_with_intake(session, intake_values())
    with pytest.raises(Duplicate, match="reference"):
        intake.open_case_with_intake(session, intake_values())
    bad = intake_values("VNR-2026-002")
    bad = intake.IntakeValues(**{**bad.__dict__, "notified_on": dt.date(2026, 2, 1)})
    with pytest.raises(InvalidInput, match="notified"):
        intake.open_case_with_intake(session, bad)


def test_suggested_reference_follows_the_municipalitys_prefix(session: Session) -> None:
    assert intake.suggested_reference(session, 2026) == "VNR-2026-001"
    intake.open_case_with_intake(session, intake_values("VNR-2026-007"))
    assert intake.suggested_reference(session, 2026) == "VNR-2026-008"
    assert intake.suggested_reference(session, 2027) == "VNR-2027-001"
    intake.set_reference_prefix(session, "KAL-")
    assert intake.reference_prefix(session) == "KAL-"
    assert intake.suggested_reference(session, 2026) == "KAL-2026-001"
    assert audit_actions(session)[-1] == "setting.update"


def test_people_are_added_edited_and_scoped_to_their_case(session: Session) -> None:
    first = intake.open_case_with_intake(session, intake_values())
    other = intake.open_case_with_intake(session, intake_values("VNR-2026-002"))
    child_id = people.add_person_to_case(session, first.case_id, "child", "Anden Eksempel")
    people.edit_person(session, first.case_id, child_id, name="Anna Eksempel", phone="555")
    child = session.get(CasePerson, child_id)
    assert (child.name, child.phone) == ("Anna Eksempel", "555")
    assert audit_actions(session)[-1] == "person.update"
    people.edit_person(session, first.case_id, child_id, role="other_household_member")
    assert child.role == "other_household_member"
    with pytest.raises(NotFound):
        people.edit_person(session, other.case_id, child_id, name="X")
    with pytest.raises(NotFound):
        people.remove_person_in_error(session, other.case_id, child_id, "wrong case")


def test_removed_person_is_kept_for_the_audit_and_gone_from_every_view(
    session: Session,
) -> None:
    result = intake.open_case_with_intake(session, intake_values())
    case_id, child_id = result.case_id, result.person_ids[1]
    with pytest.raises(InvalidInput, match="reason"):
        people.remove_person_in_error(session, case_id, child_id, "  ")
    people.remove_person_in_error(session, case_id, child_id, "wrong family")
    row = session.get(CasePerson, child_id)
    assert row.removed_at is not None and row.removed_reason == "wrong family"
    assert audit_actions(session)[-1] == "person.remove_in_error"
    case = session.get(Case, case_id)
    assert child_id not in [p.id for p in people.people(session, case)]
    assert child_id in [p.id for p in people.people(session, case, include_removed=True)]
    view = overview.overview(session, case_id, OPENED)
    assert "Lille Eksempel" not in [p.name for p in view.people]
    assert plan_view.children(session, case_id) == []
    assert case_list.case_rows(session, case_list.CaseFilter(text="Lille")) == []
    dumped = [p for p in dump_case(session, case)["people"] if p["name"] == "Lille Eksempel"]
    assert len(dumped) == 1 and dumped[0]["removed_reason"] == "wrong family"  # marked
    with pytest.raises(NotFound):
        people.edit_person(session, case_id, child_id, name="Back again")
    with pytest.raises(InvalidInput, match="citizen"):
        people.remove_person_in_error(session, case_id, result.person_ids[0], "typo")


def test_a_citizen_removed_in_error_is_not_on_the_citizen_plan(
    vault_session_with_plan: tuple[Session, int, int], tmp_path: Path
) -> None:
    session, case_id, wrong_id = vault_session_with_plan
    people.remove_person_in_error(session, case_id, wrong_id, "entered in the wrong case")
    out = tmp_path / "plan.pdf"
    export_document(
        session,
        ExportRequest("K-EXP-1", "plan", "citizen", out, on=dt.date(2026, 5, 1)),
    )
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Mette Eksempel" in text
    assert "Forkert Borgersen" not in text


@pytest.fixture
def vault_session_with_plan(session: Session) -> tuple[Session, int, int]:
    data = copy.deepcopy(CASE)
    data["people"].insert(0, {"key": "p0", "role": "victim_survivor", "name": "Forkert Borgersen"})
    import_case(session, data)
    case = cases.get_case(session, "K-EXP-1")
    wrong = next(p for p in people.people(session, case) if p.name == "Forkert Borgersen")
    assert people.primary_citizen(session, case) == wrong  # the wrong one would print
    return session, case.id, wrong.id


def test_case_facts_close_and_reopen(session: Session) -> None:
    case_id = intake.open_case_with_intake(session, intake_values()).case_id
    facts = cases.CaseFacts(
        "police_report", dt.date(2026, 2, 27), None, dt.date(2026, 4, 1), ("economic",)
    )
    cases.edit_case_facts(session, case_id, facts)
    case = session.get(Case, case_id)
    assert case.intake_route == "police_report" and case.municipality_notified_on is None
    assert case.crisis_centre_discharge_on == dt.date(2026, 4, 1)
    assert [f.form.value for f in case.violence_forms] == ["economic"]
    with pytest.raises(InvalidInput, match="discharge"):
        cases.edit_case_facts(
            session,
            case_id,
            cases.CaseFacts(
                "other", dt.date(2026, 2, 27), None, OPENED.replace(day=1, month=1), ()
            ),
        )
    cases.close_case_by_id(
        session,
        case_id,
        dt.date(2026, 9, 1),
        reason="Goals reached",
        handed_to="Voksenenheden",
        after_effort="Samtaler hver 14. dag",
    )
    assert not case.is_open and case.closed_on == dt.date(2026, 9, 1)
    assert (case.closing_reason, case.closed_handed_to) == ("Goals reached", "Voksenenheden")
    assert case.after_effort_text == "Samtaler hver 14. dag"
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "case.close" and "Voksenenheden" not in last.detail
    with pytest.raises(InvalidInput, match="closed"):
        cases.close_case_by_id(session, case_id, dt.date(2026, 9, 2))
    cases.reopen_case_by_id(session, case_id)
    assert case.is_open and case.closed_on is None
    assert audit_actions(session)[-1] == "case.reopen"
    with pytest.raises(InvalidInput, match="not closed"):
        cases.reopen_case_by_id(session, case_id)


def test_underretning_is_an_event_with_date_and_recipient(session: Session) -> None:
    case_id = intake.open_case_with_intake(session, intake_values()).case_id
    with pytest.raises(InvalidInput, match="recipient"):
        events.record_child_concern(session, case_id, OPENED, " ")
    event_id = events.record_child_concern(
        session, case_id, OPENED, "Børn og Familie", "Barnet så volden"
    )
    event = session.get(CaseEvent, event_id)
    assert event.kind == EventKind.CHILD_CONCERN_REPORT
    assert (event.recipient, event.remark, event.case_id) == (
        "Børn og Familie",
        "Barnet så volden",
        case_id,
    )
    assert audit_actions(session)[-1] == "event.create"


def test_notes_and_assessments_can_be_a_childs_own(session: Session) -> None:
    from vnr_desk.domain import Assessment, Note
    from vnr_desk.services import assessments, notes

    result = intake.open_case_with_intake(session, intake_values())
    case_id, citizen_id, child_id, violent_id = result.case_id, *result.person_ids
    other = intake.open_case_with_intake(session, intake_values("VNR-2026-002"))
    note_id = notes.save_note_text(session, case_id, None, "Lille sover dårligt")
    notes.set_note_person(session, case_id, note_id, child_id)
    assert session.get(Note, note_id).person_id == child_id
    assert audit_actions(session)[-1] == "note.person"
    with pytest.raises(InvalidInput, match="child"):
        notes.set_note_person(session, case_id, note_id, violent_id)
    with pytest.raises(NotFound):
        notes.set_note_person(session, case_id, note_id, other.person_ids[1])
    notes.set_note_person(session, case_id, note_id, None)
    assert session.get(Note, note_id).person_id is None

    own = assessments.record_assessment_by_id(session, case_id, OPENED, {}, child_id)
    assert session.get(Assessment, own).person_id == child_id
    with pytest.raises(InvalidInput, match="child"):
        assessments.record_assessment_by_id(session, case_id, OPENED, {}, citizen_id)
    case = session.get(Case, case_id)
    assert assessments.latest_assessment(session, case) is None  # the child's is not hers
