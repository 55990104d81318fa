"""Risk assessment. High or acute risk makes the case urgent, which starts the 24-hour
`urgent_meeting` rule from that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Case,
    EventKind,
    RiskAnswer,
    RiskAssessment,
    RiskInstrument,
    RiskItem,
    RiskLevel,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services import instruments as instrument_files
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.events import record_event
from vnr_desk.services.scope import parse_enum, required_text
from vnr_desk.services.settings import caseworker_profile, edition

URGENT_LEVELS = frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})


def create_instrument(
    session: Session, name: str, items: Iterable[str], description: str = ""
) -> RiskInstrument:
    """A template: the questions are data, so a municipality can use its own instrument."""
    texts = [required_text(t, "items") for t in items]
    if not texts:
        raise InvalidInput("items: an instrument needs at least one item")
    title = required_text(name, "name")
    if session.scalar(select(RiskInstrument.id).where(RiskInstrument.name == title)):
        raise InvalidInput(f"name: an instrument {title!r} exists already")
    instrument = RiskInstrument(name=title, description=description)
    instrument.items = [RiskItem(position=i, text=t) for i, t in enumerate(texts)]
    session.add(instrument)
    session.flush()
    audit.record(session, "risk_instrument.create", "risk_instrument", instrument.id)
    return instrument


def instruments(session: Session) -> list[RiskInstrument]:
    return list(session.scalars(select(RiskInstrument).order_by(RiskInstrument.name)))


def assess_risk(
    session: Session,
    case: Case,
    made_on: dt.date,
    level: RiskLevel | str,
    *,
    notes: str = "",
    instrument: RiskInstrument | None = None,
    answers: Mapping[int, str] | None = None,
) -> RiskAssessment:
    """Record a risk assessment; `answers` maps item ids of `instrument` to answers."""
    risk_level = parse_enum(RiskLevel, level, "level")
    assessment = RiskAssessment(
        case_id=case.id,
        made_on=made_on,
        level=risk_level,
        notes=notes,
        instrument_id=instrument.id if instrument is not None else None,
    )
    if answers:
        if instrument is None:
            raise InvalidInput("answers: answers need an instrument")
        item_ids = {item.id for item in instrument.items}
        for item_id, answer in answers.items():
            if item_id not in item_ids:
                raise InvalidInput(f"answers.{item_id}: not an item of this instrument")
            assessment.answers.append(RiskAnswer(item_id=item_id, answer=answer))
    session.add(assessment)
    session.flush()
    audit.record(
        session,
        "risk.assess",
        "risk_assessment",
        assessment.id,
        case_id=case.id,
        detail={"level": risk_level.value},
    )
    if risk_level in URGENT_LEVELS:
        mark_urgent(session, case, made_on)
    return assessment


def mark_urgent(session: Session, case: Case, since: dt.date) -> Case:
    """Make the case urgent from `since`; an already urgent case keeps its first date."""
    if case.urgent and case.urgent_since is not None:
        return case
    case.urgent = True
    case.urgent_since = since
    session.flush()
    audit.record(
        session,
        "case.urgent",
        "case",
        case.id,
        case_id=case.id,
        detail={"since": since.isoformat()},
    )
    return case


def clear_urgent(session: Session, case: Case) -> Case:
    case.urgent = False
    case.urgent_since = None
    session.flush()
    audit.record(session, "case.urgent_cleared", "case", case.id, case_id=case.id)
    return case


def record_risk_assessment(
    session: Session,
    case_id: int,
    made_on: dt.date,
    level: RiskLevel | str,
    *,
    notes: str = "",
    instrument_key: str | None = None,
    answers: Mapping[str, str] | None = None,
) -> int:
    """A risk assessment from the risk dialog: the assessor is the caseworker profile's
    name (refused while it is empty), `answers` map item ids of the instrument file to
    values of its scale. High or acute makes the case urgent. Returns the assessment id."""
    assessor = caseworker_profile(session).name.strip()
    if not assessor:
        raise InvalidInput("profile: fill in your name in Settings before assessing risk")
    case = get_case_by_id(session, case_id)
    if made_on > dt.date.today():
        raise InvalidInput("made_on: an assessment cannot be dated in the future")
    row: RiskInstrument | None = None
    by_item: dict[int, str] = {}
    if instrument_key is not None:
        try:
            instrument = instrument_files.instrument_by_key(instrument_key)
        except instrument_files.InstrumentFileError as exc:
            raise InvalidInput(str(exc)) from None
        if instrument.edition != edition(session):
            raise InvalidInput("instrument: not an instrument of this vault's edition")
        scale = instrument.scale_values()
        row = instrument_files.sync_instrument(session, instrument)
        item_rows = {item.item_key: item.id for item in row.items}
        for item_id, value in (answers or {}).items():
            if item_id not in item_rows:
                raise InvalidInput(f"answers.{item_id}: not an item of this instrument")
            if value not in scale:
                raise InvalidInput(f"answers.{item_id}: {value!r} is not on the scale")
            by_item[item_rows[item_id]] = value
    elif answers:
        raise InvalidInput("answers: answers need an instrument")
    assessment = assess_risk(
        session, case, made_on, level, notes=notes.strip(), instrument=row, answers=by_item
    )
    assessment.assessor = assessor
    session.flush()
    return assessment.id


def set_urgent_by_id(session: Session, case_id: int, on: dt.date, reason: str) -> int:
    """Make the case urgent by hand, with the reason kept as an `urgent_set` event: the
    24-hour urgent-meeting clock starts on `on`. Returns the event id."""
    why = required_text(reason, "reason")
    case = get_case_by_id(session, case_id)
    if case.urgent:
        raise InvalidInput("urgent: the case is urgent already")
    mark_urgent(session, case, on)
    return record_event(session, case, EventKind.URGENT_SET, on, remark=why).id


def clear_urgent_by_id(session: Session, case_id: int, on: dt.date, reason: str) -> int:
    """Clear the urgent flag by hand, the reason kept as an `urgent_cleared` event."""
    why = required_text(reason, "reason")
    case = get_case_by_id(session, case_id)
    if not case.urgent:
        raise InvalidInput("urgent: the case is not urgent")
    clear_urgent(session, case)
    return record_event(session, case, EventKind.URGENT_CLEARED, on, remark=why).id


def risk_history(session: Session, case: Case) -> list[RiskAssessment]:
    return list(
        session.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.case_id == case.id)
            .order_by(RiskAssessment.made_on, RiskAssessment.id)
        )
    )
