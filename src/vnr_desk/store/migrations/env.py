"""Alembic environment. The connection always comes from an unlocked vault (never a URL),
passed in `config.attributes["connection"]`; there is no offline mode."""

from alembic import context

from vnr_desk.domain import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through an unlocked vault (vnr_desk.store.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
