"""What every workbook tab does, so the workbook can treat them alike."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.unsaved import UnsavedText


class CaseTab(QWidget):
    """A tab showing one case. `key` names it for `--tab` and the due view's links."""

    key = ""

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.case_id: int | None = None

    def title(self) -> str:
        raise NotImplementedError

    def load(self, case_id: int) -> None:
        self.case_id = case_id

    def refresh_derived(self) -> None:
        """Re-read what this tab derives from other tabs' writes (deadlines, consent
        warnings). Only read-only tabs do anything: nothing typed is ever reloaded away."""

    def clear(self) -> None:
        """Forget everything shown (on lock): no case data left in any widget."""
        self.case_id = None

    def flush(self) -> None:
        """Save pending edits now (before lock, quit, tab or case change)."""

    def unsaved(self) -> list[UnsavedText]:
        """Typed text whose save failed: asked right before a lock clears the tab."""
        return []
