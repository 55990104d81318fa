"""The colleagues this vault can hand cases to and receive them from: contact cards whose
fingerprint the caseworker confirmed (read aloud on the phone, or seen in person)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vnr_desk.domain import Colleague
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import Duplicate, InvalidInput, NotFound
from vnr_desk.services.handover.identity import ContactCard, my_card


def colleagues(session: Session) -> list[Colleague]:
    return list(session.scalars(select(Colleague).order_by(Colleague.name)))


def get_colleague(session: Session, name: str) -> Colleague:
    found = session.scalar(select(Colleague).where(Colleague.name == " ".join(name.split())))
    if found is None:
        raise NotFound(f"colleague: no colleague {name!r}")
    return found


def add_colleague(session: Session, card: ContactCard, name: str | None = None) -> Colleague:
    """Store a confirmed card; `name` overrides the name the card gives (two colleagues
    of the same name). The same keys twice, or one's own card, is refused."""
    shown_name = " ".join((name or card.name).split())
    if not shown_name or len(shown_name) > 200:
        raise InvalidInput("name: missing or too long")
    if card.signing_key == my_card(session).signing_key:
        raise InvalidInput("card: this is your own contact card")
    clash = session.scalar(
        select(Colleague).where(
            or_(
                Colleague.name == shown_name,
                Colleague.signing_key == card.signing_key,
                Colleague.encryption_key == card.encryption_key,
            )
        )
    )
    if clash is not None:
        raise Duplicate(f"colleague: {clash.name!r} ({clash.fingerprint})")
    colleague = Colleague(
        name=shown_name,
        unit=card.unit,
        encryption_key=card.encryption_key,
        signing_key=card.signing_key,
        fingerprint=card.fingerprint,
        added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
    )
    session.add(colleague)
    session.flush()
    audit.record(
        session, "colleague.add", "colleague", colleague.id, detail={"fp": card.fingerprint}
    )
    return colleague


def remove_colleague(session: Session, name: str) -> Colleague:
    colleague = get_colleague(session, name)
    session.delete(colleague)
    session.flush()
    audit.record(
        session,
        "colleague.remove",
        "colleague",
        colleague.id,
        detail={"fp": colleague.fingerprint},
    )
    return colleague
