"""Alt+letter reaches one thing: in every tab of the Danish workbook, the menu bar, the tab
bar and the widgets shown with the tab carry no mnemonic twice (Alt+J opened Journal
instead of Help, Alt+H and Alt+M focused buttons)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from tests.ui.case_builder import case_vault_template, open_case_vault, translated_window
from vnr_desk.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_vault_template(tmp_path_factory.mktemp("mnemonics") / "vault")[0]


@pytest.fixture
def danish_window(qtbot, template: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    vault, settings = open_case_vault(template, tmp_path)
    with translated_window(qtbot, vault, settings, "da") as window:
        yield window


def _visible(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            yield letter, text


def test_no_mnemonic_twice_in_any_tab(danish_window: MainWindow) -> None:
    window = danish_window
    window.case_list.table.selectRow(0)
    window.open_case(window.case_list.model.rows[0].id, "overview")
    tabs = window.workbook.tab_widget
    clashes: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        seen: defaultdict[str, list[str]] = defaultdict(list)
        for action in window.menuBar().actions():
            if (letter := mnemonic(action.text())) is not None:
                seen[letter].append("menu " + action.text())
        for i in range(tabs.count()):
            if (letter := mnemonic(tabs.tabText(i))) is not None:
                seen[letter].append("tab " + tabs.tabText(i))
        for letter, text in _visible(window):
            seen[letter].append(text)
        twice = {k: v for k, v in seen.items() if len(set(v)) > 1 or len(v) > 1}
        if twice:
            clashes[tabs.tabText(index)] = [f"{k}: {v}" for k, v in sorted(twice.items())]
    assert clashes == {}


def test_no_mnemonic_twice_in_a_menu(danish_window: MainWindow) -> None:
    clashes = {}
    for top in danish_window.menuBar().actions():
        menu = top.menu()
        letters: defaultdict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if not action.isSeparator() and (letter := mnemonic(action.text())) is not None:
                letters[letter].append(action.text())
        twice = {k: v for k, v in letters.items() if len(v) > 1}
        if twice:
            clashes[top.text()] = twice
    assert clashes == {}
