"""Opening, describing, closing and finding cases."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Case,
    CaseStatus,
    CaseViolenceForm,
    IntakeRoute,
    ViolenceForm,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import Duplicate, InvalidInput, NotFound
from vnr_desk.services.scope import parse_enum

CASE_FIELDS = (
    "intake_route",
    "crisis_centre_admission_on",
    "crisis_centre_discharge_on",
)


REFERENCE_MAX_LENGTH = 64
_EDGE_SPACE = " \t\r\n"


def clean_reference(text: str) -> str:
    """A case reference as it is stored: NFC, without surrounding spaces, at most 64
    characters, each one printable. Control characters (terminal escapes, NUL), direction
    marks and invisible characters (U+200B) are refused, not removed: they would let one
    reference hide beside another, rewrite a terminal, or make a case unaddressable."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise InvalidInput("reference: not valid text (it holds a lone surrogate)")
    reference = unicodedata.normalize("NFC", text).strip(_EDGE_SPACE)
    if not reference:
        raise InvalidInput("reference: must not be empty")
    for position, ch in enumerate(reference, start=1):
        if not (ch.isprintable() or ch == " "):
            raise InvalidInput(
                f"reference: character {position} (U+{ord(ch):04X}) is a control, direction "
                "or invisible character"
            )
    if len(reference) > REFERENCE_MAX_LENGTH:
        raise InvalidInput(f"reference: longer than {REFERENCE_MAX_LENGTH} characters")
    return reference


def create_case(session: Session, reference: str, opened_on: dt.date | None = None) -> Case:
    reference = clean_reference(reference)
    if session.scalar(select(Case.id).where(Case.reference == reference)) is not None:
        raise Duplicate(f"reference: a case {reference!r} already exists")
    case = Case(reference=reference, opened_on=opened_on or dt.date.today())
    session.add(case)
    session.flush()
    audit.record(session, "case.create", "case", case.id, case_id=case.id)
    return case


def get_case(session: Session, reference: str) -> Case:
    """The case by its reference as typed (any Unicode normal form, surrounding spaces)."""
    wanted = reference.strip(_EDGE_SPACE)
    if not any("\ud800" <= ch <= "\udfff" for ch in wanted):
        candidates = dict.fromkeys((unicodedata.normalize("NFC", wanted), wanted))
        case = session.scalar(select(Case).where(Case.reference.in_(candidates)).limit(1))
        if case is not None:
            return case
    raise NotFound(f"case: no case {reference!r}")


def get_case_by_id(session: Session, case_id: int) -> Case:
    """The case the workbook has open (it keeps ids, not references)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"case: no case with id {case_id}")
    return case


def describe_case(
    session: Session,
    case: Case,
    *,
    intake_route: IntakeRoute | str | None = None,
    crisis_centre_admission_on: dt.date | None = None,
    crisis_centre_discharge_on: dt.date | None = None,
) -> Case:
    """Set how the case arrived and the crisis-centre stay (None leaves a field as it is)."""
    changed: list[str] = []
    if intake_route is not None:
        case.intake_route = parse_enum(IntakeRoute, intake_route, "intake_route")
        changed.append("intake_route")
    if crisis_centre_admission_on is not None:
        case.crisis_centre_admission_on = crisis_centre_admission_on
        changed.append("crisis_centre_admission_on")
    if crisis_centre_discharge_on is not None:
        admitted = case.crisis_centre_admission_on
        if admitted is not None and crisis_centre_discharge_on < admitted:
            raise InvalidInput("crisis_centre_discharge_on: before the admission")
        case.crisis_centre_discharge_on = crisis_centre_discharge_on
        changed.append("crisis_centre_discharge_on")
    session.flush()
    audit.record(
        session, "case.update", "case", case.id, case_id=case.id, detail={"fields": changed}
    )
    return case


def set_violence_forms(
    session: Session, case: Case, forms: Iterable[ViolenceForm | str]
) -> list[ViolenceForm]:
    wanted = sorted({parse_enum(ViolenceForm, f, "violence_forms") for f in forms})
    case.violence_forms = [CaseViolenceForm(form=f) for f in wanted]
    session.flush()
    audit.record(
        session,
        "case.violence_forms",
        "case",
        case.id,
        case_id=case.id,
        detail={"forms": [f.value for f in wanted]},
    )
    return wanted


def close_case(
    session: Session,
    case: Case,
    closed_on: dt.date,
    *,
    reason: str = "",
    handed_to: str = "",
    after_effort: str = "",
) -> Case:
    """Close the case with why, who takes over and the plan for afterwards (that text
    prints); the audit names which of them were given, never their words."""
    if closed_on < case.opened_on:
        raise InvalidInput("closed_on: before the case was opened")
    if len(handed_to.strip()) > 200:
        raise InvalidInput("handed_to: at most 200 characters")
    case.status = CaseStatus.CLOSED
    case.closed_on = closed_on
    case.closing_reason = reason.strip()
    case.closed_handed_to = handed_to.strip()
    case.after_effort_text = after_effort.strip()
    session.flush()
    given = [
        name
        for name, value in (
            ("reason", reason),
            ("handed_to", handed_to),
            ("after_effort", after_effort),
        )
        if value.strip()
    ]
    audit.record(session, "case.close", "case", case.id, case_id=case.id, detail={"fields": given})
    return case


def reopen_case(session: Session, case: Case) -> Case:
    """Open a closed case again; what was written at closing stays until it is closed anew."""
    case.status = CaseStatus.OPEN
    case.closed_on = None
    session.flush()
    audit.record(session, "case.reopen", "case", case.id, case_id=case.id)
    return case


@dataclass(frozen=True)
class CaseFacts:
    """The facts of a case a caseworker edits after intake (None: not known)."""

    intake_route: str
    admission_on: dt.date | None
    notified_on: dt.date | None
    discharge_on: dt.date | None
    violence_forms: tuple[str, ...]


def edit_case_facts(session: Session, case_id: int, facts: CaseFacts) -> None:
    """Set route, dates and forms of violence as the dialog shows them; a date cleared
    in the dialog is cleared here. Discharge is a fact of the case (the date), not an
    event: the rules and printouts read the one column, so they cannot disagree."""
    case = get_case_by_id(session, case_id)
    admitted, notified, discharged = facts.admission_on, facts.notified_on, facts.discharge_on
    if admitted is not None and discharged is not None and discharged < admitted:
        raise InvalidInput("crisis_centre_discharge_on: before the admission")
    if admitted is not None and notified is not None and notified < admitted:
        raise InvalidInput("municipality_notified_on: before the admission")
    case.intake_route = parse_enum(IntakeRoute, facts.intake_route, "intake_route")
    case.crisis_centre_admission_on = admitted
    case.municipality_notified_on = notified
    case.crisis_centre_discharge_on = discharged
    session.flush()
    audit.record(
        session,
        "case.update",
        "case",
        case.id,
        case_id=case.id,
        detail={"fields": ["intake_route", "dates"]},
    )
    current = sorted(f.form.value for f in case.violence_forms)
    if sorted(set(facts.violence_forms)) != current:
        set_violence_forms(session, case, facts.violence_forms)


def close_case_by_id(
    session: Session,
    case_id: int,
    closed_on: dt.date,
    *,
    reason: str = "",
    handed_to: str = "",
    after_effort: str = "",
) -> None:
    case = get_case_by_id(session, case_id)
    if not case.is_open:
        raise InvalidInput("case: already closed")
    close_case(
        session, case, closed_on, reason=reason, handed_to=handed_to, after_effort=after_effort
    )


def reopen_case_by_id(session: Session, case_id: int) -> None:
    case = get_case_by_id(session, case_id)
    if case.is_open:
        raise InvalidInput("case: not closed")
    reopen_case(session, case)
