"""The case: one citizen's course of coordinated help."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base

if TYPE_CHECKING:
    from vnr_desk.domain.note import Note


class Case(Base):
    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)

    notes: Mapped[list[Note]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Note.written_at.desc()"
    )
