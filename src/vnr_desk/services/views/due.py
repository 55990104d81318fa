"""The due-and-overdue list's read model: open deadlines of the whole vault near today
(overdue, today, this week, and "later": the rest of the coming month, so a first visit
four weeks out is seen before it is urgent)."""

from __future__ import annotations

import datetime as dt
from bisect import insort_right
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case
from vnr_desk.domain.enums import CaseStatus
from vnr_desk.rules.deadlines import CONSENT_EXPIRY, due_dates_for_cases
from vnr_desk.services import deadlines
from vnr_desk.services.views._gc_pause import collection_paused

WEEK = dt.timedelta(days=7)
LATER = dt.timedelta(days=31)


class DueRow(NamedTuple):
    """A tuple, not a dataclass: the due view builds one per open deadline of the vault
    (12,000 at 5,000 cases), and a frozen dataclass costs five times as much to make."""

    case_id: int
    case_reference: str
    rule: str
    due_on: dt.date
    status: str
    group: str  # "overdue" | "today" | "week" | "later"
    subject_label: str | None
    subject_id: int | None = None  # the letter, consent or action the deadline is about
    anchor_on: dt.date | None = None  # e.g. the day a consent expires


def due_rows(
    session: Session, on: dt.date, case_ids: Collection[int] | None = None
) -> list[DueRow]:
    """Open deadlines that are overdue, due today, within the next seven days or later
    within the coming month; with
    `case_ids`, only those of these cases (what a write to them may have changed), in the
    same order the whole list has them."""
    with collection_paused():
        if case_ids is None:
            case_clocks = deadlines.clocks(session)
        else:
            open_ids = session.scalars(
                select(Case.id).where(Case.id.in_(case_ids), Case.status == CaseStatus.OPEN)
            )
            case_clocks = [c for cid in open_ids for c in deadlines.clocks(session, cid)]
        ids = {clock.case_reference: clock.case_id for clock in case_clocks}
        rows = [
            DueRow(
                ids[d.case_reference],  # type: ignore[arg-type]
                d.case_reference,
                d.rule,
                d.due_on,
                d.status,
                _group(d.due_on, on, d.rule, d.anchor_on),
                d.subject_label,
                d.subject_id,
                d.anchor_on,
            )
            for d in due_dates_for_cases(
                case_clocks, deadlines.get_rules(session), on, until=on + LATER, open_only=True
            )
        ]
    return merge_due_rows(rows, (), _group_rows(session, on, case_ids))


def _group_rows(session: Session, on: dt.date, case_ids: Collection[int] | None) -> list[DueRow]:
    """The cooperation groups' next meetings and 24-hour convenings (their own read model,
    imported here because it builds `DueRow`s)."""
    from vnr_desk.services.views.groups import group_due_rows

    return group_due_rows(session, on, on + WEEK, None if case_ids is None else set(case_ids))


def _group(due_on: dt.date, on: dt.date, rule: str, anchor_on: dt.date | None) -> str:
    """A consent reminder past its reminder day is not an overdue consent: until the
    consent runs out it stays under "today" (renew now), worded as a reminder."""
    if due_on < on:
        if rule == CONSENT_EXPIRY and anchor_on is not None and anchor_on >= on:
            return "today"
        return "overdue"
    if due_on == on:
        return "today"
    return "week" if due_on <= on + WEEK else "later"


def merge_due_rows(
    rows: list[DueRow], case_ids: Collection[int], fresh: list[DueRow]
) -> list[DueRow]:
    """The whole list with the rows of `case_ids` replaced by `fresh` (`due_rows` of those
    cases), ordered as `due_rows` orders the whole: by due date, then case reference, each
    case's rows in their own order. `rows` is in that order already, so the few fresh rows
    are inserted by bisection instead of sorting 12,000 rows again."""
    merged = [r for r in rows if r.case_id not in case_ids]
    for row in fresh:
        insort_right(merged, row, key=_order)
    return merged


def _order(row: DueRow) -> tuple[dt.date, str]:
    return row.due_on, row.case_reference
