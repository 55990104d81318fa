from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Case, CaseActor
from vnr_desk.services import actors, consent, meetings, people, plans
from vnr_desk.services.errors import ConsentRequired, InvalidInput
from vnr_desk.services.export import redaction

D = dt.date
ON = D(2026, 4, 1)


@pytest.fixture
def team(session: Session, case: Case) -> tuple[CaseActor, CaseActor]:
    people.add_person(
        session,
        case,
        "victim_survivor",
        "Mette Eksempel",
        address="Skjultvej 1",
        protected_address=True,
    )
    people.add_person(session, case, "person_using_violence", "Bo Eksempel")
    job = actors.involve_actor(
        session, case, actors.add_actor(session, "Jobcenter Nord", "municipality"), coordinator=True
    )
    shelter = actors.involve_actor(
        session, case, actors.add_actor(session, "Krisecenter Syd", "civil_society")
    )
    plan = plans.create_plan(session, case, D(2026, 3, 25))
    goal = plans.add_goal(session, plan, "Egen bolig", "housing")
    plans.add_action(session, goal, "Boligansøgning", responsible=shelter, due_on=D(2026, 5, 1))
    return job, shelter


def test_actor_without_consent_is_refused(session: Session, case: Case, team) -> None:  # type: ignore[no-untyped-def]
    job, _ = team
    with pytest.raises(ConsentRequired):
        redaction.case_summary(session, case, f"actor:{job.id}", ON)
    with pytest.raises(ConsentRequired):
        redaction.plan_document(session, case, f"actor:{job.id}", ON)
    assert not any(a.startswith("export.") for a in audit_actions(session))


def test_summary_omits_actors_without_consent_and_says_so(
    session: Session, case: Case, team
) -> None:  # type: ignore[no-untyped-def]
    job, _shelter = team
    consent.record_consent(
        session, case, job, ["receive_case_summary", "share_information"], D(2026, 3, 3)
    )
    summary = redaction.case_summary(session, case, f"actor:{job.id}", ON)
    assert [a.name for a in summary.actors] == ["Jobcenter Nord"]
    assert summary.withheld
    assert summary.goals[0].actions[0].responsible == ""
    text = repr(summary)
    assert "Bo Eksempel" not in text and "Skjultvej" not in text
    assert audit_actions(session)[-1] == "export.case_summary"
    internal = redaction.case_summary(session, case, "internal", ON)
    assert {a.name for a in internal.actors} == {"Jobcenter Nord", "Krisecenter Syd"}
    assert not internal.withheld


def test_withdrawn_yesterday_is_refused_today(session: Session, case: Case, team) -> None:  # type: ignore[no-untyped-def]
    job, _ = team
    given = consent.record_consent(session, case, job, ["receive_action_plan"], D(2026, 3, 3))
    assert redaction.plan_document(session, case, f"actor:{job.id}", ON - dt.timedelta(days=1))
    consent.withdraw_consent(session, given, ON, how="oral", recorded_by="Rådgiver A")
    with pytest.raises(ConsentRequired):
        redaction.plan_document(session, case, f"actor:{job.id}", ON)


def test_citizen_plan_names_the_citizen_only(session: Session, case: Case, team) -> None:  # type: ignore[no-untyped-def]
    _job, shelter = team
    consent.record_consent(session, case, shelter, ["share_information"], D(2026, 3, 3))
    meetings.create_meeting(
        session, case, "follow_up", dt.datetime(2026, 4, 10, 10), place="Rådhuset"
    )
    doc = redaction.plan_document(session, case, "citizen", ON)
    assert doc.citizen_name == "Mette Eksempel"
    assert doc.goals[0].actions[0].responsible == "Krisecenter Syd"
    assert doc.coordinator_name == ""
    assert doc.next_meeting is not None and doc.next_meeting.place == "Rådhuset"
    assert "Bo Eksempel" not in repr(doc) and "Skjultvej" not in repr(doc)
    with pytest.raises(InvalidInput, match="recipient"):
        redaction.plan_document(session, case, "actor:nope", ON)
    with pytest.raises(InvalidInput, match="recipient"):
        redaction.case_summary(session, case, "citizen", ON)


def test_meeting_minutes_leave_out_participants_without_consent(
    session: Session,
    case: Case,
    team,  # type: ignore[no-untyped-def]
) -> None:
    job, shelter = team
    meeting = meetings.create_meeting(session, case, "coordination", dt.datetime(2026, 3, 30, 9))
    meetings.invite(session, meeting, job)
    meetings.invite(session, meeting, shelter, override=True, on=ON)
    consent.record_consent(session, case, job, ["share_information"], D(2026, 3, 3))
    minutes = redaction.meeting_document(session, meeting, f"actor:{job.id}", ON)
    assert minutes.participants == ("Jobcenter Nord",)
    assert redaction.meeting_document(session, meeting, "internal", ON).participants == (
        "Jobcenter Nord",
        "Krisecenter Syd",
    )
    form = redaction.consent_form(
        session, case, {shelter.id: ["share_information"]}, D(2026, 9, 1), "Jobcenter Nord"
    )
    assert form.recipients[0].name == "Krisecenter Syd"
