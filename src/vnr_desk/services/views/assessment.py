"""The Assessment tab's read model: every assessment with its ratings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vnr_desk.domain import Assessment, CasePerson, DomainRating
from vnr_desk.services.views import plan as plan_view

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset({Assessment, DomainRating, CasePerson})


@dataclass(frozen=True)
class RatingView:
    rating: int | None
    description: str
    own_words: str


@dataclass(frozen=True)
class AssessmentView:
    id: int
    made_on: dt.date
    hopes: str
    dreams: str
    resources: str
    ratings: dict[str, RatingView]
    person_id: int | None = None  # a child's own assessment (None: the citizen's)


def assessments(session: Session, case_id: int) -> list[AssessmentView]:
    """Every assessment of the case, oldest first, ratings included (two queries)."""
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.case_id == case_id)
        .options(selectinload(Assessment.ratings))
        .order_by(Assessment.made_on, Assessment.id)
    )
    return [
        AssessmentView(
            a.id,
            a.made_on,
            a.hopes,
            a.dreams,
            a.resources,
            {r.domain.value: RatingView(r.rating, r.description, r.own_words) for r in a.ratings},
            a.person_id,
        )
        for a in rows
    ]


def children(session: Session, case_id: int) -> list[tuple[int, str]]:
    """(id, name) of the case's children: whom an assessment can be for, besides the citizen."""
    return [(c.id, c.name) for c in plan_view.children(session, case_id)]
