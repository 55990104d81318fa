"""Bring a vault's schema to this program's head on unlock, or refuse a newer one untouched.

Migrations run with foreign keys off (batch mode rebuilds tables; a cascade must not fire
while it does) and `PRAGMA foreign_key_check` must come back clean before commit."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from vnr_desk.store.errors import VaultCorrupted, VaultTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_known(revision: str | None) -> None:
    """Raise `VaultTooNew` if `revision` is not one this program ships."""
    if revision is None:
        return
    try:
        known = _script().get_revision(revision)
    except Exception as exc:  # alembic raises several types for unknown ids
        raise VaultTooNew(f"vault schema {revision} is newer than this program") from exc
    if known is None:
        raise VaultTooNew(f"vault schema {revision} is newer than this program")


def upgrade(engine: Engine, *, fresh: bool) -> bool:
    """Migrate to head; True if anything ran. `fresh` allows an empty database (new vault)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        if not fresh and not inspect(conn).has_table("alembic_version"):
            raise VaultCorrupted("database has no schema: not a VNR Desk vault or damaged")
        conn.rollback()
        revision = current_revision(conn)
        conn.rollback()
        check_known(revision)
        if revision == head_revision():
            return False
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise VaultCorrupted("migration left broken references; nothing was changed")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return True
