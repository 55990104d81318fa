"""The case workbook: one tab per view of the case. Switching tab or case flushes edits.

Every committed write reports the row types it touched (`VaultSession.wrote`); after a
burst of writes the workbook asks each tab of the open case whether it shows any of them
and has those re-read, in place. This is Anki's `operation_did_execute`: whichever tab
made the change, every tab stays current."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.scope import ChangeRecord
from vnr_desk.services.views.case_facts import CaseHeader
from vnr_desk.ui import dates
from vnr_desk.ui.operations import cases as case_ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab

REFRESH_BURST_MS = 400  # writes closer together than this cause one re-read


class Workbook(QWidget):
    def __init__(self, session: VaultSession, tabs: list[CaseTab]) -> None:
        super().__init__()
        self.session = session
        self.tabs = tabs
        self.case_id: int | None = None
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("workbook_tabs")
        for tab in tabs:
            self.tab_widget.addTab(tab, tab.title())
        self._previous = 0
        self.tab_widget.currentChanged.connect(self._tab_changed)
        self.empty = QLabel(self.tr("Choose a case in the list, or create a new one (Ctrl+N)."))
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tab_widget)
        # A case handed over to a colleague and kept here is read-only: say so above the
        # tabs and let nothing be typed that could not be saved.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; padding: 6px; font-weight: bold; }"
        )
        self.read_only_banner.hide()
        self._made_read_only: list[QLineEdit | QPlainTextEdit | QTextEdit] = []
        self._handover: tuple[str, dt.date] | None = None
        self._closed_on: dt.date | None = None
        # Which case am I in: the reference and the citizen's name, inside the window only
        # (a window title reaches task bars, screen sharing and window lists).
        self.header = QLabel()
        self.header.setObjectName("case_header")
        self.header.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; padding: 4px; }")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.stack)
        self._written: set[type] = set()
        self._burst = QTimer(self)
        self._burst.setSingleShot(True)
        self._burst.setInterval(REFRESH_BURST_MS)
        self._burst.timeout.connect(self._reread)
        session.wrote.connect(self._wrote)

    def open_case(self, case_id: int, tab_key: str | None = None) -> None:
        self.flush()
        self.case_id = case_id
        self._burst.stop()
        self._written.clear()
        self._closed_on = None
        self._set_read_only(None)
        self.header.clear()
        for tab in self.tabs:
            tab.load(case_id)
        self.stack.setCurrentWidget(self.tab_widget)
        if tab_key:
            self.show_tab(tab_key)
        self._check_handover(case_id)
        self._load_header(case_id)

    def _check_handover(self, case_id: int) -> None:
        case_ops.handover_mark(
            self.session,
            case_id,
            lambda mark: self._set_read_only(mark) if self.case_id == case_id else None,
        )

    def _load_header(self, case_id: int) -> None:
        case_ops.header(
            self.session,
            case_id,
            lambda header: self._show_header(header) if self.case_id == case_id else None,
        )

    def _show_header(self, header: CaseHeader) -> None:
        text = header.reference
        if header.citizen:
            text = self.tr("{reference} — {citizen}").format(
                reference=header.reference, citizen=header.citizen
            )
        if header.closed_on is not None:
            text += "  " + self.tr("(closed)")
        self.header.setText(text)
        self.header.show()
        if header.closed_on != self._closed_on:
            self._closed_on = header.closed_on
            self._apply_read_only()

    def _set_read_only(self, mark: tuple[str, dt.date] | None) -> None:
        """Show the case as handed over (`mark`: colleague and date) or as editable."""
        self._handover = mark
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        """A handed-over case and a closed case are read-only; a closed one says how to
        change it (reopen it on the Overview)."""
        for editor in self._made_read_only:
            editor.setReadOnly(False)
        self._made_read_only = []
        if self._handover is not None:
            colleague, on = self._handover
            text = self.tr(
                "Handed over to {colleague} on {date}. The case is read-only here."
            ).format(colleague=colleague, date=dates.day(on))
        elif self._closed_on is not None:
            text = self.tr(
                "Closed on {date}. The case is read-only; reopen it on the Overview to change it."
            ).format(date=dates.day(self._closed_on))
        else:
            self.read_only_banner.hide()
            return
        self.read_only_banner.setText(text)
        self.read_only_banner.show()
        for tab in self.tabs:
            editors = [
                *tab.findChildren(QLineEdit),
                *tab.findChildren(QPlainTextEdit),
                *tab.findChildren(QTextEdit),
            ]
            for editor in editors:
                if not editor.isReadOnly():
                    editor.setReadOnly(True)
                    self._made_read_only.append(editor)

    def show_tab(self, key: str) -> None:
        for i, tab in enumerate(self.tabs):
            if tab.key == key:
                self.tab_widget.setCurrentIndex(i)
                return
        raise KeyError(key)

    def current_tab(self) -> CaseTab:
        return self.tabs[self.tab_widget.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        if 0 <= self._previous < len(self.tabs):
            self.tabs[self._previous].flush()
        self._previous = index

    def flush(self) -> None:
        for tab in self.tabs:
            tab.flush()

    @property
    def refresh_pending(self) -> bool:
        """A burst of writes is still gathering before its re-read."""
        return self._burst.isActive()

    def _wrote(self, changes: ChangeRecord) -> None:
        if self.case_id is None:
            return
        if changes.case_ids is not None and self.case_id not in changes.case_ids:
            return  # another case's rows (an import, a demo): nothing here went stale
        self._written.update(changes.types)
        self._burst.start()

    def _reread(self) -> None:
        """Re-read, in every tab, what the last burst of writes touched."""
        written = frozenset(self._written)
        self._written.clear()
        if self.case_id is None or not self.session.is_unlocked:
            return
        for tab in self.tabs:
            if tab.touched_by(written):
                tab.refresh()
        if written & case_ops.HANDOVER_ROWS:
            self._check_handover(self.case_id)
        if written & case_ops.HEADER_SHOWS:
            self._load_header(self.case_id)

    def clear(self) -> None:
        self._burst.stop()
        self._written.clear()
        self._closed_on = None
        self._set_read_only(None)
        self.header.clear()
        self.header.hide()
        for tab in self.tabs:
            tab.clear()
        self.case_id = None
        self.stack.setCurrentWidget(self.empty)
