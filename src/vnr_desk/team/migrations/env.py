"""Alembic environment of the team server (PostgreSQL). Separate from the vault's: the
vault's migrations are SQLite-specific (FTS5, triggers, batch table rebuilds) and the
server holds a different shape (docs/team-server.md). The connection is passed in
`config.attributes["connection"]` by `vnr_desk.team.server_admin`."""

from alembic import context

from vnr_desk.team.server_schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("team-server migrations run only through `vnr-desk team-server init`")

context.configure(connection=connection, target_metadata=metadata, version_table="team_alembic")
with context.begin_transaction():
    context.run_migrations()
