"""Handing cases over: the vault's own key pairs (private halves in vault_meta, inside the
encrypted database), the colleagues it knows, and the log of cases that left or came.

Keys are made here for every vault, old or new (a new vault runs every revision at
creation). The key formats are spelt out here, not imported from the services, so this
revision never changes when the code does.

Revision ID: 0005
Revises: 0003 (re-chained onto 0004 at merge)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import pyrage
import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "colleague",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("encryption_key", sa.String(length=100), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_colleague")),
        sa.UniqueConstraint("encryption_key", name=op.f("uq_colleague_encryption_key")),
        sa.UniqueConstraint("name", name=op.f("uq_colleague_name")),
        sa.UniqueConstraint("signing_key", name=op.f("uq_colleague_signing_key")),
    )
    op.create_table(
        "case_handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_uid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("colleague", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("then", sa.String(length=8), nullable=True),
        sa.Column("read_only", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_handover")),
    )
    op.create_index(op.f("ix_case_handover_case_id"), "case_handover", ["case_id"])
    op.create_index(op.f("ix_case_handover_case_uid"), "case_handover", ["case_uid"])
    meta = sa.table("vault_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    present = {row[0] for row in op.get_bind().execute(sa.select(meta.c.key))}
    fresh = {
        "identity.encryption": str(pyrage.x25519.Identity.generate()),
        "identity.signing": Ed25519PrivateKey.generate().private_bytes_raw().hex(),
    }
    rows = [{"key": k, "value": v} for k, v in fresh.items() if k not in present]
    if rows:
        op.bulk_insert(meta, rows)


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
