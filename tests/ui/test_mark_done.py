"""Working deadlines through the widgets: "Mark done…" in the due view and on the Overview
records the matching event with date and remark; urgent set and cleared by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.ui.conftest import CASE_REF
from vnr_desk.domain import EventKind
from vnr_desk.services import events
from vnr_desk.services.cases import describe_case, get_case
from vnr_desk.ui import labels
from vnr_desk.ui.deadline_dialog import MarkDoneDialog, UrgentReasonDialog
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.overview import OverviewTab
from vnr_desk.ui.widgets.common import set_date


def _admitted_ten_days_ago(window: MainWindow) -> int:
    today = dt.date.today()
    with window.session.vault.session() as s:
        case = get_case(s, CASE_REF)
        describe_case(s, case, crisis_centre_admission_on=today - dt.timedelta(days=10))
        return case.id


def _events(window: MainWindow, case_id: int) -> list[tuple[str, dt.date, str]]:
    with window.session.vault.session() as s:
        case = get_case(s, CASE_REF)
        assert case.id == case_id
        return [(e.kind.value, e.occurred_on, e.remark) for e in events.events(s, case)]


def _save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_due_view_mark_done_records_the_coordinator_contact(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    case_id = _admitted_ten_days_ago(window)
    window.refresh()
    view = window.due_view
    line = next(
        i
        for i, (_, row, _) in enumerate(view.model.lines)
        if row is not None and row.rule == "coordinator_contact"
    )
    assert not view.mark_done.isEnabled()
    view.table.selectRow(line)
    assert view.mark_done.isEnabled()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    seen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MarkDoneDialog)
        seen.append(dialog.windowTitle())
        set_date(dialog.done_on, yesterday)
        dialog.remark.setPlainText("Ringet til krisecentret, talt med Anne")
        _save(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    view.run_dialog = fill
    view.mark_done.click()
    assert seen == ["Mark deadline done"]
    assert _events(window, case_id) == [
        ("coordinator_contact", yesterday, "Ringet til krisecentret, talt med Anne")
    ]

    def rules() -> set[str]:
        return {r.rule for r in view.rows if r.case_id == case_id}

    qtbot.waitUntil(lambda: "coordinator_contact" not in rules(), timeout=3000)  # done: gone
    assert "first_visit" in rules()  # the later group holds it (18 days out)
    assert {r.group for r in view.rows if r.rule == "first_visit"} == {"later"}
    assert "Marked done" in view.status.text()


def test_cancelled_mark_done_records_nothing(window: MainWindow) -> None:
    case_id = _admitted_ten_days_ago(window)
    window.refresh()
    view = window.due_view
    line = next(
        i for i, (_, row, _) in enumerate(view.model.lines) if row and row.rule == "first_visit"
    )
    view.table.selectRow(line)
    view.run_dialog = lambda dialog: False
    view.mark_done.click()
    assert _events(window, case_id) == []


def _overview(window: MainWindow, case_id: int) -> OverviewTab:
    window.open_case(case_id, "overview")
    tab = window.workbook.current_tab()
    assert isinstance(tab, OverviewTab)
    return tab


def test_overview_mark_done_records_the_first_visit(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    case_id = _admitted_ten_days_ago(window)
    tab = _overview(window, case_id)
    rows = [tab.deadlines.item(i) for i in range(tab.deadlines.count())]
    first_visit = next(i for i, item in enumerate(rows) if "First visit" in item.text())
    tab.deadlines.setCurrentRow(first_visit)
    assert tab.mark_done.isEnabled()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MarkDoneDialog)
        assert dialog.done_on.maximumDate().toPython() == dt.date.today()
        dialog.remark.setPlainText("Hjemmebesøg, handleplan for 3 måneder lavet")
        _save(dialog)
        return True

    tab.run_dialog = fill
    tab.mark_done.click()
    today = dt.date.today()
    assert _events(window, case_id) == [
        ("first_visit", today, "Hjemmebesøg, handleplan for 3 måneder lavet")
    ]

    def texts() -> list[str]:
        return [tab.deadlines.item(i).text() for i in range(tab.deadlines.count())]

    qtbot.waitUntil(lambda: not any("First visit" in t for t in texts()), timeout=3000)


def test_overview_urgent_needs_a_reason_and_starts_the_24_hour_meeting(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    case_id = _admitted_ten_days_ago(window)
    tab = _overview(window, case_id)
    assert tab.urgent.text() == "No"
    refused: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, UrgentReasonDialog)
        _save(dialog)  # no reason yet: refused, stays open
        refused.append(dialog.status.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason.setPlainText("Trusler mod borgeren i nat")
        _save(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill
    tab.urgent_button.click()
    assert refused == ["Give a reason."]
    qtbot.waitUntil(lambda: "URGENT" in tab.urgent.text(), timeout=3000)
    texts = [tab.deadlines.item(i).text() for i in range(tab.deadlines.count())]
    assert any("Urgent coordination meeting" in t for t in texts)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert any(t.startswith(labels.date_text(tomorrow)) for t in texts)
    window.refresh()
    assert any(r.rule == "urgent_meeting" and r.due_on == tomorrow for r in window.due_view.rows)

    def clear(dialog: QDialog) -> bool:
        dialog.reason.setPlainText("Borgeren er flyttet i sikkerhed")
        _save(dialog)
        return True

    tab.run_dialog = clear
    assert tab.urgent_button.text() == "Clear &urgent…"
    tab.urgent_button.click()
    qtbot.waitUntil(lambda: tab.urgent.text() == "No", timeout=3000)
    kinds = [(k, r) for k, _, r in _events(window, case_id)]
    assert kinds == [
        (EventKind.URGENT_SET.value, "Trusler mod borgeren i nat"),
        (EventKind.URGENT_CLEARED.value, "Borgeren er flyttet i sikkerhed"),
    ]


def test_consent_expiry_reads_as_a_reminder() -> None:
    expires = dt.date(2026, 9, 3)
    text = labels.deadline_what("consent_expiry", "Jobcenter Nord", expires)
    assert text == "Renew consent for Jobcenter Nord before 03.09.2026"
    reminder = labels.deadline_state("consent_expiry", "overdue", expires, dt.date(2026, 8, 20))
    assert reminder == "Reminder"
    assert labels.deadline_state("consent_expiry", "overdue", expires, dt.date(2026, 9, 4)) == (
        "Overdue"
    )
