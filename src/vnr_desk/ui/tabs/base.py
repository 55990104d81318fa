"""What every workbook tab does, so the workbook can treat them alike."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.unsaved import UnsavedText


class CaseTab(QWidget):
    """A tab showing one case. `key` names it for `--tab` and the due view's links.

    `shows` lists the domain classes whose rows the tab displays: after a committed write
    of any of them, from whichever tab, the workbook calls `refresh`. A refresh updates
    what is shown in place and never touches a field the user types in (nothing typed is
    reloaded away, no focus or selection moves)."""

    key = ""
    shows: ClassVar[frozenset[type]] = frozenset()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.case_id: int | None = None

    def title(self) -> str:
        raise NotImplementedError

    def load(self, case_id: int) -> None:
        self.case_id = case_id

    def refresh(self) -> None:
        """Re-read the open case's rows and update the widgets in place."""

    def touched_by(self, written: frozenset[type]) -> bool:
        return bool(self.shows & written)

    def clear(self) -> None:
        """Forget everything shown (on lock): no case data left in any widget."""
        self.case_id = None

    def flush(self) -> None:
        """Save pending edits now (before lock, quit, tab or case change)."""

    def unsaved(self) -> list[UnsavedText]:
        """Typed text whose save failed: asked right before a lock clears the tab."""
        return []
