"""The actor directory and each actor's part in a case, including the coordinator."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, Case, CaseActor, ReferralStatus, Sector, Setting
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.services.scope import in_case, parse_enum, required_text, update_fields
from vnr_desk.services.seed.actor_directory import examples_for
from vnr_desk.services.settings import edition

SEEDED_KEY = "actors.examples_seeded"
ACTOR_FIELDS = ("name", "sector", "unit", "phone", "email", "offers", "country")


def seed_directory(session: Session) -> int:
    """Add the example actors of the vault's edition once per vault (a flag remembers it, so
    deleting them sticks)."""
    if session.get(Setting, SEEDED_KEY) is not None:
        return 0
    examples = examples_for(edition(session))
    for name, sector, unit, country, offers in examples:
        session.add(Actor(name=name, sector=sector, unit=unit, country=country, offers=offers))
    session.add(Setting(key=SEEDED_KEY, value="1"))
    session.flush()
    audit.record(session, "actor.seed", "actor", "directory", detail={"count": len(examples)})
    return len(examples)


# The letters after z, in each edition's alphabetical order.
_LATE_LETTERS = {"da": "æøå", "sv": "åäö"}
EDITION_COUNTRY = {"da": "DK", "sv": "SE"}


def name_order(name: str, edition: str = "da") -> tuple[str, ...]:
    """A sort key that ignores case and puts the edition's own late letters after z."""
    late = _LATE_LETTERS.get(edition, "")
    return tuple(
        "z" + chr(0x7B + late.index(c)) if c in late else c for c in name.casefold().strip()
    )


def directory(
    session: Session,
    *,
    sector: Sector | str | None = None,
    own_edition: bool = False,
    include_retired: bool = True,
) -> list[Actor]:
    """The directory, seeded with examples on first use, sorted by name ignoring case.

    `own_edition` keeps the entries of the vault's country (an entry with no country is
    the vault's own); `include_retired=False` leaves out retired entries, which stay on
    the cases that already involve them but are not offered for new ones."""
    seed_directory(session)
    query = select(Actor)
    if sector is not None:
        query = query.where(Actor.sector == parse_enum(Sector, sector, "sector"))
    if not include_retired:
        query = query.where(Actor.retired_on.is_(None))
    code = edition(session)
    if own_edition:
        query = query.where(or_(Actor.country.is_(None), Actor.country == EDITION_COUNTRY[code]))
    rows = list(session.scalars(query))
    return sorted(rows, key=lambda a: (name_order(a.name, code), name_order(a.unit, code), a.id))


def add_actor(
    session: Session,
    name: str,
    sector: Sector | str,
    *,
    unit: str = "",
    phone: str | None = None,
    email: str | None = None,
    offers: str = "",
    country: str | None = None,
) -> Actor:
    actor = Actor(
        name=required_text(name, "name"),
        sector=parse_enum(Sector, sector, "sector"),
        unit=unit,
        phone=phone,
        email=email,
        offers=offers,
        country=country,
    )
    session.add(actor)
    session.flush()
    audit.record(session, "actor.create", "actor", actor.id)
    return actor


def update_actor(session: Session, actor: Actor, **changes: object) -> Actor:
    return update_fields(
        session,
        actor,
        ACTOR_FIELDS,
        changes,
        enums={"sector": Sector},
        action="actor.update",
        object_type="actor",
    )


def find_or_add_actor(
    session: Session, name: str, sector: Sector | str, *, unit: str = ""
) -> Actor:
    """The directory entry with this name and unit, or a new one (used by import)."""
    found = session.scalar(
        select(Actor).where(Actor.name == name.strip(), Actor.unit == unit).limit(1)
    )
    return found or add_actor(session, name, sector, unit=unit)


def involve_actor(
    session: Session,
    case: Case,
    actor: Actor,
    *,
    role: str = "",
    responsibility: str = "",
    referral_status: ReferralStatus | str = ReferralStatus.SUGGESTED,
    coordinator: bool = False,
) -> CaseActor:
    case_actor = CaseActor(
        case_id=case.id,
        actor_id=actor.id,
        role=role,
        responsibility=responsibility,
        referral_status=parse_enum(ReferralStatus, referral_status, "referral_status"),
    )
    session.add(case_actor)
    session.flush()
    audit.record(session, "case_actor.create", "case_actor", case_actor.id, case_id=case.id)
    if coordinator:
        set_coordinator(session, case, case_actor)
    return case_actor


def case_actors(session: Session, case: Case) -> list[CaseActor]:
    return list(
        session.scalars(
            select(CaseActor).where(CaseActor.case_id == case.id).order_by(CaseActor.id)
        )
    )


def get_case_actor(session: Session, case: Case, case_actor_id: int) -> CaseActor:
    return in_case(session, CaseActor, case.id, case_actor_id, "case_actor")


def coordinator(session: Session, case: Case) -> CaseActor | None:
    return session.scalar(
        select(CaseActor).where(CaseActor.case_id == case.id, CaseActor.is_coordinator)
    )


def set_coordinator(session: Session, case: Case, case_actor: CaseActor) -> CaseActor:
    """Make `case_actor` the one coordinator of the case (the previous one steps down)."""
    if case_actor.case_id != case.id:
        raise InvalidInput("coordinator: the actor is not part of this case")
    if case_actor.referral_status == ReferralStatus.ENDED:
        raise InvalidInput("coordinator: an actor whose involvement has ended cannot coordinate")
    previous = coordinator(session, case)
    if previous is not None and previous.id != case_actor.id:
        previous.is_coordinator = False
        session.flush()
    case_actor.is_coordinator = True
    session.flush()
    audit.record(
        session,
        "case_actor.coordinator",
        "case_actor",
        case_actor.id,
        case_id=case.id,
        detail={"previous": previous.id if previous else None},
    )
    return case_actor


def update_case_actor(
    session: Session,
    case_actor: CaseActor,
    *,
    role: str | None = None,
    responsibility: str | None = None,
    referral_status: ReferralStatus | str | None = None,
) -> CaseActor:
    changed: list[str] = []
    if role is not None:
        case_actor.role = role
        changed.append("role")
    if responsibility is not None:
        case_actor.responsibility = responsibility
        changed.append("responsibility")
    if referral_status is not None:
        status = parse_enum(ReferralStatus, referral_status, "referral_status")
        if status == ReferralStatus.ENDED and case_actor.is_coordinator:
            raise InvalidInput("referral_status: choose a new coordinator before ending this one")
        case_actor.referral_status = status
        changed.append("referral_status")
    session.flush()
    audit.record(
        session,
        "case_actor.update",
        "case_actor",
        case_actor.id,
        case_id=case_actor.case_id,
        detail={"fields": changed},
    )
    return case_actor


# -- commands by id: what the workbook and the CLI call ------------------------------------


def involve_actor_by_id(
    session: Session,
    case_id: int,
    actor_id: int | None,
    *,
    new_actor: tuple[str, str, str] | None = None,
    role: str = "",
    responsibility: str = "",
    referral_status: ReferralStatus | str = ReferralStatus.SUGGESTED,
    coordinator: bool = False,
) -> int:
    """Involve a directory actor, or a new one `(name, sector, unit)` added to the directory
    first; returns the case actor's id."""
    case = get_case_by_id(session, case_id)
    if new_actor is not None:
        name, sector, unit = new_actor
        actor = add_actor(session, name, sector, unit=unit)
    else:
        found = session.get(Actor, actor_id) if actor_id is not None else None
        if found is None:
            raise NotFound("actor_id: choose an actor from the directory")
        if found.retired_on is not None:
            raise InvalidInput("actor_id: this directory entry is retired")
        actor = found
    return involve_actor(
        session,
        case,
        actor,
        role=role,
        responsibility=responsibility,
        referral_status=referral_status,
        coordinator=coordinator,
    ).id


def set_coordinator_by_id(session: Session, case_id: int, case_actor_id: int) -> int:
    case = get_case_by_id(session, case_id)
    return set_coordinator(session, case, get_case_actor(session, case, case_actor_id)).id


def set_referral_by_id(
    session: Session, case_id: int, case_actor_id: int, status: ReferralStatus | str
) -> int:
    case_actor = in_case(session, CaseActor, case_id, case_actor_id, "case_actor")
    return update_case_actor(session, case_actor, referral_status=status).id


# -- corrections: the case actor's part and the directory ----------------------------------

CASE_ACTOR_FIELDS = ("role", "responsibility", "contact_name", "contact_phone", "contact_email")


def update_case_actor_by_id(
    session: Session, case_id: int, case_actor_id: int, **changes: object
) -> int:
    """Correct an actor's part in the case: role, responsibility and the named contact
    person (name, phone, e-mail; blank means none)."""
    case_actor = in_case(session, CaseActor, case_id, case_actor_id, "case_actor")
    for key in ("contact_name", "contact_phone", "contact_email"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip() or None
    return update_fields(
        session,
        case_actor,
        CASE_ACTOR_FIELDS,
        changes,
        action="case_actor.update",
        object_type="case_actor",
    ).id


def _blank_none(changes: dict[str, object]) -> dict[str, object]:
    for key in ("phone", "email", "country"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip() or None
    return changes


def add_actor_by_id(session: Session, name: str, sector: Sector | str, **values: object) -> int:
    """A new directory entry (`values` as `add_actor`); returns its id."""
    return add_actor(session, name, sector, **_blank_none(dict(values))).id  # type: ignore[arg-type]


def update_actor_by_id(session: Session, actor_id: int, **changes: object) -> int:
    """Correct a directory entry; every case that involves it shows the new wording."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise NotFound("actor_id: no such directory entry")
    return update_actor(session, actor, **_blank_none(dict(changes))).id


def retire_actor_by_id(
    session: Session, actor_id: int, on: dt.date, *, retired: bool = True
) -> int:
    """Retire a directory entry from `on` (or bring it back with `retired=False`): a retired
    entry is no longer offered for new cases and stays on the cases that have it."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise NotFound("actor_id: no such directory entry")
    actor.retired_on = on if retired else None
    session.flush()
    audit.record(session, "actor.retire" if retired else "actor.unretire", "actor", actor.id)
    return actor.id
