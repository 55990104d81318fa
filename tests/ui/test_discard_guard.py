"""A dialog with entered content asks "Discard changes?" on Esc, Cancel and close; an
untouched one closes at once; a lock closes a filled one without asking (issue 12)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.assessment import AssessmentDialog
from vnr_desk.ui.tabs.consent import Recipient, RecordConsentDialog
from vnr_desk.ui.tabs.meetings import NewMeetingDialog
from vnr_desk.ui.widgets.common import DiscardGuard, close_without_asking, discard_guard

TODAY = dt.date(2026, 3, 2)


def _shown(qtbot, dialog: QDialog) -> DiscardGuard:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog, before_close_func=close_without_asking)
    dialog.show()
    qtbot.waitExposed(dialog)
    guard = discard_guard(dialog)
    assert guard is not None
    return guard


def _answers(guard: DiscardGuard, answer: bool) -> list[bool]:
    asked: list[bool] = []

    def ask() -> bool:
        asked.append(answer)
        return answer

    guard.ask = ask
    return asked


def test_escape_on_a_filled_assessment_asks_and_no_keeps_it_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AssessmentDialog(None, TODAY)
    guard = _shown(qtbot, dialog)
    asked = _answers(guard, False)
    qtbot.keyClicks(dialog.descriptions["safety"], "Bor på krisecenter")
    qtbot.keyClick(dialog.descriptions["safety"], Qt.Key.Key_Escape)
    assert asked == [False]
    assert dialog.isVisible()
    assert dialog.descriptions["safety"].text() == "Bor på krisecenter"


def test_escape_with_discard_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog(dt.datetime(2026, 3, 9, 10))
    guard = _shown(qtbot, dialog)
    asked = _answers(guard, True)
    qtbot.keyClicks(dialog.place, "Rådhuset")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert asked == [True]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_and_close_button_ask_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RecordConsentDialog([Recipient("actor:1", "Krisecentret")], TODAY)
    guard = _shown(qtbot, dialog)
    asked = _answers(guard, False)
    dialog.purposes["share_information"].click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    dialog.close()
    assert asked == [False, False]
    assert dialog.isVisible()


def test_an_untouched_dialog_closes_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog(dt.datetime(2026, 3, 9, 10))
    guard = _shown(qtbot, dialog)
    asked = _answers(guard, True)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()


def test_typing_back_to_the_start_counts_as_untouched(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog(dt.datetime(2026, 3, 9, 10))
    guard = _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.place, "x")
    assert guard.changed()
    qtbot.keyClick(dialog.place, Qt.Key.Key_Backspace)
    assert not guard.changed()


def test_the_real_question_keeps_the_dialog_on_keep_editing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog(dt.datetime(2026, 3, 9, 10))
    _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.place, "Rådhuset")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "discard_changes"
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert seen == ["Discard changes?"]
    assert dialog.isVisible() and dialog.place.text() == "Rådhuset"


def test_lock_closes_a_filled_dialog_without_asking(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = AssessmentDialog(None, TODAY, window)
    guard = _shown(qtbot, dialog)
    asked = _answers(guard, False)
    qtbot.keyClicks(dialog.hopes, "Egen bolig")
    window.lock_now()
    assert asked == []
    assert not dialog.isVisible()
    assert not window.session.is_unlocked
