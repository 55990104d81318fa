"""Whole-person assessments: dated ratings of the life domains plus hopes, dreams, resources."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import LifeDomain


class Assessment(Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    made_on: Mapped[dt.date] = mapped_column(Date)
    hopes: Mapped[str] = mapped_column(Text, default="")
    dreams: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_person.id", ondelete="SET NULL"), index=True
    )
    """A child's own assessment; None for the citizen's."""

    ratings: Mapped[list[DomainRating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="DomainRating.id"
    )


class DomainRating(Base):
    """One life domain in one assessment: 1 (severe problems) to 5 (no problems)."""

    __tablename__ = "domain_rating"
    __table_args__ = (
        UniqueConstraint("assessment_id", "domain"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    domain: Mapped[LifeDomain] = mapped_column(enum_type(LifeDomain, "domain"))
    rating: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    own_words: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")
