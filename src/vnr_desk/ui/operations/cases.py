"""The window's case actions."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services.cases import create_case
from vnr_desk.services.handover.bundle import HANDOVER_ROWS, handed_over
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import UnitOfWork, VaultSession

__all__ = ["HANDOVER_ROWS", "handover_mark", "new_case"]


def new_case(
    session: VaultSession, reference: str, opened_on: dt.date, done: Done, failed: Failed | None
) -> None:
    """Open a new case; reports its id."""
    session.run(lambda s: create_case(s, reference, opened_on).id, done, failed)


def handover_mark(session: VaultSession, case_id: int, done: Done) -> None:
    """(colleague, date) when the case was handed over and is read-only here, else None."""

    def read(s: UnitOfWork) -> tuple[str, dt.date] | None:
        mark = handed_over(s, case_id)
        return (mark.colleague, mark.at.date()) if mark is not None else None

    session.run(read, done)
