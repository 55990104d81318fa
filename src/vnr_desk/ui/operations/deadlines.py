"""Working deadlines from the due view and the Overview: mark one done, set or clear
urgent by hand (each one service command taking ids, audited there)."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services import completion, risk
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

MARKABLE_RULES = completion.MARKABLE_RULES


def mark_done(
    session: VaultSession,
    case_id: int,
    rule: str,
    on: dt.date,
    remark: str,
    subject_id: int | None,
    done: Done,
    failed: Failed,
) -> None:
    """Record the event (or plan change) that completes the deadline."""
    session.run(
        lambda s: completion.mark_done(s, case_id, rule, on, remark, subject_id), done, failed
    )


def set_urgent(
    session: VaultSession, case_id: int, on: dt.date, reason: str, done: Done, failed: Failed
) -> None:
    session.run(lambda s: risk.set_urgent_by_id(s, case_id, on, reason), done, failed)


def clear_urgent(
    session: VaultSession, case_id: int, on: dt.date, reason: str, done: Done, failed: Failed
) -> None:
    session.run(lambda s: risk.clear_urgent_by_id(s, case_id, on, reason), done, failed)
