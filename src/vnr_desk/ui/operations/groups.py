"""The cooperation groups' actions: the groups dialog and a case's groups dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnr_desk.services import groups
from vnr_desk.services.views import groups as views
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

Member = tuple[str, str]


def load_groups(session: VaultSession, done: Done) -> None:
    session.run(lambda s: views.group_rows(s), done)


def load_meetings(session: VaultSession, group_id: int, done: Done) -> None:
    session.run(lambda s: views.group_meetings(s, group_id), done)


def save_group(
    session: VaultSession,
    group_id: int | None,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    """Create (no id) or change a group; `values`: name, kind, cadence_days, members, and
    for a new group started_on (its cadence counts from then)."""
    if group_id is None:
        session.run(
            lambda s: groups.create_group(
                s,
                values["name"],
                values["kind"],
                cadence_days=values["cadence_days"],
                members=values["members"],
                started_on=values["started_on"],
            ),
            done,
            failed,
        )
    else:
        session.run(lambda s: groups.update_group(s, group_id, **values), done, failed)


def retire_group(
    session: VaultSession, group_id: int, on: dt.date, done: Done, failed: Failed
) -> None:
    session.run(lambda s: groups.retire_group(s, group_id, on), done, failed)


def book_meeting(
    session: VaultSession,
    group_id: int,
    when: dt.datetime,
    place: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: groups.book_meeting(s, group_id, when, place), done, failed)


def load_case(session: VaultSession, case_id: int, on: dt.date, done: Done) -> None:
    session.run(lambda s: views.case_groups_view(s, case_id, on), done)


def record_consent(
    session: VaultSession,
    case_id: int,
    group_id: int,
    given_on: dt.date,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: groups.record_group_consent(s, case_id, group_id, given_on, **values),
        done,
        failed,
    )


def withdraw_consent(
    session: VaultSession,
    case_id: int,
    group_id: int,
    on: dt.date,
    recorded_by: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: groups.withdraw_group_consent(s, case_id, group_id, on, recorded_by=recorded_by),
        done,
        failed,
    )


def convene(
    session: VaultSession,
    case_id: int,
    group_id: int,
    on: dt.date,
    reason: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: groups.convene(s, case_id, group_id, on, reason), done, failed)


def put_on_agenda(
    session: VaultSession,
    meeting_id: int,
    case_id: int,
    on: dt.date,
    topic: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: groups.add_case_to_agenda(s, meeting_id, case_id, on, topic), done, failed
    )


def save_presentation(
    session: VaultSession,
    case_id: int,
    text: str,
    reviewed: bool,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: groups.save_presentation(s, case_id, text, reviewed=reviewed), done, failed
    )
