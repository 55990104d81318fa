"""Index notes by (case, written_at); it replaces the case-only index it starts with.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_note_case_written", "note", ["case_id", "written_at"])
    op.drop_index("ix_note_case_id", table_name="note")


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
