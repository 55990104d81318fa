from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import AuditEntry, Case, PersonRole, ReferralStatus, Sector
from vnr_desk.services import actors, network, people
from vnr_desk.services.errors import InvalidInput


def test_people_roles_and_household_leaves_out_person_using_violence(
    session: Session, case: Case
) -> None:
    mette = people.add_person(session, case, "victim_survivor", "Mette Eksempel")
    people.add_person(session, case, PersonRole.PERSON_USING_VIOLENCE, "Bo Eksempel")
    child = people.add_person(session, case, "child", "Lille Eksempel")
    assert [p.id for p in people.household(session, case)] == [mette.id, child.id]
    assert [p.name for p in people.persons_using_violence(session, case)] == ["Bo Eksempel"]
    assert people.primary_citizen(session, case) == mette
    with pytest.raises(InvalidInput, match="role"):
        people.add_person(session, case, "neighbour", "X")
    with pytest.raises(InvalidInput, match="name"):
        people.add_person(session, case, "child", "  ")


def test_protected_address_is_masked_and_revealing_it_is_audited(
    session: Session, case: Case
) -> None:
    person = people.add_person(
        session,
        case,
        "victim_survivor",
        "Mette Eksempel",
        address="Skjultvej 1",
        protected_address=True,
    )
    assert people.masked_address(person.protected_address, person.address) is None
    assert people.reveal_address(session, person, "home visit") == "Skjultvej 1"
    assert audit_actions(session)[-1] == "person.reveal_address"
    detail = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first().detail
    assert "Skjultvej" not in detail and "Mette" not in detail


def test_update_person_audits_fields_not_values(session: Session, case: Case) -> None:
    person = people.add_person(session, case, "victim_survivor", "Mette Eksempel")
    people.update_person(session, person, phone="12345678")
    assert person.phone == "12345678"
    last = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
    assert last.action == "person.update" and "12345678" not in last.detail


def test_directory_is_seeded_once_with_the_danish_examples(session: Session) -> None:
    names = {a.name for a in actors.directory(session)}
    assert {"Jobcenter", "Krisecenter", "LOKK"} <= names
    count = len(names)
    actors.directory(session)
    assert len(actors.directory(session)) == count
    civil = actors.directory(session, sector="civil_society")
    assert all(a.sector == Sector.CIVIL_SOCIETY for a in civil)


def test_exactly_one_coordinator(session: Session, case: Case) -> None:
    job = actors.add_actor(session, "Jobcenter Nord", "municipality", unit="jobcenter")
    crisis = actors.add_actor(session, "Krisecenter Syd", "civil_society")
    a = actors.involve_actor(session, case, job, coordinator=True, referral_status="active")
    b = actors.involve_actor(session, case, crisis, role="ophold")
    assert actors.coordinator(session, case) == a
    actors.set_coordinator(session, case, b)
    assert actors.coordinator(session, case) == b
    assert not a.is_coordinator
    with pytest.raises(InvalidInput, match="referral_status"):
        actors.update_case_actor(session, b, referral_status=ReferralStatus.ENDED)
    a.is_coordinator = True
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_network_member(session: Session, case: Case) -> None:
    member = network.add_member(
        session, case, "Sara Påhittad", relation="søster", stance="resource", may_contact=True
    )
    assert network.members(session, case) == [member]
    network.update_member(session, member, stance="both")
    assert member.stance == "both"
    with pytest.raises(InvalidInput, match="stance"):
        network.add_member(session, case, "X", stance="maybe")
