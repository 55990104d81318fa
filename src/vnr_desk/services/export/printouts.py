"""The export use case shared by the CLI and the GUI: build the redacted data for one
recipient (the kind's build, from `registry`), render it, write the PDF atomically where the
person asked.

Two steps, so the vault need not stay open while ReportLab lays out pages: `prepare_export`
reads the vault and records the audit entry inside the caller's unit of work and returns
plain data; `render_export` needs no session. The CLI commits and locks the vault between
the two, so other commands are not refused for as long as a long printout takes. The audit
entry is then committed before the file exists: a failed write leaves an entry for an export
that did not happen, never a file without its entry. `export_document` does both in one
unit of work (the workbook, whose vault stays open anyway)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from vnr_desk.domain import ActionPlan, Case, ConsentPurpose, Meeting, PersonRole, PlanKind
from vnr_desk.domain.recipient import CITIZEN, INTERNAL, RecipientKind, RecipientRef, actor_query
from vnr_desk.reports.rendered import Rendered
from vnr_desk.services import actors, consent, meetings, network, people, plans
from vnr_desk.services.cases import get_case, get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.services.export import presentation, redaction, sip
from vnr_desk.services.export.access import find_person
from vnr_desk.services.export.registry import export_kind
from vnr_desk.services.scope import parse_enum
from vnr_desk.services.settings import caseworker_signature

CONSENT_FORM_VALID_DAYS = 365


@dataclass(frozen=True)
class ExportRequest:
    case_reference: str
    kind: str
    recipient: str  # a RecipientRef key, or `actor_query_text(NAME)` as the CLI takes it
    out: Path
    lang: str = "da"
    meeting_id: int | None = None
    person: str | None = None
    on: dt.date | None = None
    # which plan: a plan id, or a child (person id or name) whose current plan is printed;
    # neither: the current adult plan
    plan_id: int | None = None
    child: str | None = None
    # a consent form: recipient keys (actor:ID, network:ID) and purposes asked for (empty:
    # every actor, every purpose) and the validity printed and later recorded
    consent_recipients: tuple[str, ...] = ()
    consent_purposes: tuple[str, ...] = ()
    valid_until: dt.date | None = None


def resolve_recipient(session: Session, case: Case, text: str) -> str:
    """An actor by name or number (as the CLI takes it) → its `RecipientRef` key (as
    redaction takes it); the citizen and internal use pass through."""
    if text in (CITIZEN.key, INTERNAL.key):
        return text
    wanted = actor_query(text)
    if wanted is None:
        raise InvalidInput(f"for: {text!r} is not citizen, internal or actor:NAME")
    matches = [
        ca
        for ca in actors.case_actors(session, case)
        if wanted == str(ca.id) or wanted.casefold() == ca.label.casefold()
    ]
    if len(matches) != 1:
        problem = "no actor" if not matches else "more than one actor"
        raise InvalidInput(f"for: {problem} called {wanted!r} in this case")
    return RecipientRef.actor(matches[0].id).key


def _meeting(
    session: Session, case: Case, meeting_id: int | None, kind: str, on: dt.date
) -> Meeting:
    held = meetings.meetings(session, case)
    if meeting_id is not None:
        for meeting in held:
            if meeting.id == meeting_id:
                return meeting
        raise NotFound(f"meeting: no meeting {meeting_id} in this case")
    if not held:
        raise NotFound("meeting: the case has no meetings")
    if export_kind(kind).meeting == "next":
        upcoming = [m for m in held if m.held_on.date() >= on]
        return upcoming[0] if upcoming else held[-1]
    past = [m for m in held if m.held_on.date() <= on]
    return past[-1] if past else held[0]


def chosen_plan(session: Session, case: Case, request: ExportRequest) -> ActionPlan | None:
    """The plan `--plan ID` or `--child PERSON` names; None: the current adult plan."""
    if request.plan_id is not None:
        for plan in plans.plans(session, case):
            if plan.id == request.plan_id:
                return plan
        raise NotFound(f"plan: no plan {request.plan_id} in this case")
    if request.child:
        child = find_person(session, case, request.child)
        if child.role != PersonRole.CHILD:
            raise InvalidInput(f"child: {request.child!r} is not a child in this case")
        plan = plans.current_plan(session, case, PlanKind.CHILD, child)
        if plan is None:
            raise NotFound("plan: the child has no action plan")
        return plan
    return None


def build_plan(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    return redaction.plan_document(
        session, case, recipient, on, plan=chosen_plan(session, case, request)
    )


def build_meeting(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    meeting = _meeting(session, case, request.meeting_id, request.kind, on)
    return redaction.meeting_document(session, meeting, recipient, on)


def build_summary(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    return redaction.case_summary(session, case, recipient, on)


def build_consent_form(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    if recipient != CITIZEN.key:
        raise InvalidInput("for: a consent form is printed for the citizen to sign")
    asked = consent_requests(session, case, request.consent_recipients, request.consent_purposes)
    issuer = caseworker_signature(session)
    expires_on = consent_form_expiry(on, request.valid_until)
    return redaction.consent_form(session, case, asked, expires_on, issuer)


def consent_form_expiry(on: dt.date, valid_until: dt.date | None) -> dt.date:
    """The validity a form printed on `on` states, and the signed consents are recorded with."""
    expires_on = valid_until or on + dt.timedelta(days=CONSENT_FORM_VALID_DAYS)
    if expires_on <= on:
        raise InvalidInput("valid_until: must be after the day the form is printed")
    return expires_on


def consent_requests(
    session: Session, case: Case, recipients: Sequence[str], purposes: Sequence[str]
) -> dict[int | str, list[ConsentPurpose | str]]:
    """Recipient key → purposes a form asks for: the ones chosen, or every actor of the case
    for every purpose. Each key must name an actor or network member of this case."""
    wanted: list[ConsentPurpose | str] = [
        parse_enum(ConsentPurpose, p, "purposes") for p in purposes
    ] or list(ConsentPurpose)
    keys = list(dict.fromkeys(recipients)) or [
        RecipientRef.actor(ca.id).key for ca in actors.case_actors(session, case)
    ]
    if not keys:
        raise NotFound("actors: the case has no actors to ask consent for")
    for key in keys:
        consent.recipient_row(session, case, key)
    return {key: wanted for key in keys}


def build_access(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    person = (
        find_person(session, case, request.person)
        if request.person
        else people.primary_citizen(session, case)
    )
    if person is None:
        raise InvalidInput("person: the case has no primary citizen; give --person")
    return redaction.access_document(session, case, person, recipient)


def build_sip(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    return sip.sip_document(session, case, recipient, on)


def build_case_presentation(
    session: Session, request: ExportRequest, case: Case, recipient: str, on: dt.date
) -> object:
    return presentation.case_presentation(session, case, recipient, on)


def build(session: Session, request: ExportRequest, case: Case, on: dt.date) -> object:
    """The already-redacted data object for the document asked for (the registry's build)."""
    try:
        kind = export_kind(request.kind)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    recipient = resolve_recipient(session, case, request.recipient)
    return kind.build(session, request, case, recipient, on)


def check_export(session: Session, request: ExportRequest) -> None:
    """The gate, asked before anyone chooses a file name: the document is made for this kind
    of recipient, an actor has the consent its purpose needs, and a consent form has a
    caseworker to issue it and recipients to ask. Reads only; the export checks again."""
    on = request.on or dt.date.today()
    case = get_case(session, request.case_reference)
    try:
        kind = export_kind(request.kind)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    ref = consent.parse_recipient(resolve_recipient(session, case, request.recipient))
    if ref.kind not in kind.recipients:
        raise InvalidInput(f"for: this printout is not made for {ref.kind}")
    if ref.kind == RecipientKind.ACTOR and ref.id is not None and kind.consent_purpose is not None:
        who = actors.get_case_actor(session, case, ref.id)
        consent.require_consent(session, case, who, kind.consent_purpose, on)
    if kind.build_name == "build_plan":
        chosen_plan(session, case, request)
    if kind.build_name == "build_consent_form":
        caseworker_signature(session)
        consent_requests(session, case, request.consent_recipients, request.consent_purposes)
        consent_form_expiry(on, request.valid_until)


def render(
    kind: str, data: object, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Render `data` as printout `kind`; refuses a data object of the wrong type."""
    entry = export_kind(kind)
    if not isinstance(data, entry.data_type):
        raise TypeError(f"{kind!r} needs {entry.data_type.__name__}, got {type(data).__name__}")
    rendered: Rendered = entry.render(data, out, lang, printed_on=printed_on)
    return rendered


@dataclass(frozen=True)
class ExportChoices:
    """What the print dialog offers for one case: its actors and meetings, by id; the
    recipients a consent form can ask for (actors and network members, by recipient key);
    the current plans (id, kind, the child's name for a child plan)."""

    reference: str
    actors: list[tuple[int, str]]
    meetings: list[tuple[int, str]]
    consent_recipients: list[tuple[str, str]] = field(default_factory=list)
    plans: list[tuple[int, str, str]] = field(default_factory=list)


def load_choices(session: Session, case_id: int) -> ExportChoices:
    case = get_case_by_id(session, case_id)
    involved = actors.case_actors(session, case)
    members = network.members(session, case)
    current = [p for p in plans.plans(session, case) if p.superseded_by_id is None]
    names = {p.id: p.name for p in people.people(session, case)}
    return ExportChoices(
        case.reference,
        [(ca.id, ca.label) for ca in involved],
        [(m.id, f"{m.held_on:%d.%m.%Y %H:%M} {m.place}") for m in meetings.meetings(session, case)],
        [(RecipientRef.actor(ca.id).key, ca.label) for ca in involved]
        + [(RecipientRef.network(m.id).key, m.label) for m in members],
        [
            (p.id, p.kind.value, names.get(p.child_person_id, "") if p.child_person_id else "")
            for p in current
        ],
    )


@dataclass(frozen=True)
class PreparedExport:
    """A printout's redacted data, read from the vault: all `render_export` needs."""

    kind: str
    document: object
    out: Path
    lang: str
    printed_on: dt.date


def prepare_export(session: Session, request: ExportRequest) -> PreparedExport:
    """Read and redact what the printout may show, and audit it; raises `ConsentRequired`."""
    on = request.on or dt.date.today()
    case = get_case(session, request.case_reference)
    document = build(session, request, case, on)
    return PreparedExport(request.kind, document, Path(request.out), request.lang, on)


def render_export(prepared: PreparedExport) -> Rendered:
    """Lay out and write the PDF; touches no database, so the vault may be locked by now."""
    return render(
        prepared.kind,
        prepared.document,
        prepared.out,
        prepared.lang,
        printed_on=prepared.printed_on,
    )


def export_document(session: Session, request: ExportRequest) -> Rendered:
    """Build, render and write one printout; raises `ConsentRequired` (nothing written)."""
    return render_export(prepare_export(session, request))
