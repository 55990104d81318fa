"""Data-subject access (GDPR art. 15): everything held on one person, and who exported or
viewed it. A protected address is stated as held, never printed; nothing about the person
using violence appears in another person's export, and theirs holds only their own data.

This module reads; it neither translates (rows carry codes and phrases, the printout names
them in the reader's language) nor masks names (`redaction.access_document` does, as the
one redaction step)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vnr_desk.domain import AuditEntry, Case, Note
from vnr_desk.domain.enums import PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.reports import data
from vnr_desk.services import assessments, consent, meetings, people, plans
from vnr_desk.services.errors import InvalidInput

Rows = tuple[tuple[data.Cell, data.Cell], ...]

# Audit actions worth showing the person, as English source text for the printout.
AUDIT_LABELS = {
    "person.reveal_address": "Viewed the protected address",
    "export.action_plan": "Exported action plan",
    "export.case_summary": "Exported case summary",
    "export.meeting": "Exported a meeting agenda or minutes",
    "export.consent_form": "Printed a consent form",
    "export.sip": "Exported coordinated individual plan (SIP)",
    "export.access": "Exported this access report",
}


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


PROTECTED_ADDRESS = data.Phrase("Protected address: held, not printed. Ask to see it in person.")


def _person_rows(person: CasePerson) -> Rows:
    address: data.Cell = person.address or ""
    if person.protected_address and address:
        address = (PROTECTED_ADDRESS,)
    return tuple(
        (label, value)
        for label, value in (
            ("Name", person.name),
            ("Role", (data.Code("role", person.role.value),)),
            ("Date of birth", _date(person.date_of_birth)),
            ("Phone", person.phone or ""),
            ("Email", person.email or ""),
            ("Address", address),
        )
        if value
    )


def _citizen_sections(session: Session, case: Case) -> list[data.AccessSection]:
    sections = [
        data.AccessSection(
            "Case",
            (
                ("Case", case.reference),
                ("Opened", _date(case.opened_on)),
                ("Intake route", (data.Code("intake", case.intake_route.value),)),
            ),
        )
    ]
    rows: list[tuple[data.Cell, data.Cell]] = []
    for a in assessments.assessments(session, case):
        for r in a.ratings:
            text = " / ".join(t for t in (r.description, r.own_words) if t)
            rating = f"{r.rating}/5" if r.rating else "-"
            rows.append(
                (
                    (f"{a.made_on.isoformat()} ", data.Code("domain", r.domain.value)),
                    f"{rating} {text}".strip(),
                )
            )
        for label, value in (("Hopes", a.hopes), ("Dreams", a.dreams), ("Resources", a.resources)):
            if value:
                rows.append(((f"{a.made_on.isoformat()} ", data.Phrase(label)), value))
    sections.append(data.AccessSection("Assessments", tuple(rows)))
    rows = []
    for plan in plans.plans(session, case):
        for goal in plan.goals:
            rows.append(((f"{plan.made_on.isoformat()} v{plan.version}",), goal.text))
            rows += [
                ((f"  {a.due_on or ''}",), (a.text, " (", data.Code("status", a.status.value), ")"))
                for a in goal.actions
            ]
    sections.append(data.AccessSection("Action plans", tuple(rows)))
    rows = []
    for c in consent.case_consents(session, case):
        recipient = consent.recipient_of(session, c).label
        value: list[data.Part] = []
        for i, p in enumerate(sorted(c.purpose_values)):
            value += [", "] if i else []
            value.append(data.Code("purpose", p))
        value.append(f"; {_date(c.given_on)}–{_date(c.expires_on)}")
        if c.withdrawn_on:
            value += [", ", data.Phrase("withdrawn"), f" {_date(c.withdrawn_on)}"]
        rows.append(((recipient,), tuple(value)))
    sections.append(data.AccessSection("Consents", tuple(rows)))
    rows = [
        (
            (m.held_on.strftime("%Y-%m-%d %H:%M"),),
            (data.Code("meeting_kind", m.kind.value), f" {m.place}"),
        )
        for m in meetings.meetings(session, case)
        if m.citizen_present
    ]
    sections.append(data.AccessSection("Meetings", tuple(rows)))
    return sections


def _notes(session: Session, case: Case, person: CasePerson, primary: bool) -> Rows:
    stmt = select(Note).where(Note.case_id == case.id)
    stmt = stmt.where(
        or_(Note.person_id == person.id, Note.person_id.is_(None))
        if primary
        else Note.person_id == person.id
    )
    return tuple(
        ((n.written_at.strftime("%Y-%m-%d %H:%M"),), n.text)
        for n in session.scalars(stmt.order_by(Note.written_at))
    )


def _audit_lines(session: Session, case: Case, person: CasePerson, primary: bool) -> tuple:
    about_person = (AuditEntry.object_type == "person") & (AuditEntry.object_id == str(person.id))
    about_case = AuditEntry.action.like("export.%") if primary else about_person
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.case_id == case.id, or_(about_person, about_case))
        .order_by(AuditEntry.id)
    )
    return tuple(
        data.AuditLine(e.at, e.who, AUDIT_LABELS.get(e.action, e.action))
        for e in session.scalars(stmt)
    )


def access_sections(
    session: Session, case: Case, person: CasePerson
) -> tuple[list[data.AccessSection], tuple[data.AuditLine, ...]]:
    """Everything held on `person`, and the audit lines about them, unmasked."""
    primary = person.role == PersonRole.VICTIM_SURVIVOR
    sections = [data.AccessSection("Personal details", _person_rows(person))]
    if primary:
        sections += _citizen_sections(session, case)
    sections.append(data.AccessSection("Notes", _notes(session, case, person, primary)))
    return sections, _audit_lines(session, case, person, primary)


def find_person(session: Session, case: Case, key: str) -> CasePerson:
    """A person of the case by id or by exact name (what `--person` accepts)."""
    for person in people.people(session, case):
        if key == str(person.id) or key.casefold() == person.name.casefold():
            return person
    raise InvalidInput(f"person: no person {key!r} in this case")
