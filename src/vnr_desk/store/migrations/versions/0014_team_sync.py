"""Team sync bookkeeping: a stable UUID, server version and base snapshot per synced row,
an outbox of field-level changes with change ids, and the conflicts shown until resolved
(docs/team-server.md). New tables only; no existing table is touched.

Written in parallel with 0008-0013: `down_revision = "0007"` here, re-chained at merge.

Revision ID: 0014
Revises: 0013 (re-chained at merge; written on 0007)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Tables whose rows may be deleted (the consent ledger is append-only and keeps its own
# triggers untouched). SQLite reuses the highest rowid after a delete, so a deleted row's
# sync identity is detached at once (a negative row_id): a new row with the same id gets a
# new UUID instead of reading as an edit of the deleted one.
DELETABLE = (
    "case_file",
    "case_person",
    "case_actor",
    "network_member",
    "meeting",
    "note",
    "case_event",
    "action_plan",
    "goal",
    "plan_action",
)


def _detach_trigger(table: str) -> str:
    return (
        f"CREATE TRIGGER sync_detach_{table} AFTER DELETE ON {table} BEGIN "
        "UPDATE sync_row SET row_id = -1 - (SELECT coalesce(max(abs(row_id)), 0) FROM sync_row "
        f"WHERE table_name = '{table}') WHERE table_name = '{table}' AND row_id = OLD.id; END"
    )


def upgrade() -> None:
    op.create_table(
        "sync_row",
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sync_row_uuid")),
    )
    op.create_index(op.f("ix_sync_row_case_uuid"), "sync_row", ["case_uuid"])
    op.create_table(
        "sync_outbox",
        sa.Column("position", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_uuid", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("field", sa.String(64), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    op.create_index(op.f("ix_sync_outbox_row_uuid"), "sync_outbox", ["row_uuid"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("row_uuid", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("mine_by", sa.String(63), nullable=False),
        sa.Column("theirs_by", sa.String(63), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.Column("resolved_by", sa.String(63), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_case_uuid"), "sync_conflict", ["case_uuid"])
    op.create_index(op.f("ix_sync_conflict_row_uuid"), "sync_conflict", ["row_uuid"])
    for table in DELETABLE:
        op.execute(_detach_trigger(table))


def downgrade() -> None:
    for table in DELETABLE:
        op.execute(f"DROP TRIGGER IF EXISTS sync_detach_{table}")
    op.drop_table("sync_conflict")
    op.drop_table("sync_outbox")
    op.drop_table("sync_row")
