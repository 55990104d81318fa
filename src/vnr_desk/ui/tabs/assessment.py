"""Whole-person assessment: each life domain's rating, the caseworker's text and the
citizen's own words, plus hopes, dreams and resources; the domain wheel shows the chosen
assessment over the one before it. A new assessment starts from the last one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnr_desk.domain.enums import LifeDomain
from vnr_desk.services.assessments import RatingInput
from vnr_desk.services.views.assessment import AssessmentView, RatingView
from vnr_desk.ui import labels
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.operations import assessment as ops
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.widgets.common import (
    Column,
    RowsModel,
    date_edit,
    date_of,
    exec_dialog,
    ok_cancel,
    show_status,
    status_label,
    table_view,
)
from vnr_desk.ui.widgets.domain_wheel import DomainWheel, WheelSeries

DOMAINS = list(LifeDomain)
EMPTY = RatingView(None, "", "")


class AssessmentDialog(QDialog):
    """Every domain on one page, pre-filled from the last assessment, to be revised."""

    def __init__(
        self,
        last: AssessmentView | None,
        today: dt.date,
        parent: QWidget | None = None,
        children: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.made_on = date_edit("assessment_made_on", today)
        # A child is a person in their own right: the assessment can be the child's own.
        self.person = QComboBox()
        self.person.setObjectName("assessment_person")
        self.person.addItem(self.tr("The citizen"), None)
        for person_id, name in children or []:
            self.person.addItem(name, person_id)
        self.ratings: dict[str, QSpinBox] = {}
        self.descriptions: dict[str, QLineEdit] = {}
        self.own_words: dict[str, QLineEdit] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for column, text in enumerate(
            [
                self.tr("Life domain"),
                self.tr("Rating (1–5)"),
                self.tr("Assessment"),
                self.tr("In the citizen's words"),
            ]
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, domain in enumerate(DOMAINS, start=1):
            before = last.ratings.get(domain.value, EMPTY) if last else EMPTY
            name = QLabel(labels.life_domain(domain))
            spin = QSpinBox()
            spin.setObjectName(f"rating_{domain.value}")
            spin.setRange(0, 5)
            spin.setSpecialValueText("–")
            spin.setValue(before.rating or 0)
            name.setBuddy(spin)
            description = QLineEdit(before.description)
            own = QLineEdit(before.own_words)
            self.ratings[domain.value] = spin
            self.descriptions[domain.value] = description
            self.own_words[domain.value] = own
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(description, row, 2)
            grid.addWidget(own, row, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        self.hopes = QLineEdit(last.hopes if last else "")
        self.dreams = QLineEdit(last.dreams if last else "")
        self.resources = QLineEdit(last.resources if last else "")
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.made_on)
        if children:
            form.addRow(self.tr("&For:"), self.person)
        bottom = QFormLayout()
        bottom.addRow(self.tr("&Hopes:"), self.hopes)
        bottom.addRow(self.tr("D&reams:"), self.dreams)
        bottom.addRow(self.tr("Reso&urces:"), self.resources)
        buttons = ok_cancel(self, ok=QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def values(self) -> dict[str, Any]:
        domains = {
            d: RatingInput(
                self.ratings[d].value() or None,
                self.descriptions[d].text().strip(),
                self.own_words[d].text().strip(),
            )
            for d in self.ratings
        }
        return {
            "made_on": date_of(self.made_on),
            "domains": {d: r for d, r in domains.items() if r != RatingInput()},
            "hopes": self.hopes.text().strip(),
            "dreams": self.dreams.text().strip(),
            "resources": self.resources.text().strip(),
            "person_id": self.person.currentData(),
        }


class AssessmentTab(CaseTab):
    key = "assessment"
    shows = ops.SHOWS

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.today: Callable[[], dt.date] = dt.date.today
        self.assessments: list[AssessmentView] = []  # oldest first
        self.children: list[tuple[int, str]] = []  # (id, name): whom else it can be for

        self.choice = QComboBox()
        self.choice.setObjectName("assessment_choice")
        self.choice.currentIndexChanged.connect(lambda _i: self._show_chosen())
        choice_label = QLabel(self.tr("&Assessment:"))
        choice_label.setBuddy(self.choice)
        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.new_button.setObjectName("new_assessment")
        self.new_button.clicked.connect(self.new_assessment_dialog)
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.model = RowsModel(
            [
                Column(self.tr("Life domain"), lambda r: labels.life_domain(r[0])),
                Column(
                    self.tr("Rating"),
                    lambda r: str(r[1].rating) if r[1].rating else "–",
                    align_center=True,
                ),
                Column(self.tr("Assessment"), lambda r: r[1].description),
                Column(self.tr("In the citizen's words"), lambda r: r[1].own_words),
            ],
            key=lambda r: r[0],
        )
        self.table = table_view("assessment_table", self.model, stretch=3)
        self.table.setWordWrap(True)
        self.hopes = self._value("assessment_hopes")
        self.dreams = self._value("assessment_dreams")
        self.resources = self._value("assessment_resources")
        own = QGroupBox(self.tr("The citizen's hopes, dreams and resources"))
        own_form = QFormLayout(own)
        own_form.addRow(self.tr("Hopes:"), self.hopes)
        own_form.addRow(self.tr("Dreams:"), self.dreams)
        own_form.addRow(self.tr("Resources:"), self.resources)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(own)

        self.wheel = DomainWheel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.wheel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 480])
        self.status = status_label("assessment_status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def title(self) -> str:
        return self.tr("A&ssessment")

    def load(self, case_id: int) -> None:
        super().load(case_id)
        self.status.clear()
        self.refresh(select_latest=True)

    def refresh(self, select_latest: bool = False) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        ops.load(self.session, case_id, lambda rows: self._show(rows, select_latest), self._failed)
        ops.children(self.session, case_id, self._set_children)

    def _set_children(self, children: list[tuple[int, str]]) -> None:
        if self.case_id is not None:
            self.children = children
            if self.assessments:
                self._show(self.assessments)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)

    def _show(self, rows: list[AssessmentView], select_latest: bool = False) -> None:
        """Show the assessments; the one chosen stays chosen unless a new one was saved here."""
        if self.case_id is None:
            return
        chosen = None if select_latest else self.choice.currentData()
        self.assessments = rows
        self.choice.blockSignals(True)
        self.choice.clear()
        for i, a in enumerate(reversed(rows)):
            text = self.tr("Assessment of {day}").format(day=labels.date_text(a.made_on))
            child = dict(self.children).get(a.person_id) if a.person_id is not None else None
            if a.person_id is not None:
                text += " — " + (child or self.tr("a child"))
            if i == 0:
                text += " " + self.tr("(latest)")
            self.choice.addItem(text, a.id)
        if chosen is not None and self.choice.findData(chosen) >= 0:
            self.choice.setCurrentIndex(self.choice.findData(chosen))
        self.choice.blockSignals(False)
        self._show_chosen()

    def chosen(self) -> tuple[AssessmentView | None, AssessmentView | None]:
        """The chosen assessment and the one before it."""
        chosen_id = self.choice.currentData()
        for i, a in enumerate(self.assessments):
            if a.id == chosen_id:
                earlier = [b for b in self.assessments[:i] if b.person_id == a.person_id]
                return a, earlier[-1] if earlier else None
        return None, None

    def _show_chosen(self) -> None:
        current, previous = self.chosen()
        if current is None:
            self.model.set_rows([])
            self.wheel.clear()
            for label in (self.hopes, self.dreams, self.resources):
                label.clear()
            return
        self.model.set_rows([(d, current.ratings.get(d.value, EMPTY)) for d in DOMAINS])
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.hopes.setText(current.hopes)
        self.dreams.setText(current.dreams)
        self.resources.setText(current.resources)

        def series(a: AssessmentView, label: str) -> WheelSeries:
            return WheelSeries(
                label.format(day=labels.date_text(a.made_on)),
                tuple(a.ratings.get(d.value, EMPTY).rating for d in DOMAINS),
            )

        self.wheel.set_data(
            [labels.life_domain(d) for d in DOMAINS],
            series(current, self.tr("Assessment of {day}")),
            series(previous, self.tr("Previous, {day}")) if previous else None,
        )

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in and answer."""
        return exec_dialog(dialog)

    def new_assessment_dialog(self) -> None:
        if self.case_id is None:
            return
        own = [a for a in self.assessments if a.person_id is None]
        last = own[-1] if own else None
        dialog = AssessmentDialog(last, self.today(), self, self.children)
        if self.run_dialog(dialog):
            self.save_assessment(**dialog.values())

    def save_assessment(
        self,
        made_on: dt.date,
        domains: dict[str, RatingInput],
        hopes: str,
        dreams: str,
        resources: str,
        person_id: int | None = None,
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def done(_result: object) -> None:
            show_status(self.status, self.tr("Assessment saved."))
            self.refresh(select_latest=True)

        texts = {"hopes": hopes, "dreams": dreams, "resources": resources}
        ops.save(self.session, case_id, made_on, domains, texts, done, self._failed, person_id)

    def clear(self) -> None:
        super().clear()
        self.assessments = []
        self.children = []
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.blockSignals(False)
        self.model.reset_rows([])
        self.wheel.clear()
        for label in (self.hopes, self.dreams, self.resources, self.status):
            label.clear()
