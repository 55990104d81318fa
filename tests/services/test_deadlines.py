from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from vnr_desk.domain import Case
from vnr_desk.services import actors, consent, deadlines, events, meetings, plans, risk
from vnr_desk.services.cases import create_case
from vnr_desk.services.errors import InvalidInput

D = dt.date


def _by_rule(rows: list, rule: str) -> list:
    return [r for r in rows if r.rule == rule]


def test_month_end_and_leap_year(session: Session) -> None:
    case = create_case(session, "K-MONTH-END", D(2026, 11, 30))
    case.crisis_centre_admission_on = D(2026, 11, 30)
    leap = create_case(session, "K-LEAP", D(2027, 11, 30))
    leap.crisis_centre_admission_on = D(2027, 11, 30)
    session.flush()
    rows = deadlines.due(session, D(2026, 12, 1))
    follow = {r.case_reference: r.due_on for r in _by_rule(rows, "crisis_centre_follow_up")}
    assert follow == {"K-MONTH-END": D(2027, 2, 28), "K-LEAP": D(2028, 2, 29)}
    contact = _by_rule(deadlines.due(session, D(2026, 12, 1), case), "coordinator_contact")
    assert contact[0].due_on == D(2026, 12, 3) and contact[0].status == "upcoming"


def test_events_and_meetings_complete_deadlines(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = D(2026, 3, 2)
    events.record_event(session, case, "coordinator_contact", D(2026, 3, 4))
    risk.mark_urgent(session, case, D(2026, 3, 10))
    meetings.create_meeting(session, case, "urgent", dt.datetime(2026, 3, 11, 9))
    rows = deadlines.due(session, D(2026, 4, 15), case)
    status = {r.rule: r.status for r in rows}
    assert status["coordinator_contact"] == "done"
    assert status["urgent_meeting"] == "done"
    assert status["first_visit"] == "overdue"
    assert status["crisis_centre_follow_up"] == "upcoming"
    assert [r.due_on for r in rows] == sorted(r.due_on for r in rows)


def test_outreach_letters_plan_review_and_consent_expiry(session: Session, case: Case) -> None:
    letter = events.record_event(session, case, "outreach_letter_sent", D(2026, 3, 1))
    unanswered = events.record_event(session, case, "outreach_letter_sent", D(2026, 3, 5))
    events.record_event(session, case, "outreach_answered", D(2026, 3, 10), subject_id=letter.id)
    with pytest.raises(InvalidInput, match="subject_id"):
        events.record_event(session, case, "outreach_answered", D(2026, 3, 10))
    plan = plans.create_plan(session, case, D(2026, 1, 31))
    actor = actors.involve_actor(session, case, actors.add_actor(session, "Politiet", "state"))
    given = consent.record_consent(
        session, case, actor, ["share_information"], D(2026, 1, 1), expires_on=D(2026, 5, 1)
    )
    rows = deadlines.due(session, D(2026, 4, 20), case)
    reminders = {r.subject_id: r for r in _by_rule(rows, "outreach_reminder")}
    assert reminders[letter.id].status == "done"
    assert reminders[unanswered.id].due_on == D(2026, 3, 19)
    assert reminders[unanswered.id].status == "overdue"
    review = _by_rule(rows, "plan_review")[0]
    assert review.due_on == D(2026, 4, 30)
    expiry = _by_rule(rows, "consent_expiry")[0]
    assert expiry.due_on == D(2026, 4, 1) and expiry.status == "overdue"
    assert expiry.subject_label == "Politiet"
    consent.renew_consent(session, given, D(2026, 4, 25), expires_on=D(2027, 4, 25))
    plans.review_plan(session, plan, D(2026, 4, 28))
    rows = deadlines.due(session, D(2026, 4, 30), case)
    assert {r.subject_id: r.status for r in _by_rule(rows, "consent_expiry")}[given.id] == "done"
    assert _by_rule(rows, "plan_review")[0].due_on == D(2026, 7, 28)


def test_rules_are_municipality_settings(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = D(2026, 3, 2)
    deadlines.set_rule(session, {"id": "first_visit", "days": 21})
    assert deadlines.get_rules(session)["first_visit"].days == 21
    first = _by_rule(deadlines.due(session, D(2026, 3, 3), case), "first_visit")[0]
    assert first.due_on == D(2026, 3, 23)
    deadlines.set_rule(session, {"id": "outreach_reminder", "enabled": False})
    with pytest.raises(InvalidInput, match="days"):
        deadlines.set_rule(session, {"id": "first_visit", "days": -1})
    with pytest.raises(InvalidInput, match="id"):
        deadlines.set_rule(session, {"id": "tea_break"})
    deadlines.reset_rule(session, "first_visit")
    assert deadlines.get_rules(session)["first_visit"].days == 28


def test_closed_cases_have_no_deadlines_in_the_overview(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = D(2026, 3, 2)
    case.status = "closed"
    session.flush()
    assert deadlines.due(session, D(2026, 3, 3)) == []
    assert deadlines.due(session, D(2026, 3, 3), case) != []
