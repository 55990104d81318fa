from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vnr_desk.domain import AuditEntry, Case, CaseEvent, Note
from vnr_desk.services.cases import create_case
from vnr_desk.services.deadlines import DEADLINE_SOURCES
from vnr_desk.services.events import record_event
from vnr_desk.services.notes import add_note
from vnr_desk.services.scope import watch_writes
from vnr_desk.store.vault import Vault


def test_a_unit_of_work_reports_what_it_wrote(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-1", dt.date(2026, 3, 2))
    with vault.session() as s:
        written = watch_writes(s)
        case = s.scalars(select(Case)).one()
        add_note(s, case, "Samtale om bolig.")
    assert {Note, AuditEntry} <= written
    assert not written & DEADLINE_SOURCES  # a note leaves the due list as it is
    with vault.session() as s:
        written = watch_writes(s)
        record_event(s, s.scalars(select(Case)).one(), "first_visit", dt.date(2026, 3, 5))
    assert CaseEvent in written and written & DEADLINE_SOURCES
    with vault.session() as s:
        written = watch_writes(s)
        s.scalars(select(Case)).one()
    assert written == set()  # reading writes nothing
