"""Demo cases can be removed: the consent ledger stays append-only for every real case, and
lets go of a case's entries only while that case is listed in `demo_case_removal`, which
accepts nothing but a case marked `is_demo`. The removal itself is audited by the service.

Revision ID: 0015
Revises: 0007 (re-chained at merge)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = "SELECT RAISE(ABORT, 'the consent ledger is append-only'); END"
# The case a ledger row belongs to, per table.
CASE_OF = {
    "consent": "OLD.case_id",
    "consent_purpose": "(SELECT case_id FROM consent WHERE id = OLD.consent_id)",
    "consent_withdrawal": "(SELECT case_id FROM consent WHERE id = OLD.consent_id)",
}


def upgrade() -> None:
    op.create_table(
        "demo_case_removal",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_demo_case_removal")),
    )
    op.execute(
        "CREATE TRIGGER demo_case_removal_only_demo BEFORE INSERT ON demo_case_removal "
        "WHEN (SELECT is_demo FROM case_file WHERE id = NEW.case_id) IS NOT 1 BEGIN "
        "SELECT RAISE(ABORT, 'only a demo case can be removed'); END"
    )
    for table, case_of in CASE_OF.items():
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"WHEN NOT EXISTS (SELECT 1 FROM demo_case_removal WHERE case_id = {case_of}) "
            f"BEGIN {APPEND_ONLY}"
        )


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
