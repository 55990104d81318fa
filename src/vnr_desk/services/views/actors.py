"""The Actors tab's read models: the case's actors, its network and the directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, CaseActor, NetworkMember
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.services.actors import directory

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset({Actor, CaseActor, NetworkMember})


@dataclass(frozen=True)
class CaseActorView:
    id: int
    actor_id: int
    name: str
    sector: str
    unit: str
    role: str
    responsibility: str
    referral_status: str
    is_coordinator: bool
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None

    @property
    def key(self) -> str:
        return RecipientRef.actor(self.id).key


@dataclass(frozen=True)
class NetworkMemberView:
    id: int
    name: str
    relation: str
    stance: str
    may_contact: bool
    phone: str | None
    notes: str = ""

    @property
    def key(self) -> str:
        return RecipientRef.network(self.id).key

    @property
    def label(self) -> str:
        return f"{self.name} ({self.relation})" if self.relation else self.name


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    name: str
    sector: str
    unit: str
    offers: str
    phone: str | None = None
    email: str | None = None
    country: str | None = None
    retired_on: dt.date | None = None


def case_actor_views(session: Session, case_id: int) -> list[CaseActorView]:
    rows = session.execute(
        select(CaseActor, Actor)
        .join(Actor, Actor.id == CaseActor.actor_id)
        .where(CaseActor.case_id == case_id)
        .order_by(CaseActor.id)
    )
    return [
        CaseActorView(
            ca.id,
            actor.id,
            actor.name,
            actor.sector.value,
            actor.unit,
            ca.role,
            ca.responsibility,
            ca.referral_status.value,
            ca.is_coordinator,
            ca.contact_name,
            ca.contact_phone,
            ca.contact_email,
        )
        for ca, actor in rows
    ]


def network_views(session: Session, case_id: int) -> list[NetworkMemberView]:
    return [
        NetworkMemberView(m.id, m.name, m.relation, m.stance.value, m.may_contact, m.phone, m.notes)
        for m in session.scalars(
            select(NetworkMember).where(NetworkMember.case_id == case_id).order_by(NetworkMember.id)
        )
    ]


def directory_entries(session: Session, *, include_retired: bool = False) -> list[DirectoryEntry]:
    """The vault's own edition's directory, sorted ignoring case; retired entries only
    when asked for (the directory editor), never when choosing an actor for a case."""
    return [
        DirectoryEntry(
            a.id,
            a.name,
            a.sector.value,
            a.unit,
            a.offers,
            a.phone,
            a.email,
            a.country,
            a.retired_on,
        )
        for a in directory(session, own_edition=True, include_retired=include_retired)
    ]
