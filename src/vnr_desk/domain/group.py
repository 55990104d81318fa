"""Cooperation groups across cases: who sits in them, when they meet, which cases they may
hear about, and the de-identified text a worker has reviewed for presenting a case.

A group is not a party of one case, so its consent cannot live in the case consent ledger
(whose rows name exactly one case actor or network member, guarded by a CHECK and
append-only triggers that are never rebuilt). It has its own small ledger instead, also
append-only, and `rules.consent` decides its validity exactly as for any other recipient."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import ConsentForm, MeetingKind

GROUP_LEDGER_TABLES = ("group_consent", "group_consent_withdrawal")


class GroupKind(StrEnum):
    INTERNAL = "internal"  # units of the municipality (e.g. Spjutspetsgruppen)
    EXTERNAL = "external"  # health centre, school, police, shelter: de-identified cases


GROUP_MEETING_KINDS = {
    GroupKind.INTERNAL: MeetingKind.INTERNAL_GROUP,
    GroupKind.EXTERNAL: MeetingKind.EXTERNAL_GROUP,
}


class CoopGroup(Base):
    __tablename__ = "coop_group"
    __table_args__ = (CheckConstraint("cadence_days > 0", name="cadence_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[GroupKind] = mapped_column(enum_type(GroupKind, "kind"))
    cadence_days: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[dt.date] = mapped_column(Date)
    retired_on: Mapped[dt.date | None] = mapped_column(Date)

    members: Mapped[list[GroupMember]] = relationship(
        cascade="all, delete-orphan", order_by="GroupMember.id"
    )


class GroupMember(Base):
    """A member unit and, where known, the named person who sits in the group for it."""

    __tablename__ = "coop_group_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("coop_group.id", ondelete="CASCADE"), index=True
    )
    unit: Mapped[str] = mapped_column(String(200))
    person: Mapped[str] = mapped_column(String(200), default="")


class GroupMeeting(Base):
    __tablename__ = "group_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("coop_group.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind, "kind"))
    held_on: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    agenda: Mapped[list[GroupAgendaCase]] = relationship(
        cascade="all, delete-orphan", order_by="GroupAgendaCase.position"
    )


class GroupAgendaCase(Base):
    """A case on a group meeting's agenda; `topic` is what the worker asks the group."""

    __tablename__ = "group_agenda_case"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="one_case_per_meeting"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("group_meeting.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(Text, default="")


class GroupConsent(Base):
    """The citizen's consent that a case may be shared with one group (append-only)."""

    __tablename__ = "group_consent"
    __table_args__ = (
        CheckConstraint("form <> 'oral' OR documented_by IS NOT NULL", name="oral_documented"),
        CheckConstraint("expires_on IS NULL OR expires_on > given_on", name="expires_after_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("coop_group.id", ondelete="RESTRICT"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[ConsentForm] = mapped_column(enum_type(ConsentForm, "form"))
    documented_by: Mapped[str | None] = mapped_column(String(200))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)

    withdrawal: Mapped[GroupConsentWithdrawal | None] = relationship(lazy="selectin", uselist=False)


class GroupConsentWithdrawal(Base):
    __tablename__ = "group_consent_withdrawal"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_consent_id: Mapped[int] = mapped_column(
        ForeignKey("group_consent.id", ondelete="RESTRICT"), unique=True
    )
    withdrawn_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CasePresentation(Base):
    """The de-identified text a worker wrote for presenting the case to a group. Printed
    only while `reviewed_on` is set; any edit of the text clears it."""

    __tablename__ = "case_presentation"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(String(200), default="")
