"""The Plan tab offers a samordnad individuell plan in a Swedish vault (and wherever a case
already has one), creates it as a SIP, and shows it beside the adult and child plans; a
Danish vault is not offered one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.ui.case_builder import TODAY, CaseIds, build_case
from vnr_desk.domain import ActionPlan, PlanKind
from vnr_desk.services.settings import set_edition
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.plan import SIP_CHOICE, PlanTab
from vnr_desk.ui.worker import SyncWorker


def _tab(qtbot, tmp_path: Path, edition: str) -> tuple[PlanTab, Vault, CaseIds]:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        ids = build_case(s)
        set_edition(s, edition)
    tab = PlanTab(VaultSession(vault, SyncWorker()))
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.load(ids.case_id)
    return tab, vault, ids


def _choices(tab: PlanTab) -> list[object]:
    return [tab.plan_choice.itemData(i) for i in range(tab.plan_choice.count())]


def test_danish_vault_is_not_offered_a_sip(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, vault, _ = _tab(qtbot, tmp_path, "da")
    assert SIP_CHOICE not in _choices(tab)
    vault.lock()


def test_swedish_vault_creates_and_shows_a_sip(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, vault, ids = _tab(qtbot, tmp_path, "sv")
    choices = _choices(tab)
    assert choices[-1] == SIP_CHOICE
    assert tab.plan_choice.itemText(len(choices) - 1) == "Coordinated individual plan (SIP)"
    tab.plan_choice.setCurrentIndex(len(choices) - 1)
    assert tab.current_plan() is None and tab.create_button.isVisibleTo(tab)
    tab.create_plan()
    with vault.session() as s:
        sips = s.scalars(
            select(ActionPlan).where(
                ActionPlan.case_id == ids.case_id, ActionPlan.kind == PlanKind.SIP
            )
        ).all()
    assert len(sips) == 1 and sips[0].made_on == TODAY
    assert tab.plan_choice.currentData() == SIP_CHOICE
    plan = tab.current_plan()
    assert plan is not None and plan.id == sips[0].id
    tab.plan_choice.setCurrentIndex(0)
    adult = tab.current_plan()
    assert adult is not None and adult.kind == PlanKind.ADULT.value
    vault.lock()


def test_a_case_with_a_sip_shows_it_even_in_a_danish_vault(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, vault, ids = _tab(qtbot, tmp_path, "da")
    with vault.session() as s:
        s.add(ActionPlan(case_id=ids.case_id, kind=PlanKind.SIP, version=1, made_on=TODAY))
    tab.refresh()
    assert _choices(tab)[-1] == SIP_CHOICE
    vault.lock()
