"""A case with something in every tab, built through the services (used by the tab tests and
by hand for screenshots), a vault holding it to copy per test, and a check that a cleared
tab shows none of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    ActionStatus,
    ConsentForm,
    ConsentPurpose,
    LifeDomain,
    MeetingKind,
    NetworkStance,
    PersonRole,
    PlanKind,
    ReferralStatus,
)
from vnr_desk.services import (
    actors,
    assessments,
    cases,
    consent,
    meetings,
    network,
    people,
    plans,
    risk,
)
from vnr_desk.services.assessments import RatingInput

if TYPE_CHECKING:
    from vnr_desk.store.vault import Vault
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.settings import AppSettings

TODAY = dt.date(2026, 6, 15)
REF = "K-2026-100"
SECRET_ADDRESS = "Skjultvej 7, 4400 Kalundborg"
# Strings that must be gone from every widget after clear().
CASE_STRINGS = (
    REF,
    "Amira Hansen",
    "Jonas Berg",
    "Lea Hansen",
    "Jobcenter",
    "Krisecenter",
    "Mette",
    "egen bolig",
    "Søg bolig",
    "Budget",
    "Rådhuset",
    "Aftalt",
    SECRET_ADDRESS,
)


@dataclass
class CaseIds:
    case_id: int
    victim: int
    violent: int
    child: int
    jobcenter: int
    crisis_centre: int
    police: int
    coordinator: int
    sister: int
    neighbour: int
    adult_plan: int
    housing_goal: int
    meeting: int


def build_case(s: Session, today: dt.date = TODAY, reference: str = REF) -> CaseIds:
    """A crisis-centre case three months old: people, actors, consents, plans, a meeting."""
    start = today - dt.timedelta(days=150)
    case = cases.create_case(s, reference, start)
    cases.describe_case(
        s, case, intake_route="crisis_centre_admission", crisis_centre_admission_on=start
    )
    cases.set_violence_forms(s, case, ["physical", "psychological", "economic"])
    victim = people.add_person(
        s,
        case,
        PersonRole.VICTIM_SURVIVOR,
        "Amira Hansen",
        date_of_birth=dt.date(1991, 4, 2),
        phone="20 30 40 50",
        address=SECRET_ADDRESS,
        protected_address=True,
    )
    violent = people.add_person(
        s, case, PersonRole.PERSON_USING_VIOLENCE, "Jonas Berg", address="Storegade 3"
    )
    child = people.add_person(
        s, case, PersonRole.CHILD, "Lea Hansen", date_of_birth=dt.date(2018, 9, 1)
    )
    risk.assess_risk(s, case, start + dt.timedelta(days=1), "high")
    by_name = {a.name: a for a in actors.directory(s)}
    coordinator = actors.involve_actor(
        s,
        case,
        by_name["Voksenområdet"],
        role="Tovholder",
        responsibility="Koordinerer forløbet",
        referral_status=ReferralStatus.ACTIVE,
        coordinator=True,
    )
    jobcenter = actors.involve_actor(
        s, case, by_name["Jobcenter"], role="Beskæftigelse", referral_status="referred"
    )
    crisis = actors.involve_actor(
        s, case, by_name["Krisecenter"], role="Ophold", referral_status="active"
    )
    police = actors.involve_actor(s, case, by_name["Politiet"], role="Anmeldelse")
    sister = network.add_member(
        s, case, "Mette", relation="søster", stance=NetworkStance.RESOURCE, may_contact=True
    )
    neighbour = network.add_member(s, case, "Karl", relation="nabo", stance="risk")
    consent.record_consent(
        s,
        case,
        jobcenter,
        [ConsentPurpose.SHARE_INFORMATION, ConsentPurpose.INVITE_TO_MEETING],
        start,
        expires_on=today + dt.timedelta(days=300),
    )
    consent.record_consent(
        s,
        case,
        crisis,
        [ConsentPurpose.SHARE_INFORMATION],
        start,
        expires_on=today + dt.timedelta(days=10),
    )
    oral = consent.record_consent(
        s,
        case,
        sister,
        [ConsentPurpose.INVITE_TO_MEETING],
        start,
        form=ConsentForm.ORAL,
        documented_by="Sagsbehandler",
    )
    consent.withdraw_consent(
        s, oral, start + dt.timedelta(days=30), how="oral", recorded_by="Sagsbehandler"
    )
    assessments.record_assessment(
        s,
        case,
        start + dt.timedelta(days=5),
        {
            LifeDomain.HOUSING: RatingInput(1, "Bor på krisecenter", "Jeg vil have egen bolig"),
            LifeDomain.ECONOMY: RatingInput(2, "Gæld", "Budget er svært"),
            LifeDomain.SAFETY: RatingInput(1, "Høj risiko"),
            LifeDomain.NETWORK: RatingInput(3),
        },
        hopes="At Lea kan gå i skole i ro",
        resources="Søsteren Mette",
    )
    assessments.record_assessment(
        s,
        case,
        start + dt.timedelta(days=95),
        {
            LifeDomain.HOUSING: RatingInput(2, "Venter på bolig", "Jeg vil have egen bolig"),
            LifeDomain.ECONOMY: RatingInput(3, "Budget lagt", "Budget går bedre"),
            LifeDomain.SAFETY: RatingInput(3, "Tilhold givet"),
            LifeDomain.NETWORK: RatingInput(4),
            LifeDomain.JOB: RatingInput(2),
        },
        hopes="At Lea kan gå i skole i ro",
        dreams="Uddannelse som pædagog",
        resources="Søsteren Mette",
    )
    plan = plans.create_plan(s, case, start + dt.timedelta(days=20))
    housing = plans.add_goal(s, plan, "Jeg vil have egen bolig", LifeDomain.HOUSING)
    plans.add_action(
        s,
        housing,
        "Søg bolig via boligafdelingen",
        responsible=coordinator,
        due_on=today - dt.timedelta(days=7),
    )
    plans.add_action(
        s,
        housing,
        "Skriv op til almene boliger",
        due_on=today - dt.timedelta(days=30),
        status=ActionStatus.DONE,
    )
    budget = plans.add_goal(s, plan, "Lære at holde et budget", LifeDomain.ECONOMY)
    plans.add_action(
        s, budget, "Budgetsamtale", responsible=jobcenter, due_on=today + dt.timedelta(days=14)
    )
    child_plan = plans.create_plan(
        s,
        case,
        start + dt.timedelta(days=25),
        kind=PlanKind.CHILD,
        child=people.get_person(s, case, child.id),
    )
    plans.add_goal(s, child_plan, "Lea trives i skolen", LifeDomain.CHILDREN_PARENTING)
    meeting = meetings.create_meeting(
        s,
        case,
        MeetingKind.COORDINATION,
        dt.datetime.combine(today - dt.timedelta(days=3), dt.time(10, 0)),
        place="Rådhuset, mødelokale 2",
        agenda=["Bolig", "Økonomi"],
        minutes="Aftalt at boligafdelingen kontaktes.",
    )
    meetings.invite(s, meeting, coordinator, on=today)
    meetings.invite(s, meeting, jobcenter, on=today)
    meetings.add_decision(s, meeting, "Boligafdelingen kontaktes inden fredag")
    return CaseIds(
        case.id,
        victim.id,
        violent.id,
        child.id,
        jobcenter.id,
        crisis.id,
        police.id,
        coordinator.id,
        sister.id,
        neighbour.id,
        plan.id,
        housing.id,
        meeting.id,
    )


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text a person could read in `root`: labels, fields, lists, models."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            texts.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTreeWidget):
            texts.extend(
                w.topLevelItem(i).text(c)
                for i in range(w.topLevelItemCount())
                for c in range(w.columnCount())
            )
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts.extend(_model_texts(w.model()))
        if hasattr(w, "case_texts"):
            texts.extend(w.case_texts())
    return texts


def _model_texts(model, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex

    parent = QModelIndex() if parent is None else parent
    out: list[str] = []
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            value = index.data()
            if value is not None:
                out.append(str(value))
            if c == 0 and not flat and model.rowCount(index) > 0:
                out.extend(_model_texts(model, index))
    return out


def leaked(root: QWidget) -> list[str]:
    joined = "\n".join(widget_texts(root))
    return [s for s in CASE_STRINGS if s in joined]


def case_vault_template(directory: Path) -> tuple[Path, CaseIds]:
    """A locked vault at `directory` holding `build_case`'s case: built once per module,
    copied for each test (`open_case_vault`), since building it takes most of a test's time."""
    from tests.conftest import PASSPHRASE
    from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
    from vnr_desk.store.vault import Vault

    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        ids = build_case(s)
    vault.lock()
    return directory, ids


def open_case_vault(template: Path, tmp_path: Path) -> tuple[Vault, AppSettings]:
    """A private copy of `template`, unlocked, with settings of its own."""
    import shutil

    from PySide6.QtCore import QSettings

    from tests.conftest import PASSPHRASE
    from vnr_desk.store.vault import Vault
    from vnr_desk.ui.settings import AppSettings

    shutil.copytree(template, tmp_path / "vault")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Vault.unlock(tmp_path / "vault", PASSPHRASE), settings


@contextmanager
def translated_window(
    qtbot: Any, vault: Vault, settings: AppSettings, language: str
) -> Iterator[MainWindow]:
    """A shown 1366×768 main window on `vault` in `language`; English again afterwards."""
    from PySide6.QtWidgets import QApplication

    from vnr_desk.ui import translations
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.worker import SyncWorker

    app = QApplication.instance()
    assert app is not None
    translations.install(app, language)
    window = MainWindow(vault, SyncWorker(), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        yield window
    finally:
        window.shutdown()
        translations.install(app, "en")
