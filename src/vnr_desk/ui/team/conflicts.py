"""The conflicts view: each open conflict with base, mine and theirs side by side, and
the three ways out — keep mine, keep theirs, or type the value that should stand. A hard
conflict stays here until someone resolves it; a soft one (both changes went in) is
marked as reviewed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.team.views import ConflictView, shown_value
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import team as ops
from vnr_desk.ui.widgets.common import DiscardGuard, heading, show_status, status_label

if TYPE_CHECKING:
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.session import VaultSession


class ConflictsDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.session = session
        self.rows: list[ConflictView] = []
        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.currentRowChanged.connect(self._show)
        self.base = self._pane("conflict_base")
        self.mine = self._pane("conflict_mine")
        self.theirs = self._pane("conflict_theirs")
        self.theirs_label = QLabel(self.tr("Theirs"))
        grid = QGridLayout()
        for col, (label, pane) in enumerate(
            (
                (QLabel(self.tr("Before (base)")), self.base),
                (QLabel(self.tr("Mine (this laptop)")), self.mine),
                (self.theirs_label, self.theirs),
            )
        ):
            grid.addWidget(label, 0, col)
            grid.addWidget(pane, 1, col)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_mine.setObjectName("keep_mine")
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_theirs.setObjectName("keep_theirs")
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.value = QLineEdit()
        self.value.setObjectName("conflict_value")
        self.value.setPlaceholderText(self.tr("…or type the value that should stand"))
        self.use_value = QPushButton(self.tr("&Use this value"))
        self.use_value.setObjectName("use_value")
        self.use_value.clicked.connect(lambda: self._resolve("value"))
        actions = QHBoxLayout()
        for widget in (self.keep_mine, self.keep_theirs, self.value, self.use_value):
            actions.addWidget(widget)
        self.message = status_label("conflict_message")
        self.guard = DiscardGuard(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.guard.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync conflicts: nothing was overwritten")))
        layout.addWidget(self.list, 1)
        layout.addLayout(grid, 2)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(980, 600)
        self.reload()

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setObjectName(name)
        pane.setReadOnly(True)
        return pane

    def reload(self) -> None:
        ops.conflicts(self.session, self._fill)

    def _fill(self, rows: list[ConflictView]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            kind = (
                self.tr("Both changed the same field")
                if row.kind == "hard"
                else self.tr("Changed on both sides, merged — please review")
            )
            item = QListWidgetItem(f"{row.case_reference} · {row.table}.{row.field} · {kind}")
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        else:
            for pane in (self.base, self.mine, self.theirs):
                pane.clear()
            show_status(self.message, self.tr("No open conflicts."))
        for button in (self.keep_mine, self.keep_theirs, self.use_value):
            button.setEnabled(bool(rows))

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.base.setPlainText(shown_value(row.base))
        self.mine.setPlainText(shown_value(row.mine))
        self.theirs.setPlainText(shown_value(row.theirs))
        self.theirs_label.setText(self.tr("Theirs ({name})").format(name=row.other))

    def _resolve(self, keep: str) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        value: object = self.value.text() if keep == "value" else None
        ops.resolve(self.session, self.rows[index].id, keep, value, self._resolved, self._failed)

    def _resolved(self, _outcome: object) -> None:
        self.value.clear()
        self.guard.reset()
        show_status(self.message, self.tr("Resolved."))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.message, error_text(exc), error=True)


def show_conflicts(window: MainWindow) -> ConflictsDialog:
    dialog = ConflictsDialog(window.session, window)
    dialog.setObjectName("conflicts_dialog")
    dialog.finished.connect(lambda _: window.team_status.refresh())
    dialog.open()
    return dialog
