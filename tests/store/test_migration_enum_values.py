"""Migration 0006: the new kinds are accepted, the old rows and CHECKs survive the rebuild."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from vnr_desk.domain import ActionPlan, Case, CaseEvent, EventKind, Meeting, MeetingKind, PlanKind
from vnr_desk.store.vault import Vault


def test_new_kinds_are_stored(vault: Vault) -> None:
    with vault.session() as s:
        case = Case(reference="K-0006", opened_on=dt.date(2026, 12, 1))
        s.add(case)
        s.flush()
        s.add(
            CaseEvent(
                case_id=case.id,
                kind=EventKind.CHILD_CONCERN_REPORT,
                occurred_on=dt.date(2026, 12, 2),
                remark="",
            )
        )
        s.add(Meeting(case_id=case.id, kind=MeetingKind.SIP, held_on=dt.datetime(2026, 12, 3, 9)))
        s.add(ActionPlan(case_id=case.id, kind=PlanKind.SIP, made_on=dt.date(2026, 12, 2)))
    with vault.session() as s:
        kinds = s.execute(text("SELECT kind FROM case_event")).scalars().all()
        assert kinds == ["child_concern_report"]


def test_checks_survive_the_rebuild(vault: Vault) -> None:
    with vault.session() as s:
        s.execute(
            text("INSERT INTO case_file (id, reference, opened_on) VALUES (7, 'K-7', '2026-01-02')")
        )
    for statement in (
        "INSERT INTO case_event (case_id, kind, occurred_on, remark) "
        "VALUES (7, 'no_such_kind', '2026-01-02', '')",
        "INSERT INTO action_plan (case_id, kind, version, made_on, after_effort) "
        "VALUES (7, 'child', 1, '2026-01-02', '')",
    ):
        with pytest.raises(IntegrityError), vault.session() as s:
            s.execute(text(statement))
