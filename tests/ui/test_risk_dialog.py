"""The risk dialog driven through its widgets from the Overview: assessor from the
profile (asked for when empty), the edition's instrument with guidance, answers on its
scale, level; high sets urgent and the 24-hour meeting deadline appears."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel
from sqlalchemy import select

from tests.ui.conftest import CASE_REF
from vnr_desk.domain import RiskAnswer, RiskItem
from vnr_desk.services.cases import get_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.risk_dialog import RiskDialog
from vnr_desk.ui.tabs.overview import OverviewTab


def _overview(window: MainWindow) -> tuple[OverviewTab, int]:
    with window.session.vault.session() as s:
        case_id = get_case(s, CASE_REF).id
    window.open_case(case_id, "overview")
    tab = window.workbook.current_tab()
    assert isinstance(tab, OverviewTab)
    return tab, case_id


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_without_a_profile_name_the_dialog_asks_for_it(window: MainWindow) -> None:
    tab, _ = _overview(window)
    seen: list[tuple[bool, bool]] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, RiskDialog)
        seen.append((dialog.profile_hint.isVisibleTo(dialog), dialog.save_button.isEnabled()))
        return False

    tab.run_dialog = look
    tab.assess_risk.click()
    assert seen == [(True, False)]


def test_high_risk_through_the_dialog_sets_urgent_and_the_24_hour_deadline(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    with window.session.vault.session() as s:
        set_caseworker_profile(s, CaseworkerProfile(name="Hanne Sørensen", unit="Voksen"))
    tab, case_id = _overview(window)
    today = dt.date.today()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, RiskDialog)
        assert dialog.assessor.text() == "Hanne Sørensen" and dialog.assessor.isReadOnly()
        assert dialog.instrument.currentData() == "vnr-screening-da"
        guidance = [w.text() for w in dialog.items.findChildren(QLabel)]
        assert any("brud" in t for t in guidance)  # item guidance is in view
        answer = dialog.answers["t1"]
        assert [answer.itemData(i) for i in range(answer.count())] == [
            None,
            "yes",
            "no",
            "unknown",
        ]
        _choose(answer, "yes")
        _choose(dialog.answers["s1"], "unknown")
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.status.text() == "Choose the risk level."  # refused without a level
        _choose(dialog.level, "high")
        assert "urgent" in dialog.level_guidance.text()
        dialog.notes.setPlainText("Trusler efter bruddet")
        box.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill
    tab.assess_risk.click()
    qtbot.waitUntil(lambda: tab.risk_history.count() == 1, timeout=3000)
    assert "Hanne Sørensen" in tab.risk_history.item(0).text()
    assert "High" in tab.risk_history.item(0).text()
    assert "URGENT" in tab.urgent.text()
    texts = [tab.deadlines.item(i).text() for i in range(tab.deadlines.count())]
    assert any("Urgent coordination meeting" in t for t in texts)
    qtbot.waitUntil(
        lambda: any(
            r.rule == "urgent_meeting"
            and r.case_id == case_id
            and r.due_on == today + dt.timedelta(days=1)
            for r in window.due_view.rows
        ),
        timeout=3000,
    )
    with window.session.vault.session() as s:
        stored = s.execute(
            select(RiskItem.item_key, RiskAnswer.answer)
            .join(RiskAnswer, RiskAnswer.item_id == RiskItem.id)
            .order_by(RiskItem.item_key)
        ).all()
    assert stored == [("s1", "unknown"), ("t1", "yes")]
