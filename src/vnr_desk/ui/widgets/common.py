"""Small pieces the case tabs share: a table model over plain rows, colours, date widgets,
a status line for errors, the one place a tab runs a dialog (so tests can answer it), and
the OK/Cancel row with its guard against throwing a filled dialog away."""

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
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from vnr_desk.ui import dates

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
    # A column at least as wide as its heading: at the default 100 pixels, "Ressource /
    # risiko" and other Danish and Swedish headings were cut off in a real window.
    for column in range(model.columnCount()):
        if column != stretch:
            wanted = max(header.defaultSectionSize(), header.sectionSizeHint(column))
            header.resizeSection(column, wanted)
    view.setTabKeyNavigation(False)
    return view


def fit_columns_to_contents(view: QTableView) -> None:
    """`resizeColumnsToContents` without shrinking the stretched column: Qt's own call sized
    it to its text too, and the table stopped filling its width until the window was resized
    (seen in a real window after adding the first actor)."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            view.resizeColumnToContents(column)


def keep_columns_fitted(view: QTableView, stretch: int) -> None:
    """Every column but `stretch` follows its contents from now on (dates and states never
    clip), where `fit_columns_to_contents` fits them once."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if column != stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


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
    edit.setDisplayFormat(dates.qt_day_format())
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


def ok_cancel(
    dialog: QDialog,
    on_ok: Callable[[], object] | None = None,
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """The dialog's OK/Cancel row: OK runs `on_ok` (default: accept); Cancel, Esc and the
    close button ask "Discard changes?" first when something was entered (`DiscardGuard`)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    guard = DiscardGuard(dialog)
    buttons.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    buttons.rejected.connect(guard.cancel)
    return buttons


def _skip(widget: QWidget, top: QWidget) -> bool:
    """Parts of a compound field (a spin box's line edit, a calendar popup) are read
    through the field itself."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [
            (widget.item(i).text(), widget.item(i).checkState().value)
            for i in range(widget.count())
        ]
    return None


def entered_values(dialog: QDialog) -> list[object]:
    """What every input field of `dialog` holds now, in a fixed order."""
    return [
        _value(widget)
        for widget in dialog.findChildren(QWidget)
        if not _skip(widget, dialog) and not isinstance(widget, QDialog)
    ]


class DiscardGuard(QObject):
    """Asks "Discard changes?" before Cancel, Esc or the close button throw away what was
    entered in a dialog; a dialog that still holds what it started with closes at once.

    It sits on those three user routes only: `dialog.reject()` itself is untouched, so a
    lock closes a filled dialog without asking (see `close_without_asking`)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.start: list[object] | None = None
        self.ask: Callable[[], bool] = self._ask  # tests answer in its place
        dialog.installEventFilter(self)

    def reset(self) -> None:
        """Take the dialog's current content as its start (e.g. after it was filled in
        from the vault)."""
        self.start = entered_values(self.dialog)

    def changed(self) -> bool:
        return self.start is not None and entered_values(self.dialog) != self.start

    def cancel(self) -> None:
        """Cancel, Esc, close: reject, after asking if anything was entered."""
        if not self.changed() or self.ask():
            self.dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a dialog is torn down Qt may still deliver events to a guard whose Python
        # side is already gone (seen in a real window: no `dialog` attribute): let them by.
        if watched is not getattr(self, "dialog", None):
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and self.start is None:
            self.reset()
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.cancel()
            return True
        elif kind == QEvent.Type.Close and self.changed():
            event.ignore()
            self.cancel()
            return True
        return False

    def _ask(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.dialog.windowTitle(),
            self.tr("Discard changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.No,
            self.dialog,
        )
        box.setObjectName("discard_changes")
        box.setInformativeText(self.tr("What you entered in this window will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep editing"))
        return box.exec() == QMessageBox.StandardButton.Discard


def discard_guard(dialog: QDialog) -> DiscardGuard | None:
    return dialog.findChild(DiscardGuard)


def close_without_asking(dialog: QDialog) -> None:
    """Close a dialog whatever it holds and whatever it would ask: a lock never depends on
    a dialog's answer (LESSONS 3)."""
    dialog.reject()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
