"""The window's case actions: intake, case facts, closing and reopening, the header."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services import intake
from vnr_desk.services.cases import (
    CaseFacts,
    close_case_by_id,
    create_case,
    edit_case_facts,
    reopen_case_by_id,
)
from vnr_desk.services.events import record_child_concern
from vnr_desk.services.handover.bundle import HANDOVER_ROWS, handed_over
from vnr_desk.services.views import case_facts as facts_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import UnitOfWork, VaultSession

__all__ = ["HANDOVER_ROWS", "handover_mark", "new_case"]
HEADER_SHOWS = facts_view.SHOWS


def new_case(
    session: VaultSession, reference: str, opened_on: dt.date, done: Done, failed: Failed | None
) -> None:
    """Open a new case; reports its id."""
    session.run(lambda s: create_case(s, reference, opened_on).id, done, failed)


def reference_suggestion(
    session: VaultSession, year: int, prefix: str | None, done: Done, failed: Failed
) -> None:
    """(prefix, suggested reference): the stored prefix when `prefix` is None."""

    def read(s: UnitOfWork) -> tuple[str, str]:
        used = intake.reference_prefix(s) if prefix is None else prefix
        return used, intake.suggested_reference(s, year, used)

    session.run(read, done, failed)


def open_with_intake(
    session: VaultSession,
    values: intake.IntakeValues,
    prefix: str | None,
    done: Done,
    failed: Failed,
) -> None:
    """Open the case from the intake dialog; reports an `IntakeResult`. A changed prefix
    is kept for the next case in the same unit of work."""

    def write(s: UnitOfWork) -> intake.IntakeResult:
        if prefix is not None and prefix != intake.reference_prefix(s):
            intake.set_reference_prefix(s, prefix)
        return intake.open_case_with_intake(s, values)

    session.run(write, done, failed)


def header(session: VaultSession, case_id: int, done: Done, failed: Failed | None = None) -> None:
    session.run(lambda s: facts_view.case_header(s, case_id), done, failed)


def facts(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    session.run(lambda s: facts_view.case_facts(s, case_id), done, failed)


def save_facts(
    session: VaultSession, case_id: int, values: CaseFacts, done: Done, failed: Failed
) -> None:
    session.run(lambda s: edit_case_facts(s, case_id, values), done, failed)


def close_case(
    session: VaultSession,
    case_id: int,
    closed_on: dt.date,
    reason: str,
    handed_to: str,
    after_effort: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: close_case_by_id(
            s, case_id, closed_on, reason=reason, handed_to=handed_to, after_effort=after_effort
        ),
        done,
        failed,
    )


def reopen_case(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    session.run(lambda s: reopen_case_by_id(s, case_id), done, failed)


def child_concern(
    session: VaultSession,
    case_id: int,
    on: dt.date,
    recipient: str,
    remark: str,
    done: Done,
    failed: Failed,
) -> None:
    """Record an underretning (a concern for a child sent to the children's unit)."""
    session.run(lambda s: record_child_concern(s, case_id, on, recipient, remark), done, failed)


def handover_mark(session: VaultSession, case_id: int, done: Done) -> None:
    """(colleague, date) when the case was handed over and is read-only here, else None."""

    def read(s: UnitOfWork) -> tuple[str, dt.date] | None:
        mark = handed_over(s, case_id)
        return (mark.colleague, mark.at.date()) if mark is not None else None

    session.run(read, done)
