"""Schema versions with Alembic: upgrade at start-up after a backup, refuse a newer database."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from fazhi_desktop.store import search
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


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a SQLite database aside with SQLite's online backup (consistent even in WAL mode)."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix or '.db'}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("backed up %s to %s", path, target)
    return target


def upgrade_schema(db: Database) -> str | None:
    """Bring the schema to head. Returns the path of the backup made first, if one was needed."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise NewerDatabase(
            f"这个数据库由更新版本的法治信访创建（数据库版本 {current}），本程序无法安全打开。"
            "请安装最新版本的法治信访后再打开它。"
        )
    backup: Path | None = None
    if db.path is not None and current is not None:
        backup = backup_sqlite(db.path, f"before-{head}")
    elif db.path is not None and _has_foreign_tables(db):
        raise NotADatabase(
            f"文件「{db.path.name}」是一个 SQLite 数据库，但不是法治信访的数据库。请检查所选的文件（--db）。"
        )
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
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration to {head} broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return str(backup) if backup else None


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
