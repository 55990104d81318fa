"""A shared case on two laptops, the starting point of every conflict scenario: Anna
opens it (citizen, child, meeting, note, plan with a goal, an actor with consent, an
event), shares it with the unit, and Bo pulls it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from tests.team.team_kit import Laptop, Team
from vnr_desk.domain import (
    ActionPlan,
    CaseActor,
    CasePerson,
    Consent,
    Goal,
    Meeting,
    Note,
    SyncRow,
)
from vnr_desk.domain.enums import (
    ConsentPurpose,
    EventKind,
    LifeDomain,
    MeetingKind,
    PersonRole,
    Sector,
)
from vnr_desk.services.actors import add_actor, involve_actor
from vnr_desk.services.cases import create_case
from vnr_desk.services.consent import record_consent
from vnr_desk.services.events import record_event
from vnr_desk.services.meetings import create_meeting
from vnr_desk.services.notes import add_note
from vnr_desk.services.people import add_person
from vnr_desk.services.plans import add_goal, create_plan
from vnr_desk.team import link as team_link
from vnr_desk.team.server import share

REF = "VNR-2026-042"
MODELS = {
    "person": CasePerson,
    "meeting": Meeting,
    "note": Note,
    "plan": ActionPlan,
    "goal": Goal,
    "case_actor": CaseActor,
    "consent": Consent,
}


@dataclass
class Shared:
    team: Team
    anna: Laptop
    bo: Laptop

    def row(self, laptop: Laptop, kind: str, uuid: str) -> Any:
        """The local row on `laptop` with the synced `uuid` (None if gone there)."""
        with laptop.vault.session() as s:
            mapping = s.scalar(select(SyncRow).where(SyncRow.uuid == uuid))
            if mapping is None:
                return None
            found = s.get(MODELS[kind], mapping.row_id)
            if found is not None:
                s.expunge(found)
            return found

    def uuid(self, laptop: Laptop, table: str, row_id: int) -> str:
        with laptop.vault.session() as s:
            found = s.scalar(
                select(SyncRow.uuid).where(SyncRow.table_name == table, SyncRow.row_id == row_id)
            )
            assert found is not None
            return found

    def edit(self, laptop: Laptop, kind: str, uuid: str, **values: Any) -> None:
        with laptop.vault.session() as s:
            mapping = s.scalar(select(SyncRow).where(SyncRow.uuid == uuid))
            assert mapping is not None
            obj = s.get(MODELS[kind], mapping.row_id)
            for key, value in values.items():
                setattr(obj, key, value)

    def remove(self, laptop: Laptop, kind: str, uuid: str) -> None:
        with laptop.vault.session() as s:
            mapping = s.scalar(select(SyncRow).where(SyncRow.uuid == uuid))
            assert mapping is not None
            s.delete(s.get(MODELS[kind], mapping.row_id))

    def both_sync(self) -> None:
        self.anna.sync()
        self.bo.sync()
        self.anna.sync()


def open_shared_case(team: Team) -> tuple[Shared, dict[str, str]]:
    anna = team.laptop("anna")
    bo = team.laptop("bo")
    with anna.vault.session() as s:
        case = create_case(s, REF, dt.date(2026, 10, 1))
        citizen = add_person(
            s,
            case,
            PersonRole.VICTIM_SURVIVOR,
            "Mette Hansen",
            phone="11111111",
            address="Skovvej 1",
            protected_address=True,
        )
        add_person(s, case, PersonRole.CHILD, "Sofie Hansen")
        meeting = create_meeting(
            s, case, MeetingKind.FOLLOW_UP, dt.datetime(2026, 12, 10, 10), place="Rådhuset"
        )
        note = add_note(s, case, "Første samtale.")
        plan = create_plan(s, case, dt.date(2026, 10, 5))
        goal = add_goal(s, plan, "Egen bolig", LifeDomain.HOUSING)
        actor = add_actor(s, "Jobcenter Nord", Sector.MUNICIPALITY)
        case_actor = involve_actor(s, case, actor, role="kontaktperson")
        consent = record_consent(
            s,
            case,
            case_actor,
            [ConsentPurpose.SHARE_INFORMATION, ConsentPurpose.RECEIVE_CASE_SUMMARY],
            dt.date(2026, 10, 2),
        )
        record_event(s, case, EventKind.COORDINATOR_CONTACT, dt.date(2026, 10, 2))
        ids = {
            "case_file": case.id,
            "case_person": citizen.id,
            "meeting": meeting.id,
            "note": note.id,
            "action_plan": plan.id,
            "goal": goal.id,
            "case_actor": case_actor.id,
            "consent": consent.id,
        }
    anna.sync()
    with anna.vault.session() as s:
        found = team_link.require_link(s)
    with team_link.server(found) as conn:
        share(conn, REF, "voksen")
    bo.sync()
    shared = Shared(team, anna, bo)
    uuids = {table: shared.uuid(anna, table, row_id) for table, row_id in ids.items()}
    assert shared.row(bo, "meeting", uuids["meeting"]) is not None
    return shared, uuids
