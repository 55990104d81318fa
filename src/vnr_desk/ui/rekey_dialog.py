"""Change the passphrase and lock out old copies: the vault is re-encrypted under a new data
key on the worker (store/rekey.py), then the new recovery key is shown once.

Copies of the header or the database taken before, the old passphrase and the old
recovery key stop opening the vault; backups made earlier still open with the secrets
that were valid then. The idle lock is paused while the rotation runs (seconds), not
while the key is shown: a laptop left on that page still locks, and the key is gone from
the screen; rotating again gives a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.store import errors as vault_errors
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.first_run import MIN_LENGTH, strength_hint

if TYPE_CHECKING:
    from vnr_desk.ui.main_window import MainWindow


class RekeyDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.recovery_key: str | None = None
        self.setWindowTitle("VNR Desk")
        self.setMinimumWidth(520)
        # Two pages shown in turn (hidden widgets take no room); a QStackedWidget would not
        # pass the wrapped labels' height-for-width on, and clip them.
        self.form_page = self._form_page()
        self.key_page = self._key_page()
        self.key_page.hide()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.form_page)
        layout.addWidget(self.key_page)

    def _form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Re-encrypts the whole vault under a new key, with a new passphrase and a new "
                "recovery key. Afterwards, copies of the vault taken before, the old passphrase "
                "and the old recovery key no longer open it. Use it after a laptop or a backup "
                "was lost or stolen, or when someone who knew the passphrase has left.\n\n"
                "Backups made before still open with the passphrase that was valid then: "
                "destroy them, or keep them locked away."
            )
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setObjectName("current")
        self.first = QLineEdit()
        self.first.setObjectName("first")
        self.second = QLineEdit()
        self.second.setObjectName("second")
        for field in (self.current, self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(strength_hint(""))
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("&Re-encrypt"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("Re&peat:"), self.second)
        form.addRow("", self.hint)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        done = QLabel(
            self.tr(
                "The vault is re-encrypted. This is your new recovery key; the old one no "
                "longer works. It is shown now and never again: write it on paper and keep it "
                "locked away, apart from the laptop."
            )
        )
        done.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 4)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have &written the new recovery key down"))
        self.confirm.setObjectName("confirm")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.confirm.toggled.connect(self.close_button.setEnabled)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(done)
        layout.addWidget(self.key_label)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        layout.addWidget(close)
        return page

    def start(self) -> None:
        current, new = self.current.text(), self.first.text()
        if not current:
            self.message.setText(self.tr("Type the current passphrase first."))
            return
        if new != self.second.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        if len(new) < MIN_LENGTH:
            self.message.setText(strength_hint(new))
            return
        self.window_.workbook.flush()
        self.window_.idle.pause()
        self._set_busy(True)
        self.session.call(lambda vault: vault.rekey(current, new), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.start_button, self.cancel_button, self.current, self.first):
            widget.setEnabled(not busy)
        self.second.setEnabled(not busy)
        self.message.setText(self.tr("Re-encrypting the vault…") if busy else "")

    def _done(self, recovery_key: str) -> None:
        self._set_busy(False)
        self.window_.idle.resume()
        for field in (self.current, self.first, self.second):
            field.clear()
        self.recovery_key = recovery_key
        self.key_label.setText(recovery_key.replace("-", " - "))
        self.form_page.hide()
        self.key_page.show()
        self.adjustSize()
        self.confirm.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.window_.idle.resume()
        if self.session.is_unlocked:  # nothing changed: the old passphrase still holds
            self.message.setText(error_text(exc))
            if isinstance(exc, vault_errors.WrongPassphrase):
                self.current.selectAll()
                self.current.setFocus()
            return
        # Past the commit point the vault is locked; the next unlock finishes the swap.
        self.message.setText(
            self.tr(
                "The vault was re-encrypted but could not be reopened. VNR Desk closes now: "
                "open it again with the NEW passphrase."
            )
        )
        self.cancel_button.setEnabled(True)
        self.rejected.connect(self.window_.close)


def open_rekey_dialog(window: MainWindow) -> RekeyDialog | None:
    if not window.session.is_unlocked:
        return None
    window.workbook.flush()
    dialog = RekeyDialog(window)
    dialog.setObjectName("rekey_dialog")
    dialog.open()
    return dialog
