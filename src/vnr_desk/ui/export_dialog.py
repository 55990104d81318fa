"""Print / PDF: choose the document, who it is for, language and where to write it. The
export goes through the same service as `vnr-desk export`, so consent decides the same way:
the gate is asked before the file name, a refusal says so and writes nothing. A consent form
asks the recipients, purposes and validity picked here; after saving, the confirmation offers
"Form signed", which records exactly those consents."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import ConsentPurpose, PlanKind
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.files.output_guard import PDF, OutputRefused, check_output
from vnr_desk.services.errors import ConsentRequired
from vnr_desk.services.export.printouts import (
    CONSENT_FORM_VALID_DAYS,
    ExportChoices,
    ExportRequest,
    Rendered,
)
from vnr_desk.services.export.registry import KINDS, REGISTRY
from vnr_desk.ui import dates, labels, translations
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import printing
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
        "sip": QCoreApplication.translate("Export", "Coordinated individual plan (SIP)"),
        "case-presentation": QCoreApplication.translate(
            "Export", "Case presentation for a cooperation group (de-identified)"
        ),
    }
    return {kind: labels[kind] for kind in KINDS}


def file_kind_labels() -> dict[str, str]:
    """Short words for file names (no spaces), so a folder of printouts reads at a glance."""
    return {
        "plan": QCoreApplication.translate("ExportFileName", "plan"),
        "agenda": QCoreApplication.translate("ExportFileName", "agenda"),
        "minutes": QCoreApplication.translate("ExportFileName", "minutes"),
        "consent-form": QCoreApplication.translate("ExportFileName", "consent-form"),
        "summary": QCoreApplication.translate("ExportFileName", "summary"),
        "access": QCoreApplication.translate("ExportFileName", "access"),
    }


def default_file_name(reference: str, kind: str, recipient: str, today: dt.date) -> str:
    """Reference, document, recipient kind and date: the citizen's and an actor's copy differ
    (`actor-3` by its number), and no person's name goes into a file name, which file
    managers, recent-file lists and print queues show. Characters a file name cannot hold
    (a reference may contain `/`) become `-`."""
    ref = RecipientRef.parse(recipient)
    who = {
        "citizen": QCoreApplication.translate("ExportFileName", "citizen"),
        "internal": QCoreApplication.translate("ExportFileName", "internal"),
    }.get(ref.kind, QCoreApplication.translate("ExportFileName", "actor"))
    if ref.id is not None:
        who = f"{who}-{ref.id}"
    stem = f"{reference}-{file_kind_labels().get(kind, kind)}-{who}-{today:%Y-%m-%d}"
    return re.sub(r"[^\w.-]+", "-", stem).strip("-.") + ".pdf"


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
        self.setWindowTitle(self.tr("Print / PDF — VNR Desk"))
        self.session = session
        self.settings = settings
        self.case_id = case_id
        self.today = today
        self.choices: ExportChoices | None = None
        self.written: Rendered | None = None
        self.saved: SavedDialog | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(TAB_KINDS.get(tab_key, "plan"))))
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.meeting = QComboBox()
        self.meeting.setObjectName("meeting")
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in (("da", "Dansk"), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(name, code)
        # Printouts start in the workbook's language (the vault's edition unless chosen).
        if translations.current() in translations.EDITIONS:
            self.language.setCurrentIndex(self.language.findData(translations.current()))
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
        form.addRow(self.tr("&Plan:"), self.plan)
        form.addRow(self.tr("&Language:"), self.language)
        self.consent_box = self._consent_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        printing.choices(session, case_id, self._fill, self._failed)

    def _consent_box(self) -> QGroupBox:
        """What a consent form asks: recipients, purposes, and how long the consent lasts."""
        box = QGroupBox(self.tr("Consent form"))
        self.consent_recipients = QListWidget()
        self.consent_recipients.setObjectName("consent_recipients")
        self.consent_purposes = QListWidget()
        self.consent_purposes.setObjectName("consent_purposes")
        for purpose in ConsentPurpose:
            item = QListWidgetItem(labels.consent_purpose(purpose))
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            item.setCheckState(Qt.CheckState.Checked)
            self.consent_purposes.addItem(item)
        self.valid_until = QDateEdit()
        self.valid_until.setObjectName("valid_until")
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat(dates.qt_day_format())
        until = self.today + dt.timedelta(days=CONSENT_FORM_VALID_DAYS)
        self.valid_until.setDate(QDate(until.year, until.month, until.day))
        self.valid_until.setMinimumDate(
            QDate(self.today.year, self.today.month, self.today.day).addDays(1)
        )
        for widget in (self.consent_recipients, self.consent_purposes):
            widget.setMaximumHeight(110)
        layout = QFormLayout(box)
        layout.addRow(self.tr("&Recipients:"), self.consent_recipients)
        layout.addRow(self.tr("P&urposes:"), self.consent_purposes)
        layout.addRow(self.tr("&Valid until:"), self.valid_until)
        return box

    def _fill(self, choices: ExportChoices) -> None:
        self.choices = choices
        self.recipient.addItem(self.tr("The citizen"), "citizen")
        self.recipient.addItem(self.tr("Internal use"), "internal")
        for actor_id, label in choices.actors:
            self.recipient.addItem(label, RecipientRef.actor(actor_id).key)
        self.meeting.addItem(self.tr("(the next or latest)"), None)
        for meeting_id, label in choices.meetings:
            self.meeting.addItem(label, meeting_id)
        self.plan.addItem(self.tr("The adult's plan"), None)
        for plan_id, kind, child in choices.plans:
            if kind == PlanKind.CHILD:
                self.plan.addItem(self.tr("Child's plan: {name}").format(name=child), plan_id)
            elif kind != PlanKind.ADULT:
                self.plan.addItem(labels.plan_kind(kind), plan_id)
        for key, label in choices.consent_recipients:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            is_actor = RecipientRef.parse(key).kind == "actor"
            item.setCheckState(Qt.CheckState.Checked if is_actor else Qt.CheckState.Unchecked)
            self.consent_recipients.addItem(item)
        self._kind_changed()

    def _kind_changed(self) -> None:
        entry = REGISTRY[self.kind.currentData()]
        self.meeting.setEnabled(entry.uses_meeting)
        self.plan.setEnabled(entry.build_name == "build_plan")
        self.consent_box.setVisible(entry.name == "consent-form")
        self._offer_recipients(entry.recipients)
        self.adjustSize()

    def _offer_recipients(self, allowed: tuple[str, ...]) -> None:
        """Only the recipients the document is made for can be picked (a summary for the
        citizen was offered, and refused only after "Save PDF…"); with one, it is chosen
        and there is nothing to choose (the consent form: the citizen; the de-identified
        presentation: internal use)."""
        model = self.recipient.model()
        assert isinstance(model, QStandardItemModel)
        offered = []
        for i in range(self.recipient.count()):
            ok = RecipientRef.parse(self.recipient.itemData(i)).kind in allowed
            model.item(i).setEnabled(ok)
            if ok:
                offered.append(i)
        current = self.recipient.currentIndex()
        if offered and current not in offered:
            self.recipient.setCurrentIndex(offered[0])
        self.recipient.setEnabled(len(offered) > 1)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def request(self) -> ExportRequest:
        """What is asked for; `out` is filled in once the gate has said yes."""
        assert self.choices is not None
        consent_form = self.kind.currentData() == "consent-form"
        return ExportRequest(
            case_reference=self.choices.reference,
            kind=self.kind.currentData(),
            recipient=self.recipient.currentData(),
            out=Path(),
            lang=self.language.currentData(),
            meeting_id=self.meeting.currentData() if self.meeting.isEnabled() else None,
            on=self.today,
            plan_id=self.plan.currentData() if self.plan.isEnabled() else None,
            consent_recipients=self._checked(self.consent_recipients) if consent_form else (),
            consent_purposes=self._checked(self.consent_purposes) if consent_form else (),
            valid_until=self.valid_until.date().toPython() if consent_form else None,
        )

    def ask_file(self) -> Path | None:
        """Where to write; the person chooses (tests replace this)."""
        folder = self.settings.get(PDF_FOLDER) or str(Path.home())
        assert self.choices is not None
        suggested = Path(folder) / default_file_name(
            self.choices.reference,
            self.kind.currentData(),
            self.recipient.currentData(),
            self.today,
        )
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
        """Ask the gate first: a refused printout never gets as far as a file name."""
        if self.choices is None:
            return
        request = self.request()
        if request.kind == "consent-form" and not (
            request.consent_recipients and request.consent_purposes
        ):
            self.message.setText(self.tr("Tick at least one recipient and one purpose."))
            return
        self.message.clear()
        self.save_button.setEnabled(False)
        printing.check(self.session, request, lambda _: self._gate_passed(request), self._failed)

    def _gate_passed(self, request: ExportRequest) -> None:
        self.save_button.setEnabled(True)
        chosen = self.ask_file()
        if chosen is None:
            return
        out = self.checked_output(chosen)
        if out is None:
            return
        self.save_button.setEnabled(False)
        request = dataclasses.replace(request, out=out)
        printing.export(self.session, request, lambda r: self._done(r, request), self._failed)

    def _done(self, rendered: Rendered, request: ExportRequest) -> None:
        self.written = rendered
        self.settings.set(PDF_FOLDER, str(rendered.path.parent))
        self.accept()
        self.confirm_saved(rendered, request)

    def confirm_saved(self, rendered: Rendered, request: ExportRequest) -> None:
        """Say where the PDF went; for a consent form, offer to record it as signed."""
        self.saved = SavedDialog(
            self.session, self.case_id, rendered, request, self.choices, self.parentWidget()
        )
        self.saved.setObjectName("export_saved_dialog")
        self.saved.open()

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


class SavedDialog(QDialog):
    """The PDF was written: where, a way to open its folder, and for a consent form the
    "form signed" step, which records one consent per recipient the citizen ticked with the
    purposes and validity the form printed."""

    def __init__(
        self,
        session: VaultSession,
        case_id: int,
        rendered: Rendered,
        request: ExportRequest,
        choices: ExportChoices | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.session = session
        self.case_id = case_id
        self.rendered = rendered
        self.request = request
        self.recorded: list[int] | None = None
        saved = QLabel(self.tr("The PDF was saved:") + f"\n{rendered.path}")
        saved.setObjectName("saved_path")
        saved.setWordWrap(True)
        saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(saved)
        self.signed_box: QGroupBox | None = None
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        if request.kind == "consent-form" and request.valid_until is not None:
            layout.addWidget(self._signed_box(choices))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder.clicked.connect(self.show_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _signed_box(self, choices: ExportChoices | None) -> QGroupBox:
        names = dict(choices.consent_recipients) if choices is not None else {}
        box = QGroupBox(self.tr("When the citizen has signed the form"))
        self.signed_box = box
        self.signed_recipients = QListWidget()
        self.signed_recipients.setObjectName("signed_recipients")
        self.signed_recipients.setMaximumHeight(110)
        for key in self.request.consent_recipients:
            item = QListWidgetItem(names.get(key, key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked)
            self.signed_recipients.addItem(item)
        purposes = ", ".join(labels.consent_purpose(p) for p in self.request.consent_purposes)
        assert self.request.valid_until is not None and self.request.on is not None
        until = self.request.valid_until
        self.signed_on = QDateEdit()
        self.signed_on.setObjectName("signed_on")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat(dates.qt_day_format())
        on = self.request.on
        self.signed_on.setDate(QDate(on.year, on.month, on.day))
        self.signed_on.setMaximumDate(QDate(until.year, until.month, until.day).addDays(-1))
        self.record_button = QPushButton(self.tr("Form &signed: record the consents"))
        self.record_button.setObjectName("record_signed")
        self.record_button.clicked.connect(self.record_signed)
        layout = QFormLayout(box)
        layout.addRow(self.tr("Recipients ticked:"), self.signed_recipients)
        purpose_text = QLabel(purposes)
        purpose_text.setWordWrap(True)
        layout.addRow(self.tr("Purposes:"), purpose_text)
        layout.addRow(self.tr("Valid until:"), QLabel(dates.day(until)))
        layout.addRow(self.tr("&Signed on:"), self.signed_on)
        layout.addRow(self.record_button)
        return box

    def record_signed(self) -> None:
        """One service command: a consent per ticked recipient, as the form printed it."""
        assert self.request.valid_until is not None
        ticked = [
            self.signed_recipients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.signed_recipients.count())
            if self.signed_recipients.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.record_button.setEnabled(False)
        printing.record_signed_form(
            self.session,
            self.case_id,
            ticked,
            list(self.request.consent_purposes),
            self.signed_on.date().toPython(),
            self.request.valid_until,
            self._recorded,
            self._failed,
        )

    def _recorded(self, ids: list[int]) -> None:
        self.recorded = ids
        self.message.setText(self.tr("Consents recorded: {count}.").format(count=len(ids)))

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.message.setText(error_text(exc))

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.rendered.path.parent)))
