"""No copy of the data left behind (issue 16): temporary copies are private from the first byte,
stale ones are removed on the next start, and a refused restore writes no "before-restore" copy."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.backup import temporary
from fazhi_desktop.store.database import connect
from fazhi_desktop.store.temp_files import process_alive, temp_beside
from tests.services.helpers import register


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_temporary_copy_is_private_before_anything_is_written(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with temporary(tmp_path / "备份.db") as temp:
            assert temp.exists() and temp.stat().st_size == 0
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
            with sqlite3.connect(temp) as conn:
                conn.execute("CREATE TABLE t (x)")
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
        assert not temp.exists()
    finally:
        os.umask(old)


def test_stale_copies_go_on_the_next_start_and_live_ones_stay(tmp_path: Path) -> None:
    db_path = tmp_path / "office.db"
    dead, alive = _dead_pid(), os.getppid()
    assert not process_alive(dead) and process_alive(alive)
    stale = temp_beside(db_path, dead)
    stale.write_bytes(b"every petitioner")
    stale.with_name(stale.name + "-journal").write_bytes(b"x")
    running = temp_beside(db_path, alive)
    running.write_bytes(b"a backup being written")
    other = temp_beside(tmp_path / "other.db", dead)
    other.write_bytes(b"not ours")
    connect(str(db_path)).close()
    assert not stale.exists() and not stale.with_name(stale.name + "-journal").exists()
    assert running.exists() and other.exists()


def test_a_restore_refused_because_the_file_is_open_copies_nothing(ctx: Context, tmp_path: Path) -> None:
    if ctx.db.path is None:
        pytest.skip("a server database has no file to hold open")
    register(ctx, "张三", summary="恢复前")
    good = tmp_path / "good.fzbak"
    backups.backup(ctx, good)
    db_path = ctx.db.path
    ctx.close()
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM cases").fetchone()  # a reader in WAL mode: the file is open
    try:
        with pytest.raises(UserError, match="占用"):
            backups.restore(str(db_path), good, "tester")
    finally:
        holder.close()
    kept = (
        list((db_path.parent / "backups").glob("*before-restore*"))
        if (db_path.parent / "backups").exists()
        else []
    )
    assert kept == []
    assert not list(db_path.parent.glob(".*.tmp"))
