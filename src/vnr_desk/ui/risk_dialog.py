"""Record a risk assessment: date, assessor (the caseworker profile's name, read-only),
instrument of the vault's edition with each item answered on its scale and its guidance
in view, the level with what it calls for, and notes. Earlier assessments are listed so
the change over time is seen while assessing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import RiskLevel
from vnr_desk.services.instruments import Instrument
from vnr_desk.services.views.risk import RiskForm
from vnr_desk.ui import labels
from vnr_desk.ui.widgets.common import (
    ALERT_TEXT,
    date_edit,
    date_of,
    heading,
    ok_cancel,
    show_status,
    status_label,
)

GUIDANCE_STYLE = "color: #555753;"


class RiskDialog(QDialog):
    def __init__(self, form: RiskForm, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_dialog")
        self.setWindowTitle(self.tr("Risk assessment"))
        self.form = form
        self.answers: dict[str, QComboBox] = {}

        self.made_on = date_edit("risk_made_on", today)
        self.made_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.assessor = QLineEdit(form.assessor)
        self.assessor.setObjectName("risk_assessor")
        self.assessor.setReadOnly(True)
        self.instrument = QComboBox()
        self.instrument.setObjectName("risk_instrument")
        self.instrument.addItem(self.tr("No instrument (professional judgement only)"), None)
        for instrument in form.instruments:
            self.instrument.addItem(instrument.name, instrument.key)
        if form.instruments:
            self.instrument.setCurrentIndex(1)
        self.instrument.currentIndexChanged.connect(self._show_items)
        self.level = QComboBox()
        self.level.setObjectName("risk_level")
        self.level.addItem(self.tr("— choose —"), None)
        for level in RiskLevel:
            self.level.addItem(labels.risk_level(level), level.value)
        self.level.currentIndexChanged.connect(self._show_level_guidance)
        self.level_guidance = QLabel()
        self.level_guidance.setObjectName("risk_level_guidance")
        self.level_guidance.setWordWrap(True)
        self.level_guidance.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("risk_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(56)
        self.status = status_label("risk_status")

        form_layout = QFormLayout()
        form_layout.addRow(self.tr("&Date:"), self.made_on)
        assessor_row = QVBoxLayout()
        assessor_row.addWidget(self.assessor)
        self.profile_hint = QLabel(
            self.tr("Fill in your name in Settings → Caseworker profile before assessing.")
        )
        self.profile_hint.setObjectName("risk_profile_hint")
        self.profile_hint.setWordWrap(True)
        self.profile_hint.setStyleSheet(f"color: {ALERT_TEXT.name()};")
        self.profile_hint.setVisible(not form.assessor)
        assessor_row.addWidget(self.profile_hint)
        form_layout.addRow(self.tr("Assessor:"), assessor_row)
        form_layout.addRow(self.tr("&Instrument:"), self.instrument)

        self.about = QLabel()
        self.about.setObjectName("risk_instrument_guidance")
        self.about.setWordWrap(True)
        self.about.setStyleSheet(GUIDANCE_STYLE)
        self.items = QWidget()
        self.items_layout = QGridLayout(self.items)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items)
        scroll.setMinimumHeight(250)

        history = QListWidget()
        history.setObjectName("risk_history")
        for row in form.history:
            history.addItem(
                self.tr("{day}  {level} — {who}").format(
                    day=labels.date_text(row.made_on),
                    level=labels.risk_level(row.level),
                    who=row.assessor or self.tr("(assessor unknown)"),
                )
            )
        if not form.history:
            history.addItem(self.tr("No earlier assessments"))
        history.setMaximumHeight(60)

        bottom = QFormLayout()
        level_column = QVBoxLayout()
        level_column.setSpacing(2)
        level_column.addWidget(self.level)
        level_column.addWidget(self.level_guidance)
        level_label = QLabel(self.tr("Risk &level:"))
        level_label.setBuddy(self.level)
        bottom.addRow(level_label, level_column)
        bottom.addRow(self.tr("&Notes:"), self.notes)
        bottom.addRow(self.tr("Earlier assessments:"), history)

        buttons = ok_cancel(self, self._save, QDialogButtonBox.StandardButton.Save)
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(bool(form.assessor))

        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.about)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        self._show_items()

    def chosen_instrument(self) -> Instrument | None:
        key = self.instrument.currentData()
        return next((i for i in self.form.instruments if i.key == key), None)

    def _show_items(self) -> None:
        while self.items_layout.count():
            taken = self.items_layout.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.answers.clear()
        instrument = self.chosen_instrument()
        self.about.setText(instrument.guidance if instrument else "")
        self.about.setVisible(instrument is not None)
        if instrument is None:
            self._show_level_guidance()
            return
        row = 0
        for section in instrument.sections:
            self.items_layout.addWidget(heading(section.title), row, 0, 1, 2)
            row += 1
            for item in section.items:
                text = QLabel(item.text)
                text.setWordWrap(True)
                answer = QComboBox()
                answer.setObjectName(f"risk_answer_{item.id}")
                answer.addItem("–", None)
                for option in instrument.scale:
                    answer.addItem(option.label, option.value)
                text.setBuddy(answer)
                self.answers[item.id] = answer
                self.items_layout.addWidget(text, row, 0)
                self.items_layout.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
                row += 1
                if item.guidance:
                    guide = QLabel(item.guidance)
                    guide.setWordWrap(True)
                    guide.setStyleSheet(GUIDANCE_STYLE + " font-size: small;")
                    self.items_layout.addWidget(guide, row, 0)
                    row += 1
        self.items_layout.setColumnStretch(0, 1)
        self.items_layout.setRowStretch(row, 1)
        self._show_level_guidance()

    def _show_level_guidance(self) -> None:
        instrument, level = self.chosen_instrument(), self.level.currentData()
        text = instrument.level_guidance.get(level, "") if instrument and level else ""
        if level in (RiskLevel.HIGH.value, RiskLevel.ACUTE.value):
            text = (text + " " if text else "") + self.tr(
                "Saving marks the case urgent (coordination meeting within 24 hours)."
            )
        self.level_guidance.setText(text)

    def _save(self) -> None:
        if not self.form.assessor:
            show_status(self.status, self.profile_hint.text(), error=True)
            return
        if self.level.currentData() is None:
            show_status(self.status, self.tr("Choose the risk level."), error=True)
            return
        self.accept()

    def values(self) -> dict[str, object]:
        instrument = self.chosen_instrument()
        return {
            "made_on": date_of(self.made_on),
            "level": self.level.currentData(),
            "notes": self.notes.toPlainText().strip(),
            "instrument_key": instrument.key if instrument else None,
            "answers": {
                item_id: combo.currentData()
                for item_id, combo in self.answers.items()
                if combo.currentData() is not None
            },
        }
