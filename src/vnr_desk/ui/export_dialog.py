"""Print / PDF: choose the document, who it is for, language and where to write it. The
export goes through the same service as `vnr-desk export`, so consent decides the same way;
a refusal says so and writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.files.output_guard import PDF, OutputRefused, check_output
from vnr_desk.services.errors import ConsentRequired
from vnr_desk.services.export.printouts import (
    ExportChoices,
    ExportRequest,
    Rendered,
    export_document,
    load_choices,
)
from vnr_desk.services.export.registry import KINDS, REGISTRY
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.settings import PDF_FOLDER, AppSettings

# The document a tab most likely wants printed.
TAB_KINDS = {
    "plan": "plan",
    "meetings": "agenda",
    "consent": "consent-form",
    "overview": "summary",
    "actors": "summary",
}


def kind_labels() -> dict[str, str]:
    """The registry's printouts, in its order, with their names for people."""
    labels = {
        "plan": QCoreApplication.translate("Export", "Action plan"),
        "agenda": QCoreApplication.translate("Export", "Meeting agenda"),
        "minutes": QCoreApplication.translate("Export", "Meeting minutes"),
        "consent-form": QCoreApplication.translate("Export", "Consent form for signature"),
        "summary": QCoreApplication.translate("Export", "Coordination summary"),
        "access": QCoreApplication.translate("Export", "Access report (GDPR art. 15)"),
        "case-presentation": QCoreApplication.translate(
            "Export", "Case presentation for a cooperation group (de-identified)"
        ),
    }
    return {kind: labels[kind] for kind in KINDS}


class ExportDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        case_id: int,
        tab_key: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.session = session
        self.settings = settings
        self.today = today
        self.choices: ExportChoices | None = None
        self.written: Rendered | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(TAB_KINDS.get(tab_key, "plan"))))
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.meeting = QComboBox()
        self.meeting.setObjectName("meeting")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in (("da", "Dansk"), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(name, code)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Only what the recipient may see is printed: consent decides. "
                "A printed page may be read by others, so keep it safe."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("&For:"), self.recipient)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        session.run(lambda s: load_choices(s, case_id), self._fill)

    def _fill(self, choices: ExportChoices) -> None:
        self.choices = choices
        self.recipient.addItem(self.tr("The citizen"), "citizen")
        self.recipient.addItem(self.tr("Internal use"), "internal")
        for actor_id, label in choices.actors:
            self.recipient.addItem(label, RecipientRef.actor(actor_id).key)
        self.meeting.addItem(self.tr("(the next or latest)"), None)
        for meeting_id, label in choices.meetings:
            self.meeting.addItem(label, meeting_id)
        self._kind_changed()

    def _kind_changed(self) -> None:
        entry = REGISTRY[self.kind.currentData()]
        self.meeting.setEnabled(entry.uses_meeting)
        if entry.only_for is not None:  # e.g. the de-identified presentation: internal only
            self.recipient.setCurrentIndex(max(0, self.recipient.findData(entry.only_for)))
        self.recipient.setEnabled(entry.only_for is None)

    def ask_file(self) -> Path | None:
        """Where to write; the person chooses (tests replace this)."""
        folder = self.settings.get(PDF_FOLDER) or str(Path.home())
        suggested = Path(folder) / f"{self.kind.currentData()}-{self.today:%Y-%m-%d}.pdf"
        # The replace question is ours (confirm_replace), asked after the output guard.
        name, _ = QFileDialog.getSaveFileName(
            self,
            "VNR Desk",
            str(suggested),
            "PDF (*.pdf)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def confirm_replace(self, path: Path) -> bool:
        """Ask before an existing PDF is replaced (tests replace this)."""
        answer = QMessageBox.question(
            self,
            "VNR Desk",
            self.tr("{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def checked_output(self, chosen: Path) -> Path | None:
        """The path the guard allows, after asking before a replace; None: nothing to do."""
        vault_dir = self.session.vault.paths.directory
        try:
            return check_output(chosen, PDF, vault_dir=vault_dir)
        except OutputRefused as exc:
            if exc.reason != "exists":
                self.message.setText(error_text(exc))
                return None
        if not self.confirm_replace(chosen):
            return None
        try:
            return check_output(chosen, PDF, replace=True, vault_dir=vault_dir)
        except OutputRefused as exc:
            self.message.setText(error_text(exc))
            return None

    def choose_file_and_export(self) -> None:
        if self.choices is None:
            return
        chosen = self.ask_file()
        if chosen is None:
            return
        out = self.checked_output(chosen)
        if out is None:
            return
        request = ExportRequest(
            case_reference=self.choices.reference,
            kind=self.kind.currentData(),
            recipient=self.recipient.currentData(),
            out=out,
            lang=self.language.currentData(),
            meeting_id=self.meeting.currentData() if self.meeting.isEnabled() else None,
            on=self.today,
        )
        self.save_button.setEnabled(False)
        self.session.run(lambda s: export_document(s, request), self._done, self._failed)

    def _done(self, rendered: Rendered) -> None:
        self.written = rendered
        self.settings.set(PDF_FOLDER, str(rendered.path.parent))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ConsentRequired):
            self.message.setText(
                self.tr(
                    "{who} has not consented to receive this document. Nothing was written. "
                    "Record the consent on the Consent tab first."
                ).format(who=self.recipient.currentText())
            )
        else:
            self.message.setText(error_text(exc))
