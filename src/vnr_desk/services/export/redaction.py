"""The one redaction step: everything a printout shows is built here, for one recipient.

Recipients are named by their `RecipientRef` key: the citizen, internal use or a case actor.
What is left out:
- on citizen documents: the person using violence, risk assessments, journal notes,
  addresses (the data classes have no field for them) and actors without a valid
  `share_information` consent (left blank as responsible, left off participant lists);
- on actor documents: the same, plus any other actor or network member without a valid
  `share_information` consent; the recipient itself needs the consent for the document's
  purpose (`receive_action_plan`, `receive_case_summary`, `share_information` for minutes),
  else `ConsentRequired` is raised and nothing is built.
Every build is audited as an export with the recipient, never with content."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Action,
    ActionPlan,
    Case,
    CaseActor,
    ConsentPurpose,
    Meeting,
    NetworkMember,
    PlanKind,
)
from vnr_desk.domain.enums import PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.domain.recipient import CITIZEN, INTERNAL, RecipientKind
from vnr_desk.reports import data
from vnr_desk.rules.consent import SHAREABLE_STATES
from vnr_desk.rules.deadlines import PLAN_REVIEW, DeadlineRule, due_date
from vnr_desk.services import actors, assessments, consent, meetings, network, people, plans
from vnr_desk.services import auditing as audit
from vnr_desk.services.deadlines import get_rules
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.services.export import access
from vnr_desk.services.settings import caseworker_profile, consent_warn_days

SHARE = ConsentPurpose.SHARE_INFORMATION


class _Audience:
    """Who a document is for, and the consent checks that follow from it."""

    def __init__(self, session: Session, case: Case, recipient: str, on: dt.date) -> None:
        self.session, self.case, self.on, self.key = session, case, on, recipient
        self.actor: CaseActor | None = None
        self._ledger: consent.CaseLedger | None = None
        self._warn_days = 0
        ref = consent.parse_recipient(recipient)
        self.kind = ref.kind
        if ref.kind == RecipientKind.ACTOR and ref.id is not None:
            try:
                self.actor = actors.get_case_actor(session, case, ref.id)
            except NotFound:
                raise InvalidInput(f"recipient: no actor {recipient!r} in this case") from None
        elif ref.is_party:
            raise InvalidInput(f"recipient: {recipient!r} is not the citizen, internal or an actor")

    @property
    def recipient(self) -> data.Recipient:
        if self.actor is not None:
            return data.Recipient("actor", self.actor.label)
        return data.Recipient(self.kind)  # type: ignore[arg-type]

    def require(self, purpose: ConsentPurpose) -> None:
        if self.actor is not None:
            consent.require_consent(self.session, self.case, self.actor, purpose, self.on)

    def may_see(self, other: CaseActor | NetworkMember) -> bool:
        """May this document name `other`? Internal: yes. Otherwise `other` must have agreed
        to information about the case being shared with it (the recipient itself always)."""
        if self.kind == "internal" or (
            self.actor is not None and other.id == self.actor.id and isinstance(other, CaseActor)
        ):
            return True
        if self._ledger is None:  # read once per document, as the consent grid reads it
            self._ledger = consent.case_ledger(self.session, self.case.id, recipients=False)
            self._warn_days = consent_warn_days(self.session)
        state = consent.ledger_status(
            self._ledger, consent.recipient_key(other), SHARE, self.on, self._warn_days
        )
        return state in SHAREABLE_STATES

    def audit(self, document: str, withheld: bool) -> None:
        audit.record(
            self.session,
            "export." + document,
            "case",
            self.case.id,
            case_id=self.case.id,
            detail={"recipient": self.key, "withheld": withheld},
        )


@dataclass(frozen=True)
class Contact:
    """Whom the citizen contacts at the coordinating actor; every part may be empty."""

    unit: str = ""
    person: str = ""
    phone: str = ""
    email: str = ""


def _contact(coordinator: CaseActor) -> Contact:
    """The named contact person at the coordinator, with their phone and e-mail; the
    actor's own phone and e-mail stand in where the contact person has none."""
    return Contact(
        unit=coordinator.label,
        person=(coordinator.contact_name or "").strip(),
        phone=(coordinator.contact_phone or coordinator.actor.phone or "").strip(),
        email=(coordinator.contact_email or coordinator.actor.email or "").strip(),
    )


def printed_review_date(plan: ActionPlan, rule: DeadlineRule, on: dt.date) -> dt.date | None:
    """The review date a plan printed on `on` shows: the municipality's plan_review rule from
    the plan's last review (or its making), as the due view counts it; a plan's own stored
    date only where the rule is switched off. Never a day before `on`: a review already due
    is agreed anew with the citizen, so None is returned and the page says so."""
    if rule.enabled:
        review_on: dt.date | None = due_date(rule, plan.reviewed_on or plan.made_on)
    else:
        review_on = plan.review_due_on
    return review_on if review_on is not None and review_on >= on else None


def _citizen_name(session: Session, case: Case) -> str:
    person = people.primary_citizen(session, case)
    return person.name if person is not None else ""


def _plan_owner(session: Session, case: Case, plan: ActionPlan) -> str:
    """Whose plan it is: the child's own name on a child plan, else the citizen's."""
    if plan.child_person_id is not None:
        return session.get_one(CasePerson, plan.child_person_id).name
    return _citizen_name(session, case)


def _goals(audience: _Audience, plan: ActionPlan) -> tuple[tuple[data.PlanGoal, ...], bool]:
    withheld = False
    goals = []
    for goal in plan.goals:
        lines = []
        for action in goal.actions:
            responsible = ""
            if action.responsible_id is not None:
                actor = audience.session.get_one(CaseActor, action.responsible_id)
                if audience.may_see(actor):
                    responsible = actor.label
                else:
                    withheld = True
            lines.append(data.PlanAction(action.text, responsible, action.due_on, action.status))
        goals.append(data.PlanGoal(goal.text, goal.domain.value, tuple(lines)))
    return tuple(goals), withheld


def _issuer(session: Session) -> str:
    """The caseworker who issues a printout, from the vault's profile: name and unit, or
    nothing when the profile is empty (the OS login is never a stand-in)."""
    profile = caseworker_profile(session)
    return ", ".join(part for part in (profile.name.strip(), profile.unit.strip()) if part)


def plan_document(
    session: Session,
    case: Case,
    recipient: str,
    on: dt.date,
    *,
    plan: ActionPlan | None = None,
) -> data.CitizenPlanData:
    """The action plan for the citizen, an actor (needs `receive_action_plan`) or internal use."""
    audience = _Audience(session, case, recipient, on)
    audience.require(ConsentPurpose.RECEIVE_ACTION_PLAN)
    plan = plan or plans.current_plan(session, case, PlanKind.ADULT)
    if plan is None or plan.case_id != case.id:
        raise NotFound("plan: the case has no action plan")
    goals, withheld = _goals(audience, plan)
    coordinator = actors.coordinator(session, case)
    contact = (
        _contact(coordinator)
        if coordinator is not None and audience.may_see(coordinator)
        else Contact()
    )
    upcoming = [
        m
        for m in meetings.meetings(session, case)
        if m.held_on.date() >= on and m.cancelled_at is None
    ]
    result = data.CitizenPlanData(
        case_reference=case.reference,
        citizen_name=_plan_owner(session, case, plan),
        recipient=audience.recipient,
        made_on=plan.made_on,
        goals=goals,
        coordinator_name=contact.unit,
        coordinator_phone=contact.phone,
        coordinator_contact=contact.person,
        coordinator_email=contact.email,
        review_on=printed_review_date(plan, get_rules(session)[PLAN_REVIEW], on),
        after_effort_text=plan.after_effort,
        next_meeting=data.MeetingRef(upcoming[0].held_on, upcoming[0].place) if upcoming else None,
        issued_by=_issuer(session),
    )
    audience.audit("action_plan", withheld)
    return result


def meeting_document(
    session: Session, meeting: Meeting, recipient: str, on: dt.date
) -> data.MeetingData:
    """Agenda or minutes; an actor needs `share_information`. Participants without consent
    are left off every list but the internal one."""
    case = session.get_one(Case, meeting.case_id)
    audience = _Audience(session, case, recipient, on)
    audience.require(SHARE)
    names: list[str] = []
    withheld = False
    for p in meeting.participants:
        who: CaseActor | NetworkMember = (
            session.get_one(CaseActor, p.case_actor_id)
            if p.case_actor_id is not None
            else session.get_one(NetworkMember, p.network_member_id)
        )
        if audience.may_see(who):
            names.append(who.label)
        else:
            withheld = True
    new_actions = []
    for decision in meeting.decisions:
        if decision.action_id is None:
            continue
        action = session.get_one(Action, decision.action_id)
        responsible = ""
        if action.responsible_id is not None:
            actor = session.get_one(CaseActor, action.responsible_id)
            responsible = actor.label if audience.may_see(actor) else ""
        new_actions.append(data.PlanAction(action.text, responsible, action.due_on, action.status))
    result = data.MeetingData(
        case_reference=case.reference,
        recipient=audience.recipient,
        kind=meeting.kind.value,
        on=meeting.held_on,
        place=meeting.place,
        participants=tuple(names),
        citizen_present=meeting.citizen_present,
        agenda=tuple(a.text for a in meeting.agenda),
        minutes=meeting.minutes,
        decisions=tuple(d.text for d in meeting.decisions),
        new_actions=tuple(new_actions),
    )
    audience.audit("meeting", withheld)
    return result


def _assessment(a: object) -> data.AssessmentData | None:
    if a is None:
        return None
    return data.AssessmentData(
        assessed_on=a.made_on,  # type: ignore[attr-defined]
        ratings=tuple(
            data.DomainRating(r.domain.value, r.rating, r.description, r.own_words)
            for r in a.ratings  # type: ignore[attr-defined]
        ),
        hopes=a.hopes,  # type: ignore[attr-defined]
        dreams=a.dreams,  # type: ignore[attr-defined]
        resources=a.resources,  # type: ignore[attr-defined]
    )


def case_summary(session: Session, case: Case, recipient: str, on: dt.date) -> data.SummaryData:
    """What one actor (or internal use) may know of the case. An actor needs
    `receive_case_summary`; `withheld` is set when anything was left out for lack of consent."""
    audience = _Audience(session, case, recipient, on)
    if audience.kind == "citizen":
        raise InvalidInput("recipient: a case summary is for an actor or internal use")
    audience.require(ConsentPurpose.RECEIVE_CASE_SUMMARY)
    withheld = False
    lines = []
    for ca in actors.case_actors(session, case):
        if audience.may_see(ca):
            lines.append(data.ActorLine(ca.label, ca.role, ca.is_coordinator))
        else:
            withheld = True
    if audience.kind != "internal" and any(
        not audience.may_see(m) for m in network.members(session, case)
    ):
        withheld = True
    history = assessments.assessments(session, case)
    plan = plans.current_plan(session, case, PlanKind.ADULT)
    goals: tuple[data.PlanGoal, ...] = ()
    if plan is not None:
        goals, hidden = _goals(audience, plan)
        withheld = withheld or hidden
    facts = [data.Fact("Opened", case.opened_on)]
    if case.crisis_centre_admission_on and audience.kind == "internal":
        facts.append(data.Fact("Crisis-centre admission", case.crisis_centre_admission_on))
    result = data.SummaryData(
        case_reference=case.reference,
        citizen_name=_citizen_name(session, case),
        recipient=audience.recipient,
        facts=tuple(facts),
        actors=tuple(lines),
        assessment=_assessment(history[-1] if history else None),
        previous_assessment=_assessment(history[-2] if len(history) > 1 else None),
        goals=goals,
        meetings=tuple(
            data.MeetingLine(m.held_on.date(), m.kind.value, tuple(d.text for d in m.decisions))
            for m in meetings.meetings(session, case)
        ),
        withheld=withheld,
    )
    audience.audit("case_summary", withheld)
    return result


def consent_form(
    session: Session,
    case: Case,
    requests: Mapping[int | str, Sequence[ConsentPurpose | str]],
    expires_on: dt.date,
    issued_by: str,
) -> data.ConsentFormData:
    """A form asking the citizen's consent: recipient → purposes asked for. A recipient is
    a case actor id or a recipient key (`actor:ID`, `network:ID`: a network member is asked
    for by name and relation)."""
    recipients = []
    for wanted, purposes in requests.items():
        who = (
            actors.get_case_actor(session, case, wanted)
            if isinstance(wanted, int)
            else consent.recipient_row(session, case, wanted)
        )
        unit = who.actor.unit if isinstance(who, CaseActor) else who.relation
        recipients.append(
            data.ConsentFormRecipient(
                who.name if isinstance(who, NetworkMember) else who.label,
                unit or "",
                tuple(ConsentPurpose(p).value for p in purposes),
            )
        )
    coordinator = actors.coordinator(session, case)
    contact = _contact(coordinator) if coordinator is not None else Contact()
    result = data.ConsentFormData(
        citizen_name=_citizen_name(session, case),
        recipients=tuple(recipients),
        expires_on=expires_on,
        issued_by=issued_by,
        coordinator_name=contact.person or contact.unit,
        coordinator_phone=contact.phone,
    )
    audit.record(
        session,
        "export.consent_form",
        "case",
        case.id,
        case_id=case.id,
        detail={"recipient": "citizen", "asked": sorted(str(k) for k in requests)},
    )
    return result


def _name_mask(hidden: list[CasePerson], own: str) -> Callable[[str], str]:
    """Blank out the names of the person using violence in free text (whole name and each
    part of three letters or more that the person does not share, e.g. a family name):
    the export may be read by others than its owner."""
    mine = {p.casefold() for p in own.split()}
    parts = {
        p
        for person in hidden
        for p in [person.name, *person.name.split()]
        if len(p) >= 3 and p.casefold() not in mine
    }
    if not parts:
        return lambda text: text
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    return lambda text: pattern.sub("[…]", text)


def _masked(cell: data.Cell, mask: Callable[[str], str]) -> data.Cell:
    """Mask the verbatim text of a value; phrases and codes are ours and name no one."""
    if isinstance(cell, str):
        return mask(cell)
    return tuple(mask(part) if isinstance(part, str) else part for part in cell)


def access_document(
    session: Session, case: Case, person: CasePerson, recipient: str
) -> data.AccessExportData:
    """Everything held on `person` for `recipient` (the person — "citizen" — or "internal"),
    with the names of the person using violence masked in any other person's export."""
    if recipient not in (CITIZEN.key, INTERNAL.key):
        raise InvalidInput("for: an access export is for the person (citizen) or internal")
    sections, audit_lines = access.access_sections(session, case, person)
    if person.role != PersonRole.PERSON_USING_VIOLENCE:
        mask = _name_mask(
            people.persons_using_violence(session, case, include_removed=True), own=person.name
        )
        sections = [
            data.AccessSection(s.heading, tuple((k, _masked(v, mask)) for k, v in s.rows))
            for s in sections
        ]
    audit.record(
        session,
        "export.access",
        "person",
        person.id,
        case_id=case.id,
        detail={"recipient": recipient},
    )
    return data.AccessExportData(
        person_name=person.name,
        recipient=data.Recipient(recipient),  # type: ignore[arg-type]
        sections=tuple(sections),
        audit_entries=audit_lines,
    )
