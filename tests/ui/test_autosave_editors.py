"""Nothing typed is lost: each editor of the workbook is typed into with key events through
several autosave-and-refresh cycles, on the real (threaded) worker, with more typing
landing while each refresh is still on its way. The full text, the focus and the cursor
must be as the user left them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from tests.ui.case_builder import CaseIds, case_vault_template, open_case_vault
from vnr_desk.domain import Meeting, Note
from vnr_desk.services import actors as actor_service
from vnr_desk.services import assessments as assessment_service
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.assessment import AssessmentDialog, AssessmentTab
from vnr_desk.ui.tabs.journal import JournalTab
from vnr_desk.ui.tabs.meetings import MeetingsTab
from vnr_desk.ui.tabs.plan import ActionDialog, GoalDialog, PlanTab
from vnr_desk.ui.worker import Worker

FAST_AUTOSAVE_MS = 150  # the debounce, shortened so three cycles take a second, not three
CHUNKS = ["Borgeren fortalte om ", "natten til fredag; ", "politiet kom kl. 02. ", "Næste: bolig."]


@pytest.fixture(scope="module")
def case_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CaseIds]:
    return case_vault_template(tmp_path_factory.mktemp("autosave-case") / "vault")


@pytest.fixture
def live(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, case_template: tuple[Path, CaseIds]
) -> Iterator[tuple[MainWindow, CaseIds]]:
    """The main window on its real background worker, the case open."""
    template, ids = case_template
    vault, settings = open_case_vault(template, tmp_path)
    win = MainWindow(vault, Worker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    for tab in win.workbook.tabs:
        autosaver = getattr(tab, "autosaver", None)
        if autosaver is not None:
            autosaver.timer.setInterval(FAST_AUTOSAVE_MS)
    settle(qtbot, win)
    win.open_case(ids.case_id)
    settle(qtbot, win)
    yield win, ids
    win.shutdown()


def settle(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until every queued save, refresh and burst re-read has landed."""
    qtbot.waitUntil(
        lambda: (
            not win.session.worker.is_busy
            and not win.workbook.refresh_pending
            and not win._stale.isActive()
        ),
        timeout=10000,
    )


def counting_refreshes(tab: QWidget) -> list[int]:
    """Count the tab's refreshes (its own after a save, and the workbook's)."""
    calls: list[int] = []
    original = tab.refresh  # type: ignore[attr-defined]

    def refresh(*args: object, **kwargs: object) -> None:
        calls.append(1)
        original(*args, **kwargs)

    tab.refresh = refresh  # type: ignore[attr-defined]
    return calls


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def cursor_position(editor: QWidget) -> int:
    if isinstance(editor, QPlainTextEdit):
        return editor.textCursor().position()
    assert isinstance(editor, QLineEdit)
    return editor.cursorPosition()


def text_of(editor: QWidget) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()  # type: ignore[attr-defined]


def type_through_cycles(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, editor: QWidget, cycle: Callable[[], None], start: str = ""
) -> str:
    """Type CHUNKS into `editor`; after each, one autosave-and-refresh cycle starts
    (`cycle` returns once its write is committed) and the next chunk is typed while the
    refresh is still on its way. Returns what the editor must hold."""
    expected = start
    for chunk in CHUNKS:
        qtbot.keyClicks(editor, chunk)
        expected += chunk
        cycle()
    settle(qtbot, win)
    return expected


def assert_untouched(editor: QWidget, expected: str) -> None:
    assert text_of(editor) == expected
    assert editor.hasFocus()
    assert cursor_position(editor) == len(expected)


def test_minutes_keep_text_focus_and_cursor_through_autosaves(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    win, ids = live
    win.workbook.show_tab("meetings")
    tab = win.workbook.current_tab()
    assert isinstance(tab, MeetingsTab)
    refreshes = counting_refreshes(tab)
    start = tab.minutes.toPlainText()
    focus(qtbot, tab.minutes)
    qtbot.keyClick(tab.minutes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.minutes, " ")

    def cycle() -> None:
        with qtbot.waitSignal(tab.autosaver.saved, timeout=5000):
            pass  # the debounce runs out and the save is committed; its refresh is queued

    expected = type_through_cycles(qtbot, win, tab.minutes, cycle, start + " ")
    assert len(refreshes) >= 3
    assert_untouched(tab.minutes, expected)
    assert tab.current_meeting() is not None and tab.current_meeting().id == ids.meeting
    assert tab.editor.isEnabled()
    tab.flush()
    with win.session.vault.session() as s:
        assert s.get(Meeting, ids.meeting).minutes == expected


def test_journal_keeps_text_focus_and_cursor_through_autosaves(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    win, ids = live
    win.workbook.show_tab("journal")
    tab = win.workbook.current_tab()
    assert isinstance(tab, JournalTab)
    tab.new_note()
    refreshes = counting_refreshes(tab)
    focus(qtbot, tab.editor)

    def cycle() -> None:
        with qtbot.waitSignal(tab.autosaver.saved, timeout=5000):
            pass

    expected = type_through_cycles(qtbot, win, tab.editor, cycle)
    assert len(refreshes) >= 3
    assert_untouched(tab.editor, expected)
    tab.flush()
    with win.session.vault.session() as s:
        texts = list(s.scalars(select(Note.text).where(Note.case_id == ids.case_id)))
    assert texts.count(expected) == 1


@pytest.mark.parametrize("field", ["agenda_text", "decision_text"])
def test_half_typed_agenda_line_and_decision_survive_minutes_autosaves(  # type: ignore[no-untyped-def]
    qtbot, live, field: str
) -> None:
    """The minutes typed a moment ago save (and refresh the meeting) while the caseworker
    is already typing the next agenda line or decision."""
    win, _ids = live
    win.workbook.show_tab("meetings")
    tab = win.workbook.current_tab()
    assert isinstance(tab, MeetingsTab)
    editor: QLineEdit = getattr(tab, field)
    refreshes = counting_refreshes(tab)
    focus(qtbot, editor)

    def cycle() -> None:
        with qtbot.waitSignal(tab.autosaver.saved, timeout=5000):
            tab.minutes.appendPlainText("Referat fortsat.")  # the pending minutes save

    expected = type_through_cycles(qtbot, win, editor, cycle)
    assert len(refreshes) >= 3
    assert_untouched(editor, expected)


def _foreign_write(qtbot, win: MainWindow, fn: Callable[..., object]) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    """A cycle made by a write elsewhere in the case, through the session like any tab's;
    it ends when the workbook's re-read has landed."""

    def cycle() -> None:
        win.session.run(fn)
        qtbot.waitUntil(lambda: win.workbook.refresh_pending)
        settle(qtbot, win)

    return cycle


def _open_dialog_and_type(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, dialog: QDialog, editor: QLineEdit, cycle: Callable[[], None]
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    focus(qtbot, editor)
    start = editor.text()
    editor.end(False)
    expected = type_through_cycles(qtbot, win, editor, cycle, start)
    assert_untouched(editor, expected)


def test_assessment_texts_survive_refreshes_while_the_dialog_is_open(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    win, ids = live
    win.workbook.show_tab("assessment")
    tab = win.workbook.current_tab()
    assert isinstance(tab, AssessmentTab)
    refreshes = counting_refreshes(tab)
    case_id = ids.case_id
    typed: list[str] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssessmentDialog)
        editor = dialog.descriptions["housing"]

        def record(s) -> None:  # type: ignore[no-untyped-def]
            case = get_case_by_id(s, case_id)
            assessment_service.record_assessment(s, case, tab.today(), {})

        _open_dialog_and_type(qtbot, win, dialog, editor, _foreign_write(qtbot, win, record))
        typed.append(editor.text())
        return False

    tab.run_dialog = answer
    tab.new_button.click()
    assert len(refreshes) >= 3 and typed and typed[0].endswith(CHUNKS[-1])


@pytest.mark.parametrize("which", ["goal", "action"])
def test_plan_texts_survive_refreshes_while_the_dialog_is_open(qtbot, live, which: str) -> None:  # type: ignore[no-untyped-def]
    win, ids = live
    win.workbook.show_tab("plan")
    tab = win.workbook.current_tab()
    assert isinstance(tab, PlanTab)
    refreshes = counting_refreshes(tab)
    case_id = ids.case_id
    typed: list[str] = []
    added = iter(range(100))

    def involve(s) -> None:  # type: ignore[no-untyped-def]
        case = get_case_by_id(s, case_id)
        actor = actor_service.add_actor(s, f"Rådgivning {next(added)}", "civil_society")
        actor_service.involve_actor(s, case, actor, role="rådgiver")

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, GoalDialog | ActionDialog)
        _open_dialog_and_type(qtbot, win, dialog, dialog.text, _foreign_write(qtbot, win, involve))
        typed.append(dialog.text.text())
        return False

    tab.run_dialog = answer
    (tab.goal_button if which == "goal" else tab.action_button).click()
    assert len(refreshes) >= 3 and typed == ["".join(CHUNKS)]
