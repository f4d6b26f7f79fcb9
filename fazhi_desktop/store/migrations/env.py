"""Alembic environment: migrations run on the connection the program hands over (or on FAZHI_DB)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from fazhi_desktop.store.models import Base
from fazhi_desktop.store.search import include_name


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can only change a table by copying it: batch mode does that for us.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    from fazhi_desktop.store.database import connect

    with connect().engine.begin() as conn:
        _run(conn)
else:
    _run(connection)
