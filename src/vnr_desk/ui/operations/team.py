"""The workbook's team actions: join a server, sync, list and resolve conflicts, and read
the unit's cases and the team's deadlines from the server. Each runs one core call on the
worker; a sync talks to the network, so it never runs on the GUI thread."""

from __future__ import annotations

import datetime as dt

from vnr_desk.team import link as team_link
from vnr_desk.team import sync as team_sync
from vnr_desk.team import views
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession


def status(session: VaultSession, done: Done) -> None:
    """The status line's facts (`TeamStatus`)."""
    session.run(views.team_status, done)


def join(
    session: VaultSession, dsn: str, user: str, secret: str, done: Done, failed: Failed
) -> None:
    """Link the vault to a team server; reports the caseworker's name."""
    session.run(lambda s: team_link.join(s, dsn, user, secret).user, done, failed)


def sync(session: VaultSession, done: Done, failed: Failed) -> None:
    """Push, then pull; reports a `SyncReport`."""
    session.call(team_sync.sync, done, failed)


def conflicts(session: VaultSession, done: Done) -> None:
    """Open conflicts, each with base / mine / theirs (`ConflictView`)."""
    session.run(views.conflict_views, done)


def resolve(
    session: VaultSession, conflict_id: int, keep: str, value: object, done: Done, failed: Failed
) -> None:
    """Resolve one conflict ("mine", "theirs" or "value" with `value`)."""
    session.call(lambda vault: team_sync.resolve(vault, conflict_id, keep, value), done, failed)


def unit_cases(session: VaultSession, done: Done, failed: Failed) -> None:
    session.call(lambda vault: views.from_server(vault, views.unit_cases), done, failed)


def team_deadlines(session: VaultSession, today: dt.date, done: Done, failed: Failed) -> None:
    session.call(
        lambda vault: views.from_server(vault, lambda c: views.team_deadlines(c, today)),
        done,
        failed,
    )
