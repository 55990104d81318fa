"""The Meetings tab's actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnr_desk.services import meetings
from vnr_desk.services.views import actors as actors_view
from vnr_desk.services.views import meetings as meetings_view
from vnr_desk.services.views import plan as plan_view
from vnr_desk.ui.autosave import NoteRef
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import UnitOfWork, VaultSession

SHOWS = meetings_view.SHOWS


def load(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    """(meetings, case actors, network members) of the case."""
    session.run(
        lambda s: (
            meetings_view.meeting_views(s, case_id),
            actors_view.case_actor_views(s, case_id),
            actors_view.network_views(s, case_id),
        ),
        done,
        failed,
    )


def save_minutes(s: UnitOfWork, ref: NoteRef, text: str) -> int:
    """The minutes autosaver's save (the autosaver runs it on the worker, in order)."""
    assert ref.id is not None
    return meetings.set_minutes_by_id(s, ref.case_id, ref.id, text)


def create(
    session: VaultSession,
    case_id: int,
    kind: str,
    held_on: dt.datetime,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.create_meeting_by_id(s, case_id, kind, held_on, **values), done, failed
    )


def invite(
    session: VaultSession,
    case_id: int,
    meeting_id: int,
    recipient: str,
    override: bool,
    on: dt.date,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.invite_by_id(
            s, case_id, meeting_id, recipient, override=override, on=on
        ),
        done,
        failed,
    )


def add_agenda_item(
    session: VaultSession, case_id: int, meeting_id: int, text: str, done: Done, failed: Failed
) -> None:
    session.run(
        lambda s: meetings.add_agenda_item_by_id(s, case_id, meeting_id, text), done, failed
    )


def add_decision(
    session: VaultSession,
    case_id: int,
    meeting_id: int,
    text: str,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.add_decision_by_id(s, case_id, meeting_id, text, **values),
        done,
        failed,
    )


def load_goals(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    """The goals of the case's current adult plan (id, text), for a decision made an action
    ([] when the case has no adult plan yet)."""
    session.run(lambda s: plan_view.current_goals(s, case_id), done, failed)


def update(
    session: VaultSession,
    case_id: int,
    meeting_id: int,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.update_meeting_by_id(s, case_id, meeting_id, **values), done, failed
    )


def cancel(
    session: VaultSession, case_id: int, meeting_id: int, reason: str, done: Done, failed: Failed
) -> None:
    session.run(
        lambda s: meetings.cancel_meeting_by_id(s, case_id, meeting_id, reason), done, failed
    )


def uninvite(
    session: VaultSession, case_id: int, meeting_id: int, recipient: str, done: Done, failed: Failed
) -> None:
    session.run(lambda s: meetings.uninvite_by_id(s, case_id, meeting_id, recipient), done, failed)


def update_decision(
    session: VaultSession,
    case_id: int,
    meeting_id: int,
    decision_id: int,
    text: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.update_decision_by_id(s, case_id, meeting_id, decision_id, text),
        done,
        failed,
    )


def add_decision_as_action(
    session: VaultSession,
    case_id: int,
    meeting_id: int,
    text: str,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: meetings.add_decision_as_action_by_id(s, case_id, meeting_id, text, **values),
        done,
        failed,
    )
