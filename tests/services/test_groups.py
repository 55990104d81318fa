"""Cooperation groups: cadence and the 24-hour rule in the due view, the consent gate."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Case, CaseEvent, EventKind, GroupConsent, MeetingKind
from vnr_desk.rules.consent import ConsentState
from vnr_desk.services import groups
from vnr_desk.services.errors import ConsentRequired, Duplicate, InvalidInput
from vnr_desk.services.views import groups as views
from vnr_desk.services.views.due import due_rows

START = dt.date(2026, 1, 5)
MEMBERS = [("Försörjningsstöd", "Ebba W."), ("Vuxenenheten", ""), ("Barn och familj", "")]


def _internal(session: Session) -> int:
    return groups.create_group(
        session, "Spjutspetsgruppen", "internal", started_on=START, members=MEMBERS
    )


def test_default_cadence_six_weeks_internal_half_a_year_external(session: Session) -> None:
    internal = groups.get_group(session, _internal(session))
    external = groups.get_group(
        session, groups.create_group(session, "Extern", "external", started_on=START)
    )
    assert (internal.cadence_days, external.cadence_days) == (42, 182)
    assert [(m.unit, m.person) for m in internal.members] == MEMBERS
    assert audit_actions(session).count("group.create") == 2
    with pytest.raises(Duplicate):
        groups.create_group(session, "Spjutspetsgruppen", "external")
    with pytest.raises(InvalidInput):
        groups.create_group(session, "Ny", "internal", cadence_days=0)


def test_cadence_feeds_the_due_view(session: Session) -> None:
    gid = _internal(session)
    first_due = START + dt.timedelta(days=42)
    assert not [
        r for r in due_rows(session, first_due - dt.timedelta(days=8)) if r.rule == "group_meeting"
    ]
    rows = [
        r for r in due_rows(session, first_due - dt.timedelta(days=3)) if r.rule == "group_meeting"
    ]
    assert [(r.due_on, r.subject_label, r.group, r.case_id) for r in rows] == [
        (first_due, "Spjutspetsgruppen", "week", 0)
    ]
    # a meeting held resets the clock: next one six weeks after it
    held = dt.datetime(2026, 2, 10, 9, 0)
    groups.book_meeting(session, gid, held, "Rådhuset")
    [row] = views.group_rows(session)
    assert row.next_due == held.date() + dt.timedelta(days=42)
    groups.update_group(session, gid, cadence_days=28)
    assert views.group_rows(session)[0].next_due == held.date() + dt.timedelta(days=28)
    overdue = [r for r in due_rows(session, dt.date(2026, 4, 1)) if r.rule == "group_meeting"]
    assert overdue[0].group == "overdue"


def test_convene_within_24_hours_appears_and_a_group_meeting_completes_it(
    session: Session, case: Case
) -> None:
    gid = _internal(session)
    day = dt.date(2026, 3, 10)
    with pytest.raises(ConsentRequired):
        groups.convene(session, case.id, gid, day, "akut")
    groups.record_group_consent(session, case.id, gid, dt.date(2026, 3, 1))
    event_id = groups.convene(session, case.id, gid, day, "akut")
    event = session.get_one(CaseEvent, event_id)
    assert (event.kind, event.subject_id, event.recipient) == (
        EventKind.GROUP_CONVENED,
        gid,
        f"group:{gid}",
    )
    rows = [r for r in due_rows(session, day) if r.rule == "group_convene"]
    assert [(r.case_id, r.due_on, r.group, r.subject_label) for r in rows] == [
        (case.id, day + dt.timedelta(days=1), "week", "Spjutspetsgruppen")
    ]
    late = [r for r in due_rows(session, day + dt.timedelta(days=2)) if r.rule == "group_convene"]
    assert late[0].group == "overdue"
    # only this case's rows when the due view re-reads one case
    assert {r.case_id for r in due_rows(session, day, {case.id})} <= {case.id}
    meeting = groups.book_meeting(session, gid, dt.datetime(2026, 3, 11, 8, 0))
    groups.add_case_to_agenda(session, meeting, case.id, day)
    assert not [r for r in due_rows(session, day) if r.rule == "group_convene"]
    [standing] = views.case_groups(session, case.id, day)
    assert standing.convened_on == day and standing.convene_done and standing.may_share


def test_agenda_refuses_a_case_without_valid_group_consent(session: Session, case: Case) -> None:
    gid = _internal(session)
    other = groups.create_group(session, "PSP", "external", started_on=START)
    meeting = groups.book_meeting(session, gid, dt.datetime(2026, 5, 4, 10, 0))
    on = dt.date(2026, 5, 1)
    with pytest.raises(ConsentRequired):
        groups.add_case_to_agenda(session, meeting, case.id, on)
    # consent to another group does not count
    groups.record_group_consent(session, case.id, other, dt.date(2026, 4, 1))
    with pytest.raises(ConsentRequired):
        groups.add_case_to_agenda(session, meeting, case.id, on)
    # consent that expires before the meeting day does not count either
    groups.record_group_consent(
        session, case.id, gid, dt.date(2026, 4, 1), expires_on=dt.date(2026, 5, 2)
    )
    with pytest.raises(ConsentRequired):
        groups.add_case_to_agenda(session, meeting, case.id, on)
    groups.record_group_consent(session, case.id, gid, dt.date(2026, 4, 20))
    assert groups.group_consent_state(session, case.id, gid, on) is ConsentState.VALID
    groups.add_case_to_agenda(session, meeting, case.id, on, "Bolig")
    with pytest.raises(Duplicate):
        groups.add_case_to_agenda(session, meeting, case.id, on)
    [row] = views.group_meetings(session, gid)
    assert [(a.case_reference, a.topic) for a in row.agenda] == [(case.reference, "Bolig")]
    assert row.kind == MeetingKind.INTERNAL_GROUP
    groups.withdraw_group_consent(session, case.id, gid, dt.date(2026, 5, 2), recorded_by="SB")
    assert (
        groups.group_consent_state(session, case.id, gid, dt.date(2026, 5, 3))
        is ConsentState.WITHDRAWN
    )


def test_group_consent_ledger_is_append_only(session: Session, case: Case) -> None:
    gid = _internal(session)
    cid = groups.record_group_consent(session, case.id, gid, dt.date(2026, 4, 1))
    session.flush()
    for statement in (
        "UPDATE group_consent SET given_on = '2020-01-01' WHERE id = :i",
        "DELETE FROM group_consent WHERE id = :i",
    ):
        with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
            session.execute(text(statement), {"i": cid})
    assert session.get_one(GroupConsent, cid).given_on == dt.date(2026, 4, 1)


def test_presentation_is_unreviewed_after_an_edit(session: Session, case: Case) -> None:
    groups.save_presentation(session, case.id, "Kvinde i 30'erne", reviewed=True, reviewed_by="SB")
    row = groups.presentation(session, case.id)
    assert row is not None and row.reviewed_on is not None and row.reviewed_by == "SB"
    groups.save_presentation(session, case.id, "Kvinde i 30'erne, to børn", reviewed=False)
    assert groups.presentation(session, case.id).reviewed_on is None  # type: ignore[union-attr]
