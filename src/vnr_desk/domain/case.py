"""The case: one citizen's course of coordinated help."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import CaseStatus, IntakeRoute, ViolenceForm

if TYPE_CHECKING:
    from vnr_desk.domain.note import Note
    from vnr_desk.domain.person import CasePerson


class Case(Base):
    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[CaseStatus] = mapped_column(
        enum_type(CaseStatus, "status"), default=CaseStatus.OPEN, server_default=text("'open'")
    )
    intake_route: Mapped[IntakeRoute] = mapped_column(
        enum_type(IntakeRoute, "intake_route"),
        default=IntakeRoute.OTHER,
        server_default=text("'other'"),
    )
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    urgent_since: Mapped[dt.date | None] = mapped_column(Date)
    crisis_centre_admission_on: Mapped[dt.date | None] = mapped_column(Date)
    crisis_centre_discharge_on: Mapped[dt.date | None] = mapped_column(Date)
    municipality_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    """When the crisis centre notified the municipality; the 3-day clock starts here."""
    closing_reason: Mapped[str] = mapped_column(Text, default="")
    closed_handed_to: Mapped[str] = mapped_column(String(200), default="")
    after_effort_text: Mapped[str] = mapped_column(Text, default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    notes: Mapped[list[Note]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Note.written_at.desc()"
    )
    violence_forms: Mapped[list[CaseViolenceForm]] = relationship(
        cascade="all, delete-orphan", order_by="CaseViolenceForm.form"
    )
    people: Mapped[list[CasePerson]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CasePerson.id"
    )

    @property
    def is_open(self) -> bool:
        return self.status == CaseStatus.OPEN


class CaseViolenceForm(Base):
    """One form of violence recorded for a case (several per case)."""

    __tablename__ = "case_violence_form"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True
    )
    form: Mapped[ViolenceForm] = mapped_column(
        enum_type(ViolenceForm, "violence_form"), primary_key=True
    )


class DemoCaseRemoval(Base):
    """A demo case being removed: while listed here, the consent ledger lets go of its rows
    (migration 0015); a real case can never be listed."""

    __tablename__ = "demo_case_removal"

    case_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
