"""What each printout may contain, as plain frozen dataclasses filled by a service.

The service redacts (consent, protected address, the person using violence); these types
make the rest impossible to express: a citizen plan has no field for a risk level, notes,
the person using violence or an address, and a summary carries only a `withheld` flag,
never what was withheld. Codes are checked on construction so a typo fails early rather
than printing a raw code on a page the citizen takes home.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from vnr_desk.reports.labels import ACTION_STATUSES, CODE_TABLES, DOMAINS, MEETING_KINDS, PURPOSES

RecipientKind = Literal["citizen", "internal", "actor"]


class ReportDataError(ValueError):
    """A data object holds a code or value no printout can show."""


def _check_code(value: str, allowed: dict[str, str], what: str) -> None:
    if value not in allowed:
        raise ReportDataError(f"unknown {what}: {value!r}")


@dataclass(frozen=True)
class Recipient:
    """Who the document was prepared for; printed in every footer."""

    kind: RecipientKind
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("citizen", "internal", "actor"):
            raise ReportDataError(f"unknown recipient kind: {self.kind!r}")
        if self.kind == "actor" and not self.label.strip():
            raise ReportDataError("an actor recipient needs a name")


@dataclass(frozen=True)
class PlanAction:
    """One step: what, who is responsible, by when, and how far it has come."""

    text: str
    responsible: str
    due_on: dt.date | None = None
    status: str = "planned"

    def __post_init__(self) -> None:
        _check_code(self.status, ACTION_STATUSES, "action status")


@dataclass(frozen=True)
class PlanGoal:
    """A goal in the citizen's own words, in one life domain."""

    text: str
    domain: str
    actions: tuple[PlanAction, ...] = ()

    def __post_init__(self) -> None:
        _check_code(self.domain, DOMAINS, "life domain")


@dataclass(frozen=True)
class MeetingRef:
    """When and where the next meeting is; `place` is a meeting room, never a home."""

    on: dt.datetime
    place: str = ""


@dataclass(frozen=True)
class CitizenPlanData:
    """The action plan the citizen takes home. Empty texts are left out of the page, never
    printed as a hole; `coordinator_contact` is the named person at the coordinating actor.
    `review_on` is None when no future review date is known (the page then says the date is
    agreed together). `issued_by` is the caseworker's name and unit from the profile (never
    the OS login); empty when the profile is."""

    case_reference: str
    citizen_name: str
    recipient: Recipient
    made_on: dt.date
    goals: tuple[PlanGoal, ...]
    coordinator_name: str
    coordinator_phone: str
    review_on: dt.date | None = None
    after_effort_text: str = ""
    next_meeting: MeetingRef | None = None
    coordinator_contact: str = ""
    coordinator_email: str = ""
    issued_by: str = ""


@dataclass(frozen=True)
class MeetingData:
    """One meeting, for its agenda (before) and its minutes (after)."""

    case_reference: str
    recipient: Recipient
    kind: str
    on: dt.datetime
    place: str
    participants: tuple[str, ...] = ()
    citizen_present: bool = False
    agenda: tuple[str, ...] = ()
    minutes: str = ""
    decisions: tuple[str, ...] = ()
    new_actions: tuple[PlanAction, ...] = ()
    next_meeting_on: dt.date | None = None

    def __post_init__(self) -> None:
        _check_code(self.kind, MEETING_KINDS, "meeting kind")


@dataclass(frozen=True)
class ConsentFormRecipient:
    """An actor the citizen is asked to let receive information, and for which purposes."""

    name: str
    unit: str
    purposes: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.purposes:
            raise ReportDataError("a consent recipient needs at least one purpose")
        for purpose in self.purposes:
            _check_code(purpose, PURPOSES, "consent purpose")


@dataclass(frozen=True)
class ConsentFormData:
    """A consent form for signature; `issued_by` is the caseworker and unit asking for
    consent (never empty: a form naming no one is no consent). `coordinator_name` is the
    person to contact, `expires_on` the validity the signed consents will be recorded with."""

    citizen_name: str
    recipients: tuple[ConsentFormRecipient, ...]
    expires_on: dt.date
    issued_by: str
    coordinator_name: str = ""
    coordinator_phone: str = ""
    recipient: Recipient = field(default_factory=lambda: Recipient("citizen"))

    def __post_init__(self) -> None:
        if not self.recipients:
            raise ReportDataError("a consent form needs at least one recipient")
        if not self.issued_by.strip():
            raise ReportDataError("a consent form needs the caseworker asking for consent")


@dataclass(frozen=True)
class DomainRating:
    """One life domain in an assessment: 1 (severe problems) to 5 (no problems), or unrated."""

    domain: str
    rating: int | None
    text: str = ""
    own_words: str = ""

    def __post_init__(self) -> None:
        _check_code(self.domain, DOMAINS, "life domain")
        if self.rating is not None and not 1 <= self.rating <= 5:
            raise ReportDataError(f"rating must be 1..5, got {self.rating}")


@dataclass(frozen=True)
class AssessmentData:
    """A dated whole-person assessment, including the citizen's hopes and resources."""

    assessed_on: dt.date
    ratings: tuple[DomainRating, ...]
    hopes: str = ""
    dreams: str = ""
    resources: str = ""

    def __post_init__(self) -> None:
        domains = [r.domain for r in self.ratings]
        if len(domains) != len(set(domains)):
            raise ReportDataError("a domain is rated twice in one assessment")

    def rating_of(self, domain: str) -> int | None:
        return next((r.rating for r in self.ratings if r.domain == domain), None)


@dataclass(frozen=True)
class Fact:
    """A case fact the actor may see; `label` is English source text for the translator. A
    date stays a date, so the printout writes it in the printout's language."""

    label: str
    value: str | dt.date


@dataclass(frozen=True)
class ActorLine:
    """An actor in the case the recipient may know about, with role and responsibility."""

    name: str
    role: str
    is_coordinator: bool = False


@dataclass(frozen=True)
class MeetingLine:
    """A past or planned meeting, as the summary lists it."""

    on: dt.date
    kind: str
    decisions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_code(self.kind, MEETING_KINDS, "meeting kind")


@dataclass(frozen=True)
class SummaryData:
    """The parts of a case one actor may receive; `withheld` says only that parts are missing."""

    case_reference: str
    citizen_name: str
    recipient: Recipient
    facts: tuple[Fact, ...] = ()
    actors: tuple[ActorLine, ...] = ()
    assessment: AssessmentData | None = None
    previous_assessment: AssessmentData | None = None
    goals: tuple[PlanGoal, ...] = ()
    meetings: tuple[MeetingLine, ...] = ()
    withheld: bool = False


@dataclass(frozen=True)
class Phrase:
    """English source text the printout translates (never case content)."""

    text: str


@dataclass(frozen=True)
class Code:
    """A domain code the printout names in the reader's language: `table` is a key of
    `reports.labels.CODE_TABLES` (role, intake, domain, status, purpose, meeting_kind)."""

    table: str
    code: str

    def __post_init__(self) -> None:
        _check_code(self.table, CODE_TABLES, "code table")
        _check_code(self.code, CODE_TABLES[self.table], self.table)


# Verbatim text (case content, never translated), a phrase or a code.
Part = str | Phrase | Code
# A plain string key is an English label; a plain string value is verbatim; a tuple is
# joined part by part.
Cell = str | tuple[Part, ...]


@dataclass(frozen=True)
class AccessSection:
    """One block of an access export; `heading` is English source text. The service hands
    codes and phrases, not translated text: the printout translates (`labels.cell_text`)."""

    heading: str
    rows: tuple[tuple[Cell, Cell], ...]


@dataclass(frozen=True)
class AuditLine:
    """Who did what with the person's data, and when."""

    at: dt.datetime
    who: str
    action: str


@dataclass(frozen=True)
class AccessExportData:
    """Everything held on one person (GDPR art. 15), with the audit trail about them."""

    person_name: str
    recipient: Recipient
    sections: tuple[AccessSection, ...]
    audit_entries: tuple[AuditLine, ...] = ()
    controller: str = ""


SIP_SIDES = ("municipality", "region", "other")
"""Who a SIP participant answers as: the municipality (social services), the region
(health care), or someone else (state, civil society, private) — the plan must show each."""


@dataclass(frozen=True)
class SipParticipant:
    """An actor in a samordnad individuell plan and what it answers for in the plan."""

    name: str
    side: str
    responsible_for: tuple[str, ...] = ()
    is_lead: bool = False

    def __post_init__(self) -> None:
        if self.side not in SIP_SIDES:
            raise ReportDataError(f"unknown SIP side: {self.side!r}")


@dataclass(frozen=True)
class SipData:
    """The SIP the client takes home: her needs as goals, who answers for what, and who
    holds the plan together. Like the citizen plan it has no field for risk, notes, the
    person using violence or an address."""

    case_reference: str
    citizen_name: str
    recipient: Recipient
    made_on: dt.date
    participants: tuple[SipParticipant, ...]
    goals: tuple[PlanGoal, ...]
    lead_name: str = ""
    lead_phone: str = ""
    review_on: dt.date | None = None
    after_effort_text: str = ""
    next_meeting: MeetingRef | None = None

    def __post_init__(self) -> None:
        if sum(p.is_lead for p in self.participants) > 1:
            raise ReportDataError("a SIP has one participant with the main responsibility")
