"""The de-identified case presentation and the group agenda: read, reduce, audit.

The presentation is built from codes, counts and age bands only; free text enters it only
as the presentation text the worker reviewed (unreviewed notes, assessment text, goals,
minutes and actor responsibilities never do). The agenda asks the group consent gate for
every case on it on the day it is printed, so a consent withdrawn since the case was put
on the agenda stops the printout (`ConsentRequired`)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, GoalStatus, GroupKind, PersonRole, PlanKind
from vnr_desk.domain.recipient import INTERNAL
from vnr_desk.reports.data import Recipient
from vnr_desk.reports.group_data import (
    CasePresentationData,
    GroupAgendaData,
    GroupAgendaItem,
    age_band,
)
from vnr_desk.reports.rendered import Rendered
from vnr_desk.services import actors, assessments, groups, meetings, people, plans, risk
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput

CONCERN_AT_MOST = 2  # ratings 1-2: serious or considerable difficulties


def case_presentation(
    session: Session, case: Case, recipient: str, on: dt.date
) -> CasePresentationData:
    if recipient != INTERNAL.key:
        raise InvalidInput("for: a case presentation is printed for internal use (a group)")
    household = [p for p in people.people(session, case) if p.removed_at is None]
    citizen = people.primary_citizen(session, case)
    children = sorted(
        (age_band(p.date_of_birth, on) for p in household if p.role == PersonRole.CHILD),
        key=lambda band: (band is None, band),
    )
    latest = assessments.latest_assessment(session, case)
    concern = tuple(
        r.domain.value
        for r in (latest.ratings if latest is not None else ())
        if r.rating is not None and r.rating <= CONCERN_AT_MOST
    )
    plan = plans.current_plan(session, case, PlanKind.ADULT)
    goal_domains = tuple(
        dict.fromkeys(
            g.domain.value for g in (plan.goals if plan else ()) if g.status == GoalStatus.OPEN
        )
    )
    sectors = Counter(ca.actor.sector.value for ca in actors.case_actors(session, case))
    assessed = risk.risk_history(session, case)
    held = [
        m
        for m in meetings.meetings(session, case)
        if m.cancelled_at is None and m.held_on.date() <= on
    ]
    reviewed = groups.presentation(session, case.id)
    delta = relativedelta(on, case.opened_on)
    data = CasePresentationData(
        recipient=Recipient("internal"),
        age_band=age_band(citizen.date_of_birth, on) if citizen is not None else None,
        children_age_bands=tuple(b for b in children if b is not None),
        person_using_violence_known=any(
            p.role == PersonRole.PERSON_USING_VIOLENCE for p in household
        ),
        intake=case.intake_route.value,
        violence_forms=tuple(sorted(f.form.value for f in case.violence_forms)),
        risk_level=assessed[-1].level.value if assessed else None,
        months_known=max(0, delta.years * 12 + delta.months),
        concern_domains=concern,
        goal_domains=goal_domains,
        actor_sectors=tuple(sorted(sectors.items())),
        meetings_held=len(held),
        text=reviewed.text if reviewed is not None and reviewed.reviewed_on else None,
    )
    audit.record(
        session,
        "export.case_presentation",
        "case",
        case.id,
        case_id=case.id,
        detail={"recipient": recipient, "reviewed_text": data.text is not None},
    )
    return data


def group_agenda(session: Session, meeting_id: int, on: dt.date) -> GroupAgendaData:
    """The agenda of a group meeting, every case on it checked against the gate on `on`."""
    meeting = groups.get_meeting(session, meeting_id)
    group = groups.get_group(session, meeting.group_id)
    external = group.kind == GroupKind.EXTERNAL
    items = []
    for item in meeting.agenda:
        case = session.get_one(Case, item.case_id)
        groups.require_group_consent(session, case, group, on)
        items.append(
            GroupAgendaItem(None, "") if external else GroupAgendaItem(case.reference, item.topic)
        )
    audit.record(
        session,
        "export.group_agenda",
        "group_meeting",
        meeting.id,
        detail={"recipient": groups.group_key(group.id), "cases": len(items)},
    )
    return GroupAgendaData(
        group_name=group.name,
        external=external,
        on=meeting.held_on,
        place=meeting.place,
        members=tuple(f"{m.unit} – {m.person}" if m.person else m.unit for m in group.members),
        items=tuple(items),
        recipient=Recipient("internal", group.name),
    )


@dataclass(frozen=True)
class PreparedAgenda:
    document: GroupAgendaData
    out: Path
    lang: str
    printed_on: dt.date


def prepare_group_agenda(
    session: Session, meeting_id: int, out: Path, lang: str, on: dt.date | None = None
) -> PreparedAgenda:
    day = on or dt.date.today()
    return PreparedAgenda(group_agenda(session, meeting_id, day), Path(out), lang, day)


def render_prepared_agenda(prepared: PreparedAgenda) -> Rendered:
    from vnr_desk.reports.group_agenda import render_group_agenda  # ReportLab: on use

    return render_group_agenda(
        prepared.document, prepared.out, prepared.lang, printed_on=prepared.printed_on
    )
