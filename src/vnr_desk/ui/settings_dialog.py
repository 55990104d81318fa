"""Settings: idle-lock minutes, language, PDF folder, automatic backups (this laptop,
QSettings) and, stored in the vault, its edition (Danish or Swedish), who "I" am for the
Mine filter and the municipality's deadline rule values. The workbook speaks the vault's
edition unless this laptop chose a language (ui/translations.choose_language)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.rules.deadlines import RULE_IDS, DeadlineRule
from vnr_desk.services.actors import directory
from vnr_desk.services.deadlines import get_rules, set_rule
from vnr_desk.services.settings import (
    CaseworkerProfile,
    caseworker_profile,
    edition,
    my_actor_id,
    set_caseworker_profile,
    set_edition,
    set_my_actor,
)
from vnr_desk.ui import labels
from vnr_desk.ui.session import UnitOfWork, VaultSession
from vnr_desk.ui.settings import (
    AUTO_BACKUP_FOLDER,
    AUTO_BACKUP_KEEP,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    PDF_FOLDER,
    VAULT_LANGUAGE,
    AppSettings,
)
from vnr_desk.ui.translations import EDITION_NAMES
from vnr_desk.ui.widgets.common import discard_guard, ok_cancel


@dataclass(frozen=True)
class VaultSettings:
    actors: list[tuple[int, str]]
    my_actor: int | None
    rules: dict[str, DeadlineRule]
    profile: CaseworkerProfile
    edition: str = "da"


def load_vault_settings(s: UnitOfWork) -> VaultSettings:
    actors = [(a.id, f"{a.name} ({a.unit})" if a.unit else a.name) for a in directory(s)]
    return VaultSettings(actors, my_actor_id(s), get_rules(s), caseworker_profile(s), edition(s))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, session: VaultSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("VNR Desk")
        self.settings = settings
        self.session = session
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(IDLE_LOCK_MINUTES))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in (
            ("", self.tr("The vault's language")),
            ("da", "Dansk"),
            ("sv", "Svenska"),
            ("en", "English"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.pdf_folder = QLineEdit(settings.get(PDF_FOLDER))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.pdf_folder)
        folder_row.addWidget(browse)
        self.me = QComboBox()
        self.me.setObjectName("my_actor")
        self.rules = QTableWidget(0, 3)
        self.rules.setObjectName("rules")
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Months"), self.tr("Days")]
        )
        self.rules.horizontalHeader().setStretchLastSection(False)
        self.rules.setColumnWidth(0, 320)
        self.rules.verticalHeader().hide()

        form = QFormLayout()
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        self.edition = QComboBox()
        self.edition.setObjectName("edition")
        for code, name in EDITION_NAMES:
            self.edition.addItem(name, code)
        self.edition.setEnabled(False)  # until the vault's value is loaded
        form.addRow(self.tr("Vault &edition:"), self.edition)
        form.addRow(self.tr("L&anguage on this laptop:"), self.language)
        form.addRow("", QLabel(self.tr("A new language is used from the next start.")))
        pdf_label = QLabel(self.tr("&PDF folder:"))
        pdf_label.setBuddy(self.pdf_folder)  # a row holding a layout gets no buddy by itself
        form.addRow(pdf_label, folder_row)
        form.addRow(self.tr("&I am (for the Mine filter):"), self.me)
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profile_name")
        self.profile_name.setPlaceholderText(
            self.tr('Used for "registered by" and "documented by"')
        )
        self.profile_unit = QLineEdit()
        self.profile_unit.setObjectName("profile_unit")
        self.profile_phone = QLineEdit()
        self.profile_phone.setObjectName("profile_phone")
        self.profile_email = QLineEdit()
        self.profile_email.setObjectName("profile_email")
        form.addRow(QLabel(self.tr("You as caseworker (stored in the vault):")))
        form.addRow(self.tr("&Your name:"), self.profile_name)
        form.addRow(self.tr("U&nit:"), self.profile_unit)
        form.addRow(self.tr("P&hone:"), self.profile_phone)
        form.addRow(self.tr("&E-mail:"), self.profile_email)
        note = QLabel(self.tr("Deadline rules for your municipality (stored in the vault):"))
        buttons = ok_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._backup_group())
        layout.addWidget(self._team_group())
        layout.addWidget(note)
        layout.addWidget(self.rules)
        layout.addWidget(buttons)
        self.resize(600, 680)  # room for more than two deadline rules
        self.loaded: VaultSettings | None = None
        session.run(load_vault_settings, self._fill)

    def _team_group(self) -> QGroupBox:
        """Team: join a team server (ui/team/join.py); the link is kept in the vault."""
        from vnr_desk.ui.team.join import show_join

        box = QGroupBox(self.tr("Team"))
        join = QPushButton(self.tr("&Join a team server…"))
        join.setObjectName("team_join_button")
        join.clicked.connect(lambda: show_join(self.parentWidget() or self))
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("Share cases with colleagues through your team's server.")))
        row.addWidget(join)
        return box

    def _backup_group(self) -> QGroupBox:
        """Automatic backups: a folder (empty = none) and how many to keep."""
        box = QGroupBox(self.tr("Automatic backups"))
        self.backup_folder = QLineEdit(self.settings.get(AUTO_BACKUP_FOLDER))
        self.backup_folder.setObjectName("backup_folder")
        self.backup_folder.setPlaceholderText(self.tr("No automatic backups"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse_backup_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder)
        row.addWidget(browse)
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(max(1, min(100, self.settings.get(AUTO_BACKUP_KEEP))))
        explain = QLabel(
            self.tr(
                "On lock and quit, when something has changed, a checked backup is written to "
                "this folder, and only the newest are kept. Files VNR Desk did not write there "
                "are never removed. Use a folder on another disk."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout(box)
        label = QLabel(self.tr("Back up &to:"))
        label.setBuddy(self.backup_folder)  # a row holding a layout gets no buddy by itself
        form.addRow(label, row)
        form.addRow(self.tr("&Keep the newest:"), self.backup_keep)
        form.addRow(explain)
        return box

    def _browse_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "VNR Desk", self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "VNR Desk", self.pdf_folder.text())
        if folder:
            self.pdf_folder.setText(folder)

    def _fill(self, loaded: VaultSettings) -> None:
        self.loaded = loaded
        self.edition.setCurrentIndex(max(0, self.edition.findData(loaded.edition)))
        self.edition.setEnabled(True)
        self.me.addItem(self.tr("(not chosen)"), None)
        for actor_id, label in loaded.actors:
            self.me.addItem(label, actor_id)
        self.me.setCurrentIndex(max(0, self.me.findData(loaded.my_actor)))
        self.profile_name.setText(loaded.profile.name)
        self.profile_unit.setText(loaded.profile.unit)
        self.profile_phone.setText(loaded.profile.phone)
        self.profile_email.setText(loaded.profile.email)
        self.rules.setRowCount(len(RULE_IDS))
        for row, rule_id in enumerate(RULE_IDS):
            rule = loaded.rules[rule_id]
            label = QTableWidgetItem(labels.deadline_rule(rule_id))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(Qt.ItemDataRole.UserRole, rule_id)
            self.rules.setItem(row, 0, label)
            for column, value in ((1, rule.months), (2, rule.days)):
                box = QSpinBox()
                box.setRange(0, 120 if column == 1 else 3660)
                box.setValue(value)
                self.rules.setCellWidget(row, column, box)
        guard = discard_guard(self)
        if guard is not None and guard.start is not None:
            guard.reset()  # filled from the vault after it was shown: that is its start

    def rule_values(self) -> list[dict[str, object]]:
        values: list[dict[str, object]] = []
        for row in range(self.rules.rowCount()):
            rule_id = self.rules.item(row, 0).data(Qt.ItemDataRole.UserRole)
            months = self.rules.cellWidget(row, 1).value()  # type: ignore[attr-defined]
            days = self.rules.cellWidget(row, 2).value()  # type: ignore[attr-defined]
            values.append({"id": rule_id, "months": months, "days": days})
        return values

    def profile(self) -> CaseworkerProfile:
        return CaseworkerProfile(
            self.profile_name.text().strip(),
            self.profile_unit.text().strip(),
            self.profile_phone.text().strip(),
            self.profile_email.text().strip(),
        )

    def save(self) -> None:
        self.settings.set(IDLE_LOCK_MINUTES, self.idle.value())
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(PDF_FOLDER, self.pdf_folder.text())
        self.settings.set(AUTO_BACKUP_FOLDER, self.backup_folder.text().strip())
        self.settings.set(AUTO_BACKUP_KEEP, self.backup_keep.value())
        loaded = self.loaded
        if loaded is None:
            self.accept()
            return
        me = self.me.currentData()
        profile = self.profile()
        code = str(self.edition.currentData())
        if code != loaded.edition:
            self.settings.set(VAULT_LANGUAGE, code)
        changed = [
            v
            for v in self.rule_values()
            if (loaded.rules[str(v["id"])].months, loaded.rules[str(v["id"])].days)
            != (v["months"], v["days"])
        ]

        def write(s: UnitOfWork) -> None:
            if code != loaded.edition:
                set_edition(s, code)
            if me != loaded.my_actor:
                set_my_actor(s, me)
            if profile != loaded.profile:
                set_caseworker_profile(s, profile)
            for value in changed:
                set_rule(s, value)

        self.session.run(write, lambda _: self.accept())
