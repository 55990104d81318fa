"""Opening and finding cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case
from vnr_desk.services.errors import Duplicate, InvalidInput, NotFound
from vnr_desk.store import audit


def create_case(session: Session, reference: str, opened_on: dt.date | None = None) -> Case:
    reference = reference.strip()
    if not reference:
        raise InvalidInput("reference: must not be empty")
    if session.scalar(select(Case.id).where(Case.reference == reference)) is not None:
        raise Duplicate(f"reference: a case {reference!r} already exists")
    case = Case(reference=reference, opened_on=opened_on or dt.date.today())
    session.add(case)
    session.flush()
    audit.record(session, "case.create", "case", case.id, case_id=case.id)
    return case


def get_case(session: Session, reference: str) -> Case:
    case = session.scalar(select(Case).where(Case.reference == reference.strip()))
    if case is None:
        raise NotFound(f"case: no case {reference!r}")
    return case
