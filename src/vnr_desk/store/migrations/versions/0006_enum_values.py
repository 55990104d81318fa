"""New values for the kinds the whole-case work, the Swedish edition and cooperation groups
record: events (an underretning/orosanmälan, the children's unit contacted, discharge from
the crisis centre, urgent set or cleared by hand, a group convened), meetings (first visit,
SIP, external group) and plans (SIP).

The value lists are spelt out here, not read from `domain.enums`, so this revision never
changes when the code does. SQLite cannot alter a CHECK, so each table is rebuilt in batch
mode (named CHECKs and indexes are reflected and kept).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENT_KINDS_BEFORE = (
    "coordinator_contact",
    "first_visit",
    "crisis_centre_follow_up",
    "urgent_meeting",
    "plan_review",
    "outreach_letter_sent",
    "outreach_answered",
    "consent_renewed",
)
EVENT_KINDS_AFTER = (
    *EVENT_KINDS_BEFORE,
    "child_concern_report",
    "children_unit_contact",
    "crisis_centre_discharge",
    "urgent_set",
    "urgent_cleared",
    "group_convened",
)
MEETING_KINDS_BEFORE = (
    "coordination",
    "network",
    "follow_up",
    "joint_job_plan",
    "internal_group",
    "urgent",
)
MEETING_KINDS_AFTER = (*MEETING_KINDS_BEFORE, "first_visit", "sip", "external_group")
PLAN_KINDS_BEFORE = ("adult", "child")
PLAN_KINDS_AFTER = (*PLAN_KINDS_BEFORE, "sip")


def _kind(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name="kind", native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    for table, before, after in (
        ("case_event", EVENT_KINDS_BEFORE, EVENT_KINDS_AFTER),
        ("meeting", MEETING_KINDS_BEFORE, MEETING_KINDS_AFTER),
        ("action_plan", PLAN_KINDS_BEFORE, PLAN_KINDS_AFTER),
    ):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.alter_column(
                "kind", existing_type=_kind(before), type_=_kind(after), existing_nullable=False
            )


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
