"""Text an editor could not save (disk full, a damaged page) at the moment of a lock.

The lock goes ahead regardless; the text is kept here, in memory only (never on disk in
plaintext), and the main window saves it again after unlock and until it succeeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from vnr_desk.ui.autosave import AutoSaver, NoteRef
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.session import UnitOfWork


@dataclass(frozen=True)
class UnsavedText:
    where: str  # "the journal", "the minutes": for the message after unlock
    case_id: int
    text: str
    reason: str  # why the last save failed, as one translated sentence
    save: Callable[[UnitOfWork], object]


class SaveFailures(QObject):
    """Remembers why an autosaver's last save failed, so its unsaved text can be held
    with the reason when the vault locks."""

    def __init__(self, saver: AutoSaver, where: Callable[[], str]) -> None:
        super().__init__(saver)
        self.saver = saver
        self.where = where
        self.reason = ""
        saver.failed.connect(self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.reason = error_text(exc)

    def unsaved(self) -> list[UnsavedText]:
        """The editor's text if its last save did not go through, else nothing."""
        saver, ref = self.saver, self.saver.ref
        if ref is None or not saver.dirty:
            return []
        text = saver.editor.toPlainText()
        if ref.id is None and not text.strip():
            return []
        copy, save_fn = NoteRef(ref.case_id, ref.id), saver.save_fn

        def save(s: UnitOfWork) -> object:
            copy.id = save_fn(s, copy, text)
            return copy.id

        return [UnsavedText(self.where(), ref.case_id, text, self.reason, save)]
