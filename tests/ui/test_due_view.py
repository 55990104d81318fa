"""The due-and-overdue view groups deadlines and opens the case at the right tab."""

from __future__ import annotations

import datetime as dt

from tests.ui.conftest import CASE_REF
from vnr_desk.services.cases import create_case, describe_case, get_case
from vnr_desk.ui.main_window import MainWindow


def test_due_view_groups_and_opens_case_at_tab(window: MainWindow) -> None:
    today = dt.date.today()
    with window.session.vault.session() as s:
        describe_case(s, get_case(s, CASE_REF), crisis_centre_admission_on=today - dt.timedelta(10))
        other = create_case(s, "K-2026-099", today)
        describe_case(s, other, crisis_centre_admission_on=today - dt.timedelta(days=3))
    window.refresh()
    rows = window.due_view.rows
    by_case = {(r.case_reference, r.rule): r for r in rows}
    assert by_case[(CASE_REF, "coordinator_contact")].group == "overdue"
    assert by_case[("K-2026-099", "coordinator_contact")].group == "today"
    assert all(r.status != "done" for r in rows)
    top = window.due_view.model
    assert top.item(0).text().startswith("Overdue")
    assert top.item(1).text().startswith("Today")
    overdue_item = top.item(0).child(0, 1)
    assert overdue_item.text() == CASE_REF
    window.due_view._activated(overdue_item.index())
    assert window.workbook.case_id == by_case[(CASE_REF, "coordinator_contact")].case_id
    assert window.workbook.current_tab().key == "overview"
    # the case list's "Overdue" filter uses the same deadlines
    window.case_list.overdue.setChecked(True)
    assert [r.reference for r in window.case_list.model.rows] == [CASE_REF]
