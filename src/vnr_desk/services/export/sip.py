"""The SIP printout's data: the case's current samordnad individuell plan, redacted for
its recipient the same way the action plan is (`redaction`).

Who answers for what is read from the plan itself: each action's responsible case actor,
grouped as the law asks (the municipality, the region, others). The main responsibility
must lie with one of the two principals (kommunen or regionen): it is the case's
coordinator when the coordinator is one of them, else the first municipal, then regional,
actor responsible for something in the plan. The schema has no separate "lead" for a SIP;
a SIP led by another principal unit is had by making that unit the case's coordinator."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnr_desk.domain import Case, CaseActor, ConsentPurpose, PlanKind, Sector
from vnr_desk.reports import data
from vnr_desk.services import actors, meetings, plans
from vnr_desk.services.errors import NotFound
from vnr_desk.services.export.redaction import _Audience, _citizen_name, _goals

_SIDE = {Sector.MUNICIPALITY: "municipality", Sector.REGION: "region"}


def _participants(
    audience: _Audience, plan_actions: list[tuple[CaseActor, str]], lead: CaseActor | None
) -> tuple[tuple[data.SipParticipant, ...], bool]:
    """Every actor responsible for something in the plan (and the lead), with its tasks;
    an actor the recipient may not see is left off and reported as withheld."""
    tasks: dict[int, list[str]] = {}
    order: dict[int, CaseActor] = {}
    for actor, text in plan_actions:
        order.setdefault(actor.id, actor)
        tasks.setdefault(actor.id, []).append(text)
    if lead is not None:
        order.setdefault(lead.id, lead)
    withheld = False
    result = []
    for actor_id, actor in order.items():
        if not audience.may_see(actor):
            withheld = True
            continue
        result.append(
            data.SipParticipant(
                name=actor.label,
                side=_SIDE.get(actor.actor.sector, "other"),
                responsible_for=tuple(tasks.get(actor_id, ())),
                is_lead=lead is not None and actor_id == lead.id,
            )
        )
    return tuple(result), withheld


def _lead(coordinator: CaseActor | None, responsible: list[CaseActor]) -> CaseActor | None:
    """Who has the main responsibility: never an actor outside kommunen and regionen."""
    for sector in (Sector.MUNICIPALITY, Sector.REGION):
        if coordinator is not None and coordinator.actor.sector == sector:
            return coordinator
    for sector in (Sector.MUNICIPALITY, Sector.REGION):
        for actor in responsible:
            if actor.actor.sector == sector:
                return actor
    return None


def _lead_name(lead: CaseActor) -> str:
    """The named contact person where there is one: the client calls a person, not a unit."""
    return f"{lead.contact_name}, {lead.label}" if lead.contact_name else lead.label


def _lead_phone(lead: CaseActor) -> str:
    return lead.contact_phone or lead.actor.phone or ""


def sip_document(session: Session, case: Case, recipient: str, on: dt.date) -> data.SipData:
    """The client's SIP (an actor needs `receive_action_plan`, as for the action plan)."""
    audience = _Audience(session, case, recipient, on)
    audience.require(ConsentPurpose.RECEIVE_ACTION_PLAN)
    plan = plans.current_plan(session, case, PlanKind.SIP)
    if plan is None:
        raise NotFound("plan: the case has no coordinated individual plan (SIP)")
    goals, goals_withheld = _goals(audience, plan)
    plan_actions = [
        (session.get_one(CaseActor, action.responsible_id), action.text)
        for goal in plan.goals
        for action in goal.actions
        if action.responsible_id is not None
    ]
    lead = _lead(actors.coordinator(session, case), [actor for actor, _ in plan_actions])
    participants, actors_withheld = _participants(audience, plan_actions, lead)
    show_lead = lead is not None and audience.may_see(lead)
    upcoming = [
        m
        for m in meetings.meetings(session, case)
        if m.held_on.date() >= on and m.cancelled_at is None
    ]
    result = data.SipData(
        case_reference=case.reference,
        citizen_name=_citizen_name(session, case),
        recipient=audience.recipient,
        made_on=plan.made_on,
        participants=participants,
        goals=goals,
        lead_name=_lead_name(lead) if lead is not None and show_lead else "",
        lead_phone=_lead_phone(lead) if lead is not None and show_lead else "",
        review_on=plan.review_due_on,
        after_effort_text=plan.after_effort,
        next_meeting=data.MeetingRef(upcoming[0].held_on, upcoming[0].place) if upcoming else None,
    )
    audience.audit("sip", goals_withheld or actors_withheld)
    return result
