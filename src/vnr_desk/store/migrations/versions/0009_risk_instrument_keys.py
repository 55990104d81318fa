"""Risk instruments as data files: an instrument row is keyed by the file's `key` (with its
edition), an item row by the item's `id` in the file, so answers stay tied to the question
they answered when a file is revised.

Written on branch h15b against 0007; it will be re-chained after 0008 at merge.

Revision ID: 0009
Revises: 0015 (re-chained at merge; written on 0007)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("risk_instrument", sa.Column("key", sa.String(length=100), nullable=True))
    op.add_column("risk_instrument", sa.Column("edition", sa.String(length=8), nullable=True))
    op.create_index("ix_risk_instrument_key", "risk_instrument", ["key"], unique=True)
    op.add_column("risk_item", sa.Column("item_key", sa.String(length=100), nullable=True))
    op.create_index(
        "ix_risk_item_instrument_item_key", "risk_item", ["instrument_id", "item_key"], unique=True
    )


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
