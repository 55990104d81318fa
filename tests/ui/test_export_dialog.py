"""Print / PDF from the workbook: the same consent decision as the CLI, nothing written
without consent, and lock closes the dialog."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from tests.exports.test_export import CASE
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.i18n import translator
from vnr_desk.reports.labels import long_date
from vnr_desk.services import actors, consent
from vnr_desk.services.cases import get_case
from vnr_desk.services.export.registry import KINDS, REGISTRY
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.ui.export_dialog import TAB_KINDS, ExportDialog, default_file_name
from vnr_desk.ui.main_window import MainWindow


@pytest.fixture
def exporting(window: MainWindow) -> MainWindow:
    with window.session.vault.session() as s:
        case_id = import_case(s, CASE).id
    window.refresh()
    window.open_case(case_id, "plan")
    return window


def _dialog(window: MainWindow, out: Path) -> ExportDialog:
    dialog = window.show_export()
    assert dialog is not None
    dialog.ask_file = lambda: out  # type: ignore[method-assign]
    return dialog


def test_print_plan_for_citizen(exporting: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    dialog = _dialog(exporting, out)
    assert dialog.kind.currentData() == "plan"  # chosen from the tab in front
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("citizen"))
    dialog.choose_file_and_export()
    assert dialog.written is not None and out.exists()
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Jeg vil have min egen bolig" in text and "Bo Voldersen" not in text


def test_the_dialog_offers_the_registry_s_printouts(exporting: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(exporting, tmp_path / "x.pdf")
    offered = tuple(dialog.kind.itemData(i) for i in range(dialog.kind.count()))
    assert offered == KINDS
    assert all(dialog.kind.itemText(i) != dialog.kind.itemData(i) for i in range(len(KINDS)))
    assert set(TAB_KINDS.values()) <= set(KINDS)


def test_only_recipients_a_document_is_made_for_can_be_picked(
    exporting: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(exporting, tmp_path / "x.pdf")
    model = dialog.recipient.model()
    for kind in KINDS:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        enabled = {
            RecipientRef.parse(dialog.recipient.itemData(i)).kind
            for i in range(dialog.recipient.count())
            if model.item(i).isEnabled()
        }
        assert enabled == set(REGISTRY[kind].recipients), kind
        chosen = dialog.recipient.currentIndex()
        assert model.item(chosen).isEnabled(), kind
    dialog.kind.setCurrentIndex(dialog.kind.findData("summary"))  # made for no citizen
    assert dialog.recipient.currentData() != "citizen"
    assert dialog.windowTitle() != "VNR Desk"


def test_actor_without_consent_is_refused_and_nothing_written(
    exporting: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    dialog = _dialog(exporting, out)
    dialog.kind.setCurrentIndex(dialog.kind.findData("summary"))
    index = next(
        i for i in range(dialog.recipient.count()) if dialog.recipient.itemText(i) == "Politiet Syd"
    )
    dialog.recipient.setCurrentIndex(index)
    dialog.choose_file_and_export()
    assert dialog.written is None and not out.exists()
    assert (
        "Politiet Syd" in dialog.message.text() and "Nothing was written" in dialog.message.text()
    )


def test_lock_closes_the_dialog(exporting: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(exporting, tmp_path / "x.pdf")
    assert dialog.isVisible()
    exporting.lock_now()
    assert not dialog.isVisible()


def test_the_gate_answers_before_the_file_name_is_asked(
    exporting: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(exporting, tmp_path / "summary.pdf")
    asked: list[bool] = []
    dialog.ask_file = lambda: asked.append(True)  # type: ignore[method-assign,func-returns-value]
    dialog.kind.setCurrentIndex(dialog.kind.findData("summary"))
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("Politiet Syd"))
    dialog.choose_file_and_export()
    assert asked == [] and "Nothing was written" in dialog.message.text()
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("Jobcenter Nord"))
    dialog.choose_file_and_export()
    assert asked == [True]


def test_citizen_and_actor_copies_get_different_names_without_people_in_them(
    exporting: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(exporting, tmp_path / "x.pdf")
    names = set()
    for who in ("citizen", "internal", dialog.recipient.itemData(2)):
        names.add(default_file_name("K/EXP 1", "plan", who, dt.date(2026, 5, 1)))
    assert len(names) == 3
    for name in names:
        assert "/" not in name and " " not in name and name.endswith("-2026-05-01.pdf")
        assert "Jobcenter" not in name and "Mette" not in name


def test_consent_form_asks_what_was_picked_and_form_signed_records_exactly_that(
    exporting: MainWindow, tmp_path: Path
) -> None:
    with exporting.session.vault.session() as s:
        set_caseworker_profile(s, CaseworkerProfile(name="Sara Sagsbehandler", unit="Voksen"))
    out = tmp_path / "form.pdf"
    dialog = _dialog(exporting, out)
    dialog.kind.setCurrentIndex(dialog.kind.findData("consent-form"))
    assert dialog.consent_box.isVisibleTo(dialog) and dialog.recipient.currentData() == "citizen"
    recipients, purposes = dialog.consent_recipients, dialog.consent_purposes
    for i in range(recipients.count()):  # Politiet Syd only
        keep = recipients.item(i).text() == "Politiet Syd"
        recipients.item(i).setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    for i in range(purposes.count()):
        keep = purposes.item(i).data(Qt.ItemDataRole.UserRole) == "share_information"
        purposes.item(i).setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    until = dialog.today + dt.timedelta(days=200)
    dialog.valid_until.setDate(QDate(until.year, until.month, until.day))
    dialog.choose_file_and_export()
    assert dialog.written is not None
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Politiet Syd" in text and long_date(until, "da", translator("da")) in text
    assert "Modtage min handleplan" not in text
    saved = dialog.saved
    assert saved is not None and str(out) in saved.findChild(QLabel, "saved_path").text()
    saved.resize(700, 560)
    saved.grab().save(str(tmp_path / "saved.png"))
    saved.record_signed()
    assert saved.recorded is not None and len(saved.recorded) == 1
    with exporting.session.vault.session() as s:
        case = get_case(s, "K-EXP-1")
        police = actors.case_actors(s, case)[1]
        newest = consent.case_consents(s, case)[-1]
        assert newest.case_actor_id == police.id
        assert newest.purpose_values == {"share_information"}
        assert newest.expires_on == until


def test_nothing_ticked_is_not_printed(exporting: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(exporting, tmp_path / "form.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("consent-form"))
    for i in range(dialog.consent_recipients.count()):
        dialog.consent_recipients.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.choose_file_and_export()
    assert dialog.written is None and "at least one recipient" in dialog.message.text()


def test_the_plan_chooser_offers_a_child_plan(window: MainWindow, tmp_path: Path) -> None:
    doc = copy.deepcopy(CASE)
    doc["people"].append({"key": "p3", "role": "child", "name": "Lille Eksempel"})
    doc["plans"].append(
        {
            "kind": "child",
            "child": "p3",
            "made_on": "2026-03-26",
            "goals": [{"text": "Tryg i skolen", "domain": "safety"}],
        }
    )
    with window.session.vault.session() as s:
        case_id = import_case(s, doc).id
    window.refresh()
    window.open_case(case_id, "plan")
    out = tmp_path / "child.pdf"
    dialog = _dialog(window, out)
    assert dialog.plan.count() == 2 and dialog.plan.isEnabled()
    dialog.plan.setCurrentIndex(1)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("internal"))
    dialog.choose_file_and_export()
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Tryg i skolen" in text and "Lille Eksempel" in text
    assert "Jeg vil have min egen bolig" not in text
