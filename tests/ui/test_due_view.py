"""The due-and-overdue view groups deadlines and opens the case at the right tab."""

from __future__ import annotations

import datetime as dt

from tests.ui.conftest import CASE_REF
from vnr_desk.services.cases import create_case, describe_case, get_case, get_case_by_id
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.operations import due as due_ops


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
    model = window.due_view.model
    texts = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert texts[0].startswith("Overdue")
    assert any(t.startswith("Today") for t in texts)
    overdue_case = model.index(1, 1)
    assert overdue_case.data() == CASE_REF
    window.due_view._activated(overdue_case)
    assert window.workbook.case_id == by_case[(CASE_REF, "coordinator_contact")].case_id
    assert window.workbook.current_tab().key == "overview"
    # the case list's "Overdue" filter uses the same deadlines
    window.case_list.overdue.setChecked(True)
    assert [r.reference for r in window.case_list.model.rows] == [CASE_REF]


def test_many_due_rows_leave_none_refcount_alone(window: MainWindow) -> None:
    """PySide6 6.12's QStandardItem setters each drop a reference to None; enough rows
    crashed the interpreter. The view must not use them."""
    import gc
    import sys

    from vnr_desk.services.views._gc_pause import collection_paused
    from vnr_desk.services.views.due import DueRow

    rows = [
        DueRow(1, f"K-{i}", "plan_review", dt.date(2026, 1, 1), "overdue", "overdue", None)
        for i in range(3000)
    ]
    gc.collect()  # freeing other tests' garbage mid-count would lower it too
    with collection_paused():
        before = sys.getrefcount(None)
        window.due_view.set_rows(rows)
        for i in range(window.due_view.model.rowCount()):
            window.due_view.model.index(i, 2).data()
        assert sys.getrefcount(None) >= before - 50


def test_a_write_that_moves_a_deadline_refreshes_the_list_and_a_note_does_not(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.domain import EventKind
    from vnr_desk.services.events import record_event
    from vnr_desk.services.notes import add_note

    today = dt.date.today()
    window.session.run(
        lambda s: describe_case(
            s, get_case(s, CASE_REF), crisis_centre_admission_on=today - dt.timedelta(10)
        )
    )
    qtbot.waitUntil(lambda: any(r.rule == "coordinator_contact" for r in window.due_view.rows))
    case_id = next(r.case_id for r in window.due_view.rows)
    window.open_case(case_id, "journal")  # the Overview is not on screen when the write lands
    overview = window.workbook.tabs[0]

    def overview_lines() -> list[str]:
        return [overview.deadlines.item(i).text() for i in range(overview.deadlines.count())]

    assert any("crisis centre" in line for line in overview_lines())

    refreshes: list[int] = []
    window.due_view.loaded.connect(lambda: refreshes.append(1))
    window.session.run(lambda s: add_note(s, get_case(s, CASE_REF), "Ringede til borgeren."))
    qtbot.wait(600)  # longer than the refresh delay: a note never moves a deadline
    assert refreshes == []

    window.session.run(
        lambda s: record_event(
            s, get_case(s, CASE_REF), EventKind.COORDINATOR_CONTACT, today - dt.timedelta(1)
        )
    )
    qtbot.waitUntil(lambda: refreshes == [1])
    assert not any(r.rule == "coordinator_contact" for r in window.due_view.rows)
    qtbot.waitUntil(lambda: not any("crisis centre" in line for line in overview_lines()))
    qtbot.wait(600)
    assert refreshes == [1]  # one refresh for the write, not one per flush


def test_a_write_to_one_case_re_reads_only_its_due_rows(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    today = dt.date.today()
    with window.session.vault.session() as s:
        other = create_case(s, "K-2026-099", today)
        describe_case(s, other, crisis_centre_admission_on=today - dt.timedelta(days=3))
        mine = get_case(s, CASE_REF).id
    window.refresh()

    def contacts() -> list:
        return [r for r in window.due_view.rows if r.rule == "coordinator_contact"]

    assert [r.case_reference for r in contacts()] == ["K-2026-099"]
    reads: list[object] = []
    real_load = due_ops.load
    monkeypatch.setattr(
        due_ops,
        "load",
        lambda session, on, done, case_ids=None: (
            reads.append(case_ids),
            real_load(session, on, done, case_ids),
        ),
    )
    admitted = today - dt.timedelta(days=10)
    window.session.run(
        lambda s: describe_case(s, get_case_by_id(s, mine), crisis_centre_admission_on=admitted)
    )
    qtbot.waitUntil(lambda: len(contacts()) == 2, timeout=3000)
    assert reads == [frozenset({mine})]  # not the whole vault
    by_case = {r.case_reference: r.group for r in contacts()}
    assert by_case == {CASE_REF: "overdue", "K-2026-099": "today"}
    assert window.case_list.overdue_ids == {mine}
