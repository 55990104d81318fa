"""Help → demo cases: offered only for an empty or all-demo vault, and removable again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Case
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import AppSettings
from vnr_desk.ui.worker import SyncWorker


def test_a_real_case_disables_demo(window: MainWindow) -> None:
    window.update_demo_actions()
    assert not window.demo_action.isEnabled()
    assert not window.remove_demo_action.isEnabled()


def test_demo_cases_are_removed_from_the_menu(qtbot, tmp_path: Path, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        generate_demo(s, 2, today=dt.date(2026, 6, 1))
    window = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(window)
    window.update_demo_actions()
    assert window.demo_action.isEnabled() and window.remove_demo_action.isEnabled()
    asked: list[str] = []
    window.ask_question = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    window.remove_demo_action.trigger()
    assert asked and "2" in asked[0]
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    window.update_demo_actions()
    assert window.demo_action.isEnabled() and not window.remove_demo_action.isEnabled()
    window.shutdown()
