"""Earlier texts of journal notes: editing a note from an earlier day keeps what it said.

A new table only; `note` and its FTS triggers are untouched, so the index keeps covering
the current text.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "note_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_note_version_note_id_note"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_version")),
    )
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_version_note_id"), ["note_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
