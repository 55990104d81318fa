"""The citizen's network map."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, NetworkMember, NetworkStance
from vnr_desk.services import auditing as audit
from vnr_desk.services.scope import in_case, parse_enum, required_text

MEMBER_FIELDS = ("name", "relation", "stance", "may_contact", "phone", "notes")


def add_member(
    session: Session,
    case: Case,
    name: str,
    *,
    relation: str = "",
    stance: NetworkStance | str = NetworkStance.UNKNOWN,
    may_contact: bool = False,
    phone: str | None = None,
    notes: str = "",
) -> NetworkMember:
    """`may_contact` records the citizen's wish; contact itself still needs a consent."""
    member = NetworkMember(
        case_id=case.id,
        name=required_text(name, "name"),
        relation=relation,
        stance=parse_enum(NetworkStance, stance, "stance"),
        may_contact=may_contact,
        phone=phone,
        notes=notes,
    )
    session.add(member)
    session.flush()
    audit.record(session, "network.create", "network_member", member.id, case_id=case.id)
    return member


def update_member(session: Session, member: NetworkMember, **changes: object) -> NetworkMember:
    unknown = sorted(set(changes) - set(MEMBER_FIELDS))
    if unknown:
        raise TypeError(f"unknown network member field {unknown[0]!r}")
    if "stance" in changes:
        changes["stance"] = parse_enum(NetworkStance, str(changes["stance"]), "stance")
    if "name" in changes:
        changes["name"] = required_text(str(changes["name"] or ""), "name")
    for key, value in changes.items():
        setattr(member, key, value)
    session.flush()
    audit.record(
        session,
        "network.update",
        "network_member",
        member.id,
        case_id=member.case_id,
        detail={"fields": sorted(changes)},
    )
    return member


def members(session: Session, case: Case) -> list[NetworkMember]:
    return list(
        session.scalars(
            select(NetworkMember).where(NetworkMember.case_id == case.id).order_by(NetworkMember.id)
        )
    )


def get_member(session: Session, case: Case, member_id: int) -> NetworkMember:
    return in_case(session, NetworkMember, member_id, case, "network_member")
