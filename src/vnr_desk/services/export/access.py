"""Data-subject access (GDPR art. 15): everything held on one person, and who exported or
viewed it. A protected address is stated as held, never printed; nothing about the person
using violence appears in another person's export, and theirs holds only their own data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vnr_desk.domain import AuditEntry, Case, Note
from vnr_desk.domain.enums import PersonRole
from vnr_desk.domain.person import CasePerson
from vnr_desk.i18n import Translator, translator
from vnr_desk.reports import data
from vnr_desk.reports.labels import (
    domain_label,
    intake_label,
    meeting_kind_label,
    purpose_label,
    role_label,
    status_label,
)
from vnr_desk.services import assessments, auditing, consent, meetings, people, plans
from vnr_desk.services.errors import InvalidInput

Rows = tuple[tuple[str, str], ...]

# Audit actions worth showing the person, as English source text for the printout.
AUDIT_LABELS = {
    "person.reveal_address": "Viewed the protected address",
    "export.action_plan": "Exported action plan",
    "export.case_summary": "Exported case summary",
    "export.meeting": "Exported a meeting agenda or minutes",
    "export.consent_form": "Printed a consent form",
    "export.access": "Exported this access report",
}


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _person_rows(person: CasePerson, t: Translator) -> Rows:
    address = person.address or ""
    if person.protected_address and address:
        address = t("Protected address: held, not printed. Ask to see it in person.")
    return tuple(
        (label, value)
        for label, value in (
            ("Name", person.name),
            ("Role", role_label(person.role.value, t)),
            ("Date of birth", _date(person.date_of_birth)),
            ("Phone", person.phone or ""),
            ("Email", person.email or ""),
            ("Address", address),
        )
        if value
    )


def _citizen_sections(session: Session, case: Case, t: Translator) -> list[data.AccessSection]:
    sections = [
        data.AccessSection(
            "Case",
            (
                ("Case", case.reference),
                ("Opened", _date(case.opened_on)),
                ("Intake route", intake_label(case.intake_route.value, t)),
            ),
        )
    ]
    rows: list[tuple[str, str]] = []
    for a in assessments.assessments(session, case):
        for r in a.ratings:
            text = " / ".join(t for t in (r.description, r.own_words) if t)
            rating = f"{r.rating}/5" if r.rating else "-"
            rows.append(
                (
                    f"{a.made_on.isoformat()} {domain_label(r.domain.value, t)}",
                    f"{rating} {text}".strip(),
                )
            )
        for label, value in (("Hopes", a.hopes), ("Dreams", a.dreams), ("Resources", a.resources)):
            if value:
                rows.append((f"{a.made_on.isoformat()} {t(label)}", value))
    sections.append(data.AccessSection("Assessments", tuple(rows)))
    rows = []
    for plan in plans.plans(session, case):
        for goal in plan.goals:
            rows.append((f"{plan.made_on.isoformat()} v{plan.version}", goal.text))
            rows += [
                (f"  {a.due_on or ''}", f"{a.text} ({status_label(a.status.value, t)})")
                for a in goal.actions
            ]
    sections.append(data.AccessSection("Action plans", tuple(rows)))
    rows = []
    for c in consent.case_consents(session, case):
        recipient = consent.recipient_of(session, c).label
        state = f"{_date(c.given_on)}–{_date(c.expires_on)}"
        if c.withdrawn_on:
            state += f", {t('withdrawn')} {_date(c.withdrawn_on)}"
        purposes = ", ".join(purpose_label(p, t) for p in sorted(c.purpose_values))
        rows.append((recipient, f"{purposes}; {state}"))
    sections.append(data.AccessSection("Consents", tuple(rows)))
    rows = [
        (m.held_on.strftime("%Y-%m-%d %H:%M"), f"{meeting_kind_label(m.kind.value, t)} {m.place}")
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
        (n.written_at.strftime("%Y-%m-%d %H:%M"), n.text)
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


def access_export(
    session: Session, case: Case, person: CasePerson, recipient: str, lang: str = "da"
) -> data.AccessExportData:
    """Everything held on `person` for `recipient` ("citizen" — the person — or "internal")."""
    if recipient not in ("citizen", "internal"):
        raise InvalidInput("for: an access export is for the person (citizen) or internal")
    t = translator(lang)
    primary = person.role == PersonRole.VICTIM_SURVIVOR
    sections = [data.AccessSection("Personal details", _person_rows(person, t))]
    if primary:
        sections += _citizen_sections(session, case, t)
    sections.append(data.AccessSection("Notes", _notes(session, case, person, primary)))
    if person.role != PersonRole.PERSON_USING_VIOLENCE:
        mask = _name_mask(people.persons_using_violence(session, case), own=person.name)
        sections = [
            data.AccessSection(s.heading, tuple((k, mask(v)) for k, v in s.rows)) for s in sections
        ]
    audit_lines = _audit_lines(session, case, person, primary)
    auditing.record(
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


def find_person(session: Session, case: Case, key: str) -> CasePerson:
    """A person of the case by id or by exact name (what `--person` accepts)."""
    for person in people.people(session, case):
        if key == str(person.id) or key.casefold() == person.name.casefold():
            return person
    raise InvalidInput(f"person: no person {key!r} in this case")
