"""One function per user action: each runs one service command (or one read model) in a
unit of work on the session's worker and reports back on the GUI thread. Tabs call these
and hold widgets and models only; the session reports what every write touched
(`VaultSession.wrote`), and the workbook has the tabs showing it re-read. Like Anki's
qt/aqt/operations/."""

from __future__ import annotations

from vnr_desk.ui.worker import Done, Failed

__all__ = ["Done", "Failed"]
