"""The Assessment tab's actions."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services import assessments
from vnr_desk.services.assessments import RatingInput
from vnr_desk.services.views import assessment as assessment_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = assessment_view.SHOWS


def load(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    session.run(lambda s: assessment_view.assessments(s, case_id), done, failed)


def save(
    session: VaultSession,
    case_id: int,
    made_on: dt.date,
    domains: dict[str, RatingInput],
    texts: dict[str, str],
    done: Done,
    failed: Failed,
    person_id: int | None = None,
) -> None:
    """Record an assessment (`texts`: hopes, dreams, resources; `person_id`: a child's)."""
    session.run(
        lambda s: assessments.record_assessment_by_id(
            s, case_id, made_on, domains, person_id, **texts
        ),
        done,
        failed,
    )


def children(session: VaultSession, case_id: int, done: Done) -> None:
    session.run(lambda s: assessment_view.children(s, case_id), done)
