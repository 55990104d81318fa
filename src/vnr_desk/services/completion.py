"""Working a deadline: "Mark done" records the fact that completes it, so the clock (and
the audit log) holds what happened and when, not a tick that hides a deadline.

Which fact completes which rule:
- coordinator contact, first visit, crisis-centre follow-up, urgent meeting: the event of
  the same kind;
- outreach reminder: the letter's answer (`outreach_answered`, naming the letter);
- children's unit (Slagelse): `children_unit_contact`, naming the letter it follows;
- plan review: a review of every current plan on that day, plus a `plan_review` event;
- plan action: the action set to done, the remark as its outcome.
Consent expiry and risk reassessment are done by renewing the consent and by a new risk
assessment; they have their own dialogs and are refused here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Action, ActionPlan, ActionStatus, CaseEvent, EventKind, Goal
from vnr_desk.rules import deadlines as rules
from vnr_desk.services import events, plans
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound

_EVENT_FOR_RULE: dict[str, EventKind] = {
    rules.COORDINATOR_CONTACT: EventKind.COORDINATOR_CONTACT,
    rules.FIRST_VISIT: EventKind.FIRST_VISIT,
    rules.CRISIS_CENTRE_FOLLOW_UP: EventKind.CRISIS_CENTRE_FOLLOW_UP,
    rules.URGENT_MEETING: EventKind.URGENT_MEETING,
    rules.OUTREACH_REMINDER: EventKind.OUTREACH_ANSWERED,
    rules.CHILDREN_UNIT_CONTACT: EventKind.CHILDREN_UNIT_CONTACT,
    rules.PLAN_REVIEW: EventKind.PLAN_REVIEW,
}
MARKABLE_RULES: frozenset[str] = frozenset(_EVENT_FOR_RULE) | {rules.PLAN_ACTION}
"""Rules "Mark done" can complete; the others are done in their own dialog."""

_NEEDS_SUBJECT = frozenset(
    {rules.OUTREACH_REMINDER, rules.CHILDREN_UNIT_CONTACT, rules.PLAN_ACTION}
)


def mark_done(
    session: Session,
    case_id: int,
    rule: str,
    on: dt.date,
    remark: str = "",
    subject_id: int | None = None,
) -> int:
    """Record what completes the deadline `rule` (of the letter or action `subject_id`)
    of case `case_id` on `on`; returns the id of the event or action written. Audited by
    the commands it runs."""
    if rule not in MARKABLE_RULES:
        raise InvalidInput(f"rule: {rule!r} is not completed by marking it done")
    if rule in _NEEDS_SUBJECT and subject_id is None:
        raise InvalidInput("subject_id: this deadline is about a letter or an action")
    if on > dt.date.today():
        raise InvalidInput("on: a deadline cannot be done in the future")
    case = get_case_by_id(session, case_id)
    remark = (remark or "").strip()
    if rule == rules.PLAN_ACTION:
        return _finish_action(session, case_id, subject_id, remark)  # type: ignore[arg-type]
    if rule == rules.PLAN_REVIEW:
        current = session.scalars(
            select(ActionPlan).where(
                ActionPlan.case_id == case_id, ActionPlan.superseded_by_id.is_(None)
            )
        ).all()
        if not current:
            raise InvalidInput("rule: the case has no plan to review")
        for plan in current:
            plans.review_plan(session, plan, on)
    if rule == rules.CHILDREN_UNIT_CONTACT:
        letter = session.get(CaseEvent, subject_id)
        if letter is None or letter.case_id != case_id:
            raise NotFound(f"subject_id: no letter {subject_id} in this case")
        if on < letter.occurred_on:
            raise InvalidInput("on: before the outreach letter was sent")
    event = events.record_event(
        session, case, _EVENT_FOR_RULE[rule], on, subject_id=subject_id, remark=remark
    )
    return event.id


def _finish_action(session: Session, case_id: int, action_id: int, remark: str) -> int:
    action = session.get(Action, action_id)
    goal = session.get(Goal, action.goal_id) if action is not None else None
    if action is None or goal is None or goal.plan.case_id != case_id:
        raise NotFound(f"subject_id: no action {action_id} in this case")
    outcome = remark or action.outcome
    plans.set_action_status(session, action, ActionStatus.DONE, outcome)
    return action.id
