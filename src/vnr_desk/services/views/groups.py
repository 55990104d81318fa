"""Read models of the cooperation groups: the groups dialog's list and detail, one case's
standing with each group (consent, convenings) and the group rows of the due view.

Two kinds of due row: a group's next meeting (its cadence; no case: `case_id` 0 and the
group's name in `subject_label`) and a case's "convene within 24 hours" deadline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Case,
    CaseEvent,
    CaseStatus,
    CoopGroup,
    EventKind,
    GroupAgendaCase,
    GroupMeeting,
)
from vnr_desk.rules import groups as rules
from vnr_desk.rules.consent import SHAREABLE_STATES
from vnr_desk.services import groups as service
from vnr_desk.services.settings import caseworker_profile
from vnr_desk.services.views.due import DueRow

GROUP_MEETING_RULE = "group_meeting"
GROUP_CONVENE_RULE = "group_convene"
NO_CASE = 0


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    kind: str
    cadence_days: int
    members: tuple[tuple[str, str], ...]
    next_due: dt.date
    retired: bool


@dataclass(frozen=True)
class AgendaLine:
    case_id: int
    case_reference: str
    topic: str


@dataclass(frozen=True)
class GroupMeetingRow:
    id: int
    group_id: int
    kind: str
    held_on: dt.datetime
    place: str
    cancelled: bool
    agenda: tuple[AgendaLine, ...]


@dataclass(frozen=True)
class CaseGroupRow:
    """One group as a case sees it: may the case be shared, when was it last convened."""

    group_id: int
    name: str
    kind: str
    consent: str  # a ConsentState value
    may_share: bool
    convened_on: dt.date | None
    convene_done: bool


def _held_days(session: Session) -> dict[int, list[dt.date]]:
    days: dict[int, list[dt.date]] = defaultdict(list)
    for group_id, held_on in session.execute(
        select(GroupMeeting.group_id, GroupMeeting.held_on).where(
            GroupMeeting.cancelled_at.is_(None)
        )
    ):
        days[group_id].append(held_on.date())
    return days


def group_rows(session: Session, *, retired: bool = False) -> list[GroupRow]:
    held = _held_days(session)
    return [
        GroupRow(
            g.id,
            g.name,
            g.kind.value,
            g.cadence_days,
            tuple((m.unit, m.person) for m in g.members),
            rules.next_meeting_due(g.started_on, g.cadence_days, held.get(g.id, ())),
            g.retired_on is not None,
        )
        for g in service.groups(session, retired=retired)
    ]


def group_meetings(session: Session, group_id: int) -> list[GroupMeetingRow]:
    """The group's meetings, newest first, each with the references of the cases on it."""
    service.get_group(session, group_id)
    refs = dict(session.execute(select(Case.id, Case.reference)).all())
    meetings = session.scalars(
        select(GroupMeeting)
        .where(GroupMeeting.group_id == group_id)
        .order_by(GroupMeeting.held_on.desc(), GroupMeeting.id.desc())
    )
    return [
        GroupMeetingRow(
            m.id,
            m.group_id,
            m.kind.value,
            m.held_on,
            m.place,
            m.cancelled_at is not None,
            tuple(AgendaLine(i.case_id, refs.get(i.case_id, ""), i.topic) for i in m.agenda),
        )
        for m in meetings
    ]


def _met_with_case(
    session: Session, case_ids: set[int] | None
) -> dict[tuple[int, int], list[dt.date]]:
    """(group id, case id) -> days of the uncancelled group meetings with the case on them."""
    query = (
        select(GroupMeeting.group_id, GroupAgendaCase.case_id, GroupMeeting.held_on)
        .join(GroupAgendaCase, GroupAgendaCase.meeting_id == GroupMeeting.id)
        .where(GroupMeeting.cancelled_at.is_(None))
    )
    if case_ids is not None:
        query = query.where(GroupAgendaCase.case_id.in_(case_ids))
    met: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    for group_id, case_id, held_on in session.execute(query):
        met[(group_id, case_id)].append(held_on.date())
    return met


def case_groups(session: Session, case_id: int, on: dt.date) -> list[CaseGroupRow]:
    """Every active group with the case's consent state and its latest convening."""
    convened: dict[int, dt.date] = {}
    for group_id, day in session.execute(
        select(CaseEvent.subject_id, CaseEvent.occurred_on).where(
            CaseEvent.case_id == case_id, CaseEvent.kind == EventKind.GROUP_CONVENED
        )
    ):
        if group_id is not None and (group_id not in convened or day > convened[group_id]):
            convened[group_id] = day
    met = _met_with_case(session, {case_id})
    rows = []
    for g in service.groups(session):
        state = service.group_consent_state(session, case_id, g.id, on)
        last = convened.get(g.id)
        rows.append(
            CaseGroupRow(
                g.id,
                g.name,
                g.kind.value,
                state.value,
                state in SHAREABLE_STATES,
                last,
                last is not None and rules.convene_done(last, met.get((g.id, case_id), ())),
            )
        )
    return rows


def _group(due_on: dt.date, on: dt.date) -> str:
    return "overdue" if due_on < on else "today" if due_on == on else "week"


def group_due_rows(
    session: Session, on: dt.date, until: dt.date, case_ids: set[int] | None = None
) -> list[DueRow]:
    """Open group deadlines due by `until`: each active group's next meeting (left out when
    only some cases are asked for) and every open case's unmet "convene within 24 hours"."""
    rows: list[DueRow] = []
    if case_ids is None:
        for g in group_rows(session):
            if g.next_due <= until:
                rows.append(
                    DueRow(
                        NO_CASE,
                        "",
                        GROUP_MEETING_RULE,
                        g.next_due,
                        rules.status_on(g.next_due, on, False).value,
                        _group(g.next_due, on),
                        g.name,
                    )
                )
    names = dict(session.execute(select(CoopGroup.id, CoopGroup.name)).all())
    query = (
        select(CaseEvent.case_id, Case.reference, CaseEvent.subject_id, CaseEvent.occurred_on)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(CaseEvent.kind == EventKind.GROUP_CONVENED, Case.status == CaseStatus.OPEN)
    )
    if case_ids is not None:
        query = query.where(CaseEvent.case_id.in_(case_ids))
    convenings = list(session.execute(query))
    met = _met_with_case(session, {c[0] for c in convenings})
    for case_id, reference, group_id, convened_on in convenings:
        due_on = rules.convene_due(convened_on)
        if group_id is None or due_on > until:
            continue
        if rules.convene_done(convened_on, met.get((group_id, case_id), ())):
            continue
        status = rules.status_on(due_on, on, False)
        rows.append(
            DueRow(
                case_id,
                reference,
                GROUP_CONVENE_RULE,
                due_on,
                status.value,
                _group(due_on, on),
                names.get(group_id, ""),
            )
        )
    return rows


@dataclass(frozen=True)
class CaseGroupsView:
    """What the case's groups dialog shows: the groups, upcoming meetings to put the case
    on, and the presentation text with whether it has been reviewed."""

    groups: list[CaseGroupRow]
    meetings: list[tuple[int, int, dt.datetime, str]]  # (meeting id, group id, when, place)
    presentation: str
    reviewed: bool
    caseworker: str  # the profile's name, to prefill "recorded by" (never the OS login)


def case_groups_view(session: Session, case_id: int, on: dt.date) -> CaseGroupsView:
    upcoming = session.execute(
        select(GroupMeeting.id, GroupMeeting.group_id, GroupMeeting.held_on, GroupMeeting.place)
        .join(CoopGroup, CoopGroup.id == GroupMeeting.group_id)
        .where(
            GroupMeeting.cancelled_at.is_(None),
            GroupMeeting.held_on >= dt.datetime.combine(on, dt.time()),
            CoopGroup.retired_on.is_(None),
        )
        .order_by(GroupMeeting.held_on)
    )
    text = service.presentation(session, case_id)
    return CaseGroupsView(
        case_groups(session, case_id, on),
        [tuple(row) for row in upcoming],  # type: ignore[misc]
        text.text if text is not None else "",
        text is not None and text.reviewed_on is not None,
        caseworker_profile(session).name,
    )


# The row types the group views show: a write of any of them makes them (and the due
# view) stale.
SHOWS: frozenset[type] = frozenset({CoopGroup, GroupMeeting, GroupAgendaCase, CaseEvent})
