"""The Meetings tab's read model: meetings with participants, agenda and decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vnr_desk.domain import (
    Actor,
    AgendaItem,
    CaseActor,
    Decision,
    Meeting,
    MeetingParticipant,
    NetworkMember,
)
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.services.views.actors import case_actor_views, network_views

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset(
    {Meeting, MeetingParticipant, AgendaItem, Decision, CaseActor, Actor, NetworkMember}
)


@dataclass(frozen=True)
class ParticipantView:
    key: str
    label: str
    consent_override: bool


@dataclass(frozen=True)
class DecisionView:
    id: int
    text: str
    action_id: int | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    kind: str
    held_on: dt.datetime
    place: str
    citizen_present: bool
    minutes: str
    participants: tuple[ParticipantView, ...]
    agenda: tuple[str, ...]
    decisions: tuple[DecisionView, ...]
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""


def meeting_views(session: Session, case_id: int) -> list[MeetingView]:
    """Meetings oldest first with participants, agenda and decisions (six queries)."""
    labels: dict[str, str] = {a.key: a.name for a in case_actor_views(session, case_id)} | {
        m.key: m.label for m in network_views(session, case_id)
    }
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.case_id == case_id)
        .options(
            selectinload(Meeting.participants),
            selectinload(Meeting.agenda),
            selectinload(Meeting.decisions),
        )
        .order_by(Meeting.held_on, Meeting.id)
    )
    views: list[MeetingView] = []
    for m in meetings:
        participants = []
        for p in m.participants:
            key = RecipientRef.of_ledger(p.case_actor_id, p.network_member_id).key
            participants.append(ParticipantView(key, labels.get(key, key), p.consent_override))
        views.append(
            MeetingView(
                m.id,
                m.kind.value,
                m.held_on,
                m.place,
                m.citizen_present,
                m.minutes,
                tuple(participants),
                tuple(a.text for a in m.agenda),
                tuple(DecisionView(d.id, d.text, d.action_id) for d in m.decisions),
                m.cancelled_at,
                m.cancel_reason,
            )
        )
    return views
