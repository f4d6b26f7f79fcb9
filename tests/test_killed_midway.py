"""SIGKILL in the middle of an import, a backup and a restore (issue #17): the database is whole
afterwards (`fazhi check` passes) and holds all or none of the work, never part of it.

Each run is the real `fazhi` in its own process, killed either at a chosen point
(FAZHI_TEST_KILL_AT, domain/kill_points.py: a no-op unless set) or after a delay.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from fazhi_desktop.store.backup import describe_file
from tests.excel.ledger_workbooks import big_ledger, messy_ledger
from tests.test_cli import fazhi

ROWS = 800


def _cases(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def _killed(*args: str, at: str | None = None, after: float | None = None) -> int:
    """Run `fazhi args…`, killed at the point `at` or `after` seconds; its exit status (an
    error it printed instead of being killed fails the test with its message)."""
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_TEST_KILL_AT"}
    if at is not None:
        env["FAZHI_TEST_KILL_AT"] = at
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi_desktop", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    if after is not None:
        try:
            process.wait(timeout=after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    _out, err = process.communicate(timeout=120)
    assert process.returncode in (0, -signal.SIGKILL), err
    return process.returncode


def _whole(db: Path, *allowed: int) -> int:
    """The database passes `fazhi check` and holds one of the allowed case counts."""
    checked = fazhi("--db", str(db), "check")
    assert checked.returncode == 0, checked.stderr
    count = _cases(db)
    assert count in allowed, f"{count} cases: neither of {allowed}"
    for copy in (db.parent / "backups").glob("*.db"):  # every copy left in the folder is whole
        assert describe_file(copy).made_at is not None, copy
    return count


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fazhi.db"
    assert fazhi("--db", str(path), "init", "--office", "431127", "--name", "蓝山县信访局").returncode == 0
    assert (
        fazhi("--db", str(path), "import", "ledger", str(messy_ledger(tmp_path / "小.xlsx"))).returncode == 0
    )
    return path


def test_killed_imports_backups_and_restores_leave_all_or_none(db: Path, tmp_path: Path) -> None:
    before = _cases(db)
    ledger = big_ledger(tmp_path / "大.xlsx", ROWS)
    kill = -signal.SIGKILL

    # An import: during the copy made before it, once every row is written but not committed,
    # and after a delay (wherever it is then).
    for point in ("backup-copying", "backup-sealed", "import-written"):
        assert _killed("--db", str(db), "import", "ledger", str(ledger), at=point) == kill, point
        assert _whole(db, before) == before
    after = before
    for delay in (1.5, 3.0):
        _killed("--db", str(db), "import", "ledger", str(ledger), after=delay)
        after = _whole(db, before, before + ROWS)
    if after == before:
        assert fazhi("--db", str(db), "import", "ledger", str(ledger)).returncode == 0
        after = _whole(db, before + ROWS)

    # A backup: killed while copying and once sealed, before the rename: no file, or a whole one.
    target = tmp_path / "备份.db"
    for point in ("backup-copying", "backup-sealed"):
        assert _killed("--db", str(db), "backup", str(target), at=point) == kill
        assert not target.exists()
        _whole(db, after)
    assert fazhi("--db", str(db), "backup", str(target)).returncode == 0
    assert describe_file(target).counts["cases"] == after

    # Work after the backup, then restores of it killed at each step: the database is the one
    # before the restore or the restored one, whole either way.
    added = fazhi(
        "--db", str(db), "case", "add", "--channel", "来访", "--name", "王建国", "--summary", "备份之后"
    )
    assert added.returncode == 0
    current = after + 1
    for point in ("backup-copying", "restore-prepared", "restore-installed"):
        assert _killed("--db", str(db), "restore", str(target), "--yes", at=point) == kill, point
        found = _whole(db, current, after)
        if point == "restore-installed":
            assert found == after  # the file was in place; only its audit entry was lost with the kill
