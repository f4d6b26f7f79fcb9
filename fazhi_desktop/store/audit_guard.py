"""Triggers that refuse to change or delete audit entries, on SQLite and on PostgreSQL.

They stop a mistaken UPDATE or DELETE from a database tool, not a determined person: whoever can open
the SQLite file (or owns the PostgreSQL tables) can drop them, which is why the entries are chained
(store/audit_chain.py). A copied table loses its triggers, so `ensure_triggers` runs on every open and
after every migration, like the search index's; `fazhi check` reports them missing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

log = logging.getLogger(__name__)

TABLE = "audit_log"
REFUSAL = "审计记录只能追加，不能修改或删除"
SQLITE_TRIGGERS = {
    "audit_log_no_update": f"BEFORE UPDATE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    "audit_log_no_delete": f"BEFORE DELETE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
}
PG_FUNCTION = "fazhi_audit_refuse"
PG_TRIGGERS = {
    "audit_log_no_change": f"BEFORE UPDATE OR DELETE ON {TABLE} FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()",
    "audit_log_no_truncate": f"BEFORE TRUNCATE ON {TABLE} FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()",
}


def _pg_present(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
        "AND NOT tgisinternal AND tgenabled <> 'D'"
    )
    return {str(r[0]) for r in rows}


def _sqlite_present(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (TABLE,)
    )
    return {str(r[0]) for r in rows}


def missing_triggers(conn: Connection) -> list[str]:
    """The guarding triggers this database lacks (or has disabled)."""
    if conn.dialect.name == "postgresql":
        return sorted(set(PG_TRIGGERS) - _pg_present(conn))
    if conn.dialect.name == "sqlite":
        return sorted(set(SQLITE_TRIGGERS) - _sqlite_present(conn))
    return []


def ensure_triggers(conn: Connection) -> None:
    """Create whichever guarding trigger is missing (in the caller's transaction)."""
    missing = missing_triggers(conn)
    if not missing:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            # (no "%" placeholder: the driver would read it as a parameter)
            f"BEGIN RAISE EXCEPTION USING MESSAGE = '{REFUSAL}：' || TG_OP, "
            "ERRCODE = 'insufficient_privilege'; END $$"
        )
        for name in missing:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {TABLE}")  # a disabled one
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {PG_TRIGGERS[name]}")
    else:
        for name in missing:
            conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {SQLITE_TRIGGERS[name]}")
    log.info("audit trail triggers created: %s", ", ".join(missing))


def drop_triggers(conn: Connection) -> None:
    """For a migration's downgrade."""
    names = PG_TRIGGERS if conn.dialect.name == "postgresql" else SQLITE_TRIGGERS
    for name in names:
        on = f" ON {TABLE}" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on}")


@contextmanager
def replacing_trail(conn: Connection) -> Iterator[None]:
    """Let a restore replace the whole trail of a PostgreSQL database inside its transaction (the
    triggers are disabled for that transaction only: ALTER TABLE is transactional there)."""
    if conn.dialect.name != "postgresql":
        yield
        return
    conn.exec_driver_sql(f"ALTER TABLE {TABLE} DISABLE TRIGGER USER")
    yield
    conn.exec_driver_sql(f"ALTER TABLE {TABLE} ENABLE TRIGGER USER")
