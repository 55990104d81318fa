"""The groups dialogs as a caseworker uses them: add a group, book its meeting, record the
group consent on a case, convene within 24 hours (shown in the due list), put the case on
the agenda; refusals without consent; the discard guard; screenshots for docs/."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import CASE_REF
from vnr_desk.ui import translations
from vnr_desk.ui.case_groups_dialog import (
    AgendaDialog,
    CaseGroupsDialog,
    ConveneDialog,
    GroupConsentDialog,
    PresentationDialog,
    WithdrawGroupConsentDialog,
)
from vnr_desk.ui.groups_dialog import BookMeetingDialog, GroupEditDialog, GroupsDialog
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.widgets.common import DiscardGuard, close_without_asking, discard_guard

DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS_ENV = "VNR_DESK_SCREENSHOTS"  # set it to refresh docs/screenshots/ from this walk
TODAY = dt.date(2026, 3, 10)


def _answer(fill: Callable[[QDialog], None], shot: Path | None = None) -> Callable[[QDialog], bool]:
    """Stand in for exec(): fill the form as a person would, optionally photograph it."""

    def run(dialog: QDialog) -> bool:
        dialog.show()
        fill(dialog)
        if shot:
            assert dialog.grab().save(str(shot))
        dialog.accept()
        return True

    return run


def _case_id(window: MainWindow) -> int:
    from vnr_desk.services.cases import get_case

    with window.session.vault.session() as s:
        return get_case(s, CASE_REF).id


def _due_rules(window: MainWindow) -> list[tuple[str, str]]:
    window.due_view.refresh()
    return [(r.rule, r.case_reference) for r in window.due_view.rows]


@pytest.fixture
def today_window(window: MainWindow) -> MainWindow:
    window.today = lambda: TODAY
    window.due_view.today = lambda: TODAY
    return window


def test_groups_and_a_case_in_them(today_window: MainWindow) -> None:
    _walk(today_window, shots=None)


def test_screenshots_in_danish(today_window: MainWindow, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The same walk in Danish, photographed (for docs/screenshots/ with $VNR_DESK_SCREENSHOTS;
    looked at by hand)."""
    shots = DOCS_SHOTS if os.environ.get(SHOTS_ENV) else tmp_path
    try:
        assert translations.install(qapp, "da")
        _walk(today_window, shots=shots)
    finally:
        translations.install(qapp, "en")


def _walk(window: MainWindow, *, shots: Path | None) -> None:
    def shot(name: str) -> Path | None:
        return shots / name if shots else None

    groups = window.show_groups()
    assert isinstance(groups, GroupsDialog)

    def fill_group(d: QDialog) -> None:
        assert isinstance(d, GroupEditDialog)
        d.name.setText("Spjutspetsgruppen")
        d.members.setPlainText("Försörjningsstöd: Ebba Warntoft\nVuxenenheten\nBarn och familj")

    groups.exec_dialog = _answer(fill_group, shot("group-edit.png"))
    groups.add_group()
    [row] = groups.model.rows
    assert (row.name, row.kind, row.cadence_days) == ("Spjutspetsgruppen", "internal", 42)
    assert row.members[0] == ("Försörjningsstöd", "Ebba Warntoft")

    def fill_meeting(d: QDialog) -> None:
        assert isinstance(d, BookMeetingDialog)
        d.place.setText("Rådhuset, lokale 3")

    groups.exec_dialog = _answer(fill_meeting, shot("group-meeting.png"))
    groups.table.selectRow(0)
    groups.book_meeting()
    assert (
        groups.meetings_model.rows and groups.meetings_model.rows[0].place == "Rådhuset, lokale 3"
    )
    assert groups.status.text() in ("Meeting booked.", "Mødet er booket.")

    window.open_case(_case_id(window))
    case = window.show_case_groups()
    assert isinstance(case, CaseGroupsDialog)
    case.table.selectRow(0)
    # without consent: convening is refused, nothing recorded
    case.exec_dialog = _answer(lambda d: d.reason.setPlainText("Akut risiko"))  # type: ignore[attr-defined]
    case.convene()
    assert "consent" in case.status.text() or "samtykke" in case.status.text()
    assert case.model.rows[0].convened_on is None

    def fill_consent(d: QDialog) -> None:
        assert isinstance(d, GroupConsentDialog)

    case.exec_dialog = _answer(fill_consent, shot("group-consent.png"))
    case.record_consent()
    assert case.model.rows[0].may_share

    case.exec_dialog = _answer(
        lambda d: d.reason.setPlainText("Akut risiko"),  # type: ignore[attr-defined]
        shot("group-convene.png"),
    )
    case.convene()
    assert case.model.rows[0].convened_on == TODAY
    assert ("group_convene", CASE_REF) in _due_rules(window)
    if shots:
        assert case.grab().save(str(shots / "case-groups.png"))
        window.due_view.resize(700, 240)
        assert window.due_view.grab().save(str(shots / "due-with-groups.png"))

    def fill_agenda(d: QDialog) -> None:
        assert isinstance(d, AgendaDialog)
        d.topic.setText("Boligsituation")

    case.exec_dialog = _answer(fill_agenda, shot("group-agenda.png"))
    case.put_on_agenda()
    assert case.status.text() in ("The case is on the agenda.", "Sagen er sat på dagsordenen.")
    assert case.model.rows[0].convene_done
    assert ("group_convene", CASE_REF) not in _due_rules(window)

    def fill_presentation(d: QDialog) -> None:
        assert isinstance(d, PresentationDialog)
        d.text.setPlainText("Kvinde i 30'erne med to børn; ønsker egen bolig.")
        d.reviewed.setChecked(True)

    case.exec_dialog = _answer(fill_presentation, shot("case-presentation-text.png"))
    case.edit_presentation()
    assert case.view is not None and case.view.reviewed

    def fill_withdrawal(d: QDialog) -> None:
        assert isinstance(d, WithdrawGroupConsentDialog)
        d.recorded_by.setText("Sagsbehandler")

    case.exec_dialog = _answer(fill_withdrawal, shot("group-consent-withdraw.png"))
    case.withdraw_consent()
    assert case.model.rows[0].consent == "withdrawn" and not case.model.rows[0].may_share
    if shots:
        groups.refresh()
        assert groups.grab().save(str(shots / "groups.png"))


def test_group_meeting_row_in_due_view_opens_the_groups(today_window: MainWindow) -> None:
    window = today_window
    groups = window.show_groups()
    assert groups is not None
    groups.exec_dialog = _answer(lambda d: d.name.setText("PSP"))  # type: ignore[attr-defined]
    groups.add_group()
    window.due_view.today = lambda: TODAY + dt.timedelta(days=40)
    window.due_view.refresh()
    lines = [
        i
        for i, (_g, r, _n) in enumerate(window.due_view.model.lines)
        if r and r.rule == "group_meeting"
    ]
    assert lines
    opened: list[bool] = []
    window.due_view.groups_requested.connect(lambda: opened.append(True))
    window.due_view._activated(window.due_view.model.index(lines[0], 2))
    assert opened == [True]


def _shown(qtbot, dialog: QDialog) -> DiscardGuard:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog, before_close_func=close_without_asking)
    dialog.show()
    qtbot.waitExposed(dialog)
    guard = discard_guard(dialog)
    assert guard is not None
    return guard


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: GroupEditDialog(), "name"),
        (lambda: ConveneDialog("Spjutspetsgruppen"), "reason"),
        (lambda: PresentationDialog("", False), "text"),
        (lambda: BookMeetingDialog(dt.datetime(2026, 3, 9, 9)), "place"),
    ],
)
def test_filled_group_forms_ask_before_discarding(qtbot, make, field) -> None:  # type: ignore[no-untyped-def]
    dialog = make()
    guard = _shown(qtbot, dialog)
    asked: list[bool] = []
    guard.ask = lambda: asked.append(False) or False  # type: ignore[method-assign]
    qtbot.keyClicks(getattr(dialog, field), "Noget skrevet")
    qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)
    assert asked == [False] and dialog.isVisible()


def test_editing_the_presentation_clears_reviewed() -> None:
    dialog = PresentationDialog("Tekst", True)
    assert dialog.reviewed.isChecked()
    dialog.text.setPlainText("Tekst med ændring")
    assert not dialog.reviewed.isChecked()


def test_print_dialog_offers_the_presentation_for_internal_use_only(
    today_window: MainWindow,
) -> None:
    window = today_window
    window.open_case(_case_id(window))
    dialog = window.show_export()
    assert dialog is not None
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert "case-presentation" in kinds
    dialog.kind.setCurrentIndex(kinds.index("case-presentation"))
    assert dialog.recipient.currentData() == "internal"
    assert not dialog.recipient.isEnabled()
    dialog.kind.setCurrentIndex(kinds.index("plan"))
    assert dialog.recipient.isEnabled()
    close_without_asking(dialog)
