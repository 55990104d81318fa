"""Meetings: agenda, participants, minutes and decisions.

Inviting anyone but the coordinator asks `consent.may_share(..., invite_to_meeting)`; without
it the invitation raises `ConsentRequired` unless the caseworker overrides, which is
recorded on the participant row and in the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    AgendaItem,
    Case,
    CaseActor,
    ConsentPurpose,
    Decision,
    Goal,
    LifeDomain,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    NetworkMember,
    PlanKind,
)
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.services import auditing as audit
from vnr_desk.services import consent as consent_service
from vnr_desk.services import plans as plan_service
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.consent import Recipient, recipient_key
from vnr_desk.services.errors import ConsentRequired, InvalidInput, NotFound
from vnr_desk.services.scope import in_case, parse_enum, required_text


def create_meeting(
    session: Session,
    case: Case,
    kind: MeetingKind | str,
    held_on: dt.datetime,
    *,
    place: str = "",
    citizen_present: bool = False,
    minutes: str = "",
    agenda: Iterable[str] = (),
) -> Meeting:
    meeting = Meeting(
        case_id=case.id,
        kind=parse_enum(MeetingKind, kind, "kind"),
        held_on=held_on,
        place=place,
        citizen_present=citizen_present,
        minutes=minutes,
    )
    session.add(meeting)
    session.flush()
    audit.record(
        session, "meeting.create", "meeting", meeting.id, case_id=case.id, detail={"kind": kind}
    )
    for text in agenda:
        add_agenda_item(session, meeting, text)
    return meeting


def meetings(session: Session, case: Case) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting).where(Meeting.case_id == case.id).order_by(Meeting.held_on, Meeting.id)
        )
    )


def invite(
    session: Session,
    meeting: Meeting,
    participant: Recipient,
    *,
    override: bool = False,
    on: dt.date | None = None,
) -> MeetingParticipant:
    """Add a participant. Consent is judged on `on` (default: the day of the invitation)."""
    case = session.get_one(Case, meeting.case_id)
    if participant.case_id != case.id:
        raise InvalidInput("participant: not part of this case")
    exempt = isinstance(participant, CaseActor) and participant.is_coordinator
    allowed = exempt or consent_service.may_share(
        session, case, participant, ConsentPurpose.INVITE_TO_MEETING, on or dt.date.today()
    )
    if not allowed and not override:
        raise ConsentRequired(
            f"participants: {recipient_key(participant)} has no valid consent to be invited"
        )
    row = MeetingParticipant(
        case_actor_id=participant.id if isinstance(participant, CaseActor) else None,
        network_member_id=participant.id if isinstance(participant, NetworkMember) else None,
        consent_override=not allowed,
    )
    meeting.participants.append(row)
    session.flush()
    audit.record(
        session,
        "meeting.invite_override" if not allowed else "meeting.invite",
        "meeting",
        meeting.id,
        case_id=case.id,
        detail={"participant": recipient_key(participant)},
    )
    return row


def participant_labels(session: Session, meeting: Meeting) -> list[str]:
    labels: list[str] = []
    for p in meeting.participants:
        if p.case_actor_id is not None:
            labels.append(session.get_one(CaseActor, p.case_actor_id).label)
        else:
            labels.append(session.get_one(NetworkMember, p.network_member_id).label)
    return labels


def add_agenda_item(session: Session, meeting: Meeting, text: str) -> AgendaItem:
    item = AgendaItem(position=len(meeting.agenda), text=required_text(text, "agenda"))
    meeting.agenda.append(item)
    session.flush()
    audit.record(session, "meeting.agenda", "meeting", meeting.id, case_id=meeting.case_id)
    return item


def set_minutes(
    session: Session, meeting: Meeting, minutes: str, *, citizen_present: bool | None = None
) -> Meeting:
    meeting.minutes = minutes
    if citizen_present is not None:
        meeting.citizen_present = citizen_present
    session.flush()
    audit.record(session, "meeting.minutes", "meeting", meeting.id, case_id=meeting.case_id)
    return meeting


def add_decision(
    session: Session,
    meeting: Meeting,
    text: str,
    *,
    create_action: bool = False,
    goal: Goal | None = None,
    domain: LifeDomain | str | None = None,
    responsible: CaseActor | None = None,
    due_on: dt.date | None = None,
) -> Decision:
    """A decision; with `create_action` it also becomes an action in the current adult plan
    (under `goal`, or under a new goal in `domain` worded like the decision)."""
    body = required_text(text, "decision")
    decision = Decision(text=body)
    if create_action:
        case = session.get_one(Case, meeting.case_id)
        if goal is None:
            plan = plan_service.current_plan(session, case, PlanKind.ADULT)
            if plan is None:
                raise InvalidInput("plan: the case has no action plan to add the action to")
            if domain is None:
                raise InvalidInput("domain: a new goal needs a life domain")
            goal = plan_service.add_goal(session, plan, body, domain)
        elif goal.plan.case_id != case.id or not goal.plan.is_current:
            raise InvalidInput("goal: not a goal of this case's current plan")
        action = plan_service.add_action(
            session, goal, body, responsible=responsible, due_on=due_on
        )
        decision.action_id = action.id
    meeting.decisions.append(decision)
    session.flush()
    audit.record(
        session,
        "meeting.decision",
        "decision",
        decision.id,
        case_id=meeting.case_id,
        detail={"action": decision.action_id},
    )
    return decision


# -- commands by id: what the workbook and the CLI call ------------------------------------


def create_meeting_by_id(
    session: Session, case_id: int, kind: MeetingKind | str, held_on: dt.datetime, **values: Any
) -> int:
    """A meeting of the case (`values` as `create_meeting`); returns its id."""
    return create_meeting(session, get_case_by_id(session, case_id), kind, held_on, **values).id


def _meeting(session: Session, case_id: int, meeting_id: int) -> Meeting:
    return in_case(session, Meeting, case_id, meeting_id, "meeting")


def invite_by_id(
    session: Session,
    case_id: int,
    meeting_id: int,
    recipient: str,
    *,
    override: bool = False,
    on: dt.date | None = None,
) -> None:
    """Invite the recipient the consent grid names `recipient` (ConsentRequired without
    consent unless `override`, which is audited)."""
    from vnr_desk.services.views.consent import recipient_by_key

    meeting = _meeting(session, case_id, meeting_id)
    who = recipient_by_key(session, get_case_by_id(session, case_id), recipient)
    invite(session, meeting, who, override=override, on=on)


def add_agenda_item_by_id(session: Session, case_id: int, meeting_id: int, text: str) -> int:
    return add_agenda_item(session, _meeting(session, case_id, meeting_id), text).id


def set_minutes_by_id(session: Session, case_id: int, meeting_id: int, text: str) -> int:
    set_minutes(session, _meeting(session, case_id, meeting_id), text)
    return meeting_id


def add_decision_by_id(
    session: Session, case_id: int, meeting_id: int, text: str, **values: Any
) -> int:
    """A decision of the meeting (`values` as `add_decision`); returns its id."""
    return add_decision(session, _meeting(session, case_id, meeting_id), text, **values).id


# -- corrections: edit, cancel, uninvite --------------------------------------------------


def _open_meeting(session: Session, case_id: int, meeting_id: int) -> Meeting:
    meeting = _meeting(session, case_id, meeting_id)
    if meeting.cancelled_at is not None:
        raise InvalidInput("meeting: it has been cancelled; it can only be read")
    return meeting


def update_meeting_by_id(
    session: Session,
    case_id: int,
    meeting_id: int,
    *,
    kind: MeetingKind | str,
    held_on: dt.datetime,
    place: str,
    citizen_present: bool,
    agenda: Iterable[str],
) -> int:
    """Correct a meeting: time, place, kind, the citizen's part and its agenda (the items
    are rewritten in place, blank lines dropped); audited with the fields, never values."""
    meeting = _open_meeting(session, case_id, meeting_id)
    meeting.kind = parse_enum(MeetingKind, kind, "kind")
    meeting.held_on = held_on
    meeting.place = place.strip()
    meeting.citizen_present = citizen_present
    texts = [t.strip() for t in agenda if t.strip()]
    for item in list(meeting.agenda[len(texts) :]):
        meeting.agenda.remove(item)
        session.delete(item)
    for position, text in enumerate(texts):
        if position < len(meeting.agenda):
            meeting.agenda[position].text = text
        else:
            meeting.agenda.append(AgendaItem(position=position, text=text))
    session.flush()
    audit.record(
        session,
        "meeting.update",
        "meeting",
        meeting.id,
        case_id=case_id,
        detail={"fields": ["agenda", "citizen_present", "held_on", "kind", "place"]},
    )
    return meeting.id


def cancel_meeting_by_id(
    session: Session, case_id: int, meeting_id: int, reason: str, *, at: dt.datetime | None = None
) -> int:
    """Cancel a meeting: it stays on the record, marked cancelled with the reason, and no
    longer completes any deadline."""
    meeting = _open_meeting(session, case_id, meeting_id)
    meeting.cancel_reason = required_text(reason, "reason")
    meeting.cancelled_at = at or dt.datetime.now().replace(microsecond=0)
    session.flush()
    audit.record(session, "meeting.cancel", "meeting", meeting.id, case_id=case_id)
    return meeting.id


def uninvite_by_id(session: Session, case_id: int, meeting_id: int, recipient: str) -> int:
    """Take someone off the participant list (invited by mistake, or not coming)."""
    meeting = _open_meeting(session, case_id, meeting_id)
    row = next(
        (
            p
            for p in meeting.participants
            if RecipientRef.of_ledger(p.case_actor_id, p.network_member_id).key == recipient
        ),
        None,
    )
    if row is None:
        raise NotFound("participant: not invited to this meeting")
    meeting.participants.remove(row)
    session.delete(row)
    session.flush()
    audit.record(
        session,
        "meeting.uninvite",
        "meeting",
        meeting.id,
        case_id=case_id,
        detail={"participant": recipient},
    )
    return meeting.id


def update_decision_by_id(
    session: Session, case_id: int, meeting_id: int, decision_id: int, text: str
) -> int:
    """Correct a decision's wording (an action made from it keeps its own text)."""
    meeting = _open_meeting(session, case_id, meeting_id)
    decision = next((d for d in meeting.decisions if d.id == decision_id), None)
    if decision is None:
        raise NotFound("decision: not a decision of this meeting")
    decision.text = required_text(text, "decision")
    session.flush()
    audit.record(session, "meeting.decision_update", "decision", decision.id, case_id=case_id)
    return decision.id


def add_decision_as_action_by_id(
    session: Session,
    case_id: int,
    meeting_id: int,
    text: str,
    *,
    goal_id: int | None = None,
    domain: LifeDomain | str | None = None,
    responsible_id: int | None = None,
    due_on: dt.date | None = None,
) -> int:
    """A decision that also becomes an action: under the existing goal `goal_id`, or under
    a new goal in `domain` when no goal is given; with responsible actor and due date."""
    meeting = _open_meeting(session, case_id, meeting_id)
    goal = in_case(session, Goal, case_id, goal_id, "goal") if goal_id is not None else None
    responsible = (
        in_case(session, CaseActor, case_id, responsible_id, "responsible")
        if responsible_id is not None
        else None
    )
    return add_decision(
        session,
        meeting,
        text,
        create_action=True,
        goal=goal,
        domain=domain,
        responsible=responsible,
        due_on=due_on,
    ).id
