"""The GUI's handle on the vault: runs service calls in a unit of work on the worker.

Widgets never hold a Session; they hand `VaultSession.run` a function of a Session and get
its (plain) result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from vnr_desk.files.output_guard import BACKUP, check_output
from vnr_desk.services.scope import ChangeRecord, watch_writes
from vnr_desk.store.backup import EXTENSION as BACKUP_EXTENSION
from vnr_desk.store.backup import create_backup
from vnr_desk.store.keyslots import Argon2Params
from vnr_desk.store.rotation import AutoBackup  # the lock-time backup is part of the lifecycle
from vnr_desk.store.vault import Vault
from vnr_desk.ui.worker import Done, Failed, SyncWorker, Worker

T = TypeVar("T")

__all__ = ["BACKUP_EXTENSION", "Argon2Params", "AutoBackup", "UnitOfWork", "Vault", "VaultSession"]

# What an operation receives on the worker: the open unit of work. Only this module names
# the ORM type; the rest of ui/ hands the session on to services.
UnitOfWork = Session


class VaultSession(QObject):
    """Owns the unlocked vault while the window is open; `locked` fires after lock."""

    locked = Signal()
    unlocked = Signal()
    wrote = Signal(object)  # the ChangeRecord of a committed unit of work that wrote

    def __init__(self, vault: Vault, worker: Worker | SyncWorker) -> None:
        super().__init__()
        self.vault = vault
        self.worker = worker

    def attach(self, vault: Vault) -> None:
        """Carry on with a freshly unlocked vault after a lock."""
        self.vault = vault
        self.unlocked.emit()

    def run(
        self,
        fn: Callable[[Session], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        vault = self.vault

        def in_unit_of_work() -> tuple[Any, ChangeRecord]:
            with vault.session() as s:
                watch = watch_writes(s)
                result = fn(s)
            return result, watch.record()  # read after the commit's own flush

        def done(outcome: tuple[Any, ChangeRecord]) -> None:
            result, written = outcome
            if written:
                self.wrote.emit(written)
            if on_done is not None:
                on_done(result)

        self.worker.submit(in_unit_of_work, done, on_error)

    def call(
        self,
        fn: Callable[[Vault], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Run something that needs the vault itself (backup, verify) on the worker."""
        vault = self.vault
        self.worker.submit(lambda: fn(vault), on_done, on_error)

    def check_backup_target(self, out: Path) -> None:
        """Refuse (OutputRefused) a backup file that would replace a file or sit in the vault."""
        check_output(out, BACKUP, vault_dir=self.vault.paths.directory)

    def backup(self, out: Path, on_done: Done, on_error: Failed | None = None) -> None:
        """Write and check a backup of the vault to `out`, on the worker."""
        self.call(lambda vault: create_backup(vault, out), on_done, on_error)

    def lock(self) -> None:
        """Finish queued work, then dispose the engine and drop the key."""
        self.worker.wait_idle()
        self.vault.lock()
        self.locked.emit()

    @property
    def is_unlocked(self) -> bool:
        return self.vault.is_unlocked
