"""The Overview tab's read model: the case at a glance, in prepared reads (no ORM)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased

from vnr_desk.domain import (
    Actor,
    Case,
    CaseActor,
    CasePerson,
    CaseViolenceForm,
    ConsentPurposeRow,
    RiskAnswer,
    RiskAssessment,
)
from vnr_desk.domain.recipient import RecipientKind, key_kind, ledger_key
from vnr_desk.rules import consent as consent_rules
from vnr_desk.rules.deadlines import Deadline, due_dates_for_cases
from vnr_desk.services import people as people_service
from vnr_desk.services.consent import ConsentCell, grid_cells, read_ledger
from vnr_desk.services.deadlines import (
    CLOCK_CASE_COLUMNS,
    DEADLINE_SOURCES,
    clocks_from,
    get_rules,
    ledger_consents,
)
from vnr_desk.services.errors import NotFound
from vnr_desk.services.settings import consent_warn_days
from vnr_desk.services.views.risk import RiskHistoryRow, risk_history_rows
from vnr_desk.store.prepared import PreparedRead, day, driver_connection, space_joined

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = DEADLINE_SOURCES | {
    CasePerson,
    CaseViolenceForm,
    ConsentPurposeRow,
    RiskAssessment,
    RiskAnswer,
}


@dataclass(frozen=True)
class PersonView:
    """`address` is None for a protected address until it is revealed (and audited)."""

    id: int
    role: str
    name: str
    date_of_birth: dt.date | None
    phone: str | None
    protected_address: bool
    address: str | None


@dataclass(frozen=True)
class ConsentWarning:
    recipient_key: str
    recipient_label: str
    purpose: str | None  # None: nothing at all recorded for this recipient
    status: str
    expires_on: dt.date | None


@dataclass(frozen=True)
class OverviewView:
    reference: str
    opened_on: dt.date
    intake_route: str
    violence_forms: tuple[str, ...]
    urgent: bool
    urgent_since: dt.date | None
    risk_level: str | None
    risk_on: dt.date | None
    coordinator: str | None
    people: tuple[PersonView, ...]
    deadlines: tuple[Deadline, ...]
    consent_warnings: tuple[ConsentWarning, ...]
    risk_history: tuple[RiskHistoryRow, ...] = ()


_MISSING = consent_rules.ConsentState.MISSING
WARN_STATES = frozenset(
    {
        consent_rules.ConsentState.EXPIRING,
        consent_rules.ConsentState.EXPIRED,
        consent_rules.ConsentState.WITHDRAWN,
    }
)


_RISK = aliased(RiskAssessment)
_LATEST_RISK = (
    select(_RISK.id)
    .where(_RISK.case_id == Case.id)
    .order_by(_RISK.made_on.desc(), _RISK.id.desc())
    .limit(1)
    .correlate(Case)
    .scalar_subquery()
)
_OVERVIEW_CASE = PreparedRead(
    select(
        *CLOCK_CASE_COLUMNS,
        Case.opened_on,
        Case.intake_route,
        space_joined(CaseViolenceForm.form, CaseViolenceForm.case_id == Case.id),
        RiskAssessment.level,
        RiskAssessment.made_on,
        CaseActor.id,
        Actor.name,
    )
    .select_from(Case)
    .outerjoin(RiskAssessment, RiskAssessment.id == _LATEST_RISK)
    # at most one coordinator a case (a unique partial index)
    .outerjoin(CaseActor, (CaseActor.case_id == Case.id) & CaseActor.is_coordinator.is_(True))
    .outerjoin(Actor, Actor.id == CaseActor.actor_id)
    .where(Case.id == bindparam("case_id"))
)
_OVERVIEW_PEOPLE = PreparedRead(
    select(
        CasePerson.id,
        CasePerson.role,
        CasePerson.name,
        CasePerson.date_of_birth,
        CasePerson.phone,
        CasePerson.protected_address,
        CasePerson.address,
    )
    .where(CasePerson.case_id == bindparam("case_id"), CasePerson.removed_at.is_(None))
    .order_by(CasePerson.id)
)


def overview(session: Session, case_id: int, today: dt.date, deadlines: int = 3) -> OverviewView:
    """Everything the first tab shows, in ten prepared reads (no ORM): this runs each time
    a case is opened, and one read of the consent ledger feeds both rule sets."""
    raw = driver_connection(session)
    found = _OVERVIEW_CASE.rows_on(raw, case_id=case_id)
    if not found:
        raise NotFound(f"case: no case with id {case_id}")
    case_row = found[0]
    (_, reference, _, urgent, urgent_since, _, _, opened_on, intake, forms, risk_level,
     risk_on, coordinator_id, coordinator) = case_row  # fmt: skip
    persons = tuple(
        PersonView(
            person_id,
            role,
            name,
            day(born),
            phone,
            bool(protected),
            people_service.masked_address(bool(protected), address),
        )
        for person_id, role, name, born, phone, protected, address in _OVERVIEW_PEOPLE.rows_on(
            raw, case_id=case_id
        )
    )
    ledger = read_ledger(raw, case_id)  # one ledger read for the clock and the grid
    clock = clocks_from(raw, [case_row], case_id, {case_id: ledger_consents(ledger)})
    upcoming = sorted(
        due_dates_for_cases(clock, get_rules(session), today, open_only=True),
        key=lambda d: (d.due_on, d.rule),
    )[:deadlines]
    cells = grid_cells(ledger, today, consent_warn_days(session))
    return OverviewView(
        reference=reference,
        opened_on=day(opened_on),  # type: ignore[arg-type]
        intake_route=intake,
        violence_forms=tuple(sorted(forms.split())) if forms else (),
        urgent=bool(urgent),
        urgent_since=day(urgent_since),
        risk_level=risk_level,
        risk_on=day(risk_on),
        coordinator=coordinator,
        people=persons,
        deadlines=tuple(upcoming),
        consent_warnings=tuple(consent_warnings(cells, coordinator_id)),
        risk_history=tuple(risk_history_rows(session, case_id)),
    )


def consent_warnings(cells: list[ConsentCell], coordinator_id: int | None) -> list[ConsentWarning]:
    """Expiring, expired and withdrawn cells, and case actors with no consent at all
    (except the coordinator, who holds the case). States and purposes are StrEnums, so
    they are handed on as the strings they are."""
    warnings: list[ConsentWarning] = []
    unconsented: dict[str, str] = {}  # actors with nothing but MISSING so far
    seen: set[str] = set()
    coordinator = ledger_key(coordinator_id, None) if coordinator_id is not None else None
    for key, label, purpose, status, expires_on in cells:
        if key not in seen:
            seen.add(key)
            if key_kind(key) is RecipientKind.ACTOR and key != coordinator:
                unconsented[key] = label
        if status is not _MISSING:
            unconsented.pop(key, None)
            if status in WARN_STATES:
                warnings.append(ConsentWarning(key, label, purpose, status, expires_on))
    warnings.extend(
        ConsentWarning(key, label, None, _MISSING, None) for key, label in unconsented.items()
    )
    return warnings
