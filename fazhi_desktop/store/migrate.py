"""Schema versions with Alembic: which revision a database is at, refusing a newer one, upgrading.

The backup made before an upgrade at start-up is `store.opening`'s: a backup of a server's database
builds its file's schema here, so this module does not reach up to backups.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect

from fazhi_desktop.store import audit_guard, search
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.errors import NewerDatabase, NotADatabase

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    # Alembic (about as long to import as SQLAlchemy) is loaded only to upgrade or to list every
    # revision: opening a database already at head does without it (issue #21, start-up).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]+)?=\s*['\"]?([\w-]+|None)['\"]?\s*$", re.M)


@cache
def head_revision() -> str:
    """The newest revision: the one no other revision names as its down_revision. Read from the
    revision files' two lines rather than through Alembic; a test checks it agrees with Alembic."""
    revisions: set[str] = set()
    below: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found: dict[str, str] = {m.group(1): m.group(2) for m in _REVISION.finditer(text)}
        revisions.add(found["revision"])
        below.add(found.get("down_revision", "None"))
    heads = revisions - below
    assert len(heads) == 1, f"the migrations have {len(heads)} heads: {sorted(heads)}"
    return heads.pop()


def current_revision(db: Database) -> str | None:
    """The revision in the database's alembic_version table (None for a new, empty database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    if len(versions) > 1:
        raise RuntimeError(f"the database names several schema versions: {versions}")
    return versions[0] if versions else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class Upgrade:
    """A schema upgrade that is due: from `current` (None for a new, empty database) to `head`."""

    current: str | None
    head: str


def upgrade_due(db: Database) -> Upgrade | None:
    """The upgrade the database needs, None when its schema is this version's. Refuses a database
    made by a newer version, and a SQLite file of another program, before anything is changed."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise NewerDatabase(
            f"这个数据库由更新版本的法治信访创建（数据库版本 {current}），本程序无法安全打开。"
            "请安装最新版本的法治信访后再打开它。"
        )
    if current is None and db.path is not None and _has_foreign_tables(db):
        raise NotADatabase(
            f"文件「{db.path.name}」是一个 SQLite 数据库，但不是法治信访的数据库。请检查所选的文件（--db）。"
        )
    return Upgrade(current, head)


def apply_upgrade(db: Database, upgrade: Upgrade) -> None:
    """Run the migrations from `upgrade.current` to head in one transaction (no backup: the
    program's start makes one first, `store.opening`)."""
    from alembic import command

    log.info("upgrading schema from %s to %s", upgrade.current, upgrade.head)
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite changes a table by copying it; with foreign keys on, dropping the old copy of a
            # table others refer to fails. They are checked once the migration is done instead.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                search.ensure_triggers(conn)  # a migration that copied `cases` dropped them
                audit_guard.ensure_triggers(conn)  # and one that copied `audit_log`, these
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration to {upgrade.head} broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def upgrade_schema(db: Database) -> None:
    """Bring the schema to head without a backup: for a scratch copy that is itself the backup (a
    restore's, a server's backup file). Opening a database upgrades it after a backup instead."""
    upgrade = upgrade_due(db)
    if upgrade is not None:
        apply_upgrade(db, upgrade)


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
