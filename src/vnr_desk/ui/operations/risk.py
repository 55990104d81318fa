"""The risk dialog's actions: read the form (assessor, instruments, history), save one
assessment (high or acute makes the case urgent in the service)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from vnr_desk.services import risk
from vnr_desk.services.views import risk as risk_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = risk_view.SHOWS


def load_form(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    session.run(lambda s: risk_view.risk_form(s, case_id), done, failed)


def save(
    session: VaultSession,
    case_id: int,
    made_on: dt.date,
    level: str,
    notes: str,
    instrument_key: str | None,
    answers: Mapping[str, str],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: risk.record_risk_assessment(
            s,
            case_id,
            made_on,
            level,
            notes=notes,
            instrument_key=instrument_key,
            answers=dict(answers),
        ),
        done,
        failed,
    )
