"""One database worker: every vault call runs on a single background thread, in order, and
its result comes back on the GUI thread. Tests use `SyncWorker`, which runs in place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI, never swallowed
            log.warning("background operation failed: %s", type(exc).__name__)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Worker(QObject):
    """Background worker (one thread, FIFO)."""

    busy_changed = Signal(bool)
    unhandled = Signal(object)  # an error no caller handled: the window shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._pending = 0

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                self.unhandled.emit(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    def wait_idle(self) -> None:
        """Block until queued work is done (used before lock and quit)."""
        self._pool.waitForDone()
        QCoreApplication.processEvents()

    @property
    def is_busy(self) -> bool:
        return self._pending > 0


class SyncWorker(QObject):
    """Runs each operation at once on the calling thread: for tests and screenshot mode."""

    busy_changed = Signal(bool)
    unhandled = Signal(object)

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        try:
            result = fn()
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)

    def wait_idle(self) -> None:
        return None

    @property
    def is_busy(self) -> bool:
        return False
