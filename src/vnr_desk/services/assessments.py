"""Whole-person assessments, repeated over time so change shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Assessment, Case, DomainRating, LifeDomain, PersonRole
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.people import get_person
from vnr_desk.services.scope import parse_enum


@dataclass(frozen=True)
class RatingInput:
    rating: int | None = None
    description: str = ""
    own_words: str = ""


def _rating(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(f"{field}: a rating is a whole number from 1 to 5")
    return value


def record_assessment(
    session: Session,
    case: Case,
    made_on: dt.date,
    domains: Mapping[LifeDomain | str, RatingInput],
    *,
    hopes: str = "",
    dreams: str = "",
    resources: str = "",
    person_id: int | None = None,
) -> Assessment:
    """`person_id`: a child's own assessment (None: the citizen's)."""
    if person_id is not None:
        child = get_person(session, case, person_id)
        if child.role != PersonRole.CHILD:
            raise InvalidInput("person: an assessment can be made for a child of the case only")
    assessment = Assessment(
        case_id=case.id,
        made_on=made_on,
        hopes=hopes,
        dreams=dreams,
        resources=resources,
        person_id=person_id,
    )
    for key, value in domains.items():
        domain = parse_enum(LifeDomain, key, f"domains.{key}")
        assessment.ratings.append(
            DomainRating(
                domain=domain,
                rating=_rating(value.rating, f"domains.{domain}.rating"),
                description=value.description,
                own_words=value.own_words,
            )
        )
    session.add(assessment)
    session.flush()
    audit.record(
        session,
        "assessment.create",
        "assessment",
        assessment.id,
        case_id=case.id,
        detail={"domains": sorted(str(r.domain) for r in assessment.ratings)},
    )
    return assessment


def assessments(session: Session, case: Case) -> list[Assessment]:
    """Oldest first."""
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case.id)
            .order_by(Assessment.made_on, Assessment.id)
        )
    )


def latest_assessment(session: Session, case: Case) -> Assessment | None:
    """The citizen's latest (a child's own assessment is not the citizen's)."""
    return session.scalar(
        select(Assessment)
        .where(Assessment.case_id == case.id, Assessment.person_id.is_(None))
        .order_by(Assessment.made_on.desc(), Assessment.id.desc())
        .limit(1)
    )


def draft_from_last(session: Session, case: Case) -> dict[LifeDomain, RatingInput]:
    """A new assessment starts from the last one: its ratings and texts, to be revised."""
    last = latest_assessment(session, case)
    if last is None:
        return {domain: RatingInput() for domain in LifeDomain}
    draft = {domain: RatingInput() for domain in LifeDomain}
    for r in last.ratings:
        draft[r.domain] = RatingInput(r.rating, r.description, r.own_words)
    return draft


def domain_series(
    session: Session, case: Case
) -> dict[LifeDomain, list[tuple[dt.date, int | None]]]:
    """Per life domain, (date, rating) for every assessment that rated it, oldest first."""
    rows = session.execute(
        select(Assessment.made_on, DomainRating.domain, DomainRating.rating)
        .join(DomainRating, DomainRating.assessment_id == Assessment.id)
        .where(Assessment.case_id == case.id, Assessment.person_id.is_(None))
        .order_by(Assessment.made_on, Assessment.id)
    )
    series: dict[LifeDomain, list[tuple[dt.date, int | None]]] = {d: [] for d in LifeDomain}
    for made_on, domain, rating in rows:
        series[domain].append((made_on, rating))
    return series


# -- commands by id: what the workbook and the CLI call ------------------------------------


def record_assessment_by_id(
    session: Session,
    case_id: int,
    made_on: dt.date,
    domains: Mapping[LifeDomain | str, RatingInput],
    person_id: int | None = None,
    **texts: str,
) -> int:
    """Record an assessment (`texts`: hopes, dreams, resources; `person_id`: a child's
    own); returns its id."""
    case = get_case_by_id(session, case_id)
    return record_assessment(session, case, made_on, domains, person_id=person_id, **texts).id
