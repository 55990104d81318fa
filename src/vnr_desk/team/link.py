"""A vault's link to its team server, kept in `vault_meta` inside the encrypted database:
the server's DSN (without a password), the caseworker's name and login role, and the
password that replaced the one-time join secret. Never in QSettings or a plain file."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.orm import Session

from vnr_desk.domain import VaultMeta
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.team.dsn import checked_conninfo, without_password

PREFIX = "team."
KEYS = ("dsn", "user", "role", "password", "unit")


@dataclass(frozen=True)
class Link:
    dsn: str
    user: str
    role: str
    password: str
    unit: str

    def conninfo(self) -> str:
        return checked_conninfo(self.dsn, user=self.role, password=self.password)


def _get(session: Session, key: str) -> str | None:
    row = session.get(VaultMeta, PREFIX + key)
    return None if row is None else row.value


def _set(session: Session, key: str, value: str) -> None:
    session.merge(VaultMeta(key=PREFIX + key, value=value))


def link(session: Session) -> Link | None:
    values = {k: _get(session, k) for k in KEYS}
    if any(v is None for v in values.values()):
        return None
    return Link(**values)  # type: ignore[arg-type]


def require_link(session: Session) -> Link:
    found = link(session)
    if found is None:
        raise NotFound("team: this vault has not joined a team server (vnr-desk team join)")
    return found


def state(session: Session, key: str, default: str = "") -> str:
    value = _get(session, key)
    return default if value is None else value


def set_state(session: Session, key: str, value: str) -> None:
    _set(session, key, value)


@contextmanager
def server(found: Link) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(found.conninfo(), connect_timeout=10) as conn:
        yield conn


def join(session: Session, dsn: str, user: str, join_secret: str) -> Link:
    """Log in once with the join secret, replace it by a random password only this vault
    knows, and remember the server inside the vault."""
    if link(session) is not None:
        raise InvalidInput("team: this vault has already joined a team server")
    role, sep, token = join_secret.partition(":")
    if not sep or not role.endswith(user):
        raise InvalidInput("join secret: not the secret printed for this user")
    password = secrets.token_urlsafe(32)
    try:
        conn = psycopg.connect(checked_conninfo(dsn, user=role, password=token), connect_timeout=10)
    except psycopg.OperationalError:
        raise InvalidInput(
            "join secret: the server refused it (used before, or mistyped)"
        ) from None
    with conn:
        rec = conn.execute("SELECT team_me_name(), team_me_unit()").fetchone()
        if rec is None or rec[0] != user:
            raise InvalidInput("join secret: not the secret printed for this user")
        conn.execute(sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(password)))
        conn.execute("SELECT team_mark_joined()")
    found = Link(without_password(dsn), user, role, password, str(rec[1]))
    for key in KEYS:
        _set(session, key, getattr(found, key))
    _set(session, "joined_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    session.flush()
    audit.record(session, "team.join", "vault_meta", "team", detail={"user": user})
    return found
