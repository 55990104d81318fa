"""The unlock dialog. Unlocking (Argon2id + migrations) runs on the worker with a busy bar;
a wrong passphrase and a damaged vault read differently.

Only the Quit button quits (`quit_requested`): Esc, the window's close button and a
`reject()` from a lock leave the prompt where it is, so a lock always ends here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.store import errors as vault_errors
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.first_run import MIN_LENGTH, strength_hint
from vnr_desk.ui.worker import SyncWorker, Worker

if TYPE_CHECKING:  # the database stack loads on the worker, after the dialog is up
    from vnr_desk.store.keyslots import Argon2Params
    from vnr_desk.store.vault import Vault


class UnlockDialog(QDialog):
    quit_requested = Signal()

    def __init__(
        self,
        vault_dir: Path,
        worker: Worker | SyncWorker,
        kdf_params: Argon2Params | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.worker = worker
        self.kdf_params = kdf_params
        self.vault: Vault | None = None
        self.setWindowTitle("VNR Desk")
        self.setMinimumWidth(500)

        intro = QLabel(self.tr("Enter the passphrase to open the case vault."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.forgot_button = self.buttons.addButton(
            self.tr("&Forgot the passphrase?"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.forgot_button.clicked.connect(self.show_recovery)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.quit_requested)

        self.recovery_box = QGroupBox(self.tr("Open with the recovery key"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_first = QLineEdit()
        self.new_second = QLineEdit()
        for field in (self.new_first, self.new_second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        recover_button = QPushButton(self.tr("Set the new passphrase and &open"))
        recover_button.clicked.connect(self.try_recover)
        recovery_form = QFormLayout(self.recovery_box)
        recovery_form.addRow(self.tr("Recovery &key:"), self.recovery_key)
        recovery_form.addRow(self.tr("&New passphrase:"), self.new_first)
        recovery_form.addRow(self.tr("Re&peat:"), self.new_second)
        recovery_form.addRow("", recover_button)
        self.recovery_box.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recovery_box)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc and a lock's sweep of open dialogs: stay at the prompt (quitting is the
        Quit button's job alone)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        """Over a locked window the close button leaves the prompt up; the start-up prompt
        has no window behind it, so there it means Quit."""
        event.ignore()
        if self.parent() is None:
            self.quit_requested.emit()

    def quit(self) -> None:
        """End the dialog as rejected: the start-up prompt's answer to `quit_requested`."""
        self.done(QDialog.DialogCode.Rejected)

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Type the passphrase first."))
            return
        self._set_busy(True)
        directory, params = self.vault_dir, self.kdf_params

        def unlock() -> Vault:
            from vnr_desk.store.vault import Vault

            return Vault.unlock(directory, secret, params)

        self.worker.submit(unlock, self._unlocked, self._failed)

    def show_recovery(self) -> None:
        self.recovery_box.show()
        self.message.clear()
        self.recovery_key.setFocus()

    def try_recover(self) -> None:
        """Recovery key + a new passphrase: the new one replaces the forgotten one."""
        key, new = self.recovery_key.text(), self.new_first.text()
        if new != self.new_second.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        if len(new) < MIN_LENGTH:
            self.message.setText(strength_hint(new))
            return
        self._set_busy(True)
        directory, params = self.vault_dir, self.kdf_params

        def recover() -> Vault:
            from vnr_desk.store.vault import Vault

            return Vault.reset_passphrase(directory, key, new, params)

        self.worker.submit(recover, self._unlocked, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening the vault…"))

    def _unlocked(self, vault: Vault) -> None:
        self.vault = vault
        for field in (self.passphrase, self.recovery_key, self.new_first, self.new_second):
            field.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(error_text(exc))
        self.message.setProperty(
            "kind",
            "damaged"
            if isinstance(exc, vault_errors.VaultCorrupted)
            else "wrong"
            if isinstance(exc, vault_errors.WrongPassphrase)
            else "other",
        )
        self.passphrase.selectAll()
        self.passphrase.setFocus()
