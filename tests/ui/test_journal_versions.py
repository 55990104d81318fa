"""A journal note from an earlier day is edited as a new version; a note of today is
autosaved in place (issue 12, fault 5)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from vnr_desk.domain import NoteVersion
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.journal import JournalTab, NoteHistoryDialog

OLD = "Første samtale. Borgeren ønsker egen bolig."  # written 2 March 2026 (conftest)


def _journal(window: MainWindow) -> JournalTab:
    window.open_case(window.case_list.model.rows[0].id, "journal")
    journal = window.workbook.current_tab()
    assert isinstance(journal, JournalTab)
    return journal


def _row(journal: JournalTab, start: str) -> QModelIndex:
    for i, row in enumerate(journal.model.rows):
        if row.text.startswith(start):
            return journal.model.index(i)
    raise AssertionError(f"no note starting {start!r}")


def test_editing_an_older_note_keeps_the_old_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    journal._open_note(_row(journal, OLD))
    assert not journal.history_button.isEnabled()
    journal.editor.setFocus()
    journal.editor.moveCursor(journal.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(journal.editor, " Rettet: ønsker bolig i en anden by.")
    journal.autosaver.save()
    qtbot.keyClicks(journal.editor, " Mere.")
    journal.autosaver.save()
    new = OLD + " Rettet: ønsker bolig i en anden by. Mere."
    assert journal.editor.toPlainText() == new
    with window.session.vault.session() as s:
        assert [v.text for v in s.scalars(select(NoteVersion))] == [OLD]  # one version
    index = _row(journal, OLD)
    assert "edited" in index.data(Qt.ItemDataRole.DisplayRole)
    assert journal.history_button.isEnabled()
    shown: list[list[str]] = []

    def read(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoteHistoryDialog)
        shown.append([v.text for v in dialog.versions])
        assert OLD in dialog.view.toPlainText()
        return False

    journal.run_dialog = read
    journal.history_button.click()
    assert shown == [[OLD, new]]


def test_a_note_of_today_is_autosaved_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    journal = _journal(window)
    journal.new_note()
    qtbot.keyClicks(journal.editor, "Ny note i dag")
    journal.autosaver.save()
    qtbot.keyClicks(journal.editor, ", rettet")
    journal.autosaver.save()
    with window.session.vault.session() as s:
        assert s.scalars(select(NoteVersion)).all() == []
    [row] = [r for r in journal.model.rows if r.text == "Ny note i dag, rettet"]
    assert row.edited_at is None
    assert not journal.history_button.isEnabled()
