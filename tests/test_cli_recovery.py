"""`fazhi backup auto|list`, and a damaged database at the command line: the message names the
latest good backup and the `fazhi restore` line to run."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.test_cli import run, run_json


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "fazhi.db")
    run_json(capsys, "--db", path, "init", "--office", "431127", "--name", "蓝山县信访局")
    return path


def test_backup_auto_and_list(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    listed = run_json(capsys, "--db", db, "backup", "list")
    assert [b["kind"] for b in listed["backups"]] == ["daily"]  # init was the day's first write
    assert (listed["keep_daily"], listed["keep_monthly"]) == (7, 12)
    assert listed["folder"] == str(tmp_path / "backups")
    made = run_json(capsys, "--db", db, "backup", "auto")
    assert Path(made["made"]).is_file() and made["skipped"] is None
    assert len(made["removed"]) == 1  # the older copy of the same day
    code, out, _err = run(capsys, "--db", db, "backup", "list")
    assert code == 0 and "备份文件夹" in out and "daily" in out


def _damage(path: Path) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with path.open("r+b") as f:
        for n in range(2, pages, 3):
            f.seek(n * page + 100)
            f.write(b"\xff" * 64)


def test_a_damaged_database_names_the_backup_to_restore(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    run_json(capsys, "--db", db, "case", "add", "--channel", "来访", "--name", "王建国", "--summary", "工资")
    made = run_json(capsys, "--db", db, "backup", "auto")
    _damage(Path(db))
    code, _out, err = run(capsys, "--db", db, "check")
    assert code == 1 and f"fazhi --db {db} restore" in err and made["made"] in err
    # The day's first write of another day refuses, naming it too (today's copy is already made:
    # the backups folder is emptied to stand for a new day).
    for copy in (tmp_path / "backups").glob("*.db"):
        copy.rename(tmp_path / copy.name)
    code, _out, err = run(
        capsys, "--db", db, "case", "add", "--channel", "来访", "--name", "李秀英", "--summary", "物业"
    )
    assert code == 1 and "没有通过启动时的检查" in err and "没有完好的备份" in err
