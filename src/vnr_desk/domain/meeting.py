"""Meetings: kind, time, place, participants, agenda, minutes and decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import MeetingKind


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind, "kind"))
    held_on: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    citizen_present: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    minutes: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[MeetingParticipant]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingParticipant.id"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        cascade="all, delete-orphan", order_by="Decision.id"
    )


class MeetingParticipant(Base):
    """A case actor or a network member at a meeting. `consent_override` records that the
    caseworker invited them without an invite_to_meeting consent (audited)."""

    __tablename__ = "meeting_participant"
    __table_args__ = (
        CheckConstraint(
            "(case_actor_id IS NULL) <> (network_member_id IS NULL)", name="one_participant"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    case_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_actor.id", ondelete="CASCADE"), index=True
    )
    network_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_member.id", ondelete="CASCADE"), index=True
    )
    consent_override: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Decision(Base):
    """A decision taken at a meeting; `action_id` is the plan action it created, if any."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="SET NULL"), index=True
    )
