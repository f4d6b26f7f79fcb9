"""`fazhi backup`, `fazhi restore`, `fazhi check`: JSON, exit codes, one Chinese line on errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import fazhi, run, run_json


@pytest.fixture(autouse=True)
def server_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "server-backups"
    monkeypatch.setenv("FAZHI_BACKUPS", str(folder))
    return folder


def _case(capsys: pytest.CaptureFixture[str], db: str, name: str, summary: str) -> None:
    run_json(capsys, "--db", db, "case", "add", "--channel", "来访", "--name", name, "--summary", summary)


def _total(capsys: pytest.CaptureFixture[str], db: str) -> int:
    return int(run_json(capsys, "--db", db, "case", "list")["total"])


def test_backup_restore_check(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    _case(capsys, db_url, "王建国", "反映拖欠工资三个月未付")
    made = run_json(capsys, "--db", db_url, "backup", str(tmp_path / "备份.db"))
    assert made["counts"]["cases"] == 1 and made["office"] == "431127" and Path(made["file"]).is_file()
    _case(capsys, db_url, "李秀英", "物业电梯停运")
    assert _total(capsys, db_url) == 2

    # Not on a terminal and no --yes: refused, nothing changed.
    code, _out, err = run(capsys, "--db", db_url, "restore", made["file"])
    assert code == 1 and err.startswith("错误：恢复会替换当前数据库的全部数据") and err.count("\n") == 1
    assert _total(capsys, db_url) == 2

    restored = run_json(capsys, "--db", db_url, "restore", made["file"], "--yes")
    assert restored["counts"]["cases"] == 1 and restored["kept_previous"]
    assert _total(capsys, db_url) == 1
    found = run_json(capsys, "--db", db_url, "case", "list", "--text", "拖欠工资")
    assert found["total"] == 1

    checked = run_json(capsys, "--db", db_url, "check")
    assert checked == {
        "ok": True,
        "checks": checked["checks"],
        "findings": [],
    } and {"revision", "search_index", "records", "files"} <= set(checked["checks"])
    code, out, _err = run(capsys, "--db", db_url, "check")
    assert code == 0 and out.startswith("数据库检查通过")


def test_check_fails_with_exit_1_on_a_broken_invariant(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    _case(capsys, db_url, "王建国", "反映拖欠工资三个月未付")
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM case_petitioners"))
    engine.dispose()
    code, out, err = run(capsys, "--db", db_url, "check", "--json")
    assert code == 1
    assert (
        err.startswith("错误：数据库检查发现 1 个问题：1 件非匿名信访件没有主访人") and err.count("\n") == 1
    )
    assert '"code": "principal"' in out and '"ok": false' in out


def test_refused_restores_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    _case(capsys, db_url, "王建国", "反映拖欠工资三个月未付")
    sheet = tmp_path / "台账.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not a database")
    code, _out, err = run(capsys, "--db", db_url, "restore", str(sheet), "--yes")
    assert code == 1 and "不是法治信访的备份或数据库文件" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "--db", db_url, "restore", str(tmp_path / "没有.db"), "--yes")
    assert code == 1 and "找不到文件" in err
    good = run_json(capsys, "--db", db_url, "backup", str(tmp_path))["file"]
    newer = tmp_path / "newer.db"
    newer.write_bytes(Path(good).read_bytes())
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.close()
    code, _out, err = run(capsys, "--db", db_url, "restore", str(newer), "--yes")
    assert code == 1 and "由更新版本的法治信访做出" in err
    assert _total(capsys, db_url) == 1
    code, _out, err = run(capsys, "--db", db_url, "backup", str(sheet))
    assert code == 1 and "没有覆盖它" in err and sheet.read_bytes().startswith(b"PK")


def test_restore_asks_on_a_terminal_and_check_of_a_missing_file(tmp_path: Path) -> None:
    """In a real process: stdin is not a terminal, so restore without --yes refuses at once."""
    db = str(tmp_path / "fazhi.db")
    assert fazhi("--db", db, "init", "--office", "431127", "--name", "蓝山县信访局").returncode == 0
    assert fazhi("--db", db, "backup", str(tmp_path / "b.db")).returncode == 0
    done = fazhi("--db", db, "restore", str(tmp_path / "b.db"))
    assert done.returncode == 1 and "--yes" in done.stderr
    missing = fazhi("--db", str(tmp_path / "nothing.db"), "check")
    assert missing.returncode == 1 and "不存在" in missing.stderr
    assert not (tmp_path / "nothing.db").exists()
