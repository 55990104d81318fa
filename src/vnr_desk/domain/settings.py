"""Municipality settings kept inside the vault: deadline rule overrides and small values
such as the consent warning window."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base


class DeadlineRuleSetting(Base):
    """An override of one default deadline rule (by its id, e.g. `plan_review`)."""

    __tablename__ = "deadline_rule_setting"

    rule_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    months: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer, default=0)
    before: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """Key/value settings of the case work (e.g. `consent.warn_days`)."""

    __tablename__ = "casework_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
