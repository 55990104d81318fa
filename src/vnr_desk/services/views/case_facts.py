"""The open case's header (reference and citizen's name, shown inside the window, never in
its title) and the facts the case dialogs start from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, CaseEvent, CasePerson, CaseViolenceForm, EventKind
from vnr_desk.services import people
from vnr_desk.services.cases import get_case_by_id

SHOWS: frozenset[type] = frozenset({Case, CasePerson, CaseViolenceForm, CaseEvent})


@dataclass(frozen=True)
class CaseHeader:
    reference: str
    citizen: str  # "" while no citizen is recorded
    closed_on: dt.date | None
    child_concerns: tuple[tuple[dt.date, str], ...] = ()
    """Each underretning made in the case: (date, recipient), oldest first."""


@dataclass(frozen=True)
class CaseFactsView:
    intake_route: str
    admission_on: dt.date | None
    notified_on: dt.date | None
    discharge_on: dt.date | None
    violence_forms: tuple[str, ...]
    opened_on: dt.date
    closed_on: dt.date | None
    closing_reason: str
    closed_handed_to: str
    after_effort_text: str


def case_header(session: Session, case_id: int) -> CaseHeader:
    case = get_case_by_id(session, case_id)
    citizen = people.primary_citizen(session, case)
    concerns = session.execute(
        select(CaseEvent.occurred_on, CaseEvent.recipient)
        .where(CaseEvent.case_id == case.id, CaseEvent.kind == EventKind.CHILD_CONCERN_REPORT)
        .order_by(CaseEvent.occurred_on, CaseEvent.id)
    ).all()
    return CaseHeader(
        case.reference,
        citizen.name if citizen else "",
        case.closed_on,
        tuple((on, recipient) for on, recipient in concerns),
    )


def case_facts(session: Session, case_id: int) -> CaseFactsView:
    case = get_case_by_id(session, case_id)
    return CaseFactsView(
        case.intake_route.value,
        case.crisis_centre_admission_on,
        case.municipality_notified_on,
        case.crisis_centre_discharge_on,
        tuple(f.form.value for f in case.violence_forms),
        case.opened_on,
        case.closed_on if not case.is_open else None,
        case.closing_reason,
        case.closed_handed_to,
        case.after_effort_text,
    )
