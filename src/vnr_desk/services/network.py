"""The citizen's network map."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, NetworkMember, NetworkStance
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.scope import in_case, parse_enum, required_text, update_fields

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
    return update_fields(
        session,
        member,
        MEMBER_FIELDS,
        changes,
        enums={"stance": NetworkStance},
        action="network.update",
        object_type="network_member",
    )


def members(session: Session, case: Case) -> list[NetworkMember]:
    return list(
        session.scalars(
            select(NetworkMember).where(NetworkMember.case_id == case.id).order_by(NetworkMember.id)
        )
    )


def get_member(session: Session, case: Case, member_id: int) -> NetworkMember:
    return in_case(session, NetworkMember, case.id, member_id, "network_member")


# -- commands by id: what the workbook and the CLI call ------------------------------------


def add_member_by_id(session: Session, case_id: int, name: str, **values: Any) -> int:
    """Add someone to the case's network (`values` as `add_member`); returns the id."""
    return add_member(session, get_case_by_id(session, case_id), name, **values).id


def update_member_by_id(session: Session, case_id: int, member_id: int, **changes: object) -> int:
    """Correct a network member (`changes` among MEMBER_FIELDS; a blank phone is none)."""
    if "phone" in changes:
        changes["phone"] = str(changes["phone"] or "").strip() or None
    member = in_case(session, NetworkMember, case_id, member_id, "network_member")
    return update_member(session, member, **changes).id
