"""Alembic environment: dispo passes its own connection in (see dispo.core.migrate)."""

from __future__ import annotations

from alembic import context

from dispo.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `dispo migrate` or dispo.core.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
