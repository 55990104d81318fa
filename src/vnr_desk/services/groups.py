"""Cooperation groups across cases: the groups, their meetings and agendas, the group consent
ledger, convening a group for an urgent case, and the reviewed presentation text.

Sharing a case with a group goes through one gate, `require_group_consent`: the group's
ledger entries for the case are flattened into `rules.consent.ConsentEntry` and decided by
`rules.consent.may_share` for the purpose of sharing information, exactly as every other
recipient's are. Commands take ids (the workbook and the CLI keep ids) and audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Case,
    CaseEvent,
    CasePresentation,
    ConsentForm,
    ConsentPurpose,
    CoopGroup,
    EventKind,
    GroupAgendaCase,
    GroupConsent,
    GroupConsentWithdrawal,
    GroupKind,
    GroupMeeting,
    GroupMember,
)
from vnr_desk.domain.group import GROUP_MEETING_KINDS
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.rules import consent as consent_rules
from vnr_desk.rules.consent import ConsentEntry, ConsentState
from vnr_desk.rules.groups import DEFAULT_CADENCE_DAYS, MAX_CADENCE_DAYS
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.consent import entry_terms
from vnr_desk.services.errors import ConsentRequired, Duplicate, InvalidInput, NotFound
from vnr_desk.services.scope import parse_enum, required_text
from vnr_desk.services.settings import caseworker_profile, consent_warn_days

SHARE = ConsentPurpose.SHARE_INFORMATION
Member = tuple[str, str]  # (unit, named person or "")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def group_key(group_id: int) -> str:
    return RecipientRef.group(group_id).key


# -- groups ------------------------------------------------------------------------------


def get_group(session: Session, group_id: int) -> CoopGroup:
    group = session.get(CoopGroup, group_id)
    if group is None:
        raise NotFound(f"group: no group {group_id}")
    return group


def groups(session: Session, *, retired: bool = False) -> list[CoopGroup]:
    query = select(CoopGroup).order_by(CoopGroup.name, CoopGroup.id)
    if not retired:
        query = query.where(CoopGroup.retired_on.is_(None))
    return list(session.scalars(query))


def _cadence(value: int | None, kind: GroupKind) -> int:
    cadence = DEFAULT_CADENCE_DAYS[kind.value] if value is None else value
    if isinstance(cadence, bool) or not isinstance(cadence, int):
        raise InvalidInput("cadence_days: must be a whole number of days")
    if not 0 < cadence <= MAX_CADENCE_DAYS:
        raise InvalidInput(f"cadence_days: must be between 1 and {MAX_CADENCE_DAYS}")
    return cadence


def _members(members: Iterable[Member]) -> list[GroupMember]:
    rows = []
    for unit, person in members:
        rows.append(GroupMember(unit=required_text(unit, "members"), person=(person or "").strip()))
    return rows


def _unique_name(session: Session, name: str, group_id: int | None = None) -> str:
    text = required_text(name, "name")
    found = session.scalar(select(CoopGroup.id).where(CoopGroup.name == text))
    if found is not None and found != group_id:
        raise Duplicate(f"name: a group {text!r} already exists")
    return text


def create_group(
    session: Session,
    name: str,
    kind: GroupKind | str,
    *,
    cadence_days: int | None = None,
    started_on: dt.date | None = None,
    members: Iterable[Member] = (),
) -> int:
    """A new group; without a cadence, the kind's default (6 weeks internal, half a year
    external). Returns its id."""
    group_kind = parse_enum(GroupKind, kind, "kind")
    group = CoopGroup(
        name=_unique_name(session, name),
        kind=group_kind,
        cadence_days=_cadence(cadence_days, group_kind),
        started_on=started_on or dt.date.today(),
    )
    group.members = _members(members)
    session.add(group)
    session.flush()
    audit.record(
        session, "group.create", "coop_group", group.id, detail={"members": len(group.members)}
    )
    return group.id


def update_group(
    session: Session,
    group_id: int,
    *,
    name: str | None = None,
    kind: GroupKind | str | None = None,
    cadence_days: int | None = None,
    members: Iterable[Member] | None = None,
) -> int:
    """Change what is given; members, when given, replace the old list."""
    group = get_group(session, group_id)
    changed: list[str] = []
    if name is not None and name.strip() != group.name:
        group.name = _unique_name(session, name, group.id)
        changed.append("name")
    if kind is not None and parse_enum(GroupKind, kind, "kind") != group.kind:
        group.kind = parse_enum(GroupKind, kind, "kind")
        changed.append("kind")
    if cadence_days is not None and cadence_days != group.cadence_days:
        group.cadence_days = _cadence(cadence_days, group.kind)
        changed.append("cadence_days")
    if members is not None:
        new = _members(members)
        if [(m.unit, m.person) for m in new] != [(m.unit, m.person) for m in group.members]:
            group.members = new
            changed.append("members")
    if changed:
        session.flush()
        audit.record(session, "group.update", "coop_group", group.id, detail={"fields": changed})
    return group.id


def retire_group(session: Session, group_id: int, on: dt.date) -> int:
    group = get_group(session, group_id)
    if group.retired_on is not None:
        raise InvalidInput("group: already retired")
    group.retired_on = on
    session.flush()
    audit.record(session, "group.retire", "coop_group", group.id)
    return group.id


# -- the group consent ledger and the gate ----------------------------------------------


def record_group_consent(
    session: Session,
    case_id: int,
    group_id: int,
    given_on: dt.date,
    *,
    form: ConsentForm | str = ConsentForm.WRITTEN,
    documented_by: str | None = None,
    expires_on: dt.date | None = None,
) -> int:
    """The citizen agrees that the case may be shared with the group (a new ledger row)."""
    case = get_case_by_id(session, case_id)
    group = get_group(session, group_id)
    consent_form, documented = entry_terms(form, documented_by, given_on, expires_on)
    row = GroupConsent(
        case_id=case.id,
        group_id=group.id,
        given_on=given_on,
        form=consent_form,
        documented_by=documented,
        expires_on=expires_on,
        recorded_at=_now(),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "consent.give",
        "group_consent",
        row.id,
        case_id=case.id,
        detail={"recipient": group_key(group.id), "purposes": [SHARE.value]},
    )
    return row.id


def withdraw_group_consent(
    session: Session, case_id: int, group_id: int, withdrawn_on: dt.date, *, recorded_by: str
) -> int:
    """End every entry in force for the case and group from `withdrawn_on` on."""
    who = required_text(recorded_by, "recorded_by")
    made = 0
    for row in group_consents(session, case_id, group_id):
        if row.withdrawal is None and row.given_on <= withdrawn_on:
            row.withdrawal = GroupConsentWithdrawal(
                group_consent_id=row.id,
                withdrawn_on=withdrawn_on,
                recorded_by=who,
                recorded_at=_now(),
            )
            made += 1
    if not made:
        raise InvalidInput("consent: no group consent to withdraw")
    session.flush()
    audit.record(
        session,
        "consent.withdraw",
        "group_consent",
        group_id,
        case_id=case_id,
        detail={"recipient": group_key(group_id), "withdrawn_on": withdrawn_on.isoformat()},
    )
    return made


def group_consents(session: Session, case_id: int, group_id: int) -> list[GroupConsent]:
    return list(
        session.scalars(
            select(GroupConsent)
            .where(GroupConsent.case_id == case_id, GroupConsent.group_id == group_id)
            .order_by(GroupConsent.given_on, GroupConsent.id)
        )
    )


def _entries(rows: Iterable[GroupConsent]) -> list[ConsentEntry]:
    return [
        ConsentEntry(
            row.id,
            frozenset({SHARE.value}),
            row.given_on,
            row.expires_on,
            row.withdrawal.withdrawn_on if row.withdrawal is not None else None,
        )
        for row in rows
    ]


def group_consent_state(session: Session, case_id: int, group_id: int, on: dt.date) -> ConsentState:
    """The state of the case's consent to be shared with the group, as `rules.consent`
    decides it for every recipient."""
    return consent_rules.consent_status(
        _entries(group_consents(session, case_id, group_id)),
        SHARE,
        on,
        consent_warn_days(session),
    )


def require_group_consent(session: Session, case: Case, group: CoopGroup, on: dt.date) -> None:
    """The gate: raise `ConsentRequired` unless the case may be shared with the group on `on`.
    The message names the case by reference and the group by number, never a person."""
    state = group_consent_state(session, case.id, group.id, on)
    if state not in consent_rules.SHAREABLE_STATES:
        raise ConsentRequired(
            f"{case.reference}: no valid consent to share with {group_key(group.id)} ({state})"
        )


# -- convening for an urgent case ------------------------------------------------------


def convene(session: Session, case_id: int, group_id: int, on: dt.date, reason: str = "") -> int:
    """ "Urgent: convene within 24 hours": records a `group_convened` event naming the group
    (its deadline, a group meeting with the case on its agenda by the next day, shows in
    the due view). Convening shares the case, so the group consent gate applies."""
    case = get_case_by_id(session, case_id)
    group = get_group(session, group_id)
    if group.retired_on is not None:
        raise InvalidInput("group: the group is retired")
    require_group_consent(session, case, group, on)
    event = CaseEvent(
        case_id=case.id,
        kind=EventKind.GROUP_CONVENED,
        occurred_on=on,
        subject_id=group.id,
        remark=reason.strip(),
        recipient=group_key(group.id),
    )
    session.add(event)
    session.flush()
    audit.record(
        session,
        "event.record",
        "case_event",
        event.id,
        case_id=case.id,
        detail={"kind": EventKind.GROUP_CONVENED.value, "group": group.id},
    )
    return event.id


# -- group meetings and their agendas ---------------------------------------------------


def get_meeting(session: Session, meeting_id: int) -> GroupMeeting:
    meeting = session.get(GroupMeeting, meeting_id)
    if meeting is None:
        raise NotFound(f"meeting: no group meeting {meeting_id}")
    return meeting


def book_meeting(session: Session, group_id: int, held_on: dt.datetime, place: str = "") -> int:
    """A meeting of the group, of the group's meeting kind (internal or external group)."""
    group = get_group(session, group_id)
    if group.retired_on is not None:
        raise InvalidInput("group: the group is retired")
    meeting = GroupMeeting(
        group_id=group.id,
        kind=GROUP_MEETING_KINDS[group.kind],
        held_on=held_on.replace(second=0, microsecond=0),
        place=place.strip(),
    )
    session.add(meeting)
    session.flush()
    audit.record(session, "group.meeting.book", "group_meeting", meeting.id)
    return meeting.id


def cancel_meeting(session: Session, meeting_id: int) -> int:
    meeting = get_meeting(session, meeting_id)
    if meeting.cancelled_at is not None:
        raise InvalidInput("meeting: already cancelled")
    meeting.cancelled_at = _now()
    session.flush()
    audit.record(session, "group.meeting.cancel", "group_meeting", meeting.id)
    return meeting.id


def add_case_to_agenda(
    session: Session, meeting_id: int, case_id: int, on: dt.date, topic: str = ""
) -> int:
    """Put a case on a group meeting's agenda: only with a consent to share with the group
    valid today (`on`) and on the meeting's day; refused with `ConsentRequired` otherwise."""
    meeting = get_meeting(session, meeting_id)
    if meeting.cancelled_at is not None:
        raise InvalidInput("meeting: the meeting is cancelled")
    case = get_case_by_id(session, case_id)
    group = get_group(session, meeting.group_id)
    for day in sorted({on, meeting.held_on.date()}):
        require_group_consent(session, case, group, day)
    if any(item.case_id == case.id for item in meeting.agenda):
        raise Duplicate("agenda: the case is already on this meeting's agenda")
    item = GroupAgendaCase(
        meeting_id=meeting.id,
        case_id=case.id,
        position=max((i.position for i in meeting.agenda), default=0) + 1,
        topic=topic.strip(),
    )
    meeting.agenda.append(item)
    session.flush()
    audit.record(
        session,
        "group.agenda.add",
        "group_meeting",
        meeting.id,
        case_id=case.id,
        detail={"recipient": group_key(group.id)},
    )
    return item.id


def remove_case_from_agenda(session: Session, meeting_id: int, case_id: int) -> int:
    meeting = get_meeting(session, meeting_id)
    item = next((i for i in meeting.agenda if i.case_id == case_id), None)
    if item is None:
        raise NotFound("agenda: the case is not on this meeting's agenda")
    meeting.agenda.remove(item)
    session.flush()
    audit.record(session, "group.agenda.remove", "group_meeting", meeting.id, case_id=case_id)
    return meeting.id


# -- the reviewed presentation text ------------------------------------------------------


def save_presentation(
    session: Session, case_id: int, text: str, *, reviewed: bool, reviewed_by: str = ""
) -> int:
    """Store the presentation text. `reviewed` is the worker's word that it identifies no
    one; an unreviewed text (or any edit without it) is never printed."""
    case = get_case_by_id(session, case_id)
    row = session.get(CasePresentation, case.id)
    if row is None:
        row = CasePresentation(case_id=case.id, text="", reviewed_by="")
        session.add(row)
    row.text = text.strip()
    if reviewed and row.text:
        row.reviewed_on = dt.date.today()
        row.reviewed_by = (reviewed_by or "").strip() or caseworker_profile(session).name
    else:
        row.reviewed_on = None
        row.reviewed_by = ""
    session.flush()
    audit.record(
        session,
        "case.presentation",
        "case_presentation",
        case.id,
        case_id=case.id,
        detail={"reviewed": row.reviewed_on is not None},
    )
    return case.id


def presentation(session: Session, case_id: int) -> CasePresentation | None:
    return session.get(CasePresentation, case_id)
