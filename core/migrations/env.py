"""Alembic's environment: run by `dunning db upgrade` (core.schema), never by hand.

The caller hands over an open connection (``config.attributes["connection"]``), so that
the engine settings of the service (SQLite pragmas, hidden parameters) apply here too.
"""

from alembic import context

from core.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
