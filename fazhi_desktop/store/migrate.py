"""Schema versions with Alembic: upgrade at start-up after a backup, refuse a newer database."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from fazhi_desktop.store import audit_guard, search
from fazhi_desktop.store.backup import automatic_backup
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.errors import NewerDatabase, NotADatabase

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade_schema(db: Database, *, backup: bool = True) -> str | None:
    """Bring the schema to head. Returns the path of the backup made first, if one was needed
    (`backup=False` for a scratch copy that is itself the backup, as a restore prepares)."""
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
    copy: Path | None = None
    if backup and db.path is not None and current is not None:
        copy = automatic_backup(db, f"before-{head}")
    log.info("upgrading schema from %s to %s", current, head)
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
                        raise RuntimeError(f"migration to {head} broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return str(copy) if copy else None


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
