"""A group's clock: cadence from the latest meeting, and the 24-hour convening."""

from __future__ import annotations

import datetime as dt

import pytest

from vnr_desk.rules import groups as rules
from vnr_desk.rules.deadlines import DeadlineStatus

START = dt.date(2026, 1, 5)


def test_defaults_are_six_weeks_and_half_a_year() -> None:
    assert rules.DEFAULT_CADENCE_DAYS == {"internal": 42, "external": 182}


def test_next_meeting_counts_from_the_latest_meeting_or_the_start() -> None:
    assert rules.next_meeting_due(START, 42, []) == dt.date(2026, 2, 16)
    held = [dt.date(2026, 2, 10), dt.date(2026, 1, 20)]
    assert rules.next_meeting_due(START, 42, held) == dt.date(2026, 3, 24)
    assert rules.next_meeting_due(START, 182, held) == dt.date(2026, 8, 11)
    with pytest.raises(ValueError):
        rules.next_meeting_due(START, 0, [])


def test_convening_is_due_the_next_day_and_done_by_a_meeting_from_that_day() -> None:
    convened = dt.date(2026, 3, 10)
    assert rules.convene_due(convened) == dt.date(2026, 3, 11)
    assert not rules.convene_done(convened, [dt.date(2026, 3, 9)])
    assert rules.convene_done(convened, [dt.date(2026, 3, 10)])
    assert rules.convene_done(convened, [dt.date(2026, 3, 14)])
    due = rules.convene_due(convened)
    assert rules.status_on(due, convened, False) is DeadlineStatus.UPCOMING
    assert rules.status_on(due, due, False) is DeadlineStatus.DUE
    assert rules.status_on(due, due + dt.timedelta(days=1), False) is DeadlineStatus.OVERDUE
    assert rules.status_on(due, due + dt.timedelta(days=1), True) is DeadlineStatus.DONE
