"""The workbook's tabs in order. `--tab` and the due view's links use their keys."""

from __future__ import annotations

from vnr_desk.ui.session import VaultSession
from vnr_desk.ui.tabs.actors import ActorsTab
from vnr_desk.ui.tabs.assessment import AssessmentTab
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.tabs.consent import ConsentTab
from vnr_desk.ui.tabs.journal import JournalTab
from vnr_desk.ui.tabs.meetings import MeetingsTab
from vnr_desk.ui.tabs.overview import OverviewTab
from vnr_desk.ui.tabs.plan import PlanTab

TAB_TYPES: list[type[CaseTab]] = [
    OverviewTab,
    AssessmentTab,
    ActorsTab,
    ConsentTab,
    PlanTab,
    MeetingsTab,
    JournalTab,
]


def build_tabs(session: VaultSession) -> list[CaseTab]:
    return [tab_type(session) for tab_type in TAB_TYPES]


def tab_keys() -> list[str]:
    return [t.key for t in TAB_TYPES]
