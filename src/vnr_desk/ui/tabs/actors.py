"""Actors and network: who helps in the case (role, responsibility, referral status, the
coordinator's star), added from the directory or as new; and the citizen's own network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import NetworkStance, ReferralStatus, Sector
from vnr_desk.services.views.actors import CaseActorView, DirectoryEntry, NetworkMemberView
from vnr_desk.ui import labels
from vnr_desk.ui.directory_dialog import DirectoryDialog
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import actors as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.widgets.common import (
    AMBER,
    GREEN,
    RED,
    Column,
    RowsModel,
    RowStyle,
    exec_dialog,
    fit_columns_to_contents,
    heading,
    ok_cancel,
    row_id,
    selected_row,
    show_status,
    status_label,
    table_view,
)

STAR = "★"


class AddActorDialog(QDialog):
    """Pick an actor from the directory or describe a new one, then their part in the case."""

    def __init__(self, directory: list[DirectoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add actor"))
        self.from_directory = QRadioButton(self.tr("From the &directory"))
        self.as_new = QRadioButton(self.tr("As a &new actor"))
        self.from_directory.setChecked(True)
        self.directory = QComboBox()
        self.directory.setObjectName("actor_directory")
        for entry in directory:
            text = f"{entry.name} — {labels.sector(entry.sector)}"
            self.directory.addItem(text, entry.id)
            self.directory.setItemData(
                self.directory.count() - 1, entry.offers, Qt.ItemDataRole.ToolTipRole
            )
        self.name = QLineEdit()
        self.name.setObjectName("actor_name")
        self.sector = QComboBox()
        for value, label in labels.choices(Sector, labels.sector):
            self.sector.addItem(label, value)
        self.unit = QLineEdit()
        self.role = QLineEdit()
        self.role.setObjectName("actor_role")
        self.responsibility = QLineEdit()
        self.responsibility.setObjectName("actor_responsibility")
        self.status = QComboBox()
        for value, label in labels.choices(ReferralStatus, labels.referral_status):
            self.status.addItem(label, value)
        self.coordinator = QCheckBox(self.tr("This actor is the &coordinator"))
        self.from_directory.toggled.connect(self._mode)
        form = QFormLayout(self)
        form.addRow(self.from_directory)
        form.addRow(self.tr("Actor:"), self.directory)
        form.addRow(self.as_new)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Sector:"), self.sector)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Role in the case:"), self.role)
        form.addRow(self.tr("Res&ponsibility:"), self.responsibility)
        form.addRow(self.tr("Referral s&tatus:"), self.status)
        form.addRow(self.coordinator)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(520)
        self._mode(True)

    def _mode(self, from_directory: bool) -> None:
        self.directory.setEnabled(from_directory)
        for w in (self.name, self.sector, self.unit):
            w.setEnabled(not from_directory)

    def values(self) -> dict[str, Any]:
        new = self.as_new.isChecked()
        return {
            "actor_id": None if new else self.directory.currentData(),
            "new_actor": (self.name.text(), self.sector.currentData(), self.unit.text())
            if new
            else None,
            "role": self.role.text().strip(),
            "responsibility": self.responsibility.text().strip(),
            "referral_status": self.status.currentData(),
            "coordinator": self.coordinator.isChecked(),
        }


class CaseActorDialog(QDialog):
    """Correct an actor's part in the case and name the contact person there."""

    def __init__(self, actor: CaseActorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit actor in the case"))
        name = QLabel(f"{actor.name} — {labels.sector(actor.sector)}")
        name.setWordWrap(True)
        self.role = QLineEdit(actor.role)
        self.role.setObjectName("edit_actor_role")
        self.responsibility = QLineEdit(actor.responsibility)
        self.responsibility.setObjectName("edit_actor_responsibility")
        self.contact_name = QLineEdit(actor.contact_name or "")
        self.contact_name.setObjectName("contact_name")
        self.contact_name.setPlaceholderText(self.tr("The person the citizen can call"))
        self.contact_phone = QLineEdit(actor.contact_phone or "")
        self.contact_phone.setObjectName("contact_phone")
        self.contact_email = QLineEdit(actor.contact_email or "")
        self.contact_email.setObjectName("contact_email")
        form = QFormLayout(self)
        form.addRow(self.tr("Actor:"), name)
        form.addRow(self.tr("&Role in the case:"), self.role)
        form.addRow(self.tr("Res&ponsibility:"), self.responsibility)
        form.addRow(heading(self.tr("Contact person")))
        form.addRow(self.tr("&Name:"), self.contact_name)
        form.addRow(self.tr("P&hone:"), self.contact_phone)
        form.addRow(self.tr("&E-mail:"), self.contact_email)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        return {
            "role": self.role.text().strip(),
            "responsibility": self.responsibility.text().strip(),
            "contact_name": self.contact_name.text().strip() or None,
            "contact_phone": self.contact_phone.text().strip() or None,
            "contact_email": self.contact_email.text().strip() or None,
        }


class NetworkDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, member: NetworkMemberView | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit network member") if member else self.tr("Add to the network")
        )
        self.name = QLineEdit()
        self.name.setObjectName("network_name")
        self.relation = QLineEdit()
        self.relation.setObjectName("network_relation")
        self.relation.setPlaceholderText(self.tr("e.g. sister, neighbour, friend"))
        self.stance = QComboBox()
        self.stance.setObjectName("network_stance")
        for value, label in labels.choices(NetworkStance, labels.network_stance):
            self.stance.addItem(label, value)
        self.may_contact = QCheckBox(self.tr("The citizen wants them &contacted"))
        self.may_contact.setObjectName("network_may_contact")
        self.phone = QLineEdit()
        self.phone.setObjectName("network_phone")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("network_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Relation:"), self.relation)
        form.addRow(self.tr("Resource or &risk:"), self.stance)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.may_contact)
        if member is not None:
            form.addRow(self.tr("N&otes:"), self.notes)
            self.name.setText(member.name)
            self.relation.setText(member.relation)
            self.stance.setCurrentIndex(max(0, self.stance.findData(member.stance)))
            self.may_contact.setChecked(member.may_contact)
            self.phone.setText(member.phone or "")
            self.notes.setPlainText(member.notes)
        else:
            self.notes.hide()
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "relation": self.relation.text().strip(),
            "stance": self.stance.currentData(),
            "may_contact": self.may_contact.isChecked(),
            "phone": self.phone.text().strip() or None,
        }
        if self.notes.isVisibleTo(self):
            values["notes"] = self.notes.toPlainText().strip()
        return values


def _stance_style(member: NetworkMemberView) -> RowStyle | None:
    colour = {
        NetworkStance.RESOURCE.value: GREEN,
        NetworkStance.RISK.value: RED,
        NetworkStance.BOTH.value: AMBER,
    }.get(member.stance)
    return RowStyle(colour) if colour is not None else None


class ActorsTab(CaseTab):
    key = "actors"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.model = RowsModel(
            [
                Column("", lambda a: STAR if a.is_coordinator else "", align_center=True),
                Column(self.tr("Actor"), lambda a: a.name),
                Column(self.tr("Sector"), lambda a: labels.sector(a.sector)),
                Column(self.tr("Role"), lambda a: a.role),
                Column(self.tr("Responsibility"), lambda a: a.responsibility),
                Column(self.tr("Referral"), lambda a: labels.referral_status(a.referral_status)),
                Column(
                    self.tr("Contact person"),
                    lambda a: ", ".join(
                        x for x in (a.contact_name, a.contact_phone, a.contact_email) if x
                    ),
                ),
            ],
            lambda a: RowStyle(bold=True) if a.is_coordinator else None,
            key=row_id,
        )
        self.table = table_view("actors_table", self.model, stretch=4)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.add_button = QPushButton(self.tr("&Add actor…"))
        self.add_button.setObjectName("add_actor")
        self.add_button.clicked.connect(self.add_actor_dialog)
        self.coordinator_button = QPushButton(self.tr("Make c&oordinator ★"))
        self.coordinator_button.setObjectName("make_coordinator")
        self.coordinator_button.clicked.connect(self.make_coordinator)
        self.referral = QComboBox()
        self.referral.setObjectName("referral_choice")
        for value, label in labels.choices(ReferralStatus, labels.referral_status):
            self.referral.addItem(label, value)
        self.referral_button = QPushButton(self.tr("Set &referral status"))
        self.referral_button.setObjectName("set_referral")
        self.referral_button.clicked.connect(self.set_referral)
        self.edit_button = QPushButton(self.tr("&Edit actor…"))
        self.edit_button.setObjectName("edit_case_actor")
        self.edit_button.clicked.connect(self.edit_actor_dialog)
        self.table.doubleClicked.connect(lambda *_: self.edit_actor_dialog())
        self.directory_button = QPushButton(self.tr("Actor director&y…"))
        self.directory_button.setObjectName("open_directory")
        self.directory_button.clicked.connect(self.directory_dialog)
        actor_buttons = QHBoxLayout()
        actor_buttons.addWidget(self.add_button)
        actor_buttons.addWidget(self.edit_button)
        actor_buttons.addWidget(self.coordinator_button)
        actor_buttons.addWidget(self.directory_button)
        actor_buttons.addStretch(1)
        actor_buttons.addWidget(self.referral)
        actor_buttons.addWidget(self.referral_button)
        actors_box = QGroupBox(self.tr("Actors in the case"))
        actors_layout = QVBoxLayout(actors_box)
        actors_layout.addWidget(self.table, 1)
        actors_layout.addLayout(actor_buttons)

        self.network_model = RowsModel(
            [
                Column(self.tr("Name"), lambda m: m.name),
                Column(self.tr("Relation"), lambda m: m.relation),
                Column(self.tr("Resource / risk"), lambda m: labels.network_stance(m.stance)),
                Column(
                    self.tr("May be contacted"),
                    lambda m: self.tr("Yes") if m.may_contact else self.tr("No"),
                ),
                Column(self.tr("Phone"), lambda m: m.phone or ""),
            ],
            _stance_style,
            key=row_id,
        )
        self.network = table_view("network_table", self.network_model, stretch=1)
        self.network_button = QPushButton(self.tr("Add to the &network…"))
        self.network_button.setObjectName("add_network_member")
        self.network_button.clicked.connect(self.add_member_dialog)
        network_box = QGroupBox(self.tr("The citizen's network"))
        network_layout = QVBoxLayout(network_box)
        network_layout.addWidget(self.network, 1)
        self.edit_member_button = QPushButton(self.tr("Ed&it network member…"))
        self.edit_member_button.setObjectName("edit_network_member")
        self.edit_member_button.clicked.connect(self.edit_member_dialog)
        self.network.doubleClicked.connect(lambda *_: self.edit_member_dialog())
        self.network.selectionModel().selectionChanged.connect(lambda *_: self._update())
        row = QHBoxLayout()
        row.addWidget(self.network_button)
        row.addWidget(self.edit_member_button)
        row.addStretch(1)
        network_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(actors_box)
        splitter.addWidget(network_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = status_label("actors_status")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._update()

    def title(self) -> str:
        return self.tr("Ac&tors and network")

    def load(self, case_id: int) -> None:
        self.model.reset_rows([])
        self.network_model.reset_rows([])
        super().load(case_id)
        self.status.clear()
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        # Rows update in place, so the chosen actor stays chosen; only an actor just added
        # or changed here (`select_id`) is chosen anew.
        ops.load(self.session, case_id, lambda r: self._show(*r, keep=select_id), self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _show(
        self, actors: list[CaseActorView], members: list[NetworkMemberView], keep: int | None
    ) -> None:
        if self.case_id is None:
            return
        # Column widths are fitted when rows come or go, not on every refresh: a re-read
        # after a write elsewhere leaves the table as it was.
        for view, model, rows in (
            (self.table, self.model, actors),
            (self.network, self.network_model, members),
        ):
            fit = model.rowCount() != len(rows)
            model.set_rows(rows)
            if fit:
                fit_columns_to_contents(view)
        row = next((i for i, a in enumerate(actors) if a.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        self._update()

    def _update(self) -> None:
        actor: CaseActorView | None = selected_row(self.table)
        editable = self.case_id is not None
        self.add_button.setEnabled(editable)
        self.network_button.setEnabled(editable)
        self.coordinator_button.setEnabled(actor is not None and not actor.is_coordinator)
        self.edit_button.setEnabled(actor is not None)
        self.edit_member_button.setEnabled(selected_row(self.network) is not None)
        self.referral.setEnabled(actor is not None)
        self.referral_button.setEnabled(actor is not None)
        if actor is not None:
            self.referral.setCurrentIndex(max(0, self.referral.findData(actor.referral_status)))

    # -- changes ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def _done(self, message: str, select: bool = True) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            show_status(self.status, message)
            self.refresh(select_id=result if select and isinstance(result, int) else None)

        return done

    def add_actor_dialog(self) -> None:
        if self.case_id is None:
            return
        entries: list[DirectoryEntry] = []
        ops.load_directory(self.session, entries.extend, self._failed)
        self.session.worker.wait_idle()
        dialog = AddActorDialog(entries, self)
        if self.run_dialog(dialog):
            self.add_actor(**dialog.values())

    def add_actor(
        self,
        actor_id: int | None,
        new_actor: tuple[str, str, str] | None,
        role: str,
        responsibility: str,
        referral_status: str,
        coordinator: bool,
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        values = {
            "new_actor": new_actor,
            "role": role,
            "responsibility": responsibility,
            "referral_status": referral_status,
            "coordinator": coordinator,
        }
        ops.involve_actor(
            self.session,
            case_id,
            actor_id,
            values,
            self._done(self.tr("Actor added.")),
            self._failed,
        )

    def make_coordinator(self) -> None:
        actor: CaseActorView | None = selected_row(self.table)
        case_id = self.case_id
        if actor is None or case_id is None:
            return
        message = self.tr("{name} is now the coordinator.").format(name=actor.name)
        ops.make_coordinator(self.session, case_id, actor.id, self._done(message), self._failed)

    def set_referral(self) -> None:
        actor: CaseActorView | None = selected_row(self.table)
        case_id = self.case_id
        status = self.referral.currentData()
        if actor is None or case_id is None or status is None:
            return
        done = self._done(self.tr("Referral status changed."))
        ops.set_referral(self.session, case_id, actor.id, status, done, self._failed)

    def add_member_dialog(self) -> None:
        if self.case_id is None:
            return
        dialog = NetworkDialog(self)
        if self.run_dialog(dialog):
            self.add_member(**dialog.values())

    def add_member(
        self, name: str, relation: str, stance: str, may_contact: bool, phone: str | None
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        values = {
            "relation": relation,
            "stance": stance,
            "may_contact": may_contact,
            "phone": phone,
        }
        done = self._done(self.tr("Added to the network."), select=False)
        ops.add_member(self.session, case_id, name, values, done, self._failed)

    def edit_actor_dialog(self) -> None:
        actor: CaseActorView | None = selected_row(self.table)
        case_id = self.case_id
        if actor is None or case_id is None:
            return
        dialog = CaseActorDialog(actor, self)
        if self.run_dialog(dialog):
            done = self._done(self.tr("Actor changed."))
            ops.update_case_actor(
                self.session, case_id, actor.id, dialog.values(), done, self._failed
            )

    def edit_member_dialog(self) -> None:
        member: NetworkMemberView | None = selected_row(self.network)
        case_id = self.case_id
        if member is None or case_id is None:
            return
        dialog = NetworkDialog(self, member)
        if self.run_dialog(dialog):
            done = self._done(self.tr("Network member changed."), select=False)
            ops.update_member(self.session, case_id, member.id, dialog.values(), done, self._failed)

    def directory_dialog(self) -> None:
        """Browse and correct the municipality's actor directory."""
        dialog = DirectoryDialog(self.session, self)
        dialog.run_dialog = self.run_dialog
        self.run_dialog(dialog)
        if self.case_id is not None:
            self.refresh()

    def clear(self) -> None:
        super().clear()
        self.model.reset_rows([])
        self.network_model.reset_rows([])
        self.status.clear()
        self._update()
