"""A cooperation group's clock: when its next meeting is due, and the 24-hour rule for a
case that convenes it. Pure functions of dates (the service reads them from the vault).

Höganäs (seed 004): the internal group meets every sixth week, the external group twice a
year, and a caseworker may convene the internal group within 24 hours for an urgent case.
These are defaults a municipality changes per group (`cadence_days`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from vnr_desk.rules.deadlines import DeadlineStatus

DEFAULT_CADENCE_DAYS: dict[str, int] = {"internal": 6 * 7, "external": 182}
CONVENE_WITHIN_DAYS = 1  # the due view counts days; 24 hours from the day it was convened
MAX_CADENCE_DAYS = 3660


def status_on(due_on: dt.date, on: dt.date, done: bool) -> DeadlineStatus:
    if done:
        return DeadlineStatus.DONE
    if due_on < on:
        return DeadlineStatus.OVERDUE
    if due_on == on:
        return DeadlineStatus.DUE
    return DeadlineStatus.UPCOMING


def next_meeting_due(started_on: dt.date, cadence_days: int, held: Iterable[dt.date]) -> dt.date:
    """One cadence after the latest meeting (held or booked); before the first meeting, one
    cadence after the group started."""
    if cadence_days <= 0:
        raise ValueError("cadence_days: must be positive")
    anchor = max(held, default=started_on)
    return anchor + dt.timedelta(days=cadence_days)


def convene_due(convened_on: dt.date) -> dt.date:
    return convened_on + dt.timedelta(days=CONVENE_WITHIN_DAYS)


def convene_done(convened_on: dt.date, met_on: Iterable[dt.date]) -> bool:
    """A group meeting with the case on its agenda, on or after the day it was convened,
    completes the convening (a later one too: then it is done, but was late)."""
    return any(day >= convened_on for day in met_on)
