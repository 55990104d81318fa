"""Autosave for a text editor: debounced (about 1 s after the last keystroke) and flushed on
focus-out, tab change, lock and quit. Saves run on the worker in order, so a second save
always sees the id the first one created: one note, never two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from vnr_desk.ui.session import UnitOfWork, VaultSession

DEBOUNCE_MS = 1000


@dataclass
class NoteRef:
    """The note being edited; `id` is set by the first save, on the worker thread."""

    case_id: int
    id: int | None = None


SaveFn = Callable[[UnitOfWork, NoteRef, str], int]


class AutoSaver(QObject):
    saved = Signal(int)  # note id
    failed = Signal(object)

    def __init__(self, editor: QPlainTextEdit, session: VaultSession, save: SaveFn) -> None:
        super().__init__(editor)
        self.editor = editor
        self.session = session
        self.save_fn = save
        self.ref: NoteRef | None = None
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)
        self._loading = False

    def start(self, ref: NoteRef, text: str) -> None:
        """Edit `ref` (a new note if its id is None), starting from `text`."""
        self.flush()
        self.ref = ref
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self.dirty = False

    def stop(self) -> None:
        self.flush()
        self.ref = None
        self._loading = True
        self.editor.clear()
        self._loading = False

    def _changed(self) -> None:
        if self._loading or self.ref is None:
            return
        self.dirty = True
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    def save(self) -> None:
        """Queue a save of the current text if anything changed."""
        self.timer.stop()
        ref = self.ref
        if not self.dirty or ref is None:
            return
        text = self.editor.toPlainText()
        if ref.id is None and not text.strip():
            return
        self.dirty = False
        save_fn = self.save_fn

        created: list[int] = []

        def write(s: UnitOfWork) -> int:
            new = ref.id is None
            ref.id = save_fn(s, ref, text)
            if new:
                created.append(ref.id)
            return ref.id

        def failed(exc: BaseException) -> None:
            if created and ref.id == created[0]:
                ref.id = None  # the commit failed: the note it created does not exist
            self.dirty = True
            self.failed.emit(exc)

        self.session.run(write, self.saved.emit, failed)

    def flush(self) -> None:
        """Save now and wait for it: before lock, quit, or switching note/case/tab."""
        self.save()
        self.session.worker.wait_idle()
