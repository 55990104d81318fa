"""First run: choose the vault's language and country (its edition: Danish or Swedish) and
a passphrase (twice, with a strength hint), say who you are (the caseworker profile every
record and printout names), then see the recovery key once and confirm it is written down
before the workbook opens."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vnr_desk.i18n import system_language
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.translations import EDITION_NAMES
from vnr_desk.ui.worker import SyncWorker, Worker

if TYPE_CHECKING:
    from vnr_desk.store.keyslots import Argon2Params
    from vnr_desk.store.vault import Vault

MIN_LENGTH = 10


def strength_bits(passphrase: str) -> float:
    """A rough guess of guessing cost: length × log2(alphabet size in use)."""
    pools = [
        (str.islower, 26),
        (str.isupper, 26),
        (str.isdigit, 10),
        (lambda c: not c.isascii(), 60),
        (lambda c: c.isascii() and not c.isalnum(), 33),
    ]
    alphabet = sum(size for test, size in pools if any(test(c) for c in passphrase))
    return len(passphrase) * math.log2(alphabet) if alphabet else 0.0


def strength_hint(passphrase: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        return QCoreApplication.translate(
            "FirstRun", "Too short: use at least {n} characters, e.g. four unrelated words."
        ).format(n=MIN_LENGTH)
    bits = strength_bits(passphrase)
    if bits < 60:
        return QCoreApplication.translate("FirstRun", "Weak: add another word or two.")
    if bits < 80:
        return QCoreApplication.translate("FirstRun", "Fair: one more word makes it strong.")
    return QCoreApplication.translate("FirstRun", "Strong.")


def intro_label(text: str) -> QLabel:
    """A page's explanation in its body, wrapped: a wizard's subtitle is cut after two
    lines (the recovery-key warning lost its last sentence)."""
    label = QLabel(text)
    label.setObjectName("intro")
    label.setWordWrap(True)
    return label


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect the case vault"))
        self.intro = intro_label(
            self.tr(
                "Everything in VNR Desk is encrypted with this passphrase. "
                "Choose one you can remember but others cannot guess."
            )
        )
        self.first = QLineEdit()
        self.first.setObjectName("first")
        self.second = QLineEdit()
        self.second.setObjectName("second")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._changed)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.edition = QComboBox()
        self.edition.setObjectName("edition")
        for code, name in EDITION_NAMES:
            self.edition.addItem(name, code)
        self.edition.setCurrentIndex(max(0, self.edition.findData(system_language())))
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("&Language and country:"), self.edition)
        form.addRow(
            "",
            QLabel(self.tr("Decides the workbook's language, actor directory and consent forms.")),
        )
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow("", self.hint)
        self._changed()

    def _changed(self) -> None:
        text = self.first.text()
        hint = strength_hint(text)
        if self.second.text() and self.second.text() != text:
            hint += " " + self.tr("The two entries differ.")
        self.hint.setText(hint)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_LENGTH and text == self.second.text()


class ProfilePage(QWizardPage):
    """Asked once: the name and unit are the issuer on every printout and the "registered
    by" of every record (never the computer's login). Editable later in Settings."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who are you?"))
        self.intro = intro_label(
            self.tr(
                "Your name and unit are printed as the issuer on plans and consent forms and "
                "recorded as who registered each entry. You can change them in Settings."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.unit = QLineEdit()
        self.unit.setObjectName("profile_unit")
        self.unit.setPlaceholderText(self.tr("e.g. Family unit, Example Municipality"))
        self.phone = QLineEdit()
        self.phone.setObjectName("profile_phone")
        self.email = QLineEdit()
        self.email.setObjectName("profile_email")
        for field in (self.name, self.unit):
            field.textChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("&Your name:"), self.name)
        form.addRow(self.tr("U&nit:"), self.unit)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)

    def values(self) -> tuple[str, str, str, str]:
        return tuple(  # type: ignore[return-value]
            " ".join(f.text().split()) for f in (self.name, self.unit, self.phone, self.email)
        )

    def isComplete(self) -> bool:
        return bool(self.name.text().strip() and self.unit.text().strip())


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.intro = intro_label(
            self.tr(
                "If the passphrase is forgotten, only this key opens the vault. It is shown "
                "now and never again. Write it on paper and keep it locked away, apart "
                "from the laptop."
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 4)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have &written the recovery key down"))
        self.confirm.setObjectName("confirm")
        self.confirm.setEnabled(False)
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.key_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        self.wiz.create_vault(self)

    def show_key(self, recovery_key: str) -> None:
        self.busy.hide()
        self.key_label.setText(recovery_key.replace("-", " - "))
        self.confirm.setEnabled(True)

    def show_error(self, text: str) -> None:
        self.busy.hide()
        self.message.setText(text)

    def isComplete(self) -> bool:
        return self.wiz.vault is not None and self.confirm.isChecked()


class FirstRunWizard(QWizard):
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
        self.setMinimumSize(620, 440)
        self.passphrase_page = PassphrasePage()
        self.profile_page = ProfilePage()
        self.recovery_page = RecoveryKeyPage(self)
        self.addPage(self.passphrase_page)
        self.addPage(self.profile_page)
        self.addPage(self.recovery_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def create_vault(self, page: RecoveryKeyPage) -> None:
        if self.vault is not None:
            return
        secret = self.passphrase_page.first.text()
        edition = str(self.passphrase_page.edition.currentData())
        directory, params = self.vault_dir, self.kdf_params
        name, unit, phone, email = self.profile_page.values()

        def done(result: tuple[Vault, str]) -> None:
            self.vault, recovery_key = result
            self.passphrase_page.first.clear()
            self.passphrase_page.second.clear()
            page.show_key(recovery_key)
            page.completeChanged.emit()

        def create() -> tuple[Vault, str]:
            from vnr_desk.services.settings import (
                CaseworkerProfile,
                set_caseworker_profile,
                set_edition,
            )
            from vnr_desk.store.vault import Vault

            vault, recovery_key = Vault.create(directory, secret, params)
            with vault.session() as s:
                set_edition(s, edition)
                set_caseworker_profile(s, CaseworkerProfile(name, unit, phone, email))
            return vault, recovery_key

        self.worker.submit(
            create,
            done,
            lambda exc: page.show_error(error_text(exc)),
        )
