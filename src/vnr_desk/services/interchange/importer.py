"""Import of the "vnr-desk-case/1" JSON format (see docs/case-format.md).

One document is one case. Everything is written through the services (so every rule and
the audit log apply) inside a savepoint: the first bad field raises `InvalidInput` naming
it, and nothing of the document stays behind. More keys than the format names are
allowed and ignored. `dump_case` lives in `interchange.dump`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vnr_desk.domain import (
    ActionPlan,
    Case,
    CaseActor,
    CaseEvent,
    CasePerson,
    CaseStatus,
    Consent,
    NetworkMember,
    Note,
    NoteVersion,
    RiskInstrument,
)
from vnr_desk.services import (
    actors,
    assessments,
    cases,
    consent,
    events,
    meetings,
    network,
    people,
    plans,
    risk,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services.assessments import RatingInput
from vnr_desk.services.errors import Duplicate, InvalidInput
from vnr_desk.services.interchange.fields import FORMAT, Reader, prefixed
from vnr_desk.services.notes import add_note


@contextmanager
def _field(path: str) -> Iterator[None]:
    """Re-raise a service's InvalidInput under the document path of the item being read."""
    try:
        yield
    except Duplicate as exc:
        raise InvalidInput(f"{path}.{exc}") from None
    except InvalidInput as exc:
        raise prefixed(path, exc) from None


class _Importer:
    def __init__(self, session: Session, doc: Reader) -> None:
        self.s = session
        self.doc = doc
        self.people: dict[str, CasePerson] = {}
        self.recipients: dict[str, CaseActor | NetworkMember] = {}
        self.consents: dict[str, Consent] = {}
        self.meetings: dict[str, int] = {}
        self.events: dict[str, CaseEvent] = {}

    def _key(self, item: Reader, seen: dict[str, Any]) -> str | None:
        key = item.optional_text("key")
        if key is not None and (key in seen or key in self.recipients or key in self.people):
            raise InvalidInput(f"{item.at('key')}: key {key!r} is used twice")
        return key

    def _recipient(self, key: str, field: str) -> CaseActor | NetworkMember:
        try:
            return self.recipients[key]
        except KeyError:
            raise InvalidInput(f"{field}: no actor or network member with key {key!r}") from None

    def run(self) -> Case:
        c = Reader(self.doc.data.get("case"), "case")
        reference = c.text("reference", "").strip()
        if not reference:
            raise InvalidInput("case.reference: missing")
        with _field("case"):
            case = cases.create_case(self.s, reference, c.date("opened_on"))
            cases.describe_case(
                self.s,
                case,
                intake_route=c.optional_text("intake_route"),
                crisis_centre_admission_on=c.optional_date("crisis_centre_admission_on"),
                crisis_centre_discharge_on=c.optional_date("crisis_centre_discharge_on"),
            )
            cases.set_violence_forms(self.s, case, c.strings("violence_forms"))
            case.municipality_notified_on = c.optional_date("municipality_notified_on")
            case.is_demo = c.boolean("is_demo")
        for step in (
            self._people,
            self._actors,
            self._network,
            self._consents,
            self._assessments,
            self._risk,
            self._plans,
            self._meetings,
            self._notes,
            self._events,
        ):
            step(case)
        if c.boolean("urgent") or c.has("urgent_since"):
            since = c.optional_date("urgent_since") or c.optional_date("opened_on")
            assert since is not None
            case.urgent, case.urgent_since = True, since
        if c.has("closed_on") or c.text("status", "open") == CaseStatus.CLOSED:
            with _field("case"):
                cases.close_case(self.s, case, c.optional_date("closed_on") or case.opened_on)
            case.closing_reason = c.text("closing_reason", "")
            case.closed_handed_to = c.text("closed_handed_to", "")
        # the after-effort text may be written before the case closes
        case.after_effort_text = c.text("after_effort_text", "")
        return case

    def _people(self, case: Case) -> None:
        for p in self.doc.readers("people"):
            key = self._key(p, self.people)
            with _field(p.path):
                person = people.add_person(
                    self.s,
                    case,
                    p.text("role"),
                    p.text("name"),
                    date_of_birth=p.optional_date("date_of_birth"),
                    phone=p.optional_text("phone"),
                    email=p.optional_text("email"),
                    address=p.optional_text("address"),
                    protected_address=p.boolean("protected_address"),
                )
                if p.has("removed_at"):
                    person.removed_at = p.datetime("removed_at")
                    person.removed_reason = p.text("removed_reason", "")
            if key is not None:
                self.people[key] = person

    def _actors(self, case: Case) -> None:
        for a in self.doc.readers("actors"):
            key = self._key(a, self.recipients)
            with _field(a.path):
                actor = actors.find_or_add_actor(
                    self.s, a.text("name"), a.text("sector"), unit=a.text("unit", "")
                )
                for attr in ("phone", "email", "offers"):
                    if a.has(attr) and getattr(actor, attr) in (None, ""):
                        setattr(actor, attr, a.text(attr))
                case_actor = actors.involve_actor(
                    self.s,
                    case,
                    actor,
                    role=a.text("role", ""),
                    responsibility=a.text("responsibility", ""),
                    referral_status=a.text("referral_status", "active"),
                    coordinator=a.boolean("coordinator"),
                )
                for attr in ("contact_name", "contact_phone", "contact_email"):
                    setattr(case_actor, attr, a.optional_text(attr))
            if key is not None:
                self.recipients[key] = case_actor

    def _network(self, case: Case) -> None:
        for n in self.doc.readers("network"):
            key = self._key(n, self.recipients)
            with _field(n.path):
                member = network.add_member(
                    self.s,
                    case,
                    n.text("name"),
                    relation=n.text("relation", ""),
                    stance=n.text("stance", "unknown"),
                    may_contact=n.boolean("may_contact"),
                    phone=n.optional_text("phone"),
                    notes=n.text("notes", ""),
                )
            if key is not None:
                self.recipients[key] = member

    def _consents(self, case: Case) -> None:
        for c in self.doc.readers("consents"):
            key = self._key(c, self.consents)
            recipient = self._recipient(c.text("recipient"), c.at("recipient"))
            renews = None
            if c.has("renews"):
                renews = self.consents.get(c.text("renews"))
                if renews is None:
                    raise InvalidInput(f"{c.at('renews')}: no earlier consent with that key")
            with _field(c.path):
                entry = consent.record_consent(
                    self.s,
                    case,
                    recipient,
                    c.strings("purposes"),
                    c.date("given_on"),
                    form=c.text("form", "written"),
                    documented_by=c.optional_text("documented_by"),
                    expires_on=c.optional_date("expires_on"),
                    renews=renews,
                )
            if c.has("withdrawn_on"):
                with _field(c.path):
                    consent.withdraw_consent(
                        self.s,
                        entry,
                        c.date("withdrawn_on"),
                        how=c.text("withdrawn_how", "written"),
                        recorded_by=c.text("withdrawn_recorded_by", "import"),
                    )
            if key is not None:
                self.consents[key] = entry

    def _assessments(self, case: Case) -> None:
        for a in self.doc.readers("assessments"):
            domains = Reader(a.data.get("domains") or {}, a.at("domains"))
            ratings: dict[str, RatingInput] = {}
            for name in domains.data:
                d = Reader(domains.data[name], domains.at(str(name)))
                ratings[str(name)] = RatingInput(
                    d.integer("rating"), d.text("text", ""), d.text("own_words", "")
                )
            with _field(a.path):
                assessment = assessments.record_assessment(
                    self.s,
                    case,
                    a.date("on"),
                    ratings,
                    hopes=a.text("hopes", ""),
                    dreams=a.text("dreams", ""),
                    resources=a.text("resources", ""),
                )
            if a.has("person"):
                assessment.person_id = self._lookup(self.people, a, "person").id

    def _risk(self, case: Case) -> None:
        for r in self.doc.readers("risk_assessments"):
            answers = r.readers("answers")
            instrument = None
            if r.has("instrument"):
                instrument = self._instrument(r, [a.text("item") for a in answers])
            elif answers:
                raise InvalidInput(f"{r.at('answers')}: answers need an instrument")
            by_text = {item.text: item.id for item in instrument.items} if instrument else {}
            with _field(r.path):
                assessment = risk.assess_risk(
                    self.s,
                    case,
                    r.date("on"),
                    r.text("level"),
                    notes=r.text("notes", ""),
                    instrument=instrument,
                    answers={by_text[a.text("item")]: a.text("answer", "") for a in answers},
                )
                assessment.assessor = r.text("assessor", "")

    def _instrument(self, r: Reader, items: list[str]) -> RiskInstrument:
        """The vault's instrument of that name, which must hold every answered item; one the
        vault lacks is added with the answered items, so no answer is lost on the way."""
        name = r.text("instrument")
        found = next((i for i in risk.instruments(self.s) if i.name == name), None)
        if found is None:
            with _field(r.path):
                return risk.create_instrument(self.s, name, list(dict.fromkeys(items)))
        known = {item.text for item in found.items}
        for i, text in enumerate(items):
            if text not in known:
                raise InvalidInput(f"{r.at('answers')}[{i}].item: not an item of {name!r}")
        return found

    def _plans(self, case: Case) -> None:
        current: dict[tuple[str, int | None], ActionPlan] = {}
        for p in self.doc.readers("plans"):
            kind = p.text("kind", "adult")
            child = None
            if p.has("child"):
                child = self.people.get(p.text("child"))
                if child is None:
                    raise InvalidInput(f"{p.at('child')}: no person with that key")
            slot = (kind, child.id if child else None)
            with _field(p.path):
                previous = current.get(slot)
                if previous is None:
                    plan = plans.create_plan(
                        self.s,
                        case,
                        p.date("made_on"),
                        kind=kind,
                        child=child,
                        after_effort=p.text("after_effort", ""),
                        review_due_on=p.optional_date("review_due_on"),
                    )
                else:
                    plan = plans.renew_plan(
                        self.s, previous, p.date("made_on"), after_effort=p.text("after_effort", "")
                    )
                    for goal in list(plan.goals):
                        self.s.delete(goal)
                    self.s.flush()
                    self.s.refresh(plan, ["goals"])
                if p.has("reviewed_on"):
                    plans.review_plan(
                        self.s, plan, p.date("reviewed_on"), p.optional_date("review_due_on")
                    )
            if p.has("review_due_on"):
                plan.review_due_on = p.date("review_due_on")
            current[slot] = plan
            self._goals(plan, p)

    def _goals(self, plan: ActionPlan, p: Reader) -> None:
        for g in p.readers("goals"):
            with _field(g.path):
                goal = plans.add_goal(self.s, plan, g.text("text"), g.text("domain"))
                if g.text("status", "open") != "open":
                    plans.set_goal_status(self.s, goal, g.text("status"))
            for a in g.readers("actions"):
                responsible = None
                if a.has("responsible"):
                    found = self._recipient(a.text("responsible"), a.at("responsible"))
                    if not isinstance(found, CaseActor):
                        raise InvalidInput(f"{a.at('responsible')}: must be an actor")
                    responsible = found
                with _field(a.path):
                    action = plans.add_action(
                        self.s,
                        goal,
                        a.text("text"),
                        responsible=responsible,
                        due_on=a.optional_date("due_on"),
                        status=a.text("status", "planned"),
                    )
                    action.outcome = a.text("outcome", "")

    def _meetings(self, case: Case) -> None:
        for m in self.doc.readers("meetings"):
            key = self._key(m, self.meetings)
            with _field(m.path):
                meeting = meetings.create_meeting(
                    self.s,
                    case,
                    m.text("kind"),
                    m.datetime("on"),
                    place=m.text("place", ""),
                    citizen_present=m.boolean("citizen_present"),
                    minutes=m.text("minutes", ""),
                    agenda=m.strings("agenda"),
                )
            for i, participant in enumerate(m.items("participants")):
                field = f"{m.at('participants')}[{i}]"
                if not isinstance(participant, str):
                    raise InvalidInput(f"{field}: expected a key")
                recipient = self._recipient(participant, field)
                # A recorded meeting is history: invitations without consent are kept and
                # marked as overridden rather than refused.
                meetings.invite(
                    self.s, meeting, recipient, override=True, on=meeting.held_on.date()
                )
            for i, text in enumerate(m.strings("decisions")):
                with _field(f"{m.at('decisions')}[{i}]"):
                    meetings.add_decision(self.s, meeting, text)
            if m.has("cancelled_at"):
                meeting.cancelled_at = m.datetime("cancelled_at")
                meeting.cancel_reason = m.text("cancel_reason", "")
            if key is not None:
                self.meetings[key] = meeting.id

    def _notes(self, case: Case) -> None:
        for n in self.doc.readers("notes"):
            with _field(n.path):
                note: Note = add_note(self.s, case, n.text("text"), n.datetime("written_at"))
            if n.has("meeting"):
                note.meeting_id = self._lookup(self.meetings, n, "meeting")
            if n.has("person"):
                note.person_id = self._lookup(self.people, n, "person").id
            for v in n.readers("versions"):
                with _field(v.path):
                    self.s.add(
                        NoteVersion(
                            note_id=note.id,
                            text=v.text("text"),
                            written_at=v.datetime("written_at"),
                            replaced_at=v.datetime("replaced_at"),
                        )
                    )

    def _lookup(self, table: dict[str, Any], item: Reader, key: str) -> Any:
        found = table.get(item.text(key))
        if found is None:
            raise InvalidInput(f"{item.at(key)}: no {key} with key {item.text(key)!r}")
        return found

    def _events(self, case: Case) -> None:
        for e in self.doc.readers("events"):
            key = self._key(e, self.events)
            subject: int | None = None
            if e.has("subject"):
                table = self.consents if e.text("kind") == "consent_renewed" else self.events
                target = table.get(e.text("subject"))
                if target is None:
                    raise InvalidInput(f"{e.at('subject')}: no event or consent with that key")
                subject = target.id
            with _field(e.path):
                event = events.record_event(
                    self.s,
                    case,
                    e.text("kind"),
                    e.date("on"),
                    subject_id=subject,
                    remark=e.text("remark", ""),
                )
                event.recipient = e.text("recipient", "")
            if key is not None:
                self.events[key] = event


def import_case(session: Session, data: Any) -> Case:
    """Import one case document; all or nothing (a savepoint in the caller's transaction)."""
    doc = Reader(data, "")
    if doc.data.get("format") != FORMAT:
        raise InvalidInput(f"format: expected {FORMAT!r}, got {doc.data.get('format')!r}")
    nested = session.begin_nested()
    try:
        with audit.bulk() as counted:
            case = _Importer(session, doc).run()
            session.flush()
        audit.record(
            session,
            "case.import",
            "case",
            case.id,
            case_id=case.id,
            detail={"format": FORMAT, "records": dict(sorted(counted.items()))},
        )
    except BaseException:
        nested.rollback()
        raise
    nested.commit()
    return case


# A case file is read whole into memory: bounded, so `import /dev/zero` is refused quickly.
MAX_FILE_BYTES = 64 * 1024 * 1024
# The format nests about six levels; deeper is a hostile or broken file, not a case.
MAX_DEPTH = 32


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_structure(data: Any) -> None:
    """Refuse JSON nested deeper than `MAX_DEPTH` and text holding a lone surrogate
    (`"\\ud800"` is valid JSON but no text: it cannot be stored or printed)."""
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidInput(f"file: nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if _SURROGATE.search(key):
                    raise InvalidInput(f"{path or 'file'}: a key holds a lone surrogate")
                stack.append((item, where, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise InvalidInput(f"{path or 'file'}: not valid text (it holds a lone surrogate)")


def parse_documents(raw: bytes) -> list[Any]:
    """The case documents in the bytes of a JSON file (one object or a list)."""
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput(f"file: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"file: not UTF-8 text (invalid byte at offset {exc.start})") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidInput(f"file: nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise InvalidInput(f"file: not JSON ({exc})") from None
    check_structure(data)
    return data if isinstance(data, list) else [data]


def load_documents(path: Path) -> list[Any]:
    """The case documents in a JSON file, or `InvalidInput`: at most `MAX_FILE_BYTES`
    (a device such as /dev/zero is read only that far), nested at most `MAX_DEPTH` deep."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"file: {exc.strerror or type(exc).__name__}") from None
    return parse_documents(raw)


def import_cases(
    session: Session, documents: list[Any], progress: Callable[[int], None] | None = None
) -> list[Case]:
    """Several documents in one go (a JSON list); one bad document imports nothing."""
    nested = session.begin_nested()
    try:
        imported = []
        for i, doc in enumerate(documents):
            try:
                imported.append(import_case(session, doc))
            except InvalidInput as exc:
                raise InvalidInput(f"[{i}].{exc}") from None
            if progress:
                progress(i + 1)
    except BaseException:
        nested.rollback()
        raise
    nested.commit()
    return imported
