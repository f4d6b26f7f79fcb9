"""`fazhi import ledger`: the JSON contract, the user errors, and an import killed mid-write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.excel.ledger_workbooks import IMPORTED, ROWS, big_ledger, messy_ledger
from tests.test_cli import fazhi, run, run_json


def test_the_json_report(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    run_json(capsys, "--db", db_url, "directory", "add", "township", "--name", "塔峰镇")
    path = messy_ledger(tmp_path / "台账.xlsx")
    dry = run_json(capsys, "--db", db_url, "import", "ledger", str(path), "--dry-run")
    assert (dry["dry_run"], dry["imported"], dry["search_indexed"]) == (True, IMPORTED, 0)
    report = run_json(capsys, "--db", db_url, "import", "ledger", str(path), "--sheet", "2024年台账")
    assert {"rows", "imported", "rejected", "duplicates", "warnings", "problems"} <= set(report)
    assert (report["rows"], report["imported"], report["rejected"], report["duplicates"]) == (
        ROWS,
        IMPORTED,
        2,
        0,
    )
    errors = [p for p in report["problems"] if p["level"] == "error"]
    assert [p["row"] for p in errors] == [13, 14]
    assert report["warnings"] == sum(p["level"] == "warning" for p in report["problems"]) > 0
    assert set(report["seconds"]) == {"import", "search_index"}
    again = run_json(capsys, "--db", db_url, "import", "ledger", str(path))
    assert (again["imported"], again["duplicates"]) == (0, IMPORTED)
    code, out, _err = run(capsys, "--db", db_url, "import", "ledger", str(path))
    assert code == 0 and "已存在 9 行" in out and "第 13 行（未导入）" in out


def test_user_errors_are_one_chinese_line(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--db", db_url, "import", "ledger", str(tmp_path / "没有.xlsx"))
    assert code == 1 and err.startswith("错误：找不到文件") and err.count("\n") == 1
    path = messy_ledger(tmp_path / "台账.xlsx")
    code, _out, err = run(capsys, "--db", db_url, "import", "ledger", str(path), "--sheet", "第二页")
    assert code == 1 and "没有名为「第二页」的工作表" in err


def _counts(db: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "petitioners", "case_petitioners", "steps", "matters", "audit_log")
        )
    finally:
        conn.close()


def test_a_killed_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "fazhi.db"
    assert fazhi("--db", str(db), "init", "--office", "431127", "--name", "蓝山县信访局").returncode == 0
    assert fazhi("--db", str(db), "import", "ledger", str(messy_ledger(tmp_path / "小.xlsx"))).returncode == 0
    before = _counts(db)
    path = big_ledger(tmp_path / "大.xlsx", 15_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi_desktop", "--db", str(db), "import", "ledger", str(path), "--progress"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ},
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    killed_at = None
    # The rows are read and checked first (progress below half), then written: kill at the first
    # line of the writing, when the transaction holds rows and has more to write.
    for line in process.stderr:
        if line.startswith("进度："):
            done, total = (int(n) for n in line.removeprefix("进度：").split("/"))
            if total and done >= total // 2:
                process.send_signal(signal.SIGKILL)
                killed_at = done
                break
        assert time.monotonic() < deadline
    assert process.wait(timeout=30) == -signal.SIGKILL, "the import ended before it was killed"
    assert killed_at is not None
    assert _counts(db) == before
    # And the database still works: the same file imports whole afterwards.
    done = fazhi("--db", str(db), "--json", "import", "ledger", str(path))
    assert done.returncode == 0 and _counts(db)[0] > before[0] + 14_000
