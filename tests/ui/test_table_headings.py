"""Every table column is at least as wide as its heading, in the Danish and the Swedish
workbook: at Qt's default 100 pixels a real window cut "Ressource / risiko" (network) and
other headings short."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView, QTableView

from tests.ui.case_builder import REF, case_vault_template, open_case_vault, translated_window
from vnr_desk.services.actors import find_or_add_actor, involve_actor
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.tabs.actors import ActorsTab

EMPTY = "TOM-2026-1"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_vault_template(tmp_path_factory.mktemp("headings") / "vault")[0]


@pytest.fixture(params=["da", "sv"])
def window(request, qtbot, template: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    vault, settings = open_case_vault(template, tmp_path)
    with vault.session() as s:  # a case with no rows yet: the headings alone set the widths
        create_case(s, EMPTY, dt.date(2026, 3, 2))
    with translated_window(qtbot, vault, settings, request.param) as window:
        yield window


def cut_headings(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue  # stretched or sized to contents: Qt gives it the room
        if column == model.columnCount() - 1 and header.stretchLastSection():
            continue
        if header.sectionSize(column) < header.sectionSizeHint(column):
            cut.append(f"{table.objectName()}: {model.headerData(column, header.orientation())}")
    return cut


@pytest.mark.parametrize("reference", [EMPTY, REF])
def test_no_heading_is_cut_in_any_tab(window: MainWindow, reference: str) -> None:
    with window.session.vault.session() as s:
        case_id = get_case(s, reference).id
    window.open_case(case_id, "overview")
    tabs = window.workbook.tab_widget
    tables = set()
    cut: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for table in window.findChildren(QTableView):
            if table.isVisible():
                tables.add(table.objectName())
                cut += cut_headings(table)
    assert len(tables) >= 8
    assert sorted(set(cut)) == []


def test_a_stretched_column_still_fills_the_table_once_rows_came(window: MainWindow) -> None:
    """Seen in a real window: after the first actor was added, the fit to the rows' text
    shrank the stretched column too, and the table stopped at half its width."""
    with window.session.vault.session() as s:
        case = get_case(s, EMPTY)
        case_id = case.id
    window.open_case(case_id, "actors")
    tab = window.workbook.current_tab()
    assert isinstance(tab, ActorsTab) and tab.table.isVisible()
    with window.session.vault.session() as s:  # the first actor arrives while it is shown
        involve_actor(
            s, get_case(s, EMPTY), find_or_add_actor(s, "Boligafdelingen", "municipality")
        )
    tab.refresh()
    header = tab.table.horizontalHeader()
    assert tab.model.rowCount() == 1
    assert header.length() >= tab.table.viewport().width() - 1
