"""Columns the whole-case work needs in several places at once: the date the crisis centre
notified the municipality, how a case was closed, demo cases marked as such, people removed
as entered in error, a named contact person at a case actor, retired directory entries,
cancelled meetings, the recipient of an event (an underretning), an assessment tied to a
child, and the assessor of a risk assessment.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("case_file", sa.Column("municipality_notified_on", sa.Date(), nullable=True))
    op.add_column("case_file", _text("closing_reason"))
    op.add_column(
        "case_file",
        sa.Column("closed_handed_to", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column("case_file", _text("after_effort_text"))
    op.add_column(
        "case_file", sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("case_person", sa.Column("removed_at", sa.DateTime(), nullable=True))
    op.add_column("case_person", _text("removed_reason"))
    op.add_column("case_actor", sa.Column("contact_name", sa.String(length=200), nullable=True))
    op.add_column("case_actor", sa.Column("contact_phone", sa.String(length=64), nullable=True))
    op.add_column("case_actor", sa.Column("contact_email", sa.String(length=200), nullable=True))
    op.add_column("actor", sa.Column("retired_on", sa.Date(), nullable=True))
    op.add_column("meeting", sa.Column("cancelled_at", sa.DateTime(), nullable=True))
    op.add_column("meeting", _text("cancel_reason"))
    op.add_column(
        "case_event",
        sa.Column("recipient", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "risk_assessment",
        sa.Column("assessor", sa.String(length=200), nullable=False, server_default=""),
    )
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_assessment_person_id"), ["person_id"])
        batch.create_foreign_key(
            batch.f("fk_assessment_person_id_case_person"),
            "case_person",
            ["person_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
