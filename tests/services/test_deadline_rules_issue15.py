"""Issue 15 item 6: one test per rule change, through the service that reads the vault,
plus "Mark done" recording the fact that completes each deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Case, CaseEvent, EventKind
from vnr_desk.services import completion, deadlines, events, meetings, people, plans, risk
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.views.due import due_rows

D = dt.date
ADMITTED = D(2026, 3, 2)


def by_rule(session: Session, case: Case, on: dt.date) -> dict[str, list]:
    out: dict[str, list] = {}
    for d in deadlines.due(session, on, case):
        out.setdefault(d.rule, []).append(d)
    return out


def test_coordinator_contact_clock_starts_at_the_notification(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = ADMITTED
    session.flush()
    assert by_rule(session, case, ADMITTED)["coordinator_contact"][0].due_on == D(2026, 3, 5)
    case.municipality_notified_on = D(2026, 3, 10)
    session.flush()
    contact = by_rule(session, case, ADMITTED)["coordinator_contact"][0]
    assert (contact.due_on, contact.anchor_on) == (D(2026, 3, 13), D(2026, 3, 10))
    # the other admission rules still count from admission
    assert by_rule(session, case, ADMITTED)["first_visit"][0].due_on == D(2026, 3, 30)


def test_first_visit_meeting_completes_the_first_visit_not_the_follow_up(
    session: Session, case: Case
) -> None:
    case.crisis_centre_admission_on = ADMITTED
    meetings.create_meeting(session, case, "first_visit", dt.datetime(2026, 3, 22, 10))
    found = by_rule(session, case, D(2026, 4, 10))
    assert found["first_visit"][0].status == "done"
    assert found["first_visit"][0].done_on == D(2026, 3, 22)
    assert found["crisis_centre_follow_up"][0].status == "upcoming"


def test_follow_up_meeting_on_day_20_leaves_the_first_visit_open(
    session: Session, case: Case
) -> None:
    case.crisis_centre_admission_on = ADMITTED
    meetings.create_meeting(session, case, "follow_up", dt.datetime(2026, 3, 22, 10))
    found = by_rule(session, case, D(2026, 4, 10))
    assert found["crisis_centre_follow_up"][0].status == "done"
    assert found["first_visit"][0].status == "overdue"


def test_cancelled_meeting_completes_nothing(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = ADMITTED
    meeting = meetings.create_meeting(session, case, "first_visit", dt.datetime(2026, 3, 22, 10))
    meeting.cancelled_at = dt.datetime(2026, 3, 20, 8)
    session.flush()
    assert by_rule(session, case, D(2026, 4, 10))["first_visit"][0].status == "overdue"


def test_slagelse_no_answer_and_children_means_contact_the_childrens_unit(
    session: Session, case: Case
) -> None:
    letter = events.record_event(session, case, "outreach_letter_sent", D(2026, 3, 1))
    assert "children_unit_contact" not in by_rule(session, case, D(2026, 3, 20))
    child = people.add_person(session, case, "child", "Emil")
    found = by_rule(session, case, D(2026, 3, 20))["children_unit_contact"]
    assert [(d.due_on, d.status, d.subject_id) for d in found] == [
        (D(2026, 3, 15), "overdue", letter.id)
    ]
    completion.mark_done(
        session, case.id, "children_unit_contact", D(2026, 3, 18), "Ringet til B&F", letter.id
    )
    done = by_rule(session, case, D(2026, 3, 20))["children_unit_contact"][0]
    assert (done.status, done.done_on) == ("done", D(2026, 3, 18))
    # a child removed as entered in error no longer counts
    child.removed_at = dt.datetime(2026, 3, 19)
    session.flush()
    assert "children_unit_contact" not in by_rule(session, case, D(2026, 3, 20))


def test_slagelse_answer_in_time_means_no_childrens_unit_deadline(
    session: Session, case: Case
) -> None:
    people.add_person(session, case, "child", "Emil")
    letter = events.record_event(session, case, "outreach_letter_sent", D(2026, 3, 1))
    events.record_event(session, case, "outreach_answered", D(2026, 3, 10), subject_id=letter.id)
    assert "children_unit_contact" not in by_rule(session, case, D(2026, 3, 20))


def test_risk_reassessment_three_months_or_two_weeks_when_urgent(
    session: Session, case: Case
) -> None:
    risk.assess_risk(session, case, D(2026, 3, 4), "medium")
    found = by_rule(session, case, D(2026, 3, 5))
    assert found["risk_reassessment"][0].due_on == D(2026, 6, 4)
    assert "risk_reassessment_urgent" not in found
    risk.assess_risk(session, case, D(2026, 3, 6), "high")  # sets urgent
    found = by_rule(session, case, D(2026, 3, 7))
    assert found["risk_reassessment_urgent"][0].due_on == D(2026, 3, 20)
    assert "risk_reassessment" not in found
    deadlines.set_rule(session, {"id": "risk_reassessment_urgent", "days": 7})
    found = by_rule(session, case, D(2026, 3, 7))
    assert found["risk_reassessment_urgent"][0].due_on == D(2026, 3, 13)


def test_risk_reassessment_stops_when_the_case_is_closed(session: Session, case: Case) -> None:
    from vnr_desk.services.cases import close_case

    risk.assess_risk(session, case, D(2026, 3, 4), "low")
    close_case(session, case, D(2026, 3, 5))
    assert "risk_reassessment" not in by_rule(session, case, D(2026, 3, 6))


def test_plan_action_due_dates_are_deadlines_and_in_the_due_view(
    session: Session, case: Case
) -> None:
    plan = plans.create_plan(session, case, D(2026, 3, 2))
    goal = plans.add_goal(session, plan, "Egen bolig", "housing")
    action = plans.add_action(session, goal, "Søg boligstøtte", due_on=D(2026, 3, 12))
    plans.add_action(session, goal, "Uden dato")
    found = by_rule(session, case, D(2026, 3, 10))["plan_action"]
    assert [(d.subject_id, d.subject_label, d.status) for d in found] == [
        (action.id, "Søg boligstøtte", "upcoming")
    ]
    rows = [r for r in due_rows(session, D(2026, 3, 10)) if r.rule == "plan_action"]
    assert [(r.subject_label, r.group) for r in rows] == [("Søg boligstøtte", "week")]
    completion.mark_done(session, case.id, "plan_action", D(2026, 3, 10), "Sendt", action.id)
    assert by_rule(session, case, D(2026, 3, 10))["plan_action"][0].status == "done"
    assert action.outcome == "Sendt"
    assert not [r for r in due_rows(session, D(2026, 3, 10)) if r.rule == "plan_action"]


def test_due_view_has_a_later_group(session: Session, case: Case) -> None:
    case.crisis_centre_admission_on = ADMITTED
    session.flush()
    groups = {r.rule: r.group for r in due_rows(session, ADMITTED)}
    assert groups["coordinator_contact"] == "week"
    assert groups["first_visit"] == "later"  # 28 days out
    assert "crisis_centre_follow_up" not in groups  # three months out: beyond the month


def test_setting_urgent_by_hand_makes_the_24_hour_meeting_deadline(
    session: Session, case: Case
) -> None:
    assert "urgent_meeting" not in by_rule(session, case, D(2026, 3, 5))
    risk.set_urgent_by_id(session, case.id, D(2026, 3, 5), "Trusler i nat")
    meeting = by_rule(session, case, D(2026, 3, 5))["urgent_meeting"][0]
    assert (meeting.due_on, meeting.status) == (D(2026, 3, 6), "upcoming")
    kinds = [e.kind for e in events.events(session, case)]
    assert kinds == [EventKind.URGENT_SET]
    risk.clear_urgent_by_id(session, case.id, D(2026, 3, 8), "Flyttet i sikkerhed")
    assert "urgent_meeting" not in by_rule(session, case, D(2026, 3, 8))
    remarks = [(e.kind, e.remark) for e in events.events(session, case)]
    assert remarks[-1] == (EventKind.URGENT_CLEARED, "Flyttet i sikkerhed")
    with pytest.raises(InvalidInput, match="reason"):
        risk.set_urgent_by_id(session, case.id, D(2026, 3, 9), "  ")
    assert "case.urgent" in audit_actions(session)


@pytest.mark.parametrize(
    ("rule", "kind"),
    [
        ("coordinator_contact", EventKind.COORDINATOR_CONTACT),
        ("first_visit", EventKind.FIRST_VISIT),
        ("crisis_centre_follow_up", EventKind.CRISIS_CENTRE_FOLLOW_UP),
    ],
)
def test_mark_done_records_the_matching_event(
    session: Session, case: Case, rule: str, kind: EventKind
) -> None:
    case.crisis_centre_admission_on = ADMITTED
    event_id = completion.mark_done(session, case.id, rule, D(2026, 3, 4), "Talt med Anne")
    event = session.get(CaseEvent, event_id)
    assert event is not None
    assert (event.kind, event.occurred_on, event.remark) == (kind, D(2026, 3, 4), "Talt med Anne")
    assert by_rule(session, case, D(2026, 3, 5))[rule][0].status == "done"
    assert "event.create" in audit_actions(session)


def test_mark_done_answers_the_letter_and_reviews_the_plan(session: Session, case: Case) -> None:
    letter = events.record_event(session, case, "outreach_letter_sent", D(2026, 3, 1))
    completion.mark_done(session, case.id, "outreach_reminder", D(2026, 3, 9), "", letter.id)
    assert by_rule(session, case, D(2026, 3, 10))["outreach_reminder"][0].status == "done"
    plans.create_plan(session, case, D(2026, 1, 2))
    completion.mark_done(session, case.id, "plan_review", D(2026, 3, 9), "Gennemgået")
    review = by_rule(session, case, D(2026, 3, 10))["plan_review"][0]
    assert review.due_on == D(2026, 6, 9)


def test_mark_done_refuses_what_it_cannot_complete(session: Session, case: Case) -> None:
    with pytest.raises(InvalidInput, match="rule"):
        completion.mark_done(session, case.id, "consent_expiry", D(2026, 3, 4))
    with pytest.raises(InvalidInput, match="subject_id"):
        completion.mark_done(session, case.id, "outreach_reminder", D(2026, 3, 4))
    with pytest.raises(InvalidInput, match="future"):
        completion.mark_done(
            session, case.id, "first_visit", dt.date.today() + dt.timedelta(days=1)
        )


def test_consent_reminder_is_not_an_overdue_consent(session: Session, case: Case) -> None:
    from vnr_desk.services import actors, consent

    actor = actors.involve_actor(
        session, case, actors.add_actor(session, "Jobcenter", "municipality")
    )
    consent.record_consent(
        session, case, actor, ["share_information"], D(2026, 1, 1), expires_on=D(2026, 4, 1)
    )
    # reminder day 2 March has passed, the consent runs until 1 April: renew now, not overdue
    rows = [r for r in due_rows(session, D(2026, 3, 10)) if r.rule == "consent_expiry"]
    assert [(r.group, r.anchor_on, r.subject_label) for r in rows] == [
        ("today", D(2026, 4, 1), "Jobcenter")
    ]
    rows = [r for r in due_rows(session, D(2026, 4, 2)) if r.rule == "consent_expiry"]
    assert [r.group for r in rows] == ["overdue"]  # expired now
