"""Print / PDF from the workbook: the same consent decision as the CLI, nothing written
without consent, and lock closes the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.exports.test_export import CASE
from vnr_desk.services.export.registry import KINDS
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.ui.export_dialog import TAB_KINDS, ExportDialog
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
