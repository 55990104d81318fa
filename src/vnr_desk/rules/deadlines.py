"""A case's clock: deadline rules as data and the pure function that turns dates into deadlines.

The defaults come from the municipal examples in DOMAIN.md; a municipality may change them,
so rules travel as plain JSON dicts that are validated here before the vault stores them.
Months are calendar months (2026-11-30 + 3 months = 2027-02-28), never 30-day blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType
from typing import TypeVar

from dateutil.relativedelta import relativedelta

COORDINATOR_CONTACT = "coordinator_contact"
FIRST_VISIT = "first_visit"
CRISIS_CENTRE_FOLLOW_UP = "crisis_centre_follow_up"
PLAN_REVIEW = "plan_review"
URGENT_MEETING = "urgent_meeting"
OUTREACH_REMINDER = "outreach_reminder"
CONSENT_EXPIRY = "consent_expiry"
CHILDREN_UNIT_CONTACT = "children_unit_contact"
RISK_REASSESSMENT = "risk_reassessment"
RISK_REASSESSMENT_URGENT = "risk_reassessment_urgent"
PLAN_ACTION = "plan_action"

RULE_IDS: tuple[str, ...] = (
    COORDINATOR_CONTACT,
    FIRST_VISIT,
    CRISIS_CENTRE_FOLLOW_UP,
    PLAN_REVIEW,
    URGENT_MEETING,
    OUTREACH_REMINDER,
    CONSENT_EXPIRY,
    CHILDREN_UNIT_CONTACT,
    RISK_REASSESSMENT,
    RISK_REASSESSMENT_URGENT,
    PLAN_ACTION,
)

EVENT_KINDS: frozenset[str] = frozenset(
    {COORDINATOR_CONTACT, FIRST_VISIT, CRISIS_CENTRE_FOLLOW_UP, URGENT_MEETING}
)
"""Rules completed by an entry in `CaseClock.events`; the others complete another way."""

RULE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        COORDINATOR_CONTACT: "Coordinator contacts the crisis centre",
        FIRST_VISIT: "First visit after crisis-centre admission",
        CRISIS_CENTRE_FOLLOW_UP: "Follow-up meeting after crisis-centre admission",
        PLAN_REVIEW: "Review the action plan",
        URGENT_MEETING: "Urgent coordination meeting",
        OUTREACH_REMINDER: "Remind after an unanswered outreach letter",
        CONSENT_EXPIRY: "Renew consent before it expires",
        CHILDREN_UNIT_CONTACT: "Contact the children's unit (no answer, children at home)",
        RISK_REASSESSMENT: "Reassess the risk",
        RISK_REASSESSMENT_URGENT: "Reassess the risk (urgent case)",
        PLAN_ACTION: "Plan action due",
    }
)
"""English source labels; the UI and CLI translate them."""

_BEFORE_ANCHOR = frozenset({CONSENT_EXPIRY})
MAX_MONTHS = 120
MAX_DAYS = 3660
_JSON_FIELDS = ("id", "months", "days", "before", "enabled")


class DeadlineStatus(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """How long after (or, with `before`, ahead of) its anchor date a rule falls due.

    Months are applied first, then days. Validated on construction so an override that
    reaches the vault is always one the clock can use."""

    id: str
    months: int = 0
    days: int = 0
    before: bool = False
    enabled: bool = True

    def __post_init__(self) -> None:
        if self.id not in RULE_IDS:
            raise ValueError(f"id: unknown deadline rule {self.id!r}")
        for name, limit in (("months", MAX_MONTHS), ("days", MAX_DAYS)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name}: must be a whole number (rule {self.id})")
            if value < 0:
                raise ValueError(f"{name}: must not be negative (rule {self.id})")
            if value > limit:
                raise ValueError(f"{name}: must be at most {limit} (rule {self.id})")
        for name in ("before", "enabled"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name}: must be true or false (rule {self.id})")
        if self.before != (self.id in _BEFORE_ANCHOR):
            direction = "before" if self.id in _BEFORE_ANCHOR else "after"
            raise ValueError(f"before: rule {self.id} always counts {direction} its anchor")


DEFAULT_RULES: Mapping[str, DeadlineRule] = MappingProxyType(
    {
        COORDINATOR_CONTACT: DeadlineRule(COORDINATOR_CONTACT, days=3),
        FIRST_VISIT: DeadlineRule(FIRST_VISIT, days=28),
        CRISIS_CENTRE_FOLLOW_UP: DeadlineRule(CRISIS_CENTRE_FOLLOW_UP, months=3),
        PLAN_REVIEW: DeadlineRule(PLAN_REVIEW, months=3),
        URGENT_MEETING: DeadlineRule(URGENT_MEETING, days=1),
        OUTREACH_REMINDER: DeadlineRule(OUTREACH_REMINDER, days=14),
        CONSENT_EXPIRY: DeadlineRule(CONSENT_EXPIRY, days=30, before=True),
        CHILDREN_UNIT_CONTACT: DeadlineRule(CHILDREN_UNIT_CONTACT, days=14),
        RISK_REASSESSMENT: DeadlineRule(RISK_REASSESSMENT, months=3),
        RISK_REASSESSMENT_URGENT: DeadlineRule(RISK_REASSESSMENT_URGENT, days=14),
        PLAN_ACTION: DeadlineRule(PLAN_ACTION),
    }
)


@dataclass(frozen=True, slots=True)
class OutreachLetter:
    """A letter offering help; an answer on or after `sent_on` completes its reminder."""

    id: int
    sent_on: dt.date
    answered_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ConsentDeadlineInput:
    """A consent still current for its recipient; `renewed_on` is when its successor was given.

    The service passes only consents that are neither withdrawn nor superseded."""

    id: int
    recipient_label: str
    expires_on: dt.date
    renewed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlanActionInput:
    """An action of a current plan with a due date; `done` when its status is done or
    dropped. `label` is the action's text as the due list shows it."""

    id: int
    label: str
    due_on: dt.date
    done: bool = False


@dataclass(frozen=True, slots=True)
class CaseClock:
    """The dates of one case that deadlines hang on, adapted from the rows by the service.

    `events` maps a rule id in `EVENT_KINDS` to the dates that event was recorded; other
    keys are ignored. `plan_anchor_on` is when the current plan version was made or last
    reviewed: a review moves the anchor rather than completing the rule. `case_id` is the
    service's key for the case, carried through untouched.

    `municipality_notified_on` (Kalundborg) starts the coordinator-contact clock when
    recorded, else admission does. `has_children` turns on the Slagelse rule for
    unanswered letters. `last_risk_assessment_on` anchors the reassessment rule (the
    urgent variant while `urgent_since` is set), only while `is_open`."""

    case_reference: str
    crisis_centre_admission_on: dt.date | None = None
    urgent_since: dt.date | None = None
    plan_anchor_on: dt.date | None = None
    outreach_letters: tuple[OutreachLetter, ...] = ()
    consents: tuple[ConsentDeadlineInput, ...] = ()
    events: Mapping[str, tuple[dt.date, ...]] = field(default_factory=dict)
    case_id: int | None = None
    municipality_notified_on: dt.date | None = None
    has_children: bool = False
    last_risk_assessment_on: dt.date | None = None
    is_open: bool = True
    plan_actions: tuple[PlanActionInput, ...] = ()
    children_unit_contacts: tuple[dt.date, ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    """One deadline as of a given day; `subject_id` names the letter or consent it is about."""

    case_reference: str
    rule: str
    due_on: dt.date
    status: DeadlineStatus
    subject_id: int | None = None
    subject_label: str | None = None
    done_on: dt.date | None = None
    anchor_on: dt.date | None = None


def _deadline_maker() -> Callable[
    [str, str, dt.date, DeadlineStatus, int | None, str | None, dt.date | None, dt.date | None],
    Deadline,
]:
    """`Deadline(...)` for the hot path, filling the slots directly.

    The frozen dataclass `__init__` pays a generic `object.__setattr__` per field, which is
    half the cost of `due_dates_for_cases`; a test checks both ways build equal objects.
    Unpacking the slot setters fails at import if a field is added and this is not updated."""
    new = object.__new__
    s0, s1, s2, s3, s4, s5, s6, s7 = (getattr(Deadline, f.name).__set__ for f in fields(Deadline))

    def make(
        case_reference: str,
        rule: str,
        due_on: dt.date,
        status: DeadlineStatus,
        subject_id: int | None,
        subject_label: str | None,
        done_on: dt.date | None,
        anchor_on: dt.date | None,
    ) -> Deadline:
        d: Deadline = new(Deadline)
        s0(d, case_reference)
        s1(d, rule)
        s2(d, due_on)
        s3(d, status)
        s4(d, subject_id)
        s5(d, subject_label)
        s6(d, done_on)
        s7(d, anchor_on)
        return d

    return make


_make_deadline = _deadline_maker()

_T = TypeVar("_T", OutreachLetter, ConsentDeadlineInput, PlanActionInput)
_ID = attrgetter("id")
_DUE_ON = attrgetter("due_on")
_REFERENCE = attrgetter("case_reference")
_DONE, _UPCOMING, _DUE, _OVERDUE = (
    DeadlineStatus.DONE,
    DeadlineStatus.UPCOMING,
    DeadlineStatus.DUE,
    DeadlineStatus.OVERDUE,
)


def _notified_or_admitted(clock: CaseClock) -> dt.date | None:
    """Kalundborg: the 3-day clock starts when the crisis centre tells the municipality."""
    if clock.municipality_notified_on is not None:
        return clock.municipality_notified_on
    return clock.crisis_centre_admission_on


def _reassess_anchor(urgent: bool) -> Callable[[CaseClock], dt.date | None]:
    """The last risk assessment of an open case, for the variant matching its urgency."""

    def anchor(clock: CaseClock) -> dt.date | None:
        if not clock.is_open or (clock.urgent_since is not None) != urgent:
            return None
        return clock.last_risk_assessment_on

    return anchor


_ANCHORS: Mapping[str, Callable[[CaseClock], dt.date | None]] = MappingProxyType(
    {
        COORDINATOR_CONTACT: _notified_or_admitted,
        FIRST_VISIT: attrgetter("crisis_centre_admission_on"),
        CRISIS_CENTRE_FOLLOW_UP: attrgetter("crisis_centre_admission_on"),
        PLAN_REVIEW: attrgetter("plan_anchor_on"),
        URGENT_MEETING: attrgetter("urgent_since"),
        RISK_REASSESSMENT: _reassess_anchor(urgent=False),
        RISK_REASSESSMENT_URGENT: _reassess_anchor(urgent=True),
    }
)


def _offset(rule: DeadlineRule) -> dt.timedelta | relativedelta:
    sign = -1 if rule.before else 1
    if rule.months == 0:
        return dt.timedelta(days=sign * rule.days)
    return relativedelta(months=sign * rule.months, days=sign * rule.days)


def due_date(rule: DeadlineRule, anchor: dt.date) -> dt.date:
    """The day `rule` falls due for `anchor`, in calendar months then days."""
    return anchor + _offset(rule)


class _DueDates(dict[dt.date, dt.date]):
    """anchor -> due date for one rule, filled on first use and kept with its plan.

    relativedelta is slow (about 20 us an addition) and cases share dates; a dict hit also
    avoids a Python call per deadline, which matters when every case in the vault is
    computed at once. A vault's anchors are a few thousand days; past `LIMIT` it starts
    over rather than grow."""

    LIMIT = 20_000

    def __init__(self, rule: DeadlineRule) -> None:
        super().__init__()
        self.offset = _offset(rule)

    def __missing__(self, anchor: dt.date) -> dt.date:
        if len(self) >= self.LIMIT:
            self.clear()
        due = self[anchor] = anchor + self.offset
        return due


_Step = tuple[str, _DueDates, Callable[[CaseClock], dt.date | None] | None, bool]
_SORTED_IDS = tuple(sorted(RULE_IDS))
_PLANS: dict[tuple[DeadlineRule | None, ...], list[_Step]] = {}


def _plan(rules: Mapping[str, DeadlineRule]) -> list[_Step]:
    """Enabled rules in rule-id order (the output's tie-break), each with its due dates,
    its anchor getter (None for the per-letter, per-consent and per-action rules) and
    whether an event completes it, so the per-case loop only reads tuples.

    Kept per rule set (rules are frozen): the due view and every opened case ask again
    with the same rules, and their due dates are worth keeping."""
    key = tuple(rules.get(rule_id) for rule_id in _SORTED_IDS)
    plan = _PLANS.get(key)
    if plan is not None:
        return plan
    if len(_PLANS) >= 8:  # rule sets only change in Settings
        _PLANS.clear()
    plan = _PLANS[key] = []
    for rule_id, rule in zip(_SORTED_IDS, key, strict=True):
        if rule is None or not rule.enabled:
            continue
        anchor = _ANCHORS.get(rule_id)
        plan.append((rule_id, _DueDates(rule), anchor, rule_id in EVENT_KINDS))
    return plan


def _first_event(dates: Iterable[dt.date], anchor: dt.date, on: dt.date) -> dt.date | None:
    """The first event between the anchor and `on`: earlier ones belong to an older anchor."""
    found = [d for d in dates if anchor <= d <= on]
    return min(found) if found else None


def _by_id(items: tuple[_T, ...]) -> Iterable[_T]:
    return items if len(items) < 2 else sorted(items, key=_ID)


def _collect(
    clock: CaseClock,
    plan: list[_Step],
    on: dt.date,
    out: list[Deadline],
    until: dt.date = dt.date.max,
    open_only: bool = False,
) -> None:
    """Append one case's deadlines ordered by (rule, subject id), ready for a stable date sort.

    Written for speed (no helper calls per deadline): it runs for every case in the vault.
    Deadlines due after `until`, and done ones when `open_only`, are never built."""
    ref = clock.case_reference
    append = out.append
    for rule_id, dues, anchor_of, by_event in plan:
        if anchor_of is not None:
            anchor = anchor_of(clock)
            if anchor is None:
                continue
            done = None
            if by_event and (dates := clock.events.get(rule_id)):
                done = _first_event(dates, anchor, on)
            due = dues[anchor]
            if due > until or (open_only and done is not None):
                continue
            if done is not None:
                status = _DONE
            else:
                status = _UPCOMING if due > on else _DUE if due == on else _OVERDUE
            append(_make_deadline(ref, rule_id, due, status, None, None, done, anchor))
        elif rule_id == OUTREACH_REMINDER:
            for letter in _by_id(clock.outreach_letters):
                sent, done = letter.sent_on, letter.answered_on
                due = dues[sent]
                if due > until:
                    continue
                if done is not None and sent <= done <= on:
                    if open_only:
                        continue
                    status = _DONE
                else:
                    done = None
                    status = _UPCOMING if due > on else _DUE if due == on else _OVERDUE
                append(_make_deadline(ref, rule_id, due, status, letter.id, None, done, sent))
        elif rule_id == CHILDREN_UNIT_CONTACT:
            if not clock.has_children:
                continue
            for letter in _by_id(clock.outreach_letters):
                sent, answered = letter.sent_on, letter.answered_on
                due = dues[sent]
                if due > until or (answered is not None and sent <= answered <= min(due, on)):
                    continue  # answered in time: the children's unit need not be contacted
                done = _first_event(clock.children_unit_contacts, sent, on)
                if done is not None:
                    if open_only:
                        continue
                    status = _DONE
                else:
                    status = _UPCOMING if due > on else _DUE if due == on else _OVERDUE
                append(_make_deadline(ref, rule_id, due, status, letter.id, None, done, sent))
        elif rule_id == PLAN_ACTION:
            for action in _by_id(clock.plan_actions):
                due = dues[action.due_on]
                if due > until or (open_only and action.done):
                    continue
                if action.done:
                    status = _DONE
                else:
                    status = _UPCOMING if due > on else _DUE if due == on else _OVERDUE
                label = action.label
                append(_make_deadline(ref, rule_id, due, status, action.id, label, None, due))
        else:
            for consent in _by_id(clock.consents):
                expires, done = consent.expires_on, consent.renewed_on
                due = dues[expires]
                if due > until:
                    continue
                if done is not None and done <= on:
                    if open_only:
                        continue
                    status = _DONE
                else:
                    done = None
                    status = _UPCOMING if due > on else _DUE if due == on else _OVERDUE
                label = consent.recipient_label
                append(_make_deadline(ref, rule_id, due, status, consent.id, label, done, expires))


def compute_deadlines(
    clock: CaseClock,
    rules: Mapping[str, DeadlineRule] = DEFAULT_RULES,
    on: dt.date | None = None,
) -> list[Deadline]:
    """Every deadline of one case as of `on` (default today), sorted by due date then rule.

    Rules that are disabled or absent from `rules` produce nothing. An event counts only if
    recorded between its anchor and `on`, so asking about a past day gives that day's view."""
    day = on if on is not None else dt.date.today()
    out: list[Deadline] = []
    _collect(clock, _plan(rules), day, out)
    out.sort(key=_DUE_ON)
    return out


def due_dates_for_cases(
    clocks: Iterable[CaseClock],
    rules: Mapping[str, DeadlineRule] = DEFAULT_RULES,
    on: dt.date | None = None,
    *,
    until: dt.date | None = None,
    open_only: bool = False,
) -> list[Deadline]:
    """Deadlines of many cases as of `on` (default today), by due date then case reference.

    `until` leaves out deadlines due after that day and `open_only` the done ones: a list
    of what needs doing soon skips building the rest (most of a vault's deadlines).
    Cases are visited in reference order and the final sort is stable on the due date
    alone, which is several times cheaper than sorting on a four-part key."""
    day = on if on is not None else dt.date.today()
    last = until if until is not None else dt.date.max
    plan = _plan(rules)
    out: list[Deadline] = []
    for clock in sorted(clocks, key=_REFERENCE):
        _collect(clock, plan, day, out, last, open_only)
    out.sort(key=_DUE_ON)
    return out


def rule_to_json(rule: DeadlineRule) -> dict[str, object]:
    """The dict form stored in the vault and shown by the CLI."""
    return {
        "id": rule.id,
        "months": rule.months,
        "days": rule.days,
        "before": rule.before,
        "enabled": rule.enabled,
    }


def rules_to_json(rules: Mapping[str, DeadlineRule]) -> list[dict[str, object]]:
    """All rules in `RULE_IDS` order, so stored overrides diff cleanly."""
    return [rule_to_json(rules[rule_id]) for rule_id in RULE_IDS if rule_id in rules]


def rule_from_json(data: Mapping[str, object]) -> DeadlineRule:
    """One rule from its dict form; keys left out keep the default rule's values.

    Raises ValueError naming the field for an unknown id or key, a wrong type or a
    negative number, so a bad override never reaches the vault."""
    if not isinstance(data, Mapping):
        raise ValueError("rule: expected an object with an id")
    unknown = sorted(str(k) for k in data if k not in _JSON_FIELDS)
    if unknown:
        raise ValueError(f"{unknown[0]}: unknown field in a deadline rule")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or rule_id not in DEFAULT_RULES:
        raise ValueError(f"id: unknown deadline rule {rule_id!r}")
    base = DEFAULT_RULES[rule_id]
    return DeadlineRule(
        id=rule_id,
        months=data.get("months", base.months),  # type: ignore[arg-type]
        days=data.get("days", base.days),  # type: ignore[arg-type]
        before=data.get("before", base.before),  # type: ignore[arg-type]
        enabled=data.get("enabled", base.enabled),  # type: ignore[arg-type]
    )


def rules_from_json(items: Iterable[Mapping[str, object]]) -> dict[str, DeadlineRule]:
    """The full rule set: the defaults with each stored override laid over them."""
    overrides: dict[str, DeadlineRule] = {}
    for item in items:
        rule = rule_from_json(item)
        if rule.id in overrides:
            raise ValueError(f"id: deadline rule {rule.id!r} given twice")
        overrides[rule.id] = rule
    return {rule_id: overrides.get(rule_id, DEFAULT_RULES[rule_id]) for rule_id in RULE_IDS}
