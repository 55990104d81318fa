"""The team server: cases, synced rows, protected fields, applied change ids, conflicts,
an append-only audit, and the row-level-security policies that decide who sees what.

Revision ID: t0001
Revises:
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision: str = "t0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

U = UUID(as_uuid=False)
NOW = sa.text("now()")

# Who may see a case: its assignee, a unit it is shared with, the leader of its unit.
# Reading policies test membership in the set of visible cases (computed once per query,
# a hashed subplan) rather than calling a function per row: 40,000 rows in one query.
# SECURITY DEFINER so the policies can read team_user/team_case without recursing into
# their own policies; session_user is the caseworker's login role.
FUNCTIONS = """
CREATE FUNCTION team_me_name() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT name FROM team_user WHERE role_name = session_user $$;

CREATE FUNCTION team_me_unit() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT unit FROM team_user WHERE role_name = session_user $$;

CREATE FUNCTION team_may_see(c uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM team_user u JOIN team_case k ON k.uuid = c
    WHERE u.role_name = session_user
      AND (k.assigned_to = u.name
           OR (u.is_leader AND k.unit = u.unit)
           OR EXISTS (SELECT 1 FROM team_case_share s WHERE s.case_uuid = c AND s.unit = u.unit)))
$$;

CREATE FUNCTION team_visible_cases() RETURNS SETOF uuid LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT k.uuid FROM team_user u JOIN team_case k
    ON k.assigned_to = u.name OR (u.is_leader AND k.unit = u.unit)
  WHERE u.role_name = session_user
  UNION
  SELECT s.case_uuid FROM team_user u JOIN team_case_share s ON s.unit = u.unit
  WHERE u.role_name = session_user
$$;

CREATE FUNCTION team_protected_cases() RETURNS SETOF uuid LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT k.uuid FROM team_user u JOIN team_case k
    ON k.assigned_to = u.name OR (u.is_leader AND k.unit = u.unit)
  WHERE u.role_name = session_user
$$;

CREATE FUNCTION team_may_see_protected(c uuid) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM team_user u JOIN team_case k ON k.uuid = c
    WHERE u.role_name = session_user
      AND (k.assigned_to = u.name OR (u.is_leader AND k.unit = u.unit)))
$$;

CREATE FUNCTION team_assign(c uuid, to_name text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE me team_user; k team_case; target team_user;
BEGIN
  SELECT * INTO me FROM team_user WHERE role_name = session_user;
  SELECT * INTO k FROM team_case WHERE uuid = c FOR UPDATE;
  SELECT * INTO target FROM team_user WHERE name = to_name;
  IF me IS NULL OR k IS NULL OR target IS NULL THEN
    RAISE EXCEPTION 'vnr:not_found' USING ERRCODE = 'P0002';
  END IF;
  IF NOT (k.assigned_to = me.name OR (me.is_leader AND me.unit = k.unit))
     OR target.unit <> k.unit THEN
    RAISE EXCEPTION 'vnr:not_allowed' USING ERRCODE = '42501';
  END IF;
  UPDATE team_case SET assigned_to = to_name WHERE uuid = c;
  INSERT INTO team_audit(actor, action, case_uuid, detail)
    VALUES (me.name, 'case.assign', c, jsonb_build_object('to', to_name));
END $$;

CREATE FUNCTION team_share(c uuid, to_unit text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE me team_user; k team_case;
BEGIN
  SELECT * INTO me FROM team_user WHERE role_name = session_user;
  SELECT * INTO k FROM team_case WHERE uuid = c;
  IF me IS NULL OR k IS NULL THEN
    RAISE EXCEPTION 'vnr:not_found' USING ERRCODE = 'P0002';
  END IF;
  IF NOT (k.assigned_to = me.name OR (me.is_leader AND me.unit = k.unit)) THEN
    RAISE EXCEPTION 'vnr:not_allowed' USING ERRCODE = '42501';
  END IF;
  INSERT INTO team_case_share(case_uuid, unit) VALUES (c, to_unit) ON CONFLICT DO NOTHING;
  INSERT INTO team_audit(actor, action, case_uuid, detail)
    VALUES (me.name, 'case.share', c, jsonb_build_object('unit', to_unit));
END $$;

CREATE FUNCTION team_mark_joined() RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public AS $$
  UPDATE team_user SET joined_at = now() WHERE role_name = session_user $$;

CREATE FUNCTION team_case_by_reference(ref text) RETURNS uuid LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT uuid FROM team_case WHERE reference = ref AND team_may_see(uuid) $$;
"""

POLICIES = """
ALTER TABLE team_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON team_case FOR SELECT USING (uuid IN (SELECT team_visible_cases()));
CREATE POLICY open ON team_case FOR INSERT
  WITH CHECK (assigned_to = team_me_name() AND unit = team_me_unit());

ALTER TABLE team_case_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON team_case_share FOR SELECT USING (team_may_see(case_uuid));

ALTER TABLE team_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON team_row FOR SELECT
  USING (case_uuid IN (SELECT team_visible_cases()));
CREATE POLICY add ON team_row FOR INSERT WITH CHECK (team_may_see(case_uuid));
CREATE POLICY change ON team_row FOR UPDATE
  USING (team_may_see(case_uuid)) WITH CHECK (team_may_see(case_uuid));

ALTER TABLE team_protected ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON team_protected FOR SELECT
  USING (case_uuid IN (SELECT team_protected_cases()));
CREATE POLICY add ON team_protected FOR INSERT WITH CHECK (team_may_see_protected(case_uuid));
CREATE POLICY change ON team_protected FOR UPDATE
  USING (team_may_see_protected(case_uuid)) WITH CHECK (team_may_see_protected(case_uuid));

ALTER TABLE team_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON team_change FOR ALL
  USING (applied_by = team_me_name()) WITH CHECK (applied_by = team_me_name());

ALTER TABLE team_conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY see ON team_conflict FOR SELECT
  USING (case_uuid IN (SELECT team_visible_cases()));
CREATE POLICY add ON team_conflict FOR INSERT WITH CHECK (team_may_see(case_uuid));
CREATE POLICY resolve ON team_conflict FOR UPDATE
  USING (team_may_see(case_uuid)) WITH CHECK (team_may_see(case_uuid));

ALTER TABLE team_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY append ON team_audit FOR INSERT WITH CHECK (actor = team_me_name());
CREATE POLICY see ON team_audit FOR SELECT USING (actor = team_me_name());
"""


def upgrade() -> None:
    member = context.config.attributes.get("member_role", "vnr_member")
    op.create_table(
        "team_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "team_user",
        sa.Column("name", sa.String(63), primary_key=True),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("is_leader", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("role_name", sa.String(63), nullable=False, unique=True),
        sa.Column("joined_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "team_case",
        sa.Column("uuid", U, primary_key=True),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("assigned_to", sa.String(63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW),
    )
    op.create_table(
        "team_case_share",
        sa.Column("case_uuid", U, sa.ForeignKey("team_case.uuid"), primary_key=True),
        sa.Column("unit", sa.String(200), primary_key=True),
    )
    op.create_table(
        "team_row",
        sa.Column("uuid", U, primary_key=True),
        sa.Column("case_uuid", U, sa.ForeignKey("team_case.uuid"), index=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("fields", JSONB(), nullable=False),
        sa.Column("field_versions", JSONB(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("seq", sa.BigInteger(), nullable=False, index=True),
        sa.Column("updated_by", sa.String(63), nullable=False),
    )
    op.create_table(
        "team_protected",
        sa.Column("row_uuid", U, sa.ForeignKey("team_row.uuid"), primary_key=True),
        sa.Column("case_uuid", U, sa.ForeignKey("team_case.uuid"), index=True),
        sa.Column("fields", JSONB(), nullable=False),
    )
    op.create_table(
        "team_change",
        sa.Column("change_id", U, primary_key=True),
        sa.Column("applied_by", sa.String(63), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), server_default=NOW),
        sa.Column("result", JSONB(), nullable=False),
    )
    op.create_table(
        "team_conflict",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("case_uuid", U, sa.ForeignKey("team_case.uuid"), index=True),
        sa.Column("row_uuid", U, nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("base", JSONB()),
        sa.Column("mine", JSONB()),
        sa.Column("theirs", JSONB()),
        sa.Column("mine_by", sa.String(63), nullable=False),
        sa.Column("theirs_by", sa.String(63), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW),
        sa.Column("resolved_at", sa.DateTime(timezone=True)),
        sa.Column("resolved_by", sa.String(63)),
        sa.Column("resolution", JSONB()),
        sa.Column("seq", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "team_audit",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), server_default=NOW),
        sa.Column("actor", sa.String(63), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("case_uuid", U),
        sa.Column("detail", JSONB(), nullable=False),
    )
    op.execute("CREATE SEQUENCE team_seq")
    op.execute(FUNCTIONS)
    op.execute(POLICIES)
    op.execute(
        sa.text("INSERT INTO team_meta(key, value) VALUES ('member_role', :m)").bindparams(m=member)
    )
    q = f'"{member}"'
    op.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {q}")
    op.execute(f"GRANT USAGE ON SEQUENCE team_seq TO {q}")
    op.execute(f"GRANT USAGE ON SEQUENCE team_conflict_id_seq, team_audit_id_seq TO {q}")
    op.execute(f"GRANT SELECT, INSERT ON team_case TO {q}")
    op.execute(f"GRANT SELECT ON team_case_share TO {q}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON team_row, team_protected TO {q}")
    op.execute(f"GRANT SELECT, INSERT ON team_change TO {q}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON team_conflict TO {q}")
    op.execute(f"GRANT SELECT, INSERT ON team_audit TO {q}")
    op.execute("REVOKE ALL ON FUNCTION team_assign, team_share FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION team_assign, team_share TO {q}")


def downgrade() -> None:
    raise NotImplementedError("the team server's first schema is not undone")
