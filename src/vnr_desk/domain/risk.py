"""Risk assessment: instruments are data (a template with items), assessments are dated."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import RiskLevel


class RiskInstrument(Base):
    __tablename__ = "risk_instrument"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # set for instruments loaded from a data file (resources/instruments/<key>.json)
    key: Mapped[str | None] = mapped_column(String(100), unique=True, index=True)
    edition: Mapped[str | None] = mapped_column(String(8))

    items: Mapped[list[RiskItem]] = relationship(
        back_populates="instrument", cascade="all, delete-orphan", order_by="RiskItem.position"
    )


class RiskItem(Base):
    __tablename__ = "risk_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(
        ForeignKey("risk_instrument.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    item_key: Mapped[str | None] = mapped_column(String(100))  # the item's id in its file

    instrument: Mapped[RiskInstrument] = relationship(back_populates="items")

    __table_args__ = (
        Index("ix_risk_item_instrument_item_key", "instrument_id", "item_key", unique=True),
    )


class RiskAssessment(Base):
    __tablename__ = "risk_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk_instrument.id", ondelete="SET NULL"), index=True
    )
    made_on: Mapped[dt.date] = mapped_column(Date)
    level: Mapped[RiskLevel] = mapped_column(enum_type(RiskLevel, "level"))
    notes: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(String(200), default="")

    answers: Mapped[list[RiskAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="RiskAnswer.id"
    )


class RiskAnswer(Base):
    __tablename__ = "risk_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_assessment_id: Mapped[int] = mapped_column(
        ForeignKey("risk_assessment.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("risk_item.id", ondelete="RESTRICT"), index=True
    )
    answer: Mapped[str] = mapped_column(Text, default="")
