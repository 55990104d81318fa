"""Recording the facts that complete deadlines: contacts, visits, letters and answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, CaseEvent, EventKind
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.scope import in_case, parse_enum, required_text


def record_event(
    session: Session,
    case: Case,
    kind: EventKind | str,
    on: dt.date,
    *,
    subject_id: int | None = None,
    remark: str = "",
    recipient: str = "",
) -> CaseEvent:
    """An `outreach_answered` event names the `outreach_letter_sent` event it answers."""
    event_kind = parse_enum(EventKind, kind, "kind")
    if event_kind == EventKind.OUTREACH_ANSWERED:
        if subject_id is None:
            raise InvalidInput("subject_id: an answer must name the letter it answers")
        letter = in_case(session, CaseEvent, case.id, subject_id, "subject_id")
        if letter.kind != EventKind.OUTREACH_LETTER_SENT:
            raise InvalidInput("subject_id: not an outreach letter")
        if on < letter.occurred_on:
            raise InvalidInput("on: an answer cannot come before the letter")
    event = CaseEvent(
        case_id=case.id,
        kind=event_kind,
        occurred_on=on,
        subject_id=subject_id,
        remark=remark,
        recipient=recipient.strip(),
    )
    session.add(event)
    session.flush()
    audit.record(
        session,
        "event.create",
        "case_event",
        event.id,
        case_id=case.id,
        detail={"kind": event_kind},
    )
    return event


def events(session: Session, case: Case, kind: EventKind | None = None) -> list[CaseEvent]:
    query = select(CaseEvent).where(CaseEvent.case_id == case.id)
    if kind is not None:
        query = query.where(CaseEvent.kind == kind)
    return list(session.scalars(query.order_by(CaseEvent.occurred_on, CaseEvent.id)))


def record_child_concern(
    session: Session, case_id: int, on: dt.date, recipient: str, remark: str = ""
) -> int:
    """An underretning: a concern for a child sent to the children's unit (the recipient
    is required: a report sent to no one was not sent). Its id."""
    recipient = required_text(recipient, "recipient")
    if len(recipient) > 200:
        raise InvalidInput("recipient: at most 200 characters")
    case = get_case_by_id(session, case_id)
    event = record_event(
        session,
        case,
        EventKind.CHILD_CONCERN_REPORT,
        on,
        remark=remark.strip(),
        recipient=recipient,
    )
    return event.id
