"""Taking a test database down to an older revision, the way store.migrate takes one up: on SQLite
with foreign keys off while the migrations copy tables that others refer to (0019 copies `cases`
and `petitioners` to drop its CHECKs), checked once the migrations are done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import Connection

from fazhi_desktop.store.database import Database
from fazhi_desktop.store.migrate import alembic_config


@contextmanager
def downgraded(db: Database, revision: str) -> Iterator[Connection]:
    """`db` taken down to `revision`; the connection, still in the downgrade's transaction."""
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, or SQLite ignores it
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                command.downgrade(alembic_config(conn), revision)
                if sqlite:
                    assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                yield conn
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
