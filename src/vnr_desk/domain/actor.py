"""The actor directory (reusable across cases) and each actor's part in one case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import ReferralStatus, Sector


class Actor(Base):
    """A unit that helps: a jobcentre, a crisis centre, the police. Never a citizen."""

    __tablename__ = "actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector, "sector"))
    unit: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    offers: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2))
    retired_on: Mapped[dt.date | None] = mapped_column(Date)


class CaseActor(Base):
    """An actor's role and responsibility in one case; one of them is the coordinator."""

    __tablename__ = "case_actor"
    __table_args__ = (
        Index(
            "ix_case_actor_one_coordinator",
            "case_id",
            unique=True,
            sqlite_where=text("is_coordinator = 1"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    responsibility: Mapped[str] = mapped_column(Text, default="")
    referral_status: Mapped[ReferralStatus] = mapped_column(
        enum_type(ReferralStatus, "referral_status"), default=ReferralStatus.SUGGESTED
    )
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    contact_email: Mapped[str | None] = mapped_column(String(200))

    actor: Mapped[Actor] = relationship(lazy="joined")

    @property
    def label(self) -> str:
        return self.actor.name
