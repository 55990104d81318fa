"""Settings → Team: link this vault to the team server with the one-time join secret
municipal IT handed over. The server, the role and the password that replaces the secret
are kept inside the encrypted vault, never in the settings file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import team as ops
from vnr_desk.ui.widgets.common import ok_cancel, show_status, status_label

if TYPE_CHECKING:
    from vnr_desk.ui.session import VaultSession


class JoinDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.session = session
        intro = QLabel(
            self.tr(
                "Join your team's server to share cases with colleagues. You keep working "
                "offline; changes are exchanged when you sync. Your IT department gives you "
                "the address, your user name and a join secret that works once."
            )
        )
        intro.setWordWrap(True)
        self.dsn = QLineEdit()
        self.dsn.setObjectName("team_dsn")
        self.dsn.setPlaceholderText("postgresql://server.kommune.dk/vnr_team")
        self.user = QLineEdit()
        self.user.setObjectName("team_user")
        self.secret = QLineEdit()
        self.secret.setObjectName("team_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.dsn)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Join secret:"), self.secret)
        self.message = status_label("join_message")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.join))
        self.setMinimumWidth(560)

    def join(self) -> None:
        if not (self.dsn.text().strip() and self.user.text().strip() and self.secret.text()):
            show_status(self.message, self.tr("Fill in all three fields."), error=True)
            return
        show_status(self.message, self.tr("Connecting…"))
        ops.join(
            self.session,
            self.dsn.text().strip(),
            self.user.text().strip(),
            self.secret.text(),
            self._joined,
            self._failed,
        )

    def _joined(self, _user: str) -> None:
        self.secret.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.message, error_text(exc), error=True)


def show_join(window: QWidget) -> JoinDialog:
    session = window.session  # type: ignore[attr-defined]
    dialog = JoinDialog(session, window)
    dialog.setObjectName("join_dialog")
    status = getattr(window, "team_status", None)
    if status is not None:
        dialog.accepted.connect(status.refresh)
    dialog.open()
    return dialog
