"""Small pieces the case tabs share: a table model over plain rows, colours, date widgets,
a status line for errors, and the one place a tab runs a dialog (so tests can answer it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Colours chosen to stay readable as text backgrounds in light and dark themes.
GREEN = QColor("#c8e6c9")
AMBER = QColor("#ffe0a3")
GREY = QColor("#d6d6d6")
RED = QColor("#f4b6b6")
OVERDUE = QColor("#ffd6d6")
VIOLENCE = QColor("#fde2e2")
DARK_TEXT = QColor("#1a1a1a")
ALERT_TEXT = QColor("#a00000")


@dataclass(frozen=True)
class RowStyle:
    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    align_center: bool = False
    style: Callable[[Any], RowStyle | None] | None = None


Key = Callable[[Any], Hashable]
MERGE_LIMIT = 64  # more rows in or out than this (a new search) and a reset is cheaper


def row_id(row: Any) -> Hashable:
    """The usual key of a view row: its database id."""
    return row.id


def merge_rows(model: QAbstractItemModel, rows: list[Any], new: Sequence[Any], key: Key) -> None:
    """Make `rows` (the model's own list) equal `new`, updating rows in place by `key`.

    A refresh never resets the model: rows that stay keep their selection, the current
    index and the scroll position, so a view refreshed after a write elsewhere (an
    autosave) moves nothing under the user's hands. Keys must be unique. A change of
    more than MERGE_LIMIT rows (a new filter over thousands of cases) resets instead."""
    wanted = [key(r) for r in new]
    keep = set(wanted)
    kept = sum(1 for r in rows if key(r) in keep)
    if (len(rows) - kept) + (len(wanted) - kept) > MERGE_LIMIT:
        model.beginResetModel()
        rows[:] = new
        model.endResetModel()
        return
    for i in reversed(range(len(rows))):
        if key(rows[i]) not in keep:
            model.beginRemoveRows(QModelIndex(), i, i)
            del rows[i]
            model.endRemoveRows()
    present = {key(r) for r in rows}
    added = [r for r in new if key(r) not in present]
    if added:
        first = len(rows)
        model.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        rows.extend(added)
        model.endInsertRows()
    old_keys = [key(r) for r in rows]
    if old_keys != wanted:
        model.layoutAboutToBeChanged.emit()
        position = {k: i for i, k in enumerate(wanted)}
        persistent = model.persistentIndexList()
        rows[:] = new
        for index in persistent:
            moved = model.index(position[old_keys[index.row()]], index.column())
            model.changePersistentIndex(index, moved)
        model.layoutChanged.emit()
    else:
        rows[:] = new
    if rows:
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        last = model.index(len(rows) - 1, columns - 1)
        model.dataChanged.emit(model.index(0, 0), last)


class RowsModel(QAbstractTableModel):
    """A read-only table over plain view rows; `style` colours whole rows. With a `key`
    (such as `row_id`) a new set of rows is merged in place rather than reset."""

    def __init__(
        self,
        columns: Sequence[Column],
        style: Callable[[Any], RowStyle | None] | None = None,
        key: Key | None = None,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.style = style
        self.key = key
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        if self.key is not None:
            merge_rows(self, self.rows, rows, self.key)
        else:
            self.reset_rows(rows)

    def reset_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row, forgetting selections: for another case, or a lock."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
            return Qt.AlignmentFlag.AlignCenter
        style = column.style(row) if column.style else None
        if style is None and self.style is not None:
            style = self.style(row)
        if style is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and style.background is not None:
            return QBrush(style.background)
        if role == Qt.ItemDataRole.ForegroundRole:
            if style.foreground is not None:
                return QBrush(style.foreground)
            if style.background is not None:
                return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.FontRole and style.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() else None


def table_view(name: str, model: QAbstractTableModel, stretch: int | None = None) -> QTableView:
    """A row-selecting, read-only table; `stretch` is the column that takes spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)
    return view


def selected_row(view: QTableView) -> Any:
    index = view.currentIndex()
    selection = view.selectionModel()
    if not index.isValid() or selection is None or not selection.hasSelection():
        return None
    return view.model().index(index.row(), 0).data(ROW_ROLE)


def date_edit(name: str, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    set_date(edit, value or dt.date.today())
    return edit


def set_date(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def status_label(name: str) -> QLabel:
    """A line under a tab for the outcome of the last action (errors in red)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_status(label: QLabel, text: str, error: bool = False) -> None:
    label.setStyleSheet(f"color: {ALERT_TEXT.name()};" if error else "")
    label.setText(text)


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; tabs call this through an overridable method."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """The dialog's OK/Cancel row: OK runs `on_ok` (default: accept), Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
