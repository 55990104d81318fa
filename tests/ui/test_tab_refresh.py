"""Every tab of the open case re-reads what a committed write touched, whichever tab made
it, without moving what the user has chosen; empty states say what to do first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QTreeView,
    QWidget,
)

from tests.ui.case_builder import TODAY, CaseIds, case_vault_template, open_case_vault
from vnr_desk.domain import ActionPlan
from vnr_desk.services import people, plans
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.notes import save_note_text
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.ui.labels import date_text
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.operations import actors as actor_ops
from vnr_desk.ui.operations import assessment as assessment_ops
from vnr_desk.ui.operations import plan as plan_ops
from vnr_desk.ui.tabs.actors import ActorsTab
from vnr_desk.ui.tabs.consent import ConsentTab, RecordConsentDialog
from vnr_desk.ui.tabs.meetings import MeetingsTab
from vnr_desk.ui.tabs.plan import ActionDialog, PlanTab
from vnr_desk.ui.worker import SyncWorker


@pytest.fixture(scope="module")
def case_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CaseIds]:
    return case_vault_template(tmp_path_factory.mktemp("refresh-case") / "vault")


@pytest.fixture
def win(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, case_template: tuple[Path, CaseIds]
) -> Iterator[tuple[MainWindow, CaseIds]]:
    template, ids = case_template
    vault, settings = open_case_vault(template, tmp_path)
    window = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(window)
    window.show()
    window.open_case(ids.case_id)
    yield window, ids
    window.shutdown()


def _tab(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    window.workbook.show_tab(key)
    return window.workbook.current_tab()


def _recipients(consent: ConsentTab) -> list[str]:
    return [r.label for r in consent.model.recipients]


def _add_actor(actors: ActorsTab, name: str) -> None:
    def fill(dialog: QDialog) -> bool:
        dialog.as_new.setChecked(True)  # type: ignore[attr-defined]
        dialog.name.setText(name)  # type: ignore[attr-defined]
        dialog.role.setText("rådgiver")  # type: ignore[attr-defined]
        return True

    actors.run_dialog = fill  # type: ignore[method-assign]
    actors.add_button.click()


def test_an_actor_added_on_actors_shows_in_the_consent_grid_and_the_plan(  # type: ignore[no-untyped-def]
    qtbot, win
) -> None:
    window, ids = win
    consent: ConsentTab = _tab(window, "consent")
    consent.select_cell(f"actor:{ids.jobcenter}", "share_information")
    assert "Familierådgivningen" not in _recipients(consent)

    _add_actor(_tab(window, "actors"), "Familierådgivningen")
    qtbot.waitUntil(lambda: "Familierådgivningen" in _recipients(consent), timeout=3000)
    # the chip chosen before is still the chosen one
    assert consent.selected_cell() is not None
    assert consent.selected_cell().recipient == f"actor:{ids.jobcenter}"

    plan: PlanTab = _tab(window, "plan")
    offered: list[str] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        offered.extend(dialog.responsible.itemText(i) for i in range(dialog.responsible.count()))
        return False

    plan.run_dialog = look  # type: ignore[method-assign]
    plan.action_button.click()
    assert "Familierådgivningen" in offered


def test_a_decision_made_an_action_shows_in_the_plan_at_once(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, _ids = win
    plan: PlanTab = _tab(window, "plan")

    def plan_texts() -> list[str]:
        texts = []
        for i in range(plan.tree.topLevelItemCount()):
            goal = plan.tree.topLevelItem(i)
            texts.append(goal.text(0))
            texts.extend(goal.child(j).text(0) for j in range(goal.childCount()))
        return texts

    assert "Budgetsamtale hos Jobcenter" not in plan_texts()
    meetings: MeetingsTab = _tab(window, "meetings")
    meetings.decision_text.setText("Budgetsamtale hos Jobcenter")
    meetings.decision_action.setChecked(True)
    meetings.decision_domain.setCurrentIndex(meetings.decision_domain.findData("economy"))
    meetings.decision_button.click()
    assert "action in the plan" in meetings.decisions.item(meetings.decisions.count() - 1).text()
    qtbot.waitUntil(lambda: "Budgetsamtale hos Jobcenter" in plan_texts(), timeout=3000)
    window.workbook.show_tab("plan")
    assert "Budgetsamtale hos Jobcenter" in plan_texts()


def test_record_consent_on_an_empty_grid_says_what_to_do_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """The seeded case has no actors and no network yet."""
    case_id = window.case_list.model.rows[0].id
    window.open_case(case_id, "consent")
    consent = window.workbook.current_tab()
    assert isinstance(consent, ConsentTab)
    assert consent.model.rowCount() == 0
    opened: list[QDialog] = []
    consent.run_dialog = lambda dialog: bool(opened.append(dialog))  # type: ignore[method-assign]
    consent.record_button.click()
    assert opened == []
    assert "Actors and network first" in consent.status.text()
    assert consent.empty.isVisible()
    assert "Actors and network first" in consent.empty.text()

    _add_actor(_tab(window, "actors"), "Krisecentret Ly")
    qtbot.waitUntil(lambda: consent.model.rowCount() == 1, timeout=3000)
    window.workbook.show_tab("consent")
    assert not consent.empty.isVisible()
    consent.record_button.click()
    assert len(opened) == 1 and isinstance(opened[0], RecordConsentDialog)


def test_rows_merged_by_id_keep_the_current_row_through_insert_remove_and_reorder(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import dataclass

    from vnr_desk.ui.widgets.common import Column, RowsModel, row_id, selected_row, table_view

    @dataclass(frozen=True)
    class Row:
        id: int
        text: str

    model = RowsModel([Column("Text", lambda r: r.text)], key=row_id)
    view = table_view("rows", model)
    qtbot.addWidget(view)
    model.set_rows([Row(1, "a"), Row(2, "b"), Row(3, "c")])
    view.selectRow(1)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([Row(4, "new"), Row(3, "c"), Row(2, "b changed")])  # 1 gone, 4 new, reordered
    assert [model.index(r, 0).data() for r in range(3)] == ["new", "c", "b changed"]
    assert selected_row(view) == Row(2, "b changed")
    assert view.currentIndex().row() == 2
    assert resets == []


def test_the_open_case_stays_selected_in_the_case_list_while_minutes_save(  # type: ignore[no-untyped-def]
    qtbot, win
) -> None:
    window, ids = win
    meetings: MeetingsTab = _tab(window, "meetings")
    selected = window.case_list.table.selectionModel()
    assert [i.row() for i in selected.selectedRows()] != []
    reloads: list[int] = []
    window.due_view.loaded.connect(lambda: reloads.append(1))
    for words in ("Referat.", " Mere.", " Slut."):
        before = len(reloads)
        meetings.minutes.insertPlainText(words)
        meetings.autosaver.save()
        qtbot.waitUntil(lambda: len(reloads) > before, timeout=3000)  # noqa: B023
        rows = selected.selectedRows()
        assert len(rows) == 1
        assert window.case_list.model.row_at(rows[0]).id == ids.case_id


def test_the_plan_keeps_the_chosen_row_and_a_picked_status_through_a_refresh(  # type: ignore[no-untyped-def]
    qtbot, win
) -> None:
    window, ids = win
    plan: PlanTab = _tab(window, "plan")
    goal = plan.tree.topLevelItem(0)
    action = goal.child(0)
    plan.tree.setCurrentItem(action)
    action_id = plan.selected().id
    picked = next(
        plan.status_choice.itemData(i)
        for i in range(plan.status_choice.count())
        if plan.status_choice.itemData(i) != plan.selected().status
    )
    plan.status_choice.setCurrentIndex(plan.status_choice.findData(picked))
    refreshed: list[int] = []
    original = plan.refresh
    plan.refresh = lambda *a, **k: (refreshed.append(1), original(*a, **k))  # type: ignore[method-assign]

    def add_goal(s) -> None:  # type: ignore[no-untyped-def]
        """Another tab (a meeting's decision) adds a goal: the tree is rebuilt."""
        plans.add_goal(s, s.get(ActionPlan, ids.adult_plan), "Tryg skolevej", "safety")

    window.session.run(add_goal)
    qtbot.waitUntil(lambda: refreshed != [], timeout=3000)
    assert "Tryg skolevej" in [
        plan.tree.topLevelItem(i).text(0) for i in range(plan.tree.topLevelItemCount())
    ]
    assert plan.selected() is not None and plan.selected().id == action_id
    assert plan.status_choice.currentData() == picked


# -- every tab shows a write made elsewhere -------------------------------------------------


def _shown_text(widget: QWidget) -> str:
    """Everything a tab displays: labels, combo boxes and every row of every view."""
    texts: list[str] = []

    def walk(model: QAbstractItemModel, parent: QModelIndex, tree: bool) -> None:
        flat = not tree or isinstance(model, QAbstractListModel)  # keeps columnCount private
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
                if column == 0 and not flat and model.hasChildren(index):
                    walk(model, index, tree)

    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for combo in widget.findChildren(QComboBox):
        texts.extend(combo.itemText(i) for i in range(combo.count()))
    for view in widget.findChildren(QAbstractItemView):
        if view.model() is not None:
            walk(view.model(), QModelIndex(), isinstance(view, QTreeView))
    return "\n".join(texts)


def _write_elsewhere(window: MainWindow, ids: CaseIds, what: str) -> None:
    """One write through the session, as an operation from another tab or the menu makes it
    (no tab asks for a refresh itself: only the workbook's re-read can show it)."""
    session, case_id = window.session, ids.case_id
    if what == "person":
        session.run(lambda s: people.add_person(s, get_case_by_id(s, case_id), "child", "Noah"))
    elif what == "actor":
        values = {"new_actor": ("Familierådgivningen", "municipality", ""), "role": "rådgiver"}
        actor_ops.involve_actor(session, case_id, None, values, None, None)
    elif what == "member":
        values = {"relation": "moster", "stance": "resource"}
        actor_ops.add_member(session, case_id, "Yasmin", values, None, None)
    elif what == "assessment":
        texts = {"hopes": "Et roligt hjem", "dreams": "", "resources": ""}
        assessment_ops.save(session, case_id, TODAY, {}, texts, None, None)
    elif what == "note":
        session.run(lambda s: save_note_text(s, case_id, None, "Samtale om skolestart"))
    elif what == "goal":
        plan_ops.add_goal(session, case_id, ids.adult_plan, "Kørekort", "job", None, None)


@pytest.mark.parametrize(
    ("tab_key", "what", "expected"),
    [
        ("overview", "person", "Noah"),
        ("actors", "actor", "Familierådgivningen"),
        ("actors", "member", "Yasmin"),
        ("consent", "member", "Yasmin"),
        ("meetings", "actor", "Familierådgivningen"),
        ("plan", "goal", "Kørekort"),
        ("assessment", "assessment", f"Assessment of {date_text(TODAY)} (latest)"),
        ("journal", "note", "Samtale om skolestart"),
    ],
)
def test_every_tab_shows_a_write_made_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, win, tab_key: str, what: str, expected: str
) -> None:
    window, ids = win
    tab = _tab(window, tab_key)
    window.workbook.show_tab("overview" if tab_key != "overview" else "journal")
    assert expected not in _shown_text(tab)
    _write_elsewhere(window, ids, what)
    qtbot.waitUntil(lambda: expected in _shown_text(tab), timeout=3000)
