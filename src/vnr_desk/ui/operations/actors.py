"""The Actors and network tab's actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnr_desk.services import actors, network
from vnr_desk.services.views import actors as actors_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = actors_view.SHOWS


def load(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    """(case actors, network members) of the case."""
    session.run(
        lambda s: (actors_view.case_actor_views(s, case_id), actors_view.network_views(s, case_id)),
        done,
        failed,
    )


def load_directory(session: VaultSession, done: Done, failed: Failed) -> None:
    session.run(actors_view.directory_entries, done, failed)


def involve_actor(
    session: VaultSession,
    case_id: int,
    actor_id: int | None,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: actors.involve_actor_by_id(s, case_id, actor_id, **values), done, failed)


def make_coordinator(
    session: VaultSession, case_id: int, case_actor_id: int, done: Done, failed: Failed
) -> None:
    session.run(lambda s: actors.set_coordinator_by_id(s, case_id, case_actor_id), done, failed)


def set_referral(
    session: VaultSession,
    case_id: int,
    case_actor_id: int,
    status: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: actors.set_referral_by_id(s, case_id, case_actor_id, status), done, failed
    )


def add_member(
    session: VaultSession,
    case_id: int,
    name: str,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: network.add_member_by_id(s, case_id, name, **values), done, failed)


def update_case_actor(
    session: VaultSession,
    case_id: int,
    case_actor_id: int,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: actors.update_case_actor_by_id(s, case_id, case_actor_id, **values),
        done,
        failed,
    )


def update_member(
    session: VaultSession,
    case_id: int,
    member_id: int,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: network.update_member_by_id(s, case_id, member_id, **values), done, failed
    )


# -- the municipality's actor directory (no case: every case may show the change) ---------


def load_full_directory(session: VaultSession, done: Done, failed: Failed) -> None:
    """The vault's edition's entries, retired ones included (the directory editor)."""
    session.run(lambda s: actors_view.directory_entries(s, include_retired=True), done, failed)


def add_directory_entry(
    session: VaultSession, values: dict[str, Any], done: Done, failed: Failed
) -> None:
    session.run(lambda s: actors.add_actor_by_id(s, **values), done, failed)


def update_directory_entry(
    session: VaultSession, actor_id: int, values: dict[str, Any], done: Done, failed: Failed
) -> None:
    session.run(lambda s: actors.update_actor_by_id(s, actor_id, **values), done, failed)


def retire_directory_entry(
    session: VaultSession,
    actor_id: int,
    on: dt.date,
    retired: bool,
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: actors.retire_actor_by_id(s, actor_id, on, retired=retired), done, failed)
