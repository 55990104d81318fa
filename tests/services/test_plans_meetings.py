from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Case, CaseActor, MeetingParticipant
from vnr_desk.services import actors, consent, meetings, network, people, plans
from vnr_desk.services.errors import ConsentRequired, InvalidInput

D = dt.date


@pytest.fixture
def job(session: Session, case: Case) -> CaseActor:
    actor = actors.add_actor(session, "Jobcenter Nord", "municipality")
    return actors.involve_actor(session, case, actor, referral_status="active")


def test_plan_renewal_copies_open_goals_and_keeps_old_version(
    session: Session, case: Case, job: CaseActor
) -> None:
    plan = plans.create_plan(session, case, D(2026, 3, 25), after_effort="Egen bolig og job")
    assert plan.review_due_on == D(2026, 6, 25)
    budget = plans.add_goal(session, plan, "Jeg vil lære at lægge et budget", "economy")
    done = plans.add_goal(session, plan, "Anmelde volden", "legal")
    plans.add_action(session, budget, "Budgetsamtale", responsible=job, due_on=D(2026, 4, 30))
    finished = plans.add_action(session, budget, "Åbne egen bankkonto")
    plans.set_action_status(session, finished, "done", outcome="Konto åbnet")
    plans.set_goal_status(session, done, "achieved")

    new = plans.renew_plan(session, plan, D(2026, 6, 20))
    assert new.version == 2 and plan.superseded_by_id == new.id
    assert [g.text for g in new.goals] == ["Jeg vil lære at lægge et budget"]
    assert [a.text for a in new.goals[0].actions] == ["Budgetsamtale"]
    assert new.after_effort == "Egen bolig og job"
    assert len(plan.goals) == 2 and plan.goals[0].actions[1].outcome == "Konto åbnet"
    assert plans.current_plan(session, case) == new
    with pytest.raises(InvalidInput, match="superseded"):
        plans.review_plan(session, plan, D(2026, 7, 1))
    reviewed = plans.review_plan(session, new, D(2026, 9, 1))
    assert reviewed.review_due_on == D(2026, 12, 1)
    actions = audit_actions(session)
    assert "plan.create" in actions and "plan.renew" in actions and "plan.review" in actions


def test_child_plans_are_per_child(session: Session, case: Case) -> None:
    child = people.add_person(session, case, "child", "Lille Eksempel")
    adult = people.add_person(session, case, "victim_survivor", "Mette Eksempel")
    plans.create_plan(session, case, D(2026, 3, 25))
    child_plan = plans.create_plan(session, case, D(2026, 3, 26), kind="child", child=child)
    assert child_plan.child_person_id == child.id
    with pytest.raises(InvalidInput, match="child"):
        plans.create_plan(session, case, D(2026, 3, 26), kind="child", child=adult)
    with pytest.raises(InvalidInput, match="renew"):
        plans.create_plan(session, case, D(2026, 4, 1))


def test_invitation_needs_consent_unless_overridden(
    session: Session, case: Case, job: CaseActor
) -> None:
    sister = network.add_member(session, case, "Sara Påhittad", relation="søster")
    meeting = meetings.create_meeting(
        session,
        case,
        "network",
        dt.datetime(2026, 4, 2, 10),
        place="Mødelokale 2",
        agenda=["Velkomst", "Netværkets rolle"],
    )
    with pytest.raises(ConsentRequired):
        meetings.invite(session, meeting, sister, on=D(2026, 4, 1))
    with pytest.raises(ConsentRequired):
        meetings.invite(session, meeting, job, on=D(2026, 4, 1))
    row = meetings.invite(session, meeting, sister, override=True, on=D(2026, 4, 1))
    assert row.consent_override
    assert audit_actions(session)[-1] == "meeting.invite_override"
    consent.record_consent(session, case, job, ["invite_to_meeting"], D(2026, 3, 3))
    ok = meetings.invite(session, meeting, job, on=D(2026, 4, 1))
    assert not ok.consent_override
    assert meetings.participant_labels(session, meeting) == [
        "Sara Påhittad (søster)",
        "Jobcenter Nord",
    ]
    assert [a.text for a in meeting.agenda] == ["Velkomst", "Netværkets rolle"]


def test_coordinator_needs_no_invitation_consent(
    session: Session, case: Case, job: CaseActor
) -> None:
    actors.set_coordinator(session, case, job)
    meeting = meetings.create_meeting(session, case, "coordination", dt.datetime(2026, 4, 2, 10))
    assert isinstance(meetings.invite(session, meeting, job), MeetingParticipant)


def test_decision_creates_action_in_current_plan(
    session: Session, case: Case, job: CaseActor
) -> None:
    meeting = meetings.create_meeting(session, case, "follow_up", dt.datetime(2026, 4, 2, 10))
    with pytest.raises(InvalidInput, match="plan"):
        meetings.add_decision(session, meeting, "Søge om bolig", create_action=True)
    plan = plans.create_plan(session, case, D(2026, 3, 25))
    decision = meetings.add_decision(
        session,
        meeting,
        "Søge om bolig",
        create_action=True,
        domain="housing",
        responsible=job,
        due_on=D(2026, 5, 1),
    )
    assert decision.action_id is not None
    assert plan.goals[0].actions[0].text == "Søge om bolig"
    meetings.set_minutes(session, meeting, "Borgeren deltog.", citizen_present=True)
    assert meeting.citizen_present and meeting.decisions == [decision]
