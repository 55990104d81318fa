"""File → My contact card, Colleagues…, Hand over case…, Receive case… (docs/handover.md).

Every read and write runs through the vault session on the worker; the dialogs hold no
ORM objects, only plain values. A received bundle is decrypted in memory only; a case
coming back shows its differences one field per row and takes only the rows ticked."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.files.atomic import write_atomic
from vnr_desk.files.output_guard import CONTACT_CARD, HANDOVER, check_output, write_errors
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.handover import errors as herr
from vnr_desk.services.handover.bundle import examine, hand_over, open_bundle, receive
from vnr_desk.services.handover.colleagues import (
    add_colleague,
    colleagues,
    get_colleague,
    remove_colleague,
)
from vnr_desk.services.handover.identity import MAX_CARD_BYTES, ContactCard, my_card, parse_card
from vnr_desk.services.handover.merge import MISSING
from vnr_desk.ui import dates
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.session import UnitOfWork, VaultSession
from vnr_desk.ui.widgets.common import heading, ok_cancel

TITLE = "VNR Desk"
MAX_BUNDLE_BYTES = 64 * 1024 * 1024 + 4096
_SHOWN = 200


def handover_error_text(exc: BaseException) -> str:
    """A handover refusal in the person's words; other errors as everywhere else."""
    texts: dict[type, str] = {
        herr.UnknownSender: QCoreApplication.translate(
            "Handover",
            "Refused: the bundle is signed by someone who is not on your colleague list. "
            "Add their contact card (and compare the fingerprint) first.\n\n{detail}",
        ),
        herr.NotForThisVault: QCoreApplication.translate(
            "Handover", "Refused: the bundle is encrypted to another recipient, not to you."
        ),
        herr.Retargeted: QCoreApplication.translate(
            "Handover",
            "Refused: the bundle was signed for another recipient and re-encrypted to you.",
        ),
        herr.ReferenceTaken: QCoreApplication.translate(
            "Handover",
            "Refused: another case already has this reference here. Nothing was changed.\n\n"
            "{detail}",
        ),
        herr.AlreadyReceived: QCoreApplication.translate(
            "Handover", "This case has already been received. Nothing was changed."
        ),
        herr.BundleTruncated: QCoreApplication.translate(
            "Handover", "The bundle is incomplete (cut off). Ask the sender to send it again."
        ),
        herr.BadSignature: QCoreApplication.translate(
            "Handover", "The bundle's signature is not valid: it was altered or forged."
        ),
        herr.NotABundle: QCoreApplication.translate(
            "Handover", "This is not a VNR Desk handover bundle."
        ),
        herr.BundleDamaged: QCoreApplication.translate(
            "Handover",
            "The bundle is damaged or has been tampered with. Ask the sender for a new one.",
        ),
        herr.CaseHandedOver: QCoreApplication.translate(
            "Handover", "The case has been handed over and is read-only here."
        ),
    }
    for kind, text in texts.items():
        if type(exc) is kind:
            return text.format(detail=_detail(exc))
    return error_text(exc)


def _day(iso: str) -> str:
    """An ISO date as the window shows dates (see ui/dates.py); anything else as it is."""
    try:
        return dates.day(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def _detail(exc: BaseException) -> str:
    """The refusal's particulars in the caseworker's language, not the log message."""
    if isinstance(exc, herr.ReferenceTaken):
        return QCoreApplication.translate(
            "Handover",
            "Here: {ref}, opened {here}.\nFrom {sender}: {ref}, opened {theirs}.",
        ).format(
            ref=exc.reference,
            here=_day(exc.here_opened),
            sender=exc.sender or "?",
            theirs=_day(exc.theirs_opened),
        )
    return str(exc).strip()


def _warn(parent: QWidget, exc: BaseException) -> None:
    QMessageBox.warning(parent, TITLE, handover_error_text(exc))


def _mono(label: QLabel) -> QLabel:
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _read_bounded(path: Path, limit: int) -> bytes:
    with open(path, "rb") as fh:
        raw = fh.read(limit + 1)
    if len(raw) > limit:
        raise herr.NotABundle("too large")
    return raw


# -- my contact card ------------------------------------------------------------------------


class MyCardDialog(QDialog):
    """The caseworker's own card: name and unit from the profile, the fingerprint to read
    aloud, and Save card… to give it to a colleague."""

    def __init__(self, session: VaultSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.session = session
        self.card: ContactCard | None = None
        self.name = QLabel()
        self.unit = QLabel()
        self.fingerprint = _mono(QLabel())
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.save_button = QPushButton(self.tr("&Save card…"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My contact card")))
        intro = QLabel(
            self.tr(
                "Give the card to a colleague (e-mail is fine: it holds no secret), then "
                "read the fingerprint to them on the phone when they add it."
            )
        )
        intro.setWordWrap(True)  # else the one line makes the dialog screen-wide
        layout.addWidget(intro)
        self.setMinimumWidth(600)  # the 12-group fingerprint on two lines at most
        layout.addLayout(form)
        layout.addLayout(row)
        session.run(my_card, self._show, lambda exc: _warn(self, exc))

    def _show(self, card: ContactCard) -> None:
        self.card = card
        self.name.setText(card.name or self.tr("(not filled in: see Settings)"))
        self.unit.setText(card.unit or "-")
        self.fingerprint.setText(card.fingerprint)
        self.adjustSize()  # shown before the card was read: grow to the wrapped text

    def ask_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, TITLE, str(Path.home() / "kontaktkort.vnrid"), self.tr("Contact card (*.vnrid)")
        )
        return Path(name) if name else None

    def save(self) -> None:
        if self.card is None:
            return
        if not self.card.name:
            QMessageBox.warning(
                self, TITLE, self.tr("Fill in your name in Settings first: the card carries it.")
            )
            return
        path = self.ask_file()
        if path is None:
            return
        card = self.card
        try:
            out = check_output(
                path, CONTACT_CARD, replace=True, vault_dir=self.session.vault.paths.directory
            )
            with write_errors(out):
                write_atomic(out, card.to_bytes(), mode=0o644)
        except Exception as exc:
            _warn(self, exc)
            return
        QMessageBox.information(
            self, TITLE, self.tr("Contact card saved:\n{path}").format(path=out)
        )


# -- colleagues -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ColleagueRow:
    name: str
    unit: str
    fingerprint: str


def _colleague_rows(s: UnitOfWork) -> list[ColleagueRow]:
    return [ColleagueRow(c.name, c.unit, c.fingerprint) for c in colleagues(s)]


class ColleaguesDialog(QDialog):
    """The colleagues this vault hands cases to: add a card (after comparing its
    fingerprint), remove one."""

    def __init__(self, session: VaultSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.session = session
        self.rows: list[ColleagueRow] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("colleagues")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Unit"), self.tr("Fingerprint")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # a row number means nothing here
        add = QPushButton(self.tr("&Add card…"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Colleagues")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        self.session.run(_colleague_rows, self._show, lambda exc: _warn(self, exc))

    def _show(self, rows: list[ColleagueRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate((r.name, r.unit, r.fingerprint)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        for column in (0, 1):  # a unit is often long: "Socialrådgivningen Syd"
            self.table.resizeColumnToContents(column)

    def ask_card_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, TITLE, str(Path.home()), self.tr("Contact card (*.vnrid)")
        )
        return Path(name) if name else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, TITLE, text)
        return answer == QMessageBox.StandardButton.Yes

    def add(self) -> None:
        path = self.ask_card_file()
        if path is None:
            return
        try:
            card = parse_card(_read_bounded(path, MAX_CARD_BYTES))
        except Exception as exc:
            _warn(self, exc)
            return
        question = self.tr(
            "Add {name} ({unit})?\n\nFingerprint:\n{fp}\n\nOnly say yes if this is exactly the "
            "fingerprint your colleague reads to you on the phone or shows you in person."
        ).format(name=card.name, unit=card.unit or "-", fp=card.fingerprint)
        if not self.confirm(question):
            return
        self.session.run(
            lambda s: add_colleague(s, card), lambda _c: self.reload(), lambda e: _warn(self, e)
        )

    def remove(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        name = self.rows[index].name
        if not self.confirm(self.tr("Remove {name} from your colleagues?").format(name=name)):
            return
        self.session.run(
            lambda s: remove_colleague(s, name), lambda _c: self.reload(), lambda e: _warn(self, e)
        )


# -- hand over ------------------------------------------------------------------------------


class HandOverDialog(QDialog):
    """Hand the open case to a colleague: choose whom and what happens here, then where
    to save the bundle. The bundle is written inside the unit of work: no file, no mark."""

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.session = session
        self.case_id = case_id
        self.reference = ""
        self.to = QComboBox()
        self.to.setObjectName("to")
        self.keep = QRadioButton(self.tr("Keep the case here, read-only"))
        self.close_case = QRadioButton(self.tr("Close the case here"))
        self.keep.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.close_case)
        self.case_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Case:"), self.case_label)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Then:"), self.keep)
        form.addRow("", self.close_case)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Hand over case")))
        layout.addWidget(
            QLabel(
                self.tr(
                    "The case is encrypted so that only this colleague can open it, and signed "
                    "by you. The file can be sent by e-mail."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.hand_over))

        def load(s: UnitOfWork) -> tuple[str, list[ColleagueRow]]:
            return get_case_by_id(s, case_id).reference, _colleague_rows(s)

        session.run(load, self._show, lambda exc: _warn(self, exc))

    def _show(self, loaded: tuple[str, list[ColleagueRow]]) -> None:
        self.reference, rows = loaded
        self.case_label.setText(self.reference)
        for r in rows:
            self.to.addItem(f"{r.name} ({r.unit})" if r.unit else r.name, r.name)

    def ask_bundle_file(self) -> Path | None:
        suggested = Path.home() / f"{self.reference or 'sag'}.vnrcase"
        name, _ = QFileDialog.getSaveFileName(
            self, TITLE, str(suggested), self.tr("Handover bundle (*.vnrcase)")
        )
        return Path(name) if name else None

    def hand_over(self) -> None:
        name = self.to.currentData()
        if not name:
            QMessageBox.warning(self, TITLE, self.tr("Add the colleague under Colleagues… first."))
            return
        path = self.ask_bundle_file()
        if path is None:
            return
        try:
            out = check_output(
                path, HANDOVER, replace=True, vault_dir=self.session.vault.paths.directory
            )
        except Exception as exc:
            _warn(self, exc)
            return
        then = "keep" if self.keep.isChecked() else "close"
        case_id = self.case_id

        def work(s: UnitOfWork) -> str:
            sent = hand_over(s, get_case_by_id(s, case_id), get_colleague(s, name), then)
            with write_errors(out):
                write_atomic(out, sent.bundle, mode=0o600)
            return sent.reference

        self.session.run(work, lambda ref: self._done(ref, name, out), lambda e: _warn(self, e))

    def _done(self, reference: str, name: str, out: Path) -> None:
        QMessageBox.information(
            self,
            TITLE,
            self.tr("Case {ref} handed over to {name}:\n{path}").format(
                ref=reference, name=name, path=out
            ),
        )
        self.accept()


# -- receive --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    sender: str
    fingerprint: str
    reference: str
    kind: str
    differences: list[tuple[str, Any, Any]]


def _shown(value: Any) -> str:
    if value is MISSING:
        return QCoreApplication.translate("Handover", "(none)")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class ReceiveDialog(QDialog):
    """A received bundle, checked: who sent it and which case. A new case is imported on
    OK; a case coming back lists every differing field, and only the ticked ones are
    taken from the colleague's copy."""

    def __init__(self, session: VaultSession, raw: bytes, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.session = session
        self.raw = raw
        self.opened: Opened | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field (tick to take theirs)"), self.tr("Here"), self.tr("Theirs")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Receive case")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.buttons = ok_cancel(self, self.receive)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)  # a new case: compact, no blank half-screen around it

        def check(s: UnitOfWork) -> Opened:
            incoming = open_bundle(s, raw)
            arrival = examine(s, incoming)
            return Opened(
                incoming.sender.name,
                incoming.sender.fingerprint,
                incoming.reference,
                arrival.kind,
                [(d.field, d.mine, d.theirs) for d in arrival.differences],
            )

        session.run(check, self._show, self._refused)

    def _refused(self, exc: BaseException) -> None:
        _warn(self, exc)
        self.reject()

    def _show(self, opened: Opened) -> None:
        self.opened = opened
        head = self.tr("From {name} ({fp}): case {ref}.").format(
            name=opened.sender, fp=opened.fingerprint, ref=opened.reference
        )
        if opened.kind == "new":
            self.summary.setText(head + "\n" + self.tr("A new case here. Receive it?"))
            self.adjustSize()  # the dialog was shown empty: grow to the wrapped text
            return
        self.summary.setText(
            head
            + "\n"
            + self.tr(
                "This case comes back: {n} fields differ. Tick the fields to take from "
                "their copy; every other field stays as it is here."
            ).format(n=len(opened.differences))
        )
        self.table.setRowCount(len(opened.differences))
        for i, (field, mine, theirs) in enumerate(opened.differences):
            item = QTableWidgetItem(field)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, item)
            self.table.setItem(i, 1, QTableWidgetItem(_shown(mine)))
            self.table.setItem(i, 2, QTableWidgetItem(_shown(theirs)))
        self.table.resizeColumnsToContents()
        self.table.show()
        self.resize(max(self.width(), 900), max(self.height(), 480))  # room for the table

    def chosen(self) -> set[str]:
        return {
            self.table.item(i, 0).text()
            for i in range(self.table.rowCount())
            if self.table.item(i, 0).checkState() == Qt.CheckState.Checked
        }

    def receive(self) -> None:
        if self.opened is None:
            return
        raw = self.raw
        take = self.chosen() if self.opened.kind == "return" else None
        self.session.run(
            lambda s: receive(s, open_bundle(s, raw), take).reference,
            self._done,
            lambda e: _warn(self, e),
        )

    def _done(self, reference: str) -> None:
        QMessageBox.information(self, TITLE, self.tr("Case {ref} received.").format(ref=reference))
        self.accept()


def ask_bundle_to_receive(parent: QWidget) -> bytes | None:
    """The bytes of a bundle the person picks, or None (a warning shown if unreadable)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        TITLE,
        str(Path.home()),
        QCoreApplication.translate("Handover", "Handover bundle (*.vnrcase)"),
    )
    if not name:
        return None
    try:
        return _read_bounded(Path(name), MAX_BUNDLE_BYTES)
    except OSError as exc:
        _warn(parent, exc)
        return None


# -- File menu entries (the main window keeps only the actions) ------------------------------


def show_my_card(window: Any) -> MyCardDialog | None:
    if not window.session.is_unlocked:
        return None
    dialog = MyCardDialog(window.session, window)
    dialog.setObjectName("my_card_dialog")
    dialog.open()
    return dialog


def show_colleagues(window: Any) -> ColleaguesDialog | None:
    if not window.session.is_unlocked:
        return None
    dialog = ColleaguesDialog(window.session, window)
    dialog.setObjectName("colleagues_dialog")
    dialog.open()
    return dialog


def show_hand_over(window: Any) -> HandOverDialog | None:
    case_id = window.workbook.case_id
    if case_id is None or not window.session.is_unlocked:
        return None
    window.workbook.flush()  # what was typed goes with the case
    dialog = HandOverDialog(window.session, case_id, window)
    dialog.setObjectName("hand_over_dialog")
    dialog.accepted.connect(window.refresh)
    dialog.open()
    return dialog


def show_receive(window: Any, raw: bytes | None = None) -> ReceiveDialog | None:
    if not window.session.is_unlocked:
        return None
    if raw is None:
        raw = ask_bundle_to_receive(window)
    if raw is None:
        return None
    dialog = ReceiveDialog(window.session, raw, window)
    dialog.setObjectName("receive_dialog")
    dialog.accepted.connect(window.refresh)
    dialog.open()
    return dialog
