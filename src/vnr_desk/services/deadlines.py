"""Deadlines: build each case's clock from the vault in a handful of queries (whatever the
number of cases) and let `vnr_desk.rules.deadlines` compute them.

Where the clock reads from:
- admission / urgent_since: the case row;
- plan anchor: the earliest "last reviewed or made" day among the case's current plans;
- events: `case_event` rows, plus meetings held (an urgent meeting completes
  `urgent_meeting`, a follow-up meeting completes `crisis_centre_follow_up`);
- outreach letters: `outreach_letter_sent` events and the answers that name them;
- consents: entries with an expiry that are not withdrawn; renewed when a later entry
  renews them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    ActionPlan,
    Actor,
    Case,
    CaseActor,
    CaseEvent,
    CaseStatus,
    Consent,
    ConsentWithdrawal,
    DeadlineRuleSetting,
    EventKind,
    Meeting,
    MeetingKind,
    NetworkMember,
)
from vnr_desk.rules import deadlines as rules
from vnr_desk.rules.deadlines import (
    CaseClock,
    ConsentDeadlineInput,
    Deadline,
    DeadlineRule,
    OutreachLetter,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput

_EVENT_RULES = {
    EventKind.COORDINATOR_CONTACT: rules.COORDINATOR_CONTACT,
    EventKind.FIRST_VISIT: rules.FIRST_VISIT,
    EventKind.CRISIS_CENTRE_FOLLOW_UP: rules.CRISIS_CENTRE_FOLLOW_UP,
    EventKind.URGENT_MEETING: rules.URGENT_MEETING,
}
_MEETING_RULES = {
    MeetingKind.URGENT: rules.URGENT_MEETING,
    MeetingKind.FOLLOW_UP: rules.CRISIS_CENTRE_FOLLOW_UP,
}


def get_rules(session: Session) -> dict[str, DeadlineRule]:
    """The defaults with the municipality's stored overrides laid over them."""
    merged = dict(rules.DEFAULT_RULES)
    for row in session.scalars(select(DeadlineRuleSetting)):
        merged[row.rule_id] = DeadlineRule(
            row.rule_id, row.months, row.days, bool(row.before), bool(row.enabled)
        )
    return merged


def set_rule(session: Session, data: Mapping[str, object]) -> DeadlineRule:
    """Store an override (dict form as in `rules_to_json`; missing keys keep the default)."""
    try:
        rule = rules.rule_from_json(data)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    row = session.get(DeadlineRuleSetting, rule.id)
    if row is None:
        row = DeadlineRuleSetting(rule_id=rule.id)
        session.add(row)
    row.months, row.days, row.before, row.enabled = (
        rule.months,
        rule.days,
        rule.before,
        rule.enabled,
    )
    session.flush()
    audit.record(
        session, "deadline_rule.set", "deadline_rule", rule.id, detail=rules.rule_to_json(rule)
    )
    return rule


def reset_rule(session: Session, rule_id: str) -> DeadlineRule:
    if rule_id not in rules.DEFAULT_RULES:
        raise InvalidInput(f"id: unknown deadline rule {rule_id!r}")
    row = session.get(DeadlineRuleSetting, rule_id)
    if row is not None:
        session.delete(row)
        session.flush()
        audit.record(session, "deadline_rule.reset", "deadline_rule", rule_id)
    return rules.DEFAULT_RULES[rule_id]


def clocks(session: Session, case: Case | None = None) -> list[CaseClock]:
    """One clock per open case (or just `case`), in six queries."""
    case_query = select(
        Case.id, Case.reference, Case.crisis_centre_admission_on, Case.urgent, Case.urgent_since
    )
    if case is not None:
        case_query = case_query.where(Case.id == case.id)
    else:
        case_query = case_query.where(Case.status == CaseStatus.OPEN)
    cases = session.execute(case_query).all()
    if not cases:
        return []
    scope = [c.id for c in cases] if case is not None else None

    def scoped(query, column):  # type: ignore[no-untyped-def]
        return query.where(column.in_(scope)) if scope is not None else query

    anchors: dict[int, dt.date] = {}
    for case_id, anchor in session.execute(
        scoped(
            select(
                ActionPlan.case_id,
                func.min(func.coalesce(ActionPlan.reviewed_on, ActionPlan.made_on)),
            )
            .where(ActionPlan.superseded_by_id.is_(None))
            .group_by(ActionPlan.case_id),
            ActionPlan.case_id,
        )
    ):
        anchors[case_id] = anchor if isinstance(anchor, dt.date) else dt.date.fromisoformat(anchor)

    events: dict[int, dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    letters: dict[int, dict[int, list[dt.date | None]]] = defaultdict(dict)
    answers: list[tuple[int, int, dt.date]] = []
    for ev in session.execute(
        scoped(
            select(
                CaseEvent.id,
                CaseEvent.case_id,
                CaseEvent.kind,
                CaseEvent.occurred_on,
                CaseEvent.subject_id,
            ),
            CaseEvent.case_id,
        )
    ):
        if ev.kind in _EVENT_RULES:
            events[ev.case_id][_EVENT_RULES[ev.kind]].append(ev.occurred_on)
        elif ev.kind == EventKind.OUTREACH_LETTER_SENT:
            letters[ev.case_id][ev.id] = [ev.occurred_on, None]
        elif ev.kind == EventKind.OUTREACH_ANSWERED and ev.subject_id is not None:
            answers.append((ev.case_id, ev.subject_id, ev.occurred_on))
    for case_id, letter_id, answered_on in answers:
        letter = letters.get(case_id, {}).get(letter_id)
        if letter is not None and (letter[1] is None or answered_on < letter[1]):
            letter[1] = answered_on

    for m in session.execute(
        scoped(
            select(Meeting.case_id, Meeting.kind, Meeting.held_on).where(
                Meeting.kind.in_(list(_MEETING_RULES))
            ),
            Meeting.case_id,
        )
    ):
        events[m.case_id][_MEETING_RULES[m.kind]].append(m.held_on.date())

    consents = _consent_inputs(session, scope)

    result: list[CaseClock] = []
    for c in cases:
        case_letters = letters.get(c.id, {})
        result.append(
            CaseClock(
                case_reference=c.reference,
                crisis_centre_admission_on=c.crisis_centre_admission_on,
                urgent_since=c.urgent_since if c.urgent else None,
                plan_anchor_on=anchors.get(c.id),
                outreach_letters=tuple(
                    OutreachLetter(letter_id, sent, answered)  # type: ignore[arg-type]
                    for letter_id, (sent, answered) in case_letters.items()
                ),
                consents=tuple(consents.get(c.id, ())),
                events={rule: tuple(sorted(dates)) for rule, dates in events[c.id].items()},
            )
        )
    return result


def _consent_inputs(
    session: Session, scope: list[int] | None
) -> dict[int, list[ConsentDeadlineInput]]:
    query = (
        select(
            Consent.id,
            Consent.case_id,
            Consent.expires_on,
            Actor.name,
            NetworkMember.relation,
        )
        .outerjoin(ConsentWithdrawal, ConsentWithdrawal.consent_id == Consent.id)
        .outerjoin(CaseActor, CaseActor.id == Consent.case_actor_id)
        .outerjoin(Actor, Actor.id == CaseActor.actor_id)
        .outerjoin(NetworkMember, NetworkMember.id == Consent.network_member_id)
        .where(Consent.expires_on.is_not(None), ConsentWithdrawal.id.is_(None))
    )
    renewal_query = select(Consent.renews_id, func.min(Consent.given_on)).where(
        Consent.renews_id.is_not(None)
    )
    if scope is not None:
        query = query.where(Consent.case_id.in_(scope))
        renewal_query = renewal_query.where(Consent.case_id.in_(scope))
    renewed = {r[0]: r[1] for r in session.execute(renewal_query.group_by(Consent.renews_id))}
    out: dict[int, list[ConsentDeadlineInput]] = defaultdict(list)
    for row in session.execute(query):
        label = row.name if row.name is not None else f"network: {row.relation or '?'}"
        renewed_on = renewed.get(row.id)
        if isinstance(renewed_on, str):
            renewed_on = dt.date.fromisoformat(renewed_on)
        out[row.case_id].append(ConsentDeadlineInput(row.id, label, row.expires_on, renewed_on))
    return out


def due(session: Session, on: dt.date | None = None, case: Case | None = None) -> list[Deadline]:
    """Every deadline of every open case (or of `case`) as of `on`, sorted by date."""
    day = on or dt.date.today()
    return rules.due_dates_for_cases(clocks(session, case), get_rules(session), day)
