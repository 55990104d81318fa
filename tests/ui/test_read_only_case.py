"""A case handed over to a colleague and kept here is read-only: the workbook says so above
the tabs and no editor takes typing that could not be saved (issue 17)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QPlainTextEdit

from tests.ui.conftest import CASE_REF
from vnr_desk.domain import CaseHandover
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.journal import JournalTab


def _mark_handed_over(window: MainWindow, reference: str) -> int:
    with window.session.vault.session() as s:
        case = get_case(s, reference)
        s.add(
            CaseHandover(
                case_uid=str(uuid.uuid4()),
                case_id=case.id,
                reference=reference,
                direction="out",
                colleague="Mette Kollega",
                fingerprint="0" * 64,
                at=dt.datetime(2026, 11, 30, 9, 0),
                then="keep",
                read_only=True,
            )
        )
        return case.id


def _journal(window: MainWindow) -> JournalTab:
    return next(t for t in window.workbook.tabs if isinstance(t, JournalTab))


def test_a_handed_over_case_shows_a_banner_and_takes_no_typing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    handed = _mark_handed_over(window, CASE_REF)
    with window.session.vault.session() as s:
        other = create_case(s, "K-2026-777", dt.date(2026, 11, 1)).id

    window.open_case(handed, "journal")
    banner = window.workbook.read_only_banner
    qtbot.waitUntil(banner.isVisible)
    assert "Mette Kollega" in banner.text() and "30.11.2026" in banner.text()
    editors = _journal(window).findChildren(QPlainTextEdit)
    assert editors and all(e.isReadOnly() for e in editors)
    editor = _journal(window).editor
    editor.setFocus()
    qtbot.keyClicks(editor, "skrives ikke")
    assert "skrives ikke" not in editor.toPlainText()

    window.open_case(other, "journal")
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert not _journal(window).editor.isReadOnly()


def test_a_lock_forgets_the_mark(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    handed = _mark_handed_over(window, CASE_REF)
    window.open_case(handed, "journal")
    qtbot.waitUntil(window.workbook.read_only_banner.isVisible)
    window.workbook.clear()
    assert not window.workbook.read_only_banner.isVisible()
    assert window.workbook.read_only_banner.isHidden()
