"""Intake: a new case with its citizen, household and first facts in one command, and the
reference the municipality's own pattern suggests (prefix + year + running number).

One command, so a failure (a reference already taken, an empty name) leaves nothing half
made: the unit of work rolls the whole intake back."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, PersonRole, Setting
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import clean_reference, create_case, describe_case, set_violence_forms
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.people import add_person
from vnr_desk.services.risk import mark_urgent

REFERENCE_PREFIX_KEY = "case.reference_prefix"
DEFAULT_REFERENCE_PREFIX = "VNR-"
NUMBER_WIDTH = 3


@dataclass(frozen=True)
class PersonValues:
    """One person as typed in a dialog or given on the command line."""

    role: str
    name: str
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    protected_address: bool = False

    def as_changes(self) -> dict[str, object]:
        """The stored fields (an empty text is stored as nothing)."""
        return {
            "name": self.name,
            "date_of_birth": self.date_of_birth,
            "phone": self.phone.strip() or None,
            "email": self.email.strip() or None,
            "address": self.address.strip() or None,
            "protected_address": self.protected_address,
        }


@dataclass(frozen=True)
class IntakeValues:
    reference: str
    opened_on: dt.date
    citizen: PersonValues
    intake_route: str = "other"
    admission_on: dt.date | None = None
    notified_on: dt.date | None = None
    violence_forms: tuple[str, ...] = ()
    urgent: bool = False
    others: tuple[PersonValues, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class IntakeResult:
    case_id: int
    person_ids: tuple[int, ...]
    """The citizen's id first, then the others in the order given."""


def reference_prefix(session: Session) -> str:
    row = session.get(Setting, REFERENCE_PREFIX_KEY)
    return row.value if row is not None else DEFAULT_REFERENCE_PREFIX


def set_reference_prefix(session: Session, prefix: str) -> None:
    """The municipality's own start of a case reference (e.g. "K-", "VNR-")."""
    prefix = prefix.strip()
    if len(prefix) > 20 or (prefix and clean_reference(prefix + "0") != prefix + "0"):
        raise InvalidInput("prefix: at most 20 printable characters")
    session.merge(Setting(key=REFERENCE_PREFIX_KEY, value=prefix))
    session.flush()
    audit.record(
        session, "setting.update", "setting", REFERENCE_PREFIX_KEY, detail={"value": prefix}
    )


def suggested_reference(session: Session, year: int, prefix: str | None = None) -> str:
    """`<prefix><year>-<n>`, n one more than the highest number used with that start."""
    start = f"{reference_prefix(session) if prefix is None else prefix}{year}-"
    pattern = re.compile(re.escape(start) + r"(\d+)$")
    used = session.scalars(select(Case.reference).where(Case.reference.startswith(start)))
    numbers = [int(m.group(1)) for ref in used if (m := pattern.match(ref))]
    return f"{start}{max(numbers, default=0) + 1:0{NUMBER_WIDTH}d}"


def open_case_with_intake(session: Session, values: IntakeValues) -> IntakeResult:
    """Open the case, add the citizen (and any children, person using violence, household
    members), set the route, dates, forms of violence and urgency. Every step is audited
    by the command it runs."""
    if values.citizen.role != PersonRole.VICTIM_SURVIVOR:
        raise InvalidInput("citizen: must have the role victim_survivor")
    if values.notified_on and values.admission_on and values.notified_on < values.admission_on:
        raise InvalidInput("municipality_notified_on: before the admission")
    case = create_case(session, values.reference, values.opened_on)
    describe_case(
        session,
        case,
        intake_route=values.intake_route,
        crisis_centre_admission_on=values.admission_on,
    )
    case.municipality_notified_on = values.notified_on
    if values.violence_forms:
        set_violence_forms(session, case, values.violence_forms)
    ids = [
        add_person(session, case, p.role, **p.as_changes()).id  # type: ignore[arg-type]
        for p in (values.citizen, *values.others)
    ]
    if values.urgent:
        mark_urgent(session, case, values.opened_on)
    session.flush()
    return IntakeResult(case.id, tuple(ids))
