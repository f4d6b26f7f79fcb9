"""A damaged database at start: say so, and name the latest good backup (issue #17).

The program's start (ui/recovery.py) and a command's first write of the day (services/single_writer.py)
run SQLite's `quick_check` and walk the audit chain; when either fails, the clerk is offered the
newest backup in the backups folder that passes its own quick check, with its date and case count,
and how to restore it. Nothing is restored without the clerk's word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.auto_backup import Kept, latest_good
from fazhi_desktop.store.backup import automatic_folder, integrity_problems_of
from fazhi_desktop.store.check import audit_problems
from fazhi_desktop.store.database import Database, connect
from fazhi_desktop.store.errors import DatabaseLocked
from fazhi_desktop.store.migrate import current_revision, head_revision

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartProblem:
    """What is wrong with the database, and the backup that could replace it."""

    database: Path
    problems: list[str]
    folder: Path
    backup: Kept | None

    def message(self) -> str:
        """One paragraph for the CLI's stderr and the GUI's dialog."""
        first = self.problems[0] if self.problems else "未知问题"
        text = f"数据库「{self.database}」没有通过启动时的检查：{first}。"
        if self.backup is None:
            return (
                text
                + f"备份文件夹「{self.folder}」中没有完好的备份。请联系技术支持，不要继续修改这个数据库。"
            )
        kept = self.backup
        return text + (
            f"最近的完好备份是「{kept.info.path}」（{kept.made:%Y-%m-%d %H:%M}，信访件 "
            f"{kept.info.counts.get('cases', 0)} 件）。恢复它请运行：fazhi --db {self.database} restore "
            f'"{kept.info.path}"（当前数据库会先另存一份），或在程序中选择“恢复此备份”。'
        )


def check_at_start(db_target: str | None) -> StartProblem | None:
    """Check a SQLite database as it is on disk (nothing migrated); None when it is sound, is new,
    or is on a server (whose administrator checks it)."""
    try:
        db = connect(db_target)
    except Exception:
        return None  # opening will say what is wrong, in its own words
    try:
        if db.path is None or not db.path.exists() or db.path.stat().st_size == 0:
            return None
        return problem_of(db)
    except DatabaseLocked:
        return None  # another program holds it: opening it will say so
    finally:
        db.close()


def damaged(db_target: str | None) -> UserError | None:
    """After opening a database failed: the error to show instead when the file is damaged (it
    names the latest good backup and the restore command), else None."""
    problem = check_at_start(db_target)
    return UserError(problem.message()) if problem is not None else None


def problem_of(db: Database) -> StartProblem | None:
    assert db.path is not None
    problems = integrity_problems_of(db.path, quick=True)
    if not problems:
        problems = _trail_problems(db)
    if not problems:
        return None
    folder = automatic_folder(db)
    log.error("the database %s failed its start check: %s", db.path, problems[0])
    return StartProblem(database=db.path, problems=problems, folder=folder, backup=latest_good(folder))


def _trail_problems(db: Database) -> list[str]:
    """The audit chain's first break (a database of an older schema is checked once upgraded)."""
    try:
        if current_revision(db) != head_revision():
            return []
        with db.engine.connect() as conn:
            return [f.message for f in audit_problems(conn) if f.code == "audit_chain"]
    except Exception as exc:  # SQLite could not read what quick_check let through
        return [str(exc)]
