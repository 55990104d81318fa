"""The team server's tables (PostgreSQL). Each synced vault row is one `team_row`: its
stable UUID, the case it belongs to, its fields as JSON, a version bumped on every change
and, per field, the version that last changed it — what tells a soft conflict (other
fields changed since the base) from a hard one (this field changed since the base).
Fields a role may not see (a protected address) live apart in `team_protected`, under a
stricter row-level-security policy."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

metadata = MetaData()

team_meta = Table(
    "team_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

team_user = Table(
    "team_user",
    metadata,
    Column("name", String(63), primary_key=True),
    Column("unit", String(200), nullable=False),
    Column("is_leader", Boolean, nullable=False, server_default="false"),
    Column("role_name", String(63), nullable=False, unique=True),
    Column("joined_at", DateTime(timezone=True)),
)

team_case = Table(
    "team_case",
    metadata,
    Column("uuid", UUID(as_uuid=False), primary_key=True),
    Column("reference", String(64), nullable=False),
    Column("unit", String(200), nullable=False),
    Column("assigned_to", String(63), nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

team_case_share = Table(
    "team_case_share",
    metadata,
    Column("case_uuid", UUID(as_uuid=False), ForeignKey("team_case.uuid"), primary_key=True),
    Column("unit", String(200), primary_key=True),
)

team_row = Table(
    "team_row",
    metadata,
    Column("uuid", UUID(as_uuid=False), primary_key=True),
    Column("case_uuid", UUID(as_uuid=False), ForeignKey("team_case.uuid"), index=True),
    Column("table_name", String(64), nullable=False),
    Column("fields", JSONB, nullable=False),
    Column("field_versions", JSONB, nullable=False),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default="false"),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("updated_by", String(63), nullable=False),
)

team_protected = Table(
    "team_protected",
    metadata,
    Column("row_uuid", UUID(as_uuid=False), ForeignKey("team_row.uuid"), primary_key=True),
    Column("case_uuid", UUID(as_uuid=False), ForeignKey("team_case.uuid"), index=True),
    Column("fields", JSONB, nullable=False),
)

team_change = Table(
    "team_change",
    metadata,
    Column("change_id", UUID(as_uuid=False), primary_key=True),
    Column("applied_by", String(63), nullable=False),
    Column("applied_at", DateTime(timezone=True), server_default=func.now()),
    Column("result", JSONB, nullable=False),
)

team_conflict = Table(
    "team_conflict",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("case_uuid", UUID(as_uuid=False), ForeignKey("team_case.uuid"), index=True),
    Column("row_uuid", UUID(as_uuid=False), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("field", String(64), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("base", JSONB),
    Column("mine", JSONB),
    Column("theirs", JSONB),
    Column("mine_by", String(63), nullable=False),
    Column("theirs_by", String(63), nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
    Column("resolved_at", DateTime(timezone=True)),
    Column("resolved_by", String(63)),
    Column("resolution", JSONB),
    Column("seq", BigInteger, nullable=False),
)

team_audit = Table(
    "team_audit",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), server_default=func.now()),
    Column("actor", String(63), nullable=False),
    Column("action", String(64), nullable=False),
    Column("case_uuid", UUID(as_uuid=False)),
    Column("detail", JSONB, nullable=False),
)
