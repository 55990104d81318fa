from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    ActionPlan,
    AgendaItem,
    AuditEntry,
    Case,
    CaseEvent,
    Goal,
    Meeting,
    Note,
)
from vnr_desk.services.cases import create_case
from vnr_desk.services.deadlines import DEADLINE_SOURCES
from vnr_desk.services.errors import NotFound
from vnr_desk.services.events import record_event
from vnr_desk.services.notes import add_note
from vnr_desk.services.scope import in_case, watch_writes
from vnr_desk.store.vault import Vault

NOON = dt.datetime(2026, 3, 4, 12, 0)


def test_a_unit_of_work_reports_what_it_wrote(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-1", dt.date(2026, 3, 2))
    with vault.session() as s:
        watch = watch_writes(s)
        case = s.scalars(select(Case)).one()
        add_note(s, case, "Samtale om bolig.")
    assert {Note, AuditEntry} <= watch.types
    assert not watch.types & DEADLINE_SOURCES  # a note leaves the due list as it is
    assert watch.record().case_ids == {case.id}  # and touches this case only
    with vault.session() as s:
        watch = watch_writes(s)
        record_event(s, s.scalars(select(Case)).one(), "first_visit", dt.date(2026, 3, 5))
    assert CaseEvent in watch.types and watch.types & DEADLINE_SOURCES
    with vault.session() as s:
        watch = watch_writes(s)
        s.scalars(select(Case)).one()
    assert not watch.record()  # reading writes nothing


def test_rows_below_a_plan_count_for_its_case_and_a_setting_for_any(vault: Vault) -> None:
    from vnr_desk.services.meetings import add_agenda_item, create_meeting
    from vnr_desk.services.plans import add_goal, create_plan
    from vnr_desk.services.settings import set_consent_warn_days

    with vault.session() as s:
        case = create_case(s, "K-1", dt.date(2026, 3, 2))
        plan = create_plan(s, case, dt.date(2026, 3, 3))
        case_id, plan_id = case.id, plan.id
    with vault.session() as s:
        watch = watch_writes(s)
        add_goal(s, s.get(ActionPlan, plan_id), "Egen bolig", "housing")
    assert Goal in watch.types and watch.record().case_ids == {case_id}
    with vault.session() as s:
        meeting = create_meeting(s, s.get(Case, case_id), "network", NOON)
        meeting_id = meeting.id
    with vault.session() as s:
        watch = watch_writes(s)
        add_agenda_item(s, s.get(Meeting, meeting_id), "Bolig")  # no case_id of its own
    assert AgendaItem in watch.types and watch.record().case_ids == {case_id}
    with vault.session() as s:
        watch = watch_writes(s)
        set_consent_warn_days(s, 14)
    assert watch.record().case_ids is None  # a setting may change what any case shows


def test_in_case_refuses_a_row_of_another_case(session: Session) -> None:
    from vnr_desk.services.plans import add_goal, create_plan

    mine = create_case(session, "K-1", dt.date(2026, 3, 2))
    other = create_case(session, "K-2", dt.date(2026, 3, 2))
    goal = add_goal(session, create_plan(session, other, dt.date(2026, 3, 3)), "Job", "job")
    assert in_case(session, Goal, other.id, goal.id) is goal  # found through its plan
    with pytest.raises(NotFound):
        in_case(session, Goal, mine.id, goal.id)
    with pytest.raises(NotFound):
        in_case(session, Goal, mine.id, 999)
