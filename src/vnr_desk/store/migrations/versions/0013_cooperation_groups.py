"""Cooperation groups across cases: groups with member units and people and a cadence,
group meetings whose agenda lists cases, the group consent ledger (append-only, like the
case consent ledger, whose tables and triggers this migration leaves alone) and the
reviewed, de-identified case presentation text.

Written on branch h16c against 0007; the merge re-chains `down_revision` onto whatever
revision precedes it on main.

Revision ID: 0013
Revises: 0009 (re-chained at merge; written on 0007)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUP_LEDGER_TABLES = ("group_consent", "group_consent_withdrawal")


def upgrade() -> None:
    op.create_table(
        "coop_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "internal",
                "external",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("cadence_days", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.CheckConstraint("cadence_days > 0", name=op.f("ck_coop_group_cadence_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coop_group")),
        sa.UniqueConstraint("name", name=op.f("uq_coop_group_name")),
    )
    op.create_table(
        "case_presentation",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_presentation_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_presentation")),
    )
    op.create_table(
        "coop_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["coop_group.id"],
            name=op.f("fk_coop_group_member_group_id_coop_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coop_group_member")),
    )
    op.create_index(
        op.f("ix_coop_group_member_group_id"), "coop_group_member", ["group_id"], unique=False
    )
    op.create_table(
        "group_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "form",
            sa.Enum(
                "written", "oral", name="form", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("documented_by", sa.String(length=200), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "form <> 'oral' OR documented_by IS NOT NULL",
            name=op.f("ck_group_consent_oral_documented"),
        ),
        sa.CheckConstraint(
            "expires_on IS NULL OR expires_on > given_on",
            name=op.f("ck_group_consent_expires_after_given"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_group_consent_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["coop_group.id"],
            name=op.f("fk_group_consent_group_id_coop_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_consent")),
    )
    op.create_index(op.f("ix_group_consent_case_id"), "group_consent", ["case_id"], unique=False)
    op.create_index(op.f("ix_group_consent_group_id"), "group_consent", ["group_id"], unique=False)
    op.create_table(
        "group_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "coordination",
                "network",
                "follow_up",
                "joint_job_plan",
                "internal_group",
                "urgent",
                "first_visit",
                "sip",
                "external_group",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["coop_group.id"],
            name=op.f("fk_group_meeting_group_id_coop_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_meeting")),
    )
    op.create_index(op.f("ix_group_meeting_group_id"), "group_meeting", ["group_id"], unique=False)
    op.create_table(
        "group_agenda_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_group_agenda_case_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["group_meeting.id"],
            name=op.f("fk_group_agenda_case_meeting_id_group_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_agenda_case")),
        sa.UniqueConstraint("meeting_id", "case_id", name="one_case_per_meeting"),
    )
    op.create_index(
        op.f("ix_group_agenda_case_case_id"), "group_agenda_case", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_group_agenda_case_meeting_id"), "group_agenda_case", ["meeting_id"], unique=False
    )
    op.create_table(
        "group_consent_withdrawal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_consent_id", sa.Integer(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_consent_id"],
            ["group_consent.id"],
            name=op.f("fk_group_consent_withdrawal_group_consent_id_group_consent"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_consent_withdrawal")),
        sa.UniqueConstraint(
            "group_consent_id", name=op.f("uq_group_consent_withdrawal_group_consent_id")
        ),
    )
    for table in GROUP_LEDGER_TABLES:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} BEGIN "
                "SELECT RAISE(ABORT, 'the group consent ledger is append-only'); END"
            )


def downgrade() -> None:
    raise NotImplementedError("a vault is never migrated down; restore a backup instead")
