"""The consent ledger. Append-only: triggers refuse UPDATE and DELETE on every ledger table,
so a renewal is a new `Consent` (pointing at the one it renews) and a withdrawal is a
`ConsentWithdrawal` row. History therefore stays as it was recorded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import ConsentForm, ConsentPurpose
from vnr_desk.domain.recipient import RecipientRef

LEDGER_TABLES = ("consent", "consent_purpose", "consent_withdrawal")


class Consent(Base):
    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint(
            "(case_actor_id IS NULL) <> (network_member_id IS NULL)", name="one_recipient"
        ),
        CheckConstraint("form <> 'oral' OR documented_by IS NOT NULL", name="oral_documented"),
        CheckConstraint("expires_on IS NULL OR expires_on > given_on", name="expires_after_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    case_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_actor.id", ondelete="RESTRICT"), index=True
    )
    network_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_member.id", ondelete="RESTRICT"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[ConsentForm] = mapped_column(enum_type(ConsentForm, "form"))
    documented_by: Mapped[str | None] = mapped_column(String(200))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    renews_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent.id", ondelete="RESTRICT"), index=True
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)

    purposes: Mapped[list[ConsentPurposeRow]] = relationship(
        lazy="selectin", order_by="ConsentPurposeRow.purpose"
    )
    withdrawal: Mapped[ConsentWithdrawal | None] = relationship(lazy="selectin", uselist=False)

    @property
    def purpose_values(self) -> frozenset[str]:
        return frozenset(p.purpose.value for p in self.purposes)

    @property
    def withdrawn_on(self) -> dt.date | None:
        return self.withdrawal.withdrawn_on if self.withdrawal else None

    @property
    def recipient(self) -> RecipientRef:
        return RecipientRef.of_ledger(self.case_actor_id, self.network_member_id)

    @property
    def recipient_key(self) -> str:
        return self.recipient.key


class ConsentPurposeRow(Base):
    __tablename__ = "consent_purpose"

    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consent.id", ondelete="RESTRICT"), primary_key=True
    )
    purpose: Mapped[ConsentPurpose] = mapped_column(
        enum_type(ConsentPurpose, "purpose"), primary_key=True
    )


class ConsentWithdrawal(Base):
    """Takes effect on `withdrawn_on` (the same day counts as withdrawn)."""

    __tablename__ = "consent_withdrawal"

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consent.id", ondelete="RESTRICT"), unique=True
    )
    withdrawn_on: Mapped[dt.date] = mapped_column(Date)
    how: Mapped[ConsentForm] = mapped_column(enum_type(ConsentForm, "how"))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
