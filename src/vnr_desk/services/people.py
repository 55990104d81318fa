"""People in a case, and the one audited way to see a protected address."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import CITIZEN_VISIBLE_ROLES, Case, CasePerson, PersonRole
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound
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
    """A person of the case who has not been removed as entered in error."""
    person = in_case(session, CasePerson, case.id, person_id, "person")
    if person.removed_at is not None:
        raise NotFound(f"person: no such case_person {person_id} in this case")
    return person


def add_person_to_case(
    session: Session,
    case_id: int,
    role: PersonRole | str,
    name: str,
    **details: object,
) -> int:
    """Add a child, the person using violence or anyone else in the household; their id."""
    case = get_case_by_id(session, case_id)
    return add_person(session, case, role, name, **details).id  # type: ignore[arg-type]


def edit_person(session: Session, case_id: int, person_id: int, **changes: object) -> None:
    """Correct a person's details (and role, e.g. a child entered as a household member)."""
    person = get_person(session, get_case_by_id(session, case_id), person_id)
    role = changes.pop("role", None)
    if role is not None and parse_enum(PersonRole, str(role), "role") != person.role:
        changes["role"] = parse_enum(PersonRole, str(role), "role")
    update_fields(
        session,
        person,
        (*PERSON_FIELDS, "role"),
        changes,
        action="person.update",
        object_type="person",
    )


def remove_person_in_error(session: Session, case_id: int, person_id: int, reason: str) -> None:
    """Remove a person entered in error: the row stays for the audit (and the reason with
    it), but no view, printout or dump shows them again. The citizen of a case cannot be
    removed while no other citizen is recorded: a case is about someone."""
    reason = required_text(reason, "reason")
    case = get_case_by_id(session, case_id)
    person = get_person(session, case, person_id)
    if (
        person.role == PersonRole.VICTIM_SURVIVOR
        and len(people(session, case, frozenset({PersonRole.VICTIM_SURVIVOR}))) < 2
    ):
        raise InvalidInput("person: the case's citizen cannot be removed; correct the name instead")
    person.removed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    person.removed_reason = reason
    session.flush()
    audit.record(
        session,
        "person.remove_in_error",
        "person",
        person.id,
        case_id=case.id,
        detail={"role": person.role},
    )


def people(
    session: Session,
    case: Case,
    roles: frozenset[PersonRole] | None = None,
    *,
    include_removed: bool = False,
) -> list[CasePerson]:
    """The people of the case; those removed as entered in error only when asked for."""
    query = select(CasePerson).where(CasePerson.case_id == case.id).order_by(CasePerson.id)
    if not include_removed:
        query = query.where(CasePerson.removed_at.is_(None))
    if roles is not None:
        query = query.where(CasePerson.role.in_(roles))
    return list(session.scalars(query))


def household(session: Session, case: Case) -> list[CasePerson]:
    """Everyone a citizen document may name: never the person using violence."""
    return people(session, case, frozenset(CITIZEN_VISIBLE_ROLES))


def persons_using_violence(
    session: Session, case: Case, *, include_removed: bool = False
) -> list[CasePerson]:
    return people(
        session,
        case,
        frozenset({PersonRole.PERSON_USING_VIOLENCE}),
        include_removed=include_removed,
    )


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
