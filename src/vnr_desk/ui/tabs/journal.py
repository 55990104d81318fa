"""Journal: notes newest first, search within the case, and an editor that autosaves.

A note from an earlier day is edited as a new version (the service keeps the old text):
the list and the status say "edited <date>", and History… lists every text it has had."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.services.views.journal import NoteRow, NoteVersionRow
from vnr_desk.ui import dates
from vnr_desk.ui.autosave import AutoSaver, NoteRef
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import journal as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.unsaved import SaveFailures, UnsavedText
from vnr_desk.ui.widgets.common import exec_dialog, merge_rows, row_id

Index = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[NoteRow] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        """Merge in place by note id: the list keeps its selection while notes save."""
        merge_rows(self, self.rows, rows, row_id)

    def reset_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first_line = row.text.strip().splitlines()[0] if row.text.strip() else ""
            preview = first_line if len(first_line) <= 90 else first_line[:89] + "…"
            when = dates.moment(row.written_at)
            if row.edited_at is not None:
                when += "  ·  " + QCoreApplication.translate("JournalTab", "edited {day}").format(
                    day=dates.day(row.edited_at)
                )
            return f"{when}\n{preview}"
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class NoteHistoryDialog(QDialog):
    """Every text a note has had, oldest first: read-only."""

    def __init__(self, versions: list[NoteVersionRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note history"))
        self.view = QPlainTextEdit()
        self.view.setObjectName("note_history")
        self.view.setReadOnly(True)
        parts = []
        for v in versions:
            if v.replaced_at is None:
                head = self.tr("Current text, since {when}").format(when=dates.moment(v.written_at))
            else:
                head = self.tr("{start} – replaced {end}").format(
                    start=dates.moment(v.written_at), end=dates.moment(v.replaced_at)
                )
            parts.append(f"— {head} —\n{v.text}")
        self.view.setPlainText("\n\n".join(parts))
        self.versions = versions
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(620, 480)


class JournalTab(CaseTab):
    key = "journal"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.search = QLineEdit()
        self.search.setObjectName("journal_search")
        self.search.setPlaceholderText(self.tr("Search this case's notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.model = NotesModel()
        self.list = QListView()
        self.list.setObjectName("journal_list")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._open_note)
        self.list.clicked.connect(self._open_note)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setObjectName("new_note")
        self.new_button.clicked.connect(self.new_note)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_note)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("journal_editor")
        self.editor.setPlaceholderText(self.tr("Write the note here. It is saved as you type."))
        self.editor.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("journal_status")
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("note_history_button")
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self.show_history)
        self.autosaver = AutoSaver(self.editor, session, ops.save_note)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(lambda exc: self.status.setText(error_text(exc)))
        self.save_failures = SaveFailures(self.autosaver, lambda: self.tr("the journal"))
        # A note can be about one child of the case (children are persons in their own right).
        self.about = QComboBox()
        self.about.setObjectName("journal_about")
        self.about.setToolTip(self.tr("Tie the note to a child of the case"))
        self.about.activated.connect(self._about_chosen)
        self.about_label = QLabel(self.tr("&About:"))
        self.about_label.setBuddy(self.about)
        self.about.hide()
        self.about_label.hide()
        self._pending_person: int | None = None
        self._children: list[tuple[int, str]] = []

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.about_label)
        status_row.addWidget(self.about)
        status_row.addWidget(self.history_button)
        right_layout.addLayout(status_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("&Journal")

    def load(self, case_id: int) -> None:
        self.autosaver.stop()
        self.model.reset_rows([])
        super().load(case_id)
        self.editor.setEnabled(True)
        self.new_note()
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        query = self.search.text()
        ops.load(self.session, case_id, query, self.model.set_rows)
        ops.children(self.session, case_id, self._set_children)

    def _set_children(self, children: list[tuple[int, str]]) -> None:
        """The "about" choices: the case, then each child; the choice shown is kept."""
        if self.case_id is None or children == self._children:
            return
        self._children = children
        current = self.about.currentData()
        self.about.blockSignals(True)
        self.about.clear()
        self.about.addItem(self.tr("The case"), None)
        for person_id, name in children:
            self.about.addItem(name, person_id)
        self._show_about(current)
        self.about.blockSignals(False)
        has_children = bool(children)
        self.about.setVisible(has_children)
        self.about_label.setVisible(has_children)

    def _show_about(self, person_id: int | None) -> None:
        index = self.about.findData(person_id) if person_id is not None else 0
        self.about.blockSignals(True)
        self.about.setCurrentIndex(max(index, 0))
        self.about.blockSignals(False)

    def _about_chosen(self, _index: int) -> None:
        """Tie the open note to the chosen child; a note not yet saved is tied once its
        first text is saved."""
        ref, case_id = self.autosaver.ref, self.case_id
        if ref is None or case_id is None:
            return
        person_id = self.about.currentData()
        if ref.id is None:
            self.autosaver.flush()
        if ref.id is None:
            self._pending_person = person_id
            return
        self._tie(case_id, ref.id, person_id)

    def _tie(self, case_id: int, note_id: int, person_id: int | None) -> None:
        ops.tie_note(
            self.session,
            case_id,
            note_id,
            person_id,
            lambda _r: self.status.setText(self.tr("Saved")),
            lambda exc: self.status.setText(error_text(exc)),
        )

    def new_note(self) -> None:
        if self.case_id is None:
            return
        self.autosaver.start(NoteRef(self.case_id), "")
        self._pending_person = None
        self._show_about(None)
        self.history_button.setEnabled(False)
        self.status.setText(self.tr("New note"))
        self.editor.setFocus()

    def _open_note(self, index: QModelIndex) -> None:
        row: NoteRow | None = index.data(Qt.ItemDataRole.UserRole)
        if row is None or self.case_id is None:
            return
        if self.autosaver.ref is not None and self.autosaver.ref.id == row.id:
            return
        self.autosaver.start(NoteRef(self.case_id, row.id), row.text)
        self._pending_person = None
        self._show_about(row.person_id)
        status = self.tr("Written {when}").format(when=dates.moment(row.written_at))
        if row.edited_at is not None:
            status += " · " + self.tr("edited {day}").format(day=dates.day(row.edited_at))
        self.status.setText(status)
        self.history_button.setEnabled(row.edited_at is not None)

    def _saved(self, note_id: int) -> None:
        self.status.setText(self.tr("Saved"))
        if self._pending_person is not None and self.case_id is not None:
            person_id, self._pending_person = self._pending_person, None
            self._tie(self.case_id, note_id, person_id)
        self.refresh()
        if any(r.id == note_id and r.edited_at is not None for r in self.model.rows):
            self.history_button.setEnabled(True)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to read it."""
        return exec_dialog(dialog)

    def show_history(self) -> None:
        """The open note's earlier texts (saved first, so the list ends with what is shown)."""
        ref, case_id = self.autosaver.ref, self.case_id
        if ref is None or ref.id is None or case_id is None:
            return
        self.autosaver.flush()
        note_id = ref.id
        ops.history(
            self.session,
            case_id,
            note_id,
            lambda versions: self.run_dialog(NoteHistoryDialog(versions, self)),
            lambda exc: self.status.setText(error_text(exc)),
        )

    def flush(self) -> None:
        self.autosaver.flush()

    def unsaved(self) -> list[UnsavedText]:
        return self.save_failures.unsaved()

    def clear(self) -> None:
        self.autosaver.stop()
        super().clear()
        self.model.reset_rows([])
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.editor.setEnabled(False)
        self.history_button.setEnabled(False)
        self.status.clear()
        self._children = []
        self._pending_person = None
        self.about.clear()
