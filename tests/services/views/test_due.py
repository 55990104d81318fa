"""After a write to one case, re-reading only that case's due rows and merging them in
gives exactly the list a whole re-read gives (same rows, same order)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vnr_desk.domain import Case, CaseStatus
from vnr_desk.services import cases, events, risk
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.services.views.due import due_rows, merge_due_rows
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 3, 2)


def test_one_case_re_read_and_merged_equals_the_whole_list(vault: Vault) -> None:
    with vault.session() as s:
        generate_demo(s, cases=12, seed=3, today=TODAY)
    with vault.session() as s:
        shown = due_rows(s, TODAY)
        open_ids = list(s.scalars(select(Case.id).where(Case.status == CaseStatus.OPEN)))
    assert len({r.case_id for r in shown}) > 3  # several cases share the list

    # a deadline appears (urgent), one is met (first visit), and a case closes
    first, second, third = open_ids[:3]
    with vault.session() as s:
        risk.mark_urgent(s, cases.get_case_by_id(s, first), TODAY)
        events.record_event(s, cases.get_case_by_id(s, second), "first_visit", TODAY)
        cases.close_case(s, cases.get_case_by_id(s, third), TODAY)
    with vault.session() as s:
        whole = due_rows(s, TODAY)
        written = {first, second, third}
        merged = merge_due_rows(shown, written, due_rows(s, TODAY, written))
    assert merged != shown  # the writes did change the list
    assert merged == whole
    assert not any(r.case_id == third for r in merged)  # a closed case leaves the list
