from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from vnr_desk.rules.deadlines import (
    CHILDREN_UNIT_CONTACT,
    CONSENT_EXPIRY,
    COORDINATOR_CONTACT,
    CRISIS_CENTRE_FOLLOW_UP,
    DEFAULT_RULES,
    FIRST_VISIT,
    OUTREACH_REMINDER,
    PLAN_ACTION,
    PLAN_REVIEW,
    RISK_REASSESSMENT,
    RISK_REASSESSMENT_URGENT,
    RULE_IDS,
    RULE_LABELS,
    URGENT_MEETING,
    CaseClock,
    ConsentDeadlineInput,
    Deadline,
    DeadlineRule,
    DeadlineStatus,
    OutreachLetter,
    PlanActionInput,
    _make_deadline,
    compute_deadlines,
    due_date,
    due_dates_for_cases,
)

D = dt.date
ADMITTED = D(2026, 3, 2)


def only(deadlines: list[Deadline], rule: str) -> Deadline:
    found = [d for d in deadlines if d.rule == rule]
    assert len(found) == 1, found
    return found[0]


def test_defaults_match_the_issue() -> None:
    assert tuple(DEFAULT_RULES) == RULE_IDS
    assert set(RULE_LABELS) == set(RULE_IDS)
    as_tuples = {r.id: (r.months, r.days, r.before, r.enabled) for r in DEFAULT_RULES.values()}
    assert as_tuples == {
        COORDINATOR_CONTACT: (0, 3, False, True),
        FIRST_VISIT: (0, 28, False, True),
        CRISIS_CENTRE_FOLLOW_UP: (3, 0, False, True),
        PLAN_REVIEW: (3, 0, False, True),
        URGENT_MEETING: (0, 1, False, True),
        OUTREACH_REMINDER: (0, 14, False, True),
        CONSENT_EXPIRY: (0, 30, True, True),
        CHILDREN_UNIT_CONTACT: (0, 14, False, True),
        RISK_REASSESSMENT: (3, 0, False, True),
        RISK_REASSESSMENT_URGENT: (0, 14, False, True),
        PLAN_ACTION: (0, 0, False, True),
    }


@pytest.mark.parametrize(
    ("anchor", "months", "expected"),
    [
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # month end clamps
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year
        (D(2028, 2, 29), 12, D(2029, 2, 28)),  # leap day, a year on
        (D(2028, 2, 29), 48, D(2032, 2, 29)),  # leap day to leap day
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 3, 31), 3, D(2026, 6, 30)),
        (D(2026, 10, 15), 3, D(2027, 1, 15)),  # over the year end
        (D(2026, 5, 31), 3, D(2026, 8, 31)),
    ],
)
def test_calendar_month_arithmetic(anchor: dt.date, months: int, expected: dt.date) -> None:
    assert due_date(DeadlineRule(CRISIS_CENTRE_FOLLOW_UP, months=months), anchor) == expected


def test_follow_up_after_admission_on_30_november() -> None:
    clock = CaseClock("K-1", crisis_centre_admission_on=D(2026, 11, 30))
    follow_up = only(compute_deadlines(clock, on=D(2026, 12, 1)), CRISIS_CENTRE_FOLLOW_UP)
    assert follow_up.due_on == D(2027, 2, 28)
    assert follow_up.anchor_on == D(2026, 11, 30)


def test_months_then_days_and_before() -> None:
    rule = DeadlineRule(PLAN_REVIEW, months=1, days=2)
    assert due_date(rule, D(2026, 1, 31)) == D(2026, 3, 2)
    expiry = DeadlineRule(CONSENT_EXPIRY, months=1, days=0, before=True)
    assert due_date(expiry, D(2026, 3, 31)) == D(2026, 2, 28)
    assert due_date(DEFAULT_RULES[CONSENT_EXPIRY], D(2026, 3, 1)) == D(2026, 1, 30)
    assert due_date(DEFAULT_RULES[CONSENT_EXPIRY], D(2028, 3, 30)) == D(2028, 2, 29)


# Each anchored rule: (rule, clock field, due date for an anchor of ADMITTED)
ANCHORED = [
    (COORDINATOR_CONTACT, "crisis_centre_admission_on", D(2026, 3, 5)),
    (FIRST_VISIT, "crisis_centre_admission_on", D(2026, 3, 30)),
    (CRISIS_CENTRE_FOLLOW_UP, "crisis_centre_admission_on", D(2026, 6, 2)),
    (PLAN_REVIEW, "plan_anchor_on", D(2026, 6, 2)),
    (URGENT_MEETING, "urgent_since", D(2026, 3, 3)),
]


@pytest.mark.parametrize(("rule", "anchor_field", "due"), ANCHORED)
@pytest.mark.parametrize(
    ("offset", "status"),
    [(-1, DeadlineStatus.UPCOMING), (0, DeadlineStatus.DUE), (1, DeadlineStatus.OVERDUE)],
)
def test_anchored_rule_statuses(
    rule: str, anchor_field: str, due: dt.date, offset: int, status: DeadlineStatus
) -> None:
    clock = CaseClock("K-1", **{anchor_field: ADMITTED})
    on = due + dt.timedelta(days=offset)
    deadline = only(compute_deadlines(clock, on=on), rule)
    assert (deadline.due_on, deadline.status, deadline.done_on) == (due, status, None)
    assert deadline.case_reference == "K-1"
    assert deadline.subject_id is None and deadline.subject_label is None


EVENT_RULES = [r for r in ANCHORED if r[0] != PLAN_REVIEW]


@pytest.mark.parametrize(("rule", "anchor_field", "due"), EVENT_RULES)
def test_event_on_or_after_anchor_completes_the_rule(
    rule: str, anchor_field: str, due: dt.date
) -> None:
    held = [ADMITTED + dt.timedelta(days=40), ADMITTED]
    clock = CaseClock("K-1", **{anchor_field: ADMITTED}, events={rule: tuple(held)})
    deadline = only(compute_deadlines(clock, on=D(2026, 9, 1)), rule)
    assert deadline.status is DeadlineStatus.DONE
    assert deadline.done_on == ADMITTED  # the first qualifying event, the anchor day counts


@pytest.mark.parametrize(("rule", "anchor_field", "due"), EVENT_RULES)
def test_event_before_the_anchor_does_not_count(rule: str, anchor_field: str, due: dt.date) -> None:
    earlier = ADMITTED - dt.timedelta(days=1)
    clock = CaseClock("K-1", **{anchor_field: ADMITTED}, events={rule: (earlier,)})
    deadline = only(compute_deadlines(clock, on=D(2026, 9, 1)), rule)
    assert deadline.status is DeadlineStatus.OVERDUE
    assert deadline.done_on is None


@pytest.mark.parametrize(("rule", "anchor_field", "due"), EVENT_RULES)
def test_event_after_the_day_asked_about_does_not_count_yet(
    rule: str, anchor_field: str, due: dt.date
) -> None:
    clock = CaseClock("K-1", **{anchor_field: ADMITTED}, events={rule: (due,)})
    before = only(compute_deadlines(clock, on=due - dt.timedelta(days=1)), rule)
    assert before.status is DeadlineStatus.UPCOMING
    assert only(compute_deadlines(clock, on=due), rule).status is DeadlineStatus.DONE


def test_event_for_one_rule_does_not_complete_another() -> None:
    clock = CaseClock(
        "K-1", crisis_centre_admission_on=ADMITTED, events={FIRST_VISIT: (D(2026, 3, 20),)}
    )
    deadlines = compute_deadlines(clock, on=D(2026, 3, 21))
    assert only(deadlines, FIRST_VISIT).status is DeadlineStatus.DONE
    assert only(deadlines, COORDINATOR_CONTACT).status is DeadlineStatus.OVERDUE
    assert only(deadlines, CRISIS_CENTRE_FOLLOW_UP).status is DeadlineStatus.UPCOMING


def test_plan_review_is_reanchored_never_done() -> None:
    clock = CaseClock("K-1", plan_anchor_on=ADMITTED, events={PLAN_REVIEW: (D(2026, 4, 1),)})
    review = only(compute_deadlines(clock, on=D(2026, 7, 1)), PLAN_REVIEW)
    assert review.status is DeadlineStatus.OVERDUE
    reviewed = dataclasses.replace(clock, plan_anchor_on=D(2026, 6, 30))
    review = only(compute_deadlines(reviewed, on=D(2026, 7, 1)), PLAN_REVIEW)
    assert (review.due_on, review.status) == (D(2026, 9, 30), DeadlineStatus.UPCOMING)


def test_no_anchor_no_deadline() -> None:
    assert compute_deadlines(CaseClock("K-1"), on=ADMITTED) == []


@pytest.mark.parametrize(
    ("on", "answered", "status", "done_on"),
    [
        (D(2026, 4, 14), None, DeadlineStatus.UPCOMING, None),
        (D(2026, 4, 15), None, DeadlineStatus.DUE, None),
        (D(2026, 4, 16), None, DeadlineStatus.OVERDUE, None),
        (D(2026, 4, 16), D(2026, 4, 10), DeadlineStatus.DONE, D(2026, 4, 10)),
        (D(2026, 4, 16), D(2026, 4, 1), DeadlineStatus.DONE, D(2026, 4, 1)),  # same day
        (D(2026, 4, 16), D(2026, 3, 31), DeadlineStatus.OVERDUE, None),  # before the letter
        (D(2026, 4, 9), D(2026, 4, 10), DeadlineStatus.UPCOMING, None),  # not answered yet
    ],
)
def test_outreach_reminder(
    on: dt.date, answered: dt.date | None, status: DeadlineStatus, done_on: dt.date | None
) -> None:
    clock = CaseClock("K-1", outreach_letters=(OutreachLetter(7, D(2026, 4, 1), answered),))
    reminder = only(compute_deadlines(clock, on=on), OUTREACH_REMINDER)
    assert (reminder.due_on, reminder.status, reminder.done_on) == (D(2026, 4, 15), status, done_on)
    assert (reminder.subject_id, reminder.anchor_on) == (7, D(2026, 4, 1))


@pytest.mark.parametrize(
    ("on", "renewed", "status"),
    [
        (D(2026, 8, 3), None, DeadlineStatus.UPCOMING),
        (D(2026, 8, 4), None, DeadlineStatus.DUE),
        (D(2026, 8, 5), None, DeadlineStatus.OVERDUE),
        (D(2026, 10, 1), None, DeadlineStatus.OVERDUE),  # expired, still not renewed
        (D(2026, 8, 20), D(2026, 8, 15), DeadlineStatus.DONE),
        (D(2026, 8, 20), D(2026, 3, 15), DeadlineStatus.DONE),  # renewed early counts
        (D(2026, 8, 10), D(2026, 8, 15), DeadlineStatus.OVERDUE),  # renewal still ahead
    ],
)
def test_consent_expiry(on: dt.date, renewed: dt.date | None, status: DeadlineStatus) -> None:
    consent = ConsentDeadlineInput(3, "Jobcenter Nord", D(2026, 9, 3), renewed)
    deadline = only(compute_deadlines(CaseClock("K-1", consents=(consent,)), on=on), CONSENT_EXPIRY)
    assert (deadline.due_on, deadline.status) == (D(2026, 8, 4), status)
    assert (deadline.subject_id, deadline.subject_label) == (3, "Jobcenter Nord")
    assert deadline.done_on == (renewed if status is DeadlineStatus.DONE else None)
    assert deadline.anchor_on == D(2026, 9, 3)


def full_clock(reference: str = "K-1") -> CaseClock:
    return CaseClock(
        reference,
        crisis_centre_admission_on=ADMITTED,
        urgent_since=ADMITTED,
        plan_anchor_on=ADMITTED,
        outreach_letters=(OutreachLetter(2, ADMITTED), OutreachLetter(1, ADMITTED)),
        consents=(ConsentDeadlineInput(1, "A", D(2026, 4, 1)),),
        has_children=True,
        last_risk_assessment_on=ADMITTED,
        plan_actions=(PlanActionInput(5, "Book housing", D(2026, 4, 1)),),
    )


def test_disabled_and_absent_rules_produce_nothing() -> None:
    rules = dict(DEFAULT_RULES)
    rules[FIRST_VISIT] = dataclasses.replace(rules[FIRST_VISIT], enabled=False)
    del rules[PLAN_REVIEW]
    got = {d.rule for d in compute_deadlines(full_clock(), rules, ADMITTED)}
    # urgent: the urgent reassessment variant stands in for the ordinary one
    assert got == set(RULE_IDS) - {FIRST_VISIT, PLAN_REVIEW, RISK_REASSESSMENT}
    nothing = {k: dataclasses.replace(r, enabled=False) for k, r in DEFAULT_RULES.items()}
    assert compute_deadlines(full_clock(), nothing, ADMITTED) == []


def test_changed_rule_moves_the_due_date() -> None:
    rules = dict(DEFAULT_RULES)
    rules[PLAN_REVIEW] = DeadlineRule(PLAN_REVIEW, months=6)
    review = only(compute_deadlines(full_clock(), rules, ADMITTED), PLAN_REVIEW)
    assert review.due_on == D(2026, 9, 2)


def test_one_case_sorted_by_date_then_rule_then_subject() -> None:
    deadlines = compute_deadlines(full_clock(), on=ADMITTED)
    keys = [(d.due_on, d.rule, d.subject_id) for d in deadlines]
    assert keys == [
        (D(2026, 3, 2), CONSENT_EXPIRY, 1),
        (D(2026, 3, 3), URGENT_MEETING, None),
        (D(2026, 3, 5), COORDINATOR_CONTACT, None),
        (D(2026, 3, 16), CHILDREN_UNIT_CONTACT, 1),
        (D(2026, 3, 16), CHILDREN_UNIT_CONTACT, 2),
        (D(2026, 3, 16), OUTREACH_REMINDER, 1),
        (D(2026, 3, 16), OUTREACH_REMINDER, 2),
        (D(2026, 3, 16), RISK_REASSESSMENT_URGENT, None),
        (D(2026, 3, 30), FIRST_VISIT, None),
        (D(2026, 4, 1), PLAN_ACTION, 5),
        (D(2026, 6, 2), CRISIS_CENTRE_FOLLOW_UP, None),
        (D(2026, 6, 2), PLAN_REVIEW, None),
    ]
    assert deadlines[0].status is DeadlineStatus.DUE


def test_many_cases_sorted_by_date_then_reference() -> None:
    clocks = [
        full_clock("K-3"),
        CaseClock("K-2", plan_anchor_on=D(2026, 3, 1)),
        full_clock("K-1"),
    ]
    deadlines = due_dates_for_cases(iter(clocks), DEFAULT_RULES, ADMITTED)
    keys = [(d.due_on, d.case_reference, d.rule, d.subject_id) for d in deadlines]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2], k[3] or 0))
    assert len(deadlines) == 2 * 12 + 1
    assert keys[:2] == [
        (D(2026, 3, 2), "K-1", CONSENT_EXPIRY, 1),
        (D(2026, 3, 2), "K-3", CONSENT_EXPIRY, 1),
    ]
    per_case = [d for d in deadlines if d.case_reference == "K-3"]
    assert per_case == compute_deadlines(full_clock("K-3"), on=ADMITTED)


def test_on_defaults_to_today() -> None:
    clock = CaseClock("K-1", urgent_since=dt.date.today())
    assert only(compute_deadlines(clock), URGENT_MEETING).status is DeadlineStatus.UPCOMING
    assert due_dates_for_cases([clock])[0].status is DeadlineStatus.UPCOMING


def test_fast_constructor_matches_the_dataclass() -> None:
    args = ("K-1", FIRST_VISIT, ADMITTED, DeadlineStatus.DUE, 4, "x", None, ADMITTED)
    made = _make_deadline(*args)
    assert made == Deadline(*args)
    assert hash(made) == hash(Deadline(*args))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.status = DeadlineStatus.DONE  # type: ignore[misc]


def test_status_serialises_as_plain_text() -> None:
    import json

    deadline = compute_deadlines(full_clock(), on=ADMITTED)[0]
    assert json.dumps({"status": deadline.status}) == '{"status": "due"}'


def test_window_and_open_only_leave_out_exactly_what_they_say() -> None:
    from benchmarks.rules_bench import make_clocks

    clocks = make_clocks(300, seed=7)
    on = D(2026, 1, 15)
    until = on + dt.timedelta(days=7)
    everything = due_dates_for_cases(clocks, DEFAULT_RULES, on)
    expected = [d for d in everything if d.due_on <= until and d.status is not DeadlineStatus.DONE]
    windowed = due_dates_for_cases(clocks, DEFAULT_RULES, on, until=until, open_only=True)
    assert windowed == expected
    assert 0 < len(windowed) < len(everything)
    assert due_dates_for_cases(clocks, DEFAULT_RULES, on, until=until) == [
        d for d in everything if d.due_on <= until
    ]
    assert due_dates_for_cases(clocks, DEFAULT_RULES, on, open_only=True) == [
        d for d in everything if d.status is not DeadlineStatus.DONE
    ]


def test_kept_due_dates_follow_a_changed_rule() -> None:
    clock = CaseClock("K-1", plan_anchor_on=D(2026, 1, 31))
    assert only(compute_deadlines(clock, on=ADMITTED), PLAN_REVIEW).due_on == D(2026, 4, 30)
    longer = {**DEFAULT_RULES, PLAN_REVIEW: DeadlineRule(PLAN_REVIEW, months=6)}
    assert only(compute_deadlines(clock, longer, ADMITTED), PLAN_REVIEW).due_on == D(2026, 7, 31)
    assert only(compute_deadlines(clock, on=ADMITTED), PLAN_REVIEW).due_on == D(2026, 4, 30)
    off = {**DEFAULT_RULES, PLAN_REVIEW: DeadlineRule(PLAN_REVIEW, months=3, enabled=False)}
    assert [d.rule for d in compute_deadlines(clock, off, ADMITTED)] == []
