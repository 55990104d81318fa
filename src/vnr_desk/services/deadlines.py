"""Deadlines: build each case's clock from the vault in a handful of queries (whatever the
number of cases) and let `vnr_desk.rules.deadlines` compute them.

Where the clock reads from:
- admission / urgent_since: the case row;
- plan anchor: the earliest "last reviewed or made" day among the case's current plans;
- notification date (Kalundborg's coordinator-contact clock) and open/closed: the case row;
- events: `case_event` rows, plus meetings not cancelled, each completing the deadline of
  its kind only (a first-visit meeting the first visit, a follow-up meeting the
  crisis-centre follow-up, an urgent meeting the urgent meeting);
- children in the household (Slagelse's rule): child persons not removed in error;
- last risk assessment: the reassessment rules' anchor;
- plan actions: actions with a due date in the current plans;
- outreach letters: `outreach_letter_sent` events and the answers that name them;
- consents: entries with an expiry that are not withdrawn; renewed when a later entry
  renews them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Action,
    ActionPlan,
    ActionStatus,
    Actor,
    Case,
    CaseActor,
    CaseEvent,
    CasePerson,
    CaseStatus,
    Consent,
    ConsentWithdrawal,
    DeadlineRuleSetting,
    EventKind,
    Goal,
    Meeting,
    MeetingKind,
    NetworkMember,
    PersonRole,
    RiskAssessment,
)
from vnr_desk.rules import deadlines as rules
from vnr_desk.rules.deadlines import (
    CaseClock,
    ConsentDeadlineInput,
    Deadline,
    DeadlineRule,
    OutreachLetter,
    PlanActionInput,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services.consent import CaseLedger
from vnr_desk.services.errors import InvalidInput
from vnr_desk.store.prepared import PreparedRead, ScopedRead, day, driver_connection

_EVENT_RULES = {
    EventKind.COORDINATOR_CONTACT: rules.COORDINATOR_CONTACT,
    EventKind.FIRST_VISIT: rules.FIRST_VISIT,
    EventKind.CRISIS_CENTRE_FOLLOW_UP: rules.CRISIS_CENTRE_FOLLOW_UP,
    EventKind.URGENT_MEETING: rules.URGENT_MEETING,
}
_MEETING_RULES = {
    MeetingKind.URGENT: rules.URGENT_MEETING,
    MeetingKind.FOLLOW_UP: rules.CRISIS_CENTRE_FOLLOW_UP,
    MeetingKind.FIRST_VISIT: rules.FIRST_VISIT,
}


_RULE_SETTINGS = PreparedRead(
    select(
        DeadlineRuleSetting.rule_id,
        DeadlineRuleSetting.months,
        DeadlineRuleSetting.days,
        DeadlineRuleSetting.before,
        DeadlineRuleSetting.enabled,
    )
)


def get_rules(session: Session) -> dict[str, DeadlineRule]:
    """The defaults with the municipality's stored overrides laid over them."""
    merged = dict(rules.DEFAULT_RULES)
    for rule_id, months, days, before, enabled in _RULE_SETTINGS.rows(session):
        merged[rule_id] = DeadlineRule(rule_id, months, days, bool(before), bool(enabled))
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


DEADLINE_SOURCES: frozenset[type] = frozenset(
    {
        Case,
        ActionPlan,
        CaseEvent,
        Meeting,
        Consent,
        ConsentWithdrawal,
        CaseActor,
        Actor,
        NetworkMember,
        DeadlineRuleSetting,
        CasePerson,
        RiskAssessment,
        Goal,
        Action,
    }
)
"""Rows whose change can move, complete or rename a deadline: a unit of work that wrote
one of these leaves a list of deadlines stale. (Notes, assessments and the audit log
do not.)"""


CLOCK_CASE_COLUMNS = (
    Case.id,
    Case.reference,
    Case.crisis_centre_admission_on,
    Case.urgent,
    Case.urgent_since,
    Case.municipality_notified_on,
    Case.status,
)
"""What a clock takes from the case row, in this order. A read model that reads the case
anyway selects these first and hands the row to `clocks_from` (one read fewer)."""
_CLOCK_CASES = ScopedRead(select(*CLOCK_CASE_COLUMNS), Case.id)
_OPEN_CASES = PreparedRead(_CLOCK_CASES.every.statement.where(Case.status == CaseStatus.OPEN))
_PLAN_ANCHORS = ScopedRead(
    select(ActionPlan.case_id, func.min(func.coalesce(ActionPlan.reviewed_on, ActionPlan.made_on)))
    .where(ActionPlan.superseded_by_id.is_(None))
    .group_by(ActionPlan.case_id),
    ActionPlan.case_id,
)
_EVENTS = ScopedRead(
    select(
        CaseEvent.id, CaseEvent.case_id, CaseEvent.kind, CaseEvent.occurred_on, CaseEvent.subject_id
    ),
    CaseEvent.case_id,
)
_MEETINGS = ScopedRead(
    select(Meeting.case_id, Meeting.kind, Meeting.held_on).where(
        or_(*(Meeting.kind == kind for kind in _MEETING_RULES)),  # no IN: see PreparedRead
        Meeting.cancelled_at.is_(None),  # a cancelled meeting completes nothing
    ),
    Meeting.case_id,
)
_CONSENTS = ScopedRead(
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
    .where(Consent.expires_on.is_not(None), ConsentWithdrawal.id.is_(None)),
    Consent.case_id,
)
_CHILDREN = ScopedRead(
    select(CasePerson.case_id)
    .where(CasePerson.role == PersonRole.CHILD, CasePerson.removed_at.is_(None))
    .group_by(CasePerson.case_id),
    CasePerson.case_id,
)
_LAST_RISK = ScopedRead(
    select(RiskAssessment.case_id, func.max(RiskAssessment.made_on)).group_by(
        RiskAssessment.case_id
    ),
    RiskAssessment.case_id,
)
_PLAN_ACTIONS = ScopedRead(
    select(ActionPlan.case_id, Action.id, Action.text, Action.due_on, Action.status)
    .join(Goal, Goal.id == Action.goal_id)
    .join(ActionPlan, ActionPlan.id == Goal.plan_id)
    .where(ActionPlan.superseded_by_id.is_(None), Action.due_on.is_not(None)),
    ActionPlan.case_id,
)
_ACTION_FINISHED = frozenset({ActionStatus.DONE.value, ActionStatus.DROPPED.value})
# Its own read, not a subquery per consent: 9 of 26 ms at 10,000 consents.
_RENEWALS = ScopedRead(
    select(Consent.renews_id, func.min(Consent.given_on))
    .where(Consent.renews_id.is_not(None))
    .group_by(Consent.renews_id),
    Consent.case_id,
)
_EVENT_RULE_BY_VALUE = {kind.value: rule for kind, rule in _EVENT_RULES.items()}
_MEETING_RULE_BY_VALUE = {kind.value: rule for kind, rule in _MEETING_RULES.items()}
_LETTER_SENT = EventKind.OUTREACH_LETTER_SENT.value
_LETTER_ANSWERED = EventKind.OUTREACH_ANSWERED.value
_CHILDREN_UNIT = EventKind.CHILDREN_UNIT_CONTACT.value


def clocks(session: Session, case_id: int | None = None) -> list[CaseClock]:
    """One clock per open case (or just the case `case_id`, open or not), in nine reads.

    Plain tuples through prepared reads: this runs for the whole vault whenever the due
    view refreshes, and the ORM's row building used to cost more than the rules."""
    raw = driver_connection(session)
    cases = _OPEN_CASES.rows_on(raw) if case_id is None else _CLOCK_CASES.rows_on(raw, case_id)
    return clocks_from(raw, cases, case_id)


def clocks_from(
    raw: Any,
    cases: Sequence[tuple[Any, ...]],
    case_id: int | None,
    consents: Mapping[int, list[ConsentDeadlineInput]] | None = None,
) -> list[CaseClock]:
    """The clocks of `cases` (rows of `CLOCK_CASE_COLUMNS`) on a `driver_connection`;
    `case_id` narrows the other reads to that one case, None reads them for all.
    `consents` by case id, when the caller already read the ledger (`ledger_consents`)."""
    if not cases:
        return []
    iso = dt.date.fromisoformat  # columns the reads guarantee are not NULL; `day` otherwise
    anchors = {cid: iso(anchor) for cid, anchor in _PLAN_ANCHORS.rows_on(raw, case_id)}

    events: dict[int, dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    letters: dict[int, dict[int, list[dt.date | None]]] = defaultdict(dict)
    answers: list[tuple[int, int, dt.date]] = []
    unit_contacts: dict[int, list[dt.date]] = defaultdict(list)
    for event_id, cid, kind, occurred_on, subject_id in _EVENTS.rows_on(raw, case_id):
        rule = _EVENT_RULE_BY_VALUE.get(kind)
        if rule is not None:
            events[cid][rule].append(iso(occurred_on))
        elif kind == _LETTER_SENT:
            letters[cid][event_id] = [iso(occurred_on), None]
        elif kind == _LETTER_ANSWERED and subject_id is not None:
            answers.append((cid, subject_id, iso(occurred_on)))
        elif kind == _CHILDREN_UNIT:
            unit_contacts[cid].append(iso(occurred_on))
    for cid, letter_id, answered_on in answers:
        letter = letters.get(cid, {}).get(letter_id)
        if letter is not None and (letter[1] is None or answered_on < letter[1]):
            letter[1] = answered_on

    for cid, kind, held_on in _MEETINGS.rows_on(raw, case_id):
        events[cid][_MEETING_RULE_BY_VALUE[kind]].append(iso(held_on[:10]))

    if consents is None:
        consents = _consent_inputs(raw, case_id)
    with_children = {cid for (cid,) in _CHILDREN.rows_on(raw, case_id)}
    last_risk = {cid: iso(made_on) for cid, made_on in _LAST_RISK.rows_on(raw, case_id)}
    actions: dict[int, list[PlanActionInput]] = defaultdict(list)
    for cid, action_id, text, due_on, status in _PLAN_ACTIONS.rows_on(raw, case_id):
        actions[cid].append(
            PlanActionInput(action_id, text, iso(due_on), status in _ACTION_FINISHED)
        )

    no_events: dict[str, list[dt.date]] = {}
    no_consents: list[ConsentDeadlineInput] = []
    result: list[CaseClock] = []
    for cid, reference, admission_on, urgent, urgent_since, notified_on, status, *_ in cases:
        case_letters = letters.get(cid)
        case_events = events.get(cid, no_events)
        result.append(
            CaseClock(
                reference,
                day(admission_on),
                day(urgent_since) if urgent else None,
                anchors.get(cid),
                tuple(
                    OutreachLetter(letter_id, sent, answered)  # type: ignore[arg-type]
                    for letter_id, (sent, answered) in case_letters.items()
                )
                if case_letters
                else (),
                tuple(consents.get(cid, no_consents)),
                {rule: tuple(sorted(dates)) for rule, dates in case_events.items()}
                if case_events
                else {},
                cid,
                day(notified_on),
                cid in with_children,
                last_risk.get(cid),
                status == CaseStatus.OPEN.value,
                tuple(actions.get(cid, ())),
                tuple(sorted(unit_contacts.get(cid, ()))),
            )
        )
    return result


def _consent_label(actor_name: str | None, relation: str | None) -> str:
    """How the due list names a consent's recipient: the actor, or the network member's
    relation (as the caseworker typed it, so in the vault's language; no English prefix)."""
    return actor_name if actor_name is not None else (relation or "?")


def _consent_inputs(raw: Any, case_id: int | None) -> dict[int, list[ConsentDeadlineInput]]:
    iso = dt.date.fromisoformat
    renewed = {renews_id: iso(given) for renews_id, given in _RENEWALS.rows_on(raw, case_id)}
    consents: dict[int, list[ConsentDeadlineInput]] = defaultdict(list)
    for consent_id, cid, expires_on, actor, relation in _CONSENTS.rows_on(raw, case_id):
        consents[cid].append(
            ConsentDeadlineInput(
                consent_id,
                _consent_label(actor, relation),
                iso(expires_on),
                renewed.get(consent_id),
            )
        )
    return consents


def ledger_consents(ledger: CaseLedger) -> list[ConsentDeadlineInput]:
    """The same inputs `_consent_inputs` reads, from a ledger already in hand: entries with
    an expiry and no withdrawal, renewed on the day the first entry renewing them was given."""
    renewed: dict[int, dt.date] = {}
    given = {e.id: e.given_on for entries in ledger.entries.values() for e in entries}
    for entry_id, renews_id in ledger.renews.items():
        if renews_id not in renewed or given[entry_id] < renewed[renews_id]:
            renewed[renews_id] = given[entry_id]
    names = {key: (name if kind == "actor" else None, relation)
             for key, kind, name, relation in ledger.recipients}  # fmt: skip
    return [
        ConsentDeadlineInput(e.id, _consent_label(*names[key]), e.expires_on, renewed.get(e.id))
        for key, entries in ledger.entries.items()
        for e in entries
        if e.expires_on is not None and e.withdrawn_on is None
    ]


def due(session: Session, on: dt.date | None = None, case: Case | None = None) -> list[Deadline]:
    """Every deadline of every open case (or of `case`) as of `on`, sorted by date."""
    return rules.due_dates_for_cases(
        clocks(session, case.id if case is not None else None),
        get_rules(session),
        on or dt.date.today(),
    )
