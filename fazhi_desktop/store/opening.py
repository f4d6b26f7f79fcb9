"""Opening a database for the program: connect, back it up when its schema is behind, upgrade it.

Above `database` (connecting), `migrate` (revisions, upgrading) and `backup` (copies), which each
need only those below them; `services.context.open_context` is the program's one way in.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fazhi_desktop.store import audit_guard, search
from fazhi_desktop.store.backup import automatic_backup
from fazhi_desktop.store.database import Database, connect
from fazhi_desktop.store.errors import translate
from fazhi_desktop.store.migrate import apply_upgrade, upgrade_due

log = logging.getLogger(__name__)


def upgrade_with_backup(db: Database) -> Path | None:
    """Bring the schema to head, backing a SQLite file up first when it holds an older schema.
    Returns the backup made, if one was."""
    upgrade = upgrade_due(db)
    if upgrade is None:
        return None
    copy: Path | None = None
    if db.path is not None and upgrade.current is not None:
        copy = automatic_backup(db, f"before-{upgrade.head}")
    elif upgrade.current is not None:
        log.info(
            "upgrading the server database %s without a copy: pg_dump is its administrator's", db.describe()
        )
    apply_upgrade(db, upgrade)
    return copy


def open_database(target: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if need be) a database and bring its schema to this version's, after a backup."""
    db = connect(target)
    try:
        if upgrade:
            upgrade_with_backup(db)
            with db.engine.connect() as conn:
                search.ensure_triggers(conn)  # copied tables lose them (a restore, another tool)
                audit_guard.ensure_triggers(conn)
                conn.commit()
    except Exception as exc:
        db.close()
        friendly = translate(exc)
        if friendly is not None and friendly is not exc:
            raise friendly from exc
        raise
    return db
