"""People in a case, and the one audited way to see a protected address."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import CITIZEN_VISIBLE_ROLES, Case, CasePerson, PersonRole
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.scope import in_case, parse_enum, required_text, update_fields

PERSON_FIELDS = ("name", "date_of_birth", "phone", "email", "address", "protected_address")


def add_person(
    session: Session,
    case: Case,
    role: PersonRole | str,
    name: str,
    *,
    date_of_birth: dt.date | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    protected_address: bool = False,
) -> CasePerson:
    person = CasePerson(
        case_id=case.id,
        role=parse_enum(PersonRole, role, "role"),
        name=required_text(name, "name"),
        date_of_birth=date_of_birth,
        phone=phone,
        email=email,
        address=address,
        protected_address=protected_address,
    )
    session.add(person)
    session.flush()
    audit.record(
        session, "person.create", "person", person.id, case_id=case.id, detail={"role": person.role}
    )
    return person


def update_person(session: Session, person: CasePerson, **changes: object) -> CasePerson:
    """Change contact details; the audit records which fields changed, never their values."""
    return update_fields(
        session, person, PERSON_FIELDS, changes, action="person.update", object_type="person"
    )


def get_person(session: Session, case: Case, person_id: int) -> CasePerson:
    return in_case(session, CasePerson, case.id, person_id, "person")


def people(
    session: Session, case: Case, roles: frozenset[PersonRole] | None = None
) -> list[CasePerson]:
    query = select(CasePerson).where(CasePerson.case_id == case.id).order_by(CasePerson.id)
    if roles is not None:
        query = query.where(CasePerson.role.in_(roles))
    return list(session.scalars(query))


def household(session: Session, case: Case) -> list[CasePerson]:
    """Everyone a citizen document may name: never the person using violence."""
    return people(session, case, frozenset(CITIZEN_VISIBLE_ROLES))


def persons_using_violence(session: Session, case: Case) -> list[CasePerson]:
    return people(session, case, frozenset({PersonRole.PERSON_USING_VIOLENCE}))


def primary_citizen(session: Session, case: Case) -> CasePerson | None:
    found = people(session, case, frozenset({PersonRole.VICTIM_SURVIVOR}))
    return found[0] if found else None


def masked_address(protected: bool, address: str | None) -> str | None:
    """What a list or form shows before anyone asks to reveal: nothing for a protected one."""
    return None if protected else address


def reveal_address(session: Session, person: CasePerson, reason: str = "") -> str | None:
    """The address, recording that it was seen when it is protected (the reason's length
    only, since free text could name someone)."""
    if person.protected_address:
        audit.record(
            session,
            "person.reveal_address",
            "person",
            person.id,
            case_id=person.case_id,
            detail={"reason_given": bool(reason.strip())},
        )
    return person.address


def reveal_person_address(session: Session, case_id: int, person_id: int) -> str | None:
    """The address of one person of the case; a protected one is audited."""
    return reveal_address(session, get_person(session, get_case_by_id(session, case_id), person_id))
