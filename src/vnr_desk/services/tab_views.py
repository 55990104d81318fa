"""Read models for the workbook's case tabs: plain frozen rows built inside one unit of work
in a fixed handful of queries (no lazy loads per row), safe to hand to Qt after the session
has closed. Writes stay in the owning services; this module only reads, plus the two small
lookups a tab needs to call them (a recipient by key, the consents covering a cell)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session, aliased, selectinload

from vnr_desk.domain import (
    ActionPlan,
    Actor,
    Assessment,
    Case,
    CaseActor,
    CasePerson,
    CaseViolenceForm,
    Consent,
    Goal,
    Meeting,
    NetworkMember,
    PersonRole,
    RiskAssessment,
)
from vnr_desk.domain.recipient import RecipientKind, RecipientRef, key_kind, ledger_key
from vnr_desk.rules import consent as consent_rules
from vnr_desk.rules.deadlines import Deadline, due_dates_for_cases
from vnr_desk.services import people as people_service
from vnr_desk.services.actors import directory
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.consent import (
    ConsentCell,
    Recipient,
    grid_cells,
    read_ledger,
    recipient_clause,
    recipient_row,
)
from vnr_desk.services.deadlines import (
    CLOCK_CASE_COLUMNS,
    clocks_from,
    get_rules,
    ledger_consents,
)
from vnr_desk.services.errors import NotFound
from vnr_desk.services.settings import consent_warn_days
from vnr_desk.store.prepared import PreparedRead, day, driver_connection, space_joined

# -- overview ------------------------------------------------------------------------------


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
    .where(CasePerson.case_id == bindparam("case_id"))
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
    (_, reference, _, urgent, urgent_since, opened_on, intake, forms, risk_level, risk_on,
     coordinator_id, coordinator) = case_row  # fmt: skip
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


def reveal_address(session: Session, case_id: int, person_id: int) -> str | None:
    """The address of one person; a protected one is audited by the people service."""
    case = get_case_by_id(session, case_id)
    person = people_service.get_person(session, case, person_id)
    return people_service.reveal_address(session, person)


# -- assessment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingView:
    rating: int | None
    description: str
    own_words: str


@dataclass(frozen=True)
class AssessmentView:
    id: int
    made_on: dt.date
    hopes: str
    dreams: str
    resources: str
    ratings: dict[str, RatingView]


def assessments(session: Session, case_id: int) -> list[AssessmentView]:
    """Every assessment of the case, oldest first, ratings included (two queries)."""
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.case_id == case_id)
        .options(selectinload(Assessment.ratings))
        .order_by(Assessment.made_on, Assessment.id)
    )
    return [
        AssessmentView(
            a.id,
            a.made_on,
            a.hopes,
            a.dreams,
            a.resources,
            {r.domain.value: RatingView(r.rating, r.description, r.own_words) for r in a.ratings},
        )
        for a in rows
    ]


# -- actors and network --------------------------------------------------------------------


@dataclass(frozen=True)
class CaseActorView:
    id: int
    actor_id: int
    name: str
    sector: str
    unit: str
    role: str
    responsibility: str
    referral_status: str
    is_coordinator: bool

    @property
    def key(self) -> str:
        return RecipientRef.actor(self.id).key


@dataclass(frozen=True)
class NetworkMemberView:
    id: int
    name: str
    relation: str
    stance: str
    may_contact: bool
    phone: str | None

    @property
    def key(self) -> str:
        return RecipientRef.network(self.id).key

    @property
    def label(self) -> str:
        return f"{self.name} ({self.relation})" if self.relation else self.name


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    name: str
    sector: str
    unit: str
    offers: str


def case_actor_views(session: Session, case_id: int) -> list[CaseActorView]:
    rows = session.execute(
        select(CaseActor, Actor)
        .join(Actor, Actor.id == CaseActor.actor_id)
        .where(CaseActor.case_id == case_id)
        .order_by(CaseActor.id)
    )
    return [
        CaseActorView(
            ca.id,
            actor.id,
            actor.name,
            actor.sector.value,
            actor.unit,
            ca.role,
            ca.responsibility,
            ca.referral_status.value,
            ca.is_coordinator,
        )
        for ca, actor in rows
    ]


def network_views(session: Session, case_id: int) -> list[NetworkMemberView]:
    return [
        NetworkMemberView(m.id, m.name, m.relation, m.stance.value, m.may_contact, m.phone)
        for m in session.scalars(
            select(NetworkMember).where(NetworkMember.case_id == case_id).order_by(NetworkMember.id)
        )
    ]


def directory_entries(session: Session) -> list[DirectoryEntry]:
    return [
        DirectoryEntry(a.id, a.name, a.sector.value, a.unit, a.offers) for a in directory(session)
    ]


# -- consent -------------------------------------------------------------------------------


def recipient_by_key(session: Session, case: Case, key: str) -> Recipient:
    """A recipient key (as the consent grid names them) to the row."""
    return recipient_row(session, case, key)


@dataclass(frozen=True)
class ConsentHistoryEntry:
    """One line of a recipient's ledger: a consent given or renewed, or a withdrawal."""

    consent_id: int
    event: str  # "given" | "renewed" | "withdrawn"
    on: dt.date
    purposes: tuple[str, ...]
    form: str
    documented_by: str | None
    expires_on: dt.date | None


def _recipient_clause(key: str) -> ColumnElement[bool]:
    return recipient_clause(key)


def consent_history(session: Session, case_id: int, key: str) -> list[ConsentHistoryEntry]:
    """The full ledger for one recipient in date order: gifts, renewals and withdrawals."""
    case = get_case_by_id(session, case_id)
    recipient_by_key(session, case, key)
    entries: list[ConsentHistoryEntry] = []
    for c in session.scalars(
        select(Consent)
        .where(Consent.case_id == case_id, _recipient_clause(key))
        .order_by(Consent.given_on, Consent.id)
    ):
        purposes = tuple(sorted(c.purpose_values))
        entries.append(
            ConsentHistoryEntry(
                c.id,
                "renewed" if c.renews_id is not None else "given",
                c.given_on,
                purposes,
                c.form.value,
                c.documented_by,
                c.expires_on,
            )
        )
        if c.withdrawal is not None:
            entries.append(
                ConsentHistoryEntry(
                    c.id,
                    "withdrawn",
                    c.withdrawal.withdrawn_on,
                    purposes,
                    c.withdrawal.how.value,
                    c.withdrawal.recorded_by,
                    None,
                )
            )
    order = {"given": 0, "renewed": 0, "withdrawn": 1}
    entries.sort(key=lambda e: (e.on, order[e.event], e.consent_id))
    return entries


def covering_consents(
    session: Session, case: Case, key: str, purpose: str, on: dt.date
) -> list[Consent]:
    """The ledger entries that make `purpose` valid for the recipient on `on` (what a
    withdrawal of that cell has to withdraw)."""
    recipient_by_key(session, case, key)
    found: list[Consent] = []
    for c in session.scalars(
        select(Consent)
        .where(Consent.case_id == case.id, _recipient_clause(key))
        .order_by(Consent.given_on, Consent.id)
    ):
        entry = consent_rules.ConsentEntry(
            c.id, c.purpose_values, c.given_on, c.expires_on, c.withdrawn_on
        )
        if purpose in c.purpose_values and consent_rules.in_force(entry, on):
            found.append(c)
    return found


# -- action plans --------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionView:
    id: int
    text: str
    responsible_id: int | None
    responsible: str
    due_on: dt.date | None
    status: str
    outcome: str


@dataclass(frozen=True)
class GoalView:
    id: int
    text: str
    domain: str | None
    status: str
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class PlanView:
    id: int
    kind: str
    child_person_id: int | None
    child_name: str
    version: int
    made_on: dt.date
    reviewed_on: dt.date | None
    review_due_on: dt.date | None
    after_effort: str
    is_current: bool
    goals: tuple[GoalView, ...]


def plan_views(session: Session, case_id: int) -> list[PlanView]:
    """Every version of every plan, goals and actions included, in four queries."""
    actor_names = dict(
        session.execute(
            select(CaseActor.id, Actor.name)
            .join(Actor, Actor.id == CaseActor.actor_id)
            .where(CaseActor.case_id == case_id)
        ).all()
    )
    child_names = dict(
        session.execute(
            select(CasePerson.id, CasePerson.name).where(CasePerson.case_id == case_id)
        ).all()
    )
    plans = session.scalars(
        select(ActionPlan)
        .where(ActionPlan.case_id == case_id)
        .options(selectinload(ActionPlan.goals).selectinload(Goal.actions))
        .order_by(ActionPlan.kind, ActionPlan.child_person_id, ActionPlan.version)
    )
    return [
        PlanView(
            p.id,
            p.kind.value,
            p.child_person_id,
            child_names.get(p.child_person_id, "") if p.child_person_id else "",
            p.version,
            p.made_on,
            p.reviewed_on,
            p.review_due_on,
            p.after_effort,
            p.is_current,
            tuple(
                GoalView(
                    g.id,
                    g.text,
                    g.domain.value if g.domain else None,
                    g.status.value,
                    tuple(
                        ActionView(
                            a.id,
                            a.text,
                            a.responsible_id,
                            actor_names.get(a.responsible_id, "") if a.responsible_id else "",
                            a.due_on,
                            a.status.value,
                            a.outcome,
                        )
                        for a in g.actions
                    ),
                )
                for g in p.goals
            ),
        )
        for p in plans
    ]


def children(session: Session, case_id: int) -> list[PersonView]:
    return [
        PersonView(p.id, p.role.value, p.name, p.date_of_birth, None, p.protected_address, None)
        for p in session.scalars(
            select(CasePerson)
            .where(CasePerson.case_id == case_id, CasePerson.role == PersonRole.CHILD)
            .order_by(CasePerson.id)
        )
    ]


# -- meetings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantView:
    key: str
    label: str
    consent_override: bool


@dataclass(frozen=True)
class DecisionView:
    id: int
    text: str
    action_id: int | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    kind: str
    held_on: dt.datetime
    place: str
    citizen_present: bool
    minutes: str
    participants: tuple[ParticipantView, ...]
    agenda: tuple[str, ...]
    decisions: tuple[DecisionView, ...]


def meeting_views(session: Session, case_id: int) -> list[MeetingView]:
    """Meetings oldest first with participants, agenda and decisions (six queries)."""
    labels: dict[str, str] = {a.key: a.name for a in case_actor_views(session, case_id)} | {
        m.key: m.label for m in network_views(session, case_id)
    }
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.case_id == case_id)
        .options(
            selectinload(Meeting.participants),
            selectinload(Meeting.agenda),
            selectinload(Meeting.decisions),
        )
        .order_by(Meeting.held_on, Meeting.id)
    )
    views: list[MeetingView] = []
    for m in meetings:
        participants = []
        for p in m.participants:
            key = RecipientRef.of_ledger(p.case_actor_id, p.network_member_id).key
            participants.append(ParticipantView(key, labels.get(key, key), p.consent_override))
        views.append(
            MeetingView(
                m.id,
                m.kind.value,
                m.held_on,
                m.place,
                m.citizen_present,
                m.minutes,
                tuple(participants),
                tuple(a.text for a in m.agenda),
                tuple(DecisionView(d.id, d.text, d.action_id) for d in m.decisions),
            )
        )
    return views
