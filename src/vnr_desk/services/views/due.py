"""The due-and-overdue list's read model: open deadlines of the whole vault near today."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy.orm import Session

from vnr_desk.rules.deadlines import due_dates_for_cases
from vnr_desk.services import deadlines
from vnr_desk.services.views._gc_pause import collection_paused

WEEK = dt.timedelta(days=7)


class DueRow(NamedTuple):
    """A tuple, not a dataclass: the due view builds one per open deadline of the vault
    (12,000 at 5,000 cases), and a frozen dataclass costs five times as much to make."""

    case_id: int
    case_reference: str
    rule: str
    due_on: dt.date
    status: str
    group: str  # "overdue" | "today" | "week"
    subject_label: str | None


def due_rows(session: Session, on: dt.date) -> list[DueRow]:
    """Open deadlines that are overdue, due today or due within the next seven days."""
    with collection_paused():
        case_clocks = deadlines.clocks(session)
        ids = {clock.case_reference: clock.case_id for clock in case_clocks}
        return [
            DueRow(
                ids[d.case_reference],  # type: ignore[arg-type]
                d.case_reference,
                d.rule,
                d.due_on,
                d.status,
                "overdue" if d.due_on < on else "today" if d.due_on == on else "week",
                d.subject_label,
            )
            for d in due_dates_for_cases(
                case_clocks, deadlines.get_rules(session), on, until=on + WEEK, open_only=True
            )
        ]
