"""The intake, people, case-facts and closing dialogs driven through their widgets: fields
filled, OK clicked, and the stored result read back from the vault."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from tests.ui.conftest import CASE_REF
from vnr_desk.domain import AuditEntry, Case, CaseEvent, CasePerson, EventKind
from vnr_desk.services.cases import get_case
from vnr_desk.ui import translations
from vnr_desk.ui.case_dialogs.intake import IntakeDialog
from vnr_desk.ui.case_dialogs.person import PersonDialog
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.overview import OverviewTab
from vnr_desk.ui.widgets.common import discard_guard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(widget: QWidget, name: str) -> None:
    """A Danish screenshot at the size the dialog opens with; kept in docs/screenshots/
    when VNR_DESK_SCREENSHOTS=1 (a test run leaves the source tree alone otherwise)."""
    widget.adjustSize()
    image = widget.grab()
    assert not image.isNull()
    if os.environ.get("VNR_DESK_SCREENSHOTS") == "1":
        image.save(str(SCREENSHOTS / name))


@pytest.fixture(autouse=True)
def danish(qapp):  # type: ignore[no-untyped-def]
    translations.install(qapp, "da")
    yield
    translations.install(qapp, "en")


def click_ok(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_date(widget, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    widget.known.setChecked(True)
    widget.edit.setDate(QDate(day.year, day.month, day.day))


def overview(window: MainWindow) -> OverviewTab:
    return next(t for t in window.workbook.tabs if isinstance(t, OverviewTab))


def stored(window: MainWindow, fn):  # type: ignore[no-untyped-def]
    with window.session.vault.session() as s:
        return fn(s)


def fill_intake(qtbot, dialog: IntakeDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.citizen.name, "Mette Eksempel")
    set_date(dialog.citizen.born, dt.date(1990, 5, 1))
    qtbot.keyClicks(dialog.citizen.phone, "+45 12 34 56 78")
    qtbot.keyClicks(dialog.citizen.address, "Skjultvej 1")
    dialog.citizen.protected.setChecked(True)
    dialog.route.setCurrentIndex(dialog.route.findData("crisis_centre_admission"))
    set_date(dialog.admission, dt.date(2026, 11, 20))
    set_date(dialog.notified, dt.date(2026, 11, 23))
    dialog.forms.boxes["psychological"].setChecked(True)
    dialog.forms.boxes["economic"].setChecked(True)
    dialog.urgent.setChecked(True)


def add_other(dialog: IntakeDialog, role: str, name: str) -> None:
    def answer(person: QDialog) -> bool:
        assert isinstance(person, PersonDialog)
        person.form.set_role(role)
        person.form.name.setText(name)
        person._ok()
        return person.result() == QDialog.DialogCode.Accepted

    dialog.run_dialog = answer
    dialog.add_person.click()


def test_intake_dialog_opens_a_whole_case_and_shows_its_header(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.today = lambda: dt.date(2026, 12, 2)
    seen: list[IntakeDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, IntakeDialog)
        seen.append(dialog)
        dialog.show()
        assert dialog.prefix.text() == "VNR-"
        assert dialog.reference.text() == "VNR-2026-001"
        fill_intake(qtbot, dialog)
        add_other(dialog, "child", "Lille Eksempel")
        add_other(dialog, "person_using_violence", "Bo Voldersen")
        assert dialog.household.count() == 2
        assert discard_guard(dialog).changed()
        shoot(dialog, "intake.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    window.run_dialog = answer
    window.new_case()
    assert seen and seen[0].result_ids is not None

    def check(s):  # type: ignore[no-untyped-def]
        case = get_case(s, "VNR-2026-001")
        people = s.scalars(select(CasePerson).where(CasePerson.case_id == case.id)).all()
        return (
            case.intake_route,
            case.crisis_centre_admission_on,
            case.municipality_notified_on,
            sorted(f.form.value for f in case.violence_forms),
            case.urgent,
            [(p.role.value, p.name, p.protected_address) for p in people],
        )

    route, admitted, notified, forms, urgent, people = stored(window, check)
    assert (route, admitted, notified) == (
        "crisis_centre_admission",
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 23),
    )
    assert forms == ["economic", "psychological"] and urgent
    assert people == [
        ("victim_survivor", "Mette Eksempel", True),
        ("child", "Lille Eksempel", False),
        ("person_using_violence", "Bo Voldersen", False),
    ]
    header = window.workbook.header
    qtbot.waitUntil(lambda: "Mette Eksempel" in header.text())
    assert "VNR-2026-001" in header.text() and header.isVisible()
    assert "Mette" not in window.windowTitle() and "VNR-2026" not in window.windowTitle()


def test_a_taken_reference_is_said_in_the_dialog_which_keeps_what_was_typed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.citizen.name, "Anna Andersen")
        dialog.reference.setText(CASE_REF)
        click_ok(qtbot, dialog)
        assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
        assert CASE_REF in dialog.status.text()
        assert dialog.citizen.name.text() == "Anna Andersen"
        dialog.prefix.setText("KAL-")
        dialog.prefix.editingFinished.emit()
        assert dialog.reference.text() == CASE_REF  # typed by hand: kept
        dialog.reference.setText("KAL-2026-001")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    window.today = lambda: dt.date(2026, 12, 2)
    window.run_dialog = answer
    window.new_case()
    count = stored(window, lambda s: len(s.scalars(select(Case.id)).all()))
    assert count == 2
    prefix = stored(
        window,
        lambda s: __import__("vnr_desk.services.intake", fromlist=["x"]).reference_prefix(s),
    )
    assert prefix == "KAL-"


def _open_intake_case(qtbot, window: MainWindow) -> OverviewTab:  # type: ignore[no-untyped-def]
    def answer(dialog: QDialog) -> bool:
        fill_intake(qtbot, dialog)  # type: ignore[arg-type]
        add_other(dialog, "child", "Lille Eksempel")  # type: ignore[arg-type]
        click_ok(qtbot, dialog)
        return True

    window.today = lambda: dt.date(2026, 12, 2)
    window.run_dialog = answer
    window.new_case()
    tab = overview(window)
    tab.today = lambda: dt.date(2026, 12, 2)
    window.workbook.show_tab("overview")
    qtbot.waitUntil(lambda: tab.household_model.rowCount() == 2)
    return tab


def _select(tab: OverviewTab, name: str) -> None:
    for row in range(tab.household_model.rowCount()):
        if tab.household_model.index(row, 1).data() == name:
            tab.household.selectRow(row)
            return
    raise AssertionError(name)


def test_people_are_added_corrected_and_removed_in_error_from_the_overview(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = _open_intake_case(qtbot, window)

    def add(dialog: QDialog) -> bool:
        dialog.form.set_role("other_household_member")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.form.name, "Morfar Eksempel")  # type: ignore[attr-defined]
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = add
    assert tab.add_person.isEnabled()
    tab.add_person.click()
    qtbot.waitUntil(lambda: tab.household_model.rowCount() == 3)

    _select(tab, "Lille Eksempel")

    def edit(dialog: QDialog) -> bool:
        assert dialog.form.name.text() == "Lille Eksempel"  # type: ignore[attr-defined]
        dialog.form.name.setText("Lilla Eksempel")  # type: ignore[attr-defined]
        shoot(dialog, "person-edit.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = edit
    tab.edit_person.click()
    names = lambda s: sorted(  # noqa: E731
        p.name for p in s.scalars(select(CasePerson).where(CasePerson.removed_at.is_(None)))
    )
    assert "Lilla Eksempel" in stored(window, names)

    qtbot.waitUntil(lambda: tab.household_model.rowCount() == 3)
    _select(tab, "Morfar Eksempel")

    def remove(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.reason, "Indtastet i den forkerte sag")  # type: ignore[attr-defined]
        shoot(dialog, "person-remove.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = remove
    tab.remove_person.click()
    qtbot.waitUntil(lambda: tab.household_model.rowCount() == 2)
    removed = stored(
        window,
        lambda s: [
            (p.name, p.removed_reason)
            for p in s.scalars(select(CasePerson).where(CasePerson.removed_at.is_not(None)))
        ],
    )
    assert removed == [("Morfar Eksempel", "Indtastet i den forkerte sag")]
    assert "person.remove_in_error" in stored(
        window, lambda s: list(s.scalars(select(AuditEntry.action)))
    )


def test_case_facts_underretning_close_and_reopen_from_the_overview(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = _open_intake_case(qtbot, window)

    def facts(dialog: QDialog) -> bool:
        assert dialog.admission.value() == dt.date(2026, 11, 20)  # type: ignore[attr-defined]
        dialog.route.setCurrentIndex(dialog.route.findData("police_report"))  # type: ignore[attr-defined]
        set_date(dialog.discharge, dt.date(2026, 11, 30))  # type: ignore[attr-defined]
        dialog.forms.boxes["economic"].setChecked(False)  # type: ignore[attr-defined]
        shoot(dialog, "case-facts.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = facts
    tab.edit_facts.click()

    def concern(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.recipient, "Børn og Familie")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.remark, "Barnet har set volden")  # type: ignore[attr-defined]
        shoot(dialog, "underretning.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = concern
    tab.child_concern.click()
    assert "Børn og Familie" in tab.status.text()
    qtbot.waitUntil(lambda: "Børn og Familie" in tab.concerns.text())
    assert "02.12.2026" in tab.concerns.text()

    def close(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.reason, "Målene er nået")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.handed_to, "Voksenenheden")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.after_effort, "Samtaler hver 14. dag i tre måneder")  # type: ignore[attr-defined]
        shoot(dialog, "close-case.png")
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = close
    tab.close_case.click()
    qtbot.waitUntil(lambda: tab.reopen_case.isVisible())
    banner = window.workbook.read_only_banner
    qtbot.waitUntil(banner.isVisible)
    assert not tab.add_person.isEnabled() and not tab.edit_facts.isEnabled()

    def read(s):  # type: ignore[no-untyped-def]
        case = get_case(s, "VNR-2026-001")
        event = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)).one()
        return (
            case.intake_route,
            case.crisis_centre_discharge_on,
            sorted(f.form.value for f in case.violence_forms),
            (event.kind, event.recipient, event.remark),
            (case.closed_on, case.closing_reason, case.closed_handed_to, case.after_effort_text),
        )

    route, discharged, forms, event, closing = stored(window, read)
    assert route == "police_report" and discharged == dt.date(2026, 11, 30)
    assert forms == ["psychological"]
    assert event == (EventKind.CHILD_CONCERN_REPORT, "Børn og Familie", "Barnet har set volden")
    assert closing == (
        dt.date(2026, 12, 2),
        "Målene er nået",
        "Voksenenheden",
        "Samtaler hver 14. dag i tre måneder",
    )
    tab.reopen_case.click()
    qtbot.waitUntil(lambda: tab.close_case.isVisible())
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert stored(window, lambda s: get_case(s, "VNR-2026-001").is_open)


def test_the_overview_window_with_header_at_full_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open_intake_case(qtbot, window)
    qtbot.waitUntil(lambda: "Mette Eksempel" in window.workbook.header.text())
    assert "Mette" not in window.windowTitle()
    window.resize(1366, 768)
    shoot_window = window.grab()
    if os.environ.get("VNR_DESK_SCREENSHOTS") == "1":
        shoot_window.save(str(SCREENSHOTS / "case-header.png"))


def test_a_note_and_an_assessment_can_be_about_a_child(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.domain import Assessment, Note
    from vnr_desk.ui.tabs.assessment import AssessmentDialog, AssessmentTab
    from vnr_desk.ui.tabs.journal import JournalTab

    _open_intake_case(qtbot, window)
    journal = next(t for t in window.workbook.tabs if isinstance(t, JournalTab))
    window.workbook.show_tab("journal")
    qtbot.waitUntil(lambda: journal.about.count() == 2)
    assert journal.about.isVisibleTo(journal)
    qtbot.keyClicks(journal.editor, "Lille sover dårligt om natten")
    journal.about.setCurrentIndex(1)
    journal.about.activated.emit(1)
    child_id = journal.about.itemData(1)

    def tied(s):  # type: ignore[no-untyped-def]
        return [(n.text, n.person_id) for n in s.scalars(select(Note))]

    qtbot.waitUntil(lambda: ("Lille sover dårligt om natten", child_id) in stored(window, tied))

    tab = next(t for t in window.workbook.tabs if isinstance(t, AssessmentTab))
    window.workbook.show_tab("assessment")
    qtbot.waitUntil(lambda: tab.children != [])

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssessmentDialog)
        dialog.person.setCurrentIndex(dialog.person.findData(child_id))
        dialog.ratings["housing"].setValue(3)
        click_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = answer
    tab.new_assessment_dialog()
    assert stored(window, lambda s: [a.person_id for a in s.scalars(select(Assessment))]) == [
        child_id
    ]
    qtbot.waitUntil(lambda: "Lille Eksempel" in tab.choice.currentText())
