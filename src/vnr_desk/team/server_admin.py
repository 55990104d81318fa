"""Setting up the team server, run by municipal IT with an administrator DSN: create or
migrate the schema (the server's own Alembic environment), the member group role, and one
login role per caseworker with a one-time join secret."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from alembic import command
from alembic.config import Config
from psycopg import sql
from sqlalchemy import Connection, create_engine, insert, select
from sqlalchemy.pool import NullPool

from vnr_desk.services.errors import Duplicate, InvalidInput
from vnr_desk.team.dsn import checked_conninfo
from vnr_desk.team.server_schema import team_meta, team_user

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
DEFAULT_PREFIX = "vnr_"


@contextmanager
def connect(conninfo: str) -> Iterator[Connection]:
    """A SQLAlchemy connection over psycopg 3 to `conninfo` (already TLS-checked)."""
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: psycopg.connect(conninfo),
        poolclass=NullPool,
    )
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _role_exists(conn: Connection, role: str) -> bool:
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def _run_ddl(conn: Connection, statement: sql.Composable) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def init(dsn: str, *, role_prefix: str = DEFAULT_PREFIX) -> str:
    """Create or migrate the server schema; returns the member group role's name."""
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,19}", role_prefix):
        raise InvalidInput("role-prefix: lower-case letters, digits and _ (at most 20)")
    member = f"{role_prefix}member"
    with connect(checked_conninfo(dsn)) as conn, conn.begin():
        if not _role_exists(conn, member):
            _run_ddl(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(member)))
        db = conn.exec_driver_sql("SELECT current_database()").scalar_one()
        _run_ddl(
            conn, sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(db))
        )
        _run_ddl(
            conn,
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(db), sql.Identifier(member)
            ),
        )
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        cfg.attributes["member_role"] = member
        command.upgrade(cfg, "head")
        if (
            conn.execute(select(team_meta.c.value).where(team_meta.c.key == "role_prefix")).first()
            is None
        ):
            conn.execute(insert(team_meta).values(key="role_prefix", value=role_prefix))
    return member


@dataclass(frozen=True)
class NewUser:
    user: str
    role: str
    unit: str
    leader: bool
    join_secret: str


def add_user(dsn: str, name: str, unit: str, *, leader: bool = False) -> NewUser:
    """A caseworker's login role in the member group, with a random one-time join secret as
    its password (the laptop replaces it at `team join`)."""
    if not NAME_RE.fullmatch(name):
        raise InvalidInput("name: lower-case letters, digits and _ , starting with a letter")
    unit = " ".join(unit.split())
    if not unit:
        raise InvalidInput("unit: must not be empty")
    secret = secrets.token_urlsafe(24)
    with connect(checked_conninfo(dsn)) as conn, conn.begin():
        meta = dict(conn.execute(select(team_meta.c.key, team_meta.c.value)).all())
        if "member_role" not in meta:
            raise InvalidInput("dsn: no team server schema here: run `team-server init` first")
        role = meta.get("role_prefix", DEFAULT_PREFIX) + name
        if (
            _role_exists(conn, role)
            or conn.execute(select(team_user.c.name).where(team_user.c.name == name)).first()
        ):
            raise Duplicate(f"user: {name} exists already")
        _run_ddl(
            conn,
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(secret), sql.Identifier(meta["member_role"])
            ),
        )
        conn.execute(
            insert(team_user).values(name=name, unit=unit, is_leader=leader, role_name=role)
        )
    return NewUser(name, role, unit, leader, f"{role}:{secret}")
