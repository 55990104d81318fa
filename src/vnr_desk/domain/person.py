"""People in a case, each with a role.

Data on the person using violence lives in the same table but is told apart by `role`;
documents for the citizen include people by an allow-list of roles (see
`CITIZEN_VISIBLE_ROLES`), so that person can never slip onto one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import PersonRole

if TYPE_CHECKING:
    from vnr_desk.domain.case import Case

CITIZEN_VISIBLE_ROLES = frozenset(
    {PersonRole.VICTIM_SURVIVOR, PersonRole.CHILD, PersonRole.OTHER_HOUSEHOLD_MEMBER}
)


class CasePerson(Base):
    __tablename__ = "case_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    role: Mapped[PersonRole] = mapped_column(enum_type(PersonRole, "role"))
    name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    protected_address: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """Set when removed as entered in error: kept for the audit, gone from views and printouts."""
    removed_reason: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="people")
