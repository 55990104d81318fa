"""Correcting and cancelling: meetings, goals and actions, case actors, network members and
the actor directory. Every command is scoped to its case and audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Actor, Case, CaseActor, Decision, Meeting
from vnr_desk.services import actors, deadlines, meetings, network, plans, settings
from vnr_desk.services.cases import create_case
from vnr_desk.services.errors import InvalidInput, NotFound

D = dt.date
T = dt.datetime


@pytest.fixture
def other(session: Session) -> Case:
    return create_case(session, "K-2026-999", D(2026, 3, 2))


@pytest.fixture
def coordinator(session: Session, case: Case) -> CaseActor:
    actor = actors.add_actor(session, "Voksenteam", "municipality")
    return actors.involve_actor(session, case, actor, coordinator=True)


def test_meeting_is_edited_in_place_with_its_agenda(session: Session, case: Case) -> None:
    m = meetings.create_meeting(session, case, "network", T(2026, 3, 10, 9), agenda=["A", "B"])
    meetings.update_meeting_by_id(
        session,
        case.id,
        m.id,
        kind="first_visit",
        held_on=T(2026, 3, 12, 13, 30),
        place="Krisecentret",
        citizen_present=True,
        agenda=["A rettet", "", "C", "D"],
    )
    session.refresh(m)
    assert (m.kind.value, m.held_on, m.place, m.citizen_present) == (
        "first_visit",
        T(2026, 3, 12, 13, 30),
        "Krisecentret",
        True,
    )
    assert [a.text for a in m.agenda] == ["A rettet", "C", "D"]
    meetings.update_meeting_by_id(
        session,
        case.id,
        m.id,
        kind="sip",
        held_on=m.held_on,
        place="",
        citizen_present=False,
        agenda=["Kun én"],
    )
    assert [a.text for a in m.agenda] == ["Kun én"] and m.kind.value == "sip"
    assert audit_actions(session).count("meeting.update") == 2


def test_meeting_commands_are_scoped_to_the_case(session: Session, case: Case, other: Case) -> None:
    m = meetings.create_meeting(session, case, "network", T(2026, 3, 10, 9))
    with pytest.raises(NotFound):
        meetings.cancel_meeting_by_id(session, other.id, m.id, "Forkert sag")
    with pytest.raises(NotFound):
        meetings.update_meeting_by_id(
            session,
            other.id,
            m.id,
            kind="sip",
            held_on=m.held_on,
            place="",
            citizen_present=False,
            agenda=[],
        )
    assert m.cancelled_at is None and m.kind.value == "network"


def test_cancelled_meeting_stays_readable_and_completes_no_deadline(
    session: Session, case: Case
) -> None:
    case.crisis_centre_admission_on = D(2026, 3, 2)
    m = meetings.create_meeting(session, case, "follow_up", T(2026, 3, 20, 10))
    before = {r.rule: r.status for r in deadlines.due(session, D(2026, 3, 21), case)}
    assert before["crisis_centre_follow_up"] == "done"
    with pytest.raises(InvalidInput, match="reason"):
        meetings.cancel_meeting_by_id(session, case.id, m.id, "  ")
    meetings.cancel_meeting_by_id(session, case.id, m.id, "Borgeren blev syg", at=T(2026, 3, 19, 8))
    assert session.get(Meeting, m.id) is not None
    assert m.cancelled_at == T(2026, 3, 19, 8) and m.cancel_reason == "Borgeren blev syg"
    after = {r.rule: r.status for r in deadlines.due(session, D(2026, 3, 21), case)}
    assert after["crisis_centre_follow_up"] != "done"
    with pytest.raises(InvalidInput, match="cancelled"):
        meetings.update_meeting_by_id(
            session,
            case.id,
            m.id,
            kind="sip",
            held_on=m.held_on,
            place="",
            citizen_present=False,
            agenda=[],
        )
    assert "meeting.cancel" in audit_actions(session)


def test_uninvite_and_decision_correction(
    session: Session, case: Case, coordinator: CaseActor
) -> None:
    m = meetings.create_meeting(session, case, "network", T(2026, 3, 10, 9))
    meetings.invite(session, m, coordinator)
    key = f"actor:{coordinator.id}"
    meetings.uninvite_by_id(session, case.id, m.id, key)
    assert m.participants == []
    with pytest.raises(NotFound):
        meetings.uninvite_by_id(session, case.id, m.id, key)
    d = meetings.add_decision(session, m, "Ansøge om bolig")
    meetings.update_decision_by_id(session, case.id, m.id, d.id, "Ansøge om akut bolig")
    assert session.get_one(Decision, d.id).text == "Ansøge om akut bolig"
    assert {"meeting.uninvite", "meeting.decision_update"} <= set(audit_actions(session))


def test_decision_joins_an_existing_goal_or_makes_a_new_one(
    session: Session, case: Case, coordinator: CaseActor, other: Case
) -> None:
    plan = plans.create_plan(session, case, D(2026, 3, 5))
    goal = plans.add_goal(session, plan, "Egen bolig", "housing")
    m = meetings.create_meeting(session, case, "network", T(2026, 3, 10, 9))
    d1 = meetings.add_decision_as_action_by_id(
        session,
        case.id,
        m.id,
        "Søge boliganvisning",
        goal_id=goal.id,
        responsible_id=coordinator.id,
        due_on=D(2026, 4, 1),
    )
    action = goal.actions[0]
    assert session.get_one(Decision, d1).action_id == action.id
    assert (action.text, action.responsible_id, action.due_on) == (
        "Søge boliganvisning",
        coordinator.id,
        D(2026, 4, 1),
    )
    meetings.add_decision_as_action_by_id(
        session, case.id, m.id, "Budgetsamtale", domain="economy", due_on=D(2026, 4, 8)
    )
    assert [g.text for g in plan.goals] == ["Egen bolig", "Budgetsamtale"]
    assert plan.goals[1].actions[0].due_on == D(2026, 4, 8)
    other_plan = plans.create_plan(session, other, D(2026, 3, 5))
    foreign = plans.add_goal(session, other_plan, "Fremmed", "housing")
    with pytest.raises(NotFound):
        meetings.add_decision_as_action_by_id(session, case.id, m.id, "x", goal_id=foreign.id)


def test_goal_and_action_are_corrected(
    session: Session, case: Case, coordinator: CaseActor, other: Case
) -> None:
    plan = plans.create_plan(session, case, D(2026, 3, 5))
    goal = plans.add_goal(session, plan, "Bolig", "housing")
    second = plans.add_goal(session, plan, "Økonomi", "economy")
    action = plans.add_action(session, goal, "Ringe", due_on=D(2026, 4, 1))
    plans.update_goal_by_id(session, case.id, goal.id, text="Egen bolig", domain="safety")
    assert (goal.text, goal.domain.value) == ("Egen bolig", "safety")
    plans.update_action_by_id(
        session,
        case.id,
        action.id,
        text="Ringe til boligkontoret",
        responsible_id=coordinator.id,
        due_on=D(2026, 4, 15),
        outcome="Venteliste",
        goal_id=second.id,
    )
    session.refresh(action)
    assert (action.text, action.responsible_id, action.due_on, action.outcome) == (
        "Ringe til boligkontoret",
        coordinator.id,
        D(2026, 4, 15),
        "Venteliste",
    )
    assert action.goal_id == second.id and goal.actions == []
    with pytest.raises(NotFound):
        plans.update_goal_by_id(session, other.id, goal.id, text="x", domain="housing")
    stranger = actors.involve_actor(session, other, actors.add_actor(session, "X", "state"))
    with pytest.raises(NotFound):
        plans.update_action_by_id(
            session,
            case.id,
            action.id,
            text="x",
            responsible_id=stranger.id,
            due_on=None,
            outcome="",
        )
    new = plans.renew_plan(session, plan, D(2026, 6, 1))
    assert new.id != plan.id
    with pytest.raises(InvalidInput, match="superseded"):
        plans.update_goal_by_id(session, case.id, goal.id, text="x", domain="housing")
    assert {"goal.edit", "action.edit"} <= set(audit_actions(session))


def test_case_actor_contact_person_and_network_member(
    session: Session, case: Case, coordinator: CaseActor, other: Case
) -> None:
    actors.update_case_actor_by_id(
        session,
        case.id,
        coordinator.id,
        role="Koordinator",
        responsibility="Handleplan",
        contact_name="Pia Holm",
        contact_phone="12 34 56 78",
        contact_email=" ",
    )
    assert (coordinator.role, coordinator.contact_name, coordinator.contact_phone) == (
        "Koordinator",
        "Pia Holm",
        "12 34 56 78",
    )
    assert coordinator.contact_email is None
    with pytest.raises(NotFound):
        actors.update_case_actor_by_id(session, other.id, coordinator.id, role="x")
    member = network.add_member(session, case, "Sofie", relation="søster")
    network.update_member_by_id(
        session,
        case.id,
        member.id,
        name="Sofie Berg",
        relation="storesøster",
        stance="resource",
        may_contact=True,
        phone="",
        notes="Kan hente børnene",
    )
    assert (member.name, member.stance.value, member.may_contact, member.phone) == (
        "Sofie Berg",
        "resource",
        True,
        None,
    )
    with pytest.raises(NotFound):
        network.update_member_by_id(session, other.id, member.id, name="x")
    last = audit_actions(session)
    assert "case_actor.update" in last and "network.update" in last


def test_directory_sorts_ignoring_case_and_shows_the_vault_edition(session: Session) -> None:
    actors.add_actor(session, "aaa lokal forening", "civil_society")
    actors.add_actor(session, "Åby Rådgivning", "civil_society", country="DK")
    actors.add_actor(session, "Kvinnojouren Test", "civil_society", country="SE")
    danish = [a.name for a in actors.directory(session, own_edition=True)]
    assert danish == sorted(danish, key=lambda n: actors.name_order(n, "da"))
    assert danish[0] == "aaa lokal forening" and danish[-1] == "Åby Rådgivning"
    everything = actors.directory(session)
    countries = {a.country for a in actors.directory(session, own_edition=True)}
    assert countries <= {"DK", None} and any(a.country == "SE" for a in everything)
    settings.set_edition(session, "sv")
    swedish = actors.directory(session, own_edition=True)
    assert {a.country for a in swedish} <= {"SE", None}
    assert "aaa lokal forening" in {a.name for a in swedish}


def test_retired_entry_is_not_offered_but_stays_on_old_cases(session: Session, case: Case) -> None:
    entry = actors.add_actor(session, "Gammel Rådgivning", "civil_society")
    involved = actors.involve_actor(session, case, entry)
    actors.retire_actor_by_id(session, entry.id, D(2026, 5, 1))
    offered = {a.id for a in actors.directory(session, include_retired=False)}
    assert entry.id not in offered and entry.id in {a.id for a in actors.directory(session)}
    with pytest.raises(InvalidInput, match="retired"):
        actors.involve_actor_by_id(session, case.id, entry.id)
    assert session.get_one(CaseActor, involved.id).actor_id == entry.id
    actors.update_actor_by_id(session, entry.id, name="Gammel Rådgivning ApS", phone=" ")
    assert session.get_one(Actor, entry.id).phone is None
    actors.retire_actor_by_id(session, entry.id, D(2026, 5, 2), retired=False)
    assert entry.retired_on is None
    new_id = actors.add_actor_by_id(session, "Ny", "state", country="dk", email="")
    assert session.get_one(Actor, new_id).email is None
    assert {"actor.retire", "actor.unretire", "actor.update", "actor.create"} <= set(
        audit_actions(session)
    )
