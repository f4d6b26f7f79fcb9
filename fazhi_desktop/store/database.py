"""Connecting to a database: resolve where it is, refuse what is unsafe, hand out sessions.

One SQLite file per office by default; any SQLAlchemy URL (a county's PostgreSQL server) is accepted.
Opening one for the program (backup, schema upgrade) is `store.opening`, above migrations and backups.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.store.errors import NetworkShareRefused, NotADatabase
from fazhi_desktop.store.file_modes import make_private_database, private_folder
from fazhi_desktop.store.location import is_network_path
from fazhi_desktop.store.search import register_functions
from fazhi_desktop.store.temp_files import remove_stale

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another writer before it gives up (milliseconds).
BUSY_TIMEOUT_MS = int(os.environ.get("FAZHI_BUSY_TIMEOUT_MS", "5000"))


def default_database_path() -> Path:
    """The office database in the user's data folder."""
    from fazhi_desktop.paths import user_data

    return user_data() / "fazhi.db"


def resolve_url(target: str | None) -> URL:
    """A URL for --db (a path or a URL), FAZHI_DB, or the default file."""
    target = target or os.environ.get("FAZHI_DB") or None
    if target is None:
        path = default_database_path()
        private_folder(path.parent)  # the program's data folder: the user's alone
        return URL.create("sqlite", database=str(path))
    if "://" in target:
        return make_url(target)
    if target.startswith(("//", "\\\\")):
        return URL.create("sqlite", database=target)  # a UNC path: resolving it would hide the share
    return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))


def _check_sqlite_file(path: Path) -> None:
    if is_network_path(path):
        raise NetworkShareRefused(
            f"数据库文件「{path}」位于网络共享文件夹上，SQLite 在那里不能安全加锁，可能损坏数据。"
            "请把文件放在本机磁盘上；多台电脑共用数据请使用 PostgreSQL 服务器（--db postgresql://…）。"
        )
    if not path.parent.is_dir():
        raise UserError(f"文件夹「{path.parent}」不存在。请先创建它，或换一个保存位置。")
    if path.exists():
        if path.is_dir():
            raise UserError(f"「{path}」是一个文件夹，不是数据库文件。请指定一个文件。")
        with path.open("rb") as f:
            head = f.read(16)
        if head and head != SQLITE_HEADER:
            raise NotADatabase(f"文件「{path.name}」不是法治信访的数据库。请检查所选的文件（--db）。")


def _sqlite_engine(url: URL) -> Engine:
    # hide_parameters: a driver error must never carry a row's values (ID numbers) into a message or log.
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)

    path = Path(url.database or "")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLite makes a new file by the umask (0644) and its WAL like the file: the user's alone.
        make_private_database(path)
        # Let SQLAlchemy, not the driver, decide when a transaction begins (so writes can BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        register_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock at once: a deferred transaction that upgrades from read to
        # write can fail with SQLITE_BUSY at once instead of waiting for the other writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

    return engine


@dataclass
class Database:
    """An open database: its engine and where it is."""

    engine: Engine
    url: URL
    #: Told what each committed change touched (store.writes.change), in the writer's thread.
    listeners: list[Callable[[Changes], None]] = field(default_factory=list, repr=False, compare=False)
    #: Asked before every change (store.writes.change), with True when it only records an access:
    #: the single-writer lock and the day's first backup hook in here (services/auto_backup.py).
    before_write: list[Callable[[bool], None]] = field(default_factory=list, repr=False, compare=False)
    #: Run when the database is closed (the writer lock lets go).
    on_close: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        """Where the data is, for messages and the status bar (no password)."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it never commits."""
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in one transaction that commits at the end, or rolls back entirely on an error."""
        engine = self.engine.execution_options(immediate=True) if self.is_sqlite else self.engine
        with Session(engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        while self.on_close:
            self.on_close.pop()()


def connect(target: str | None = None) -> Database:
    """Open a database for use without touching its schema (see `store.opening.open_database`)."""
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UserError("不支持内存数据库。请指定一个数据库文件。")
        _check_sqlite_file(Path(url.database))
        remove_stale(Path(url.database))  # copies a killed backup or restore left beside it
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    return Database(engine=engine, url=url)
